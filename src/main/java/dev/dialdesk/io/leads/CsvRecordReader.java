package dev.dialdesk.io.leads;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records the way Excel writes it: a delimiter of ',', ';' or tab; fields in
 * double quotes may hold delimiters, line breaks and doubled quotes ({@code ""}). Tracks the physical
 * line where each record starts, so that a report names the line a spreadsheet user sees.
 */
final class CsvRecordReader {

    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private final StringBuilder field = new StringBuilder(64);
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private long openQuoteLine;
    private char delimiter = ',';

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** Guesses the delimiter from the first line: the most frequent of ',', ';' and tab outside quotes. */
    char detectDelimiter() throws IOException {
        fill();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = pos; i < limit; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        delimiter = tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
        return delimiter;
    }

    /** The physical line where the last record returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The line a quoted field still open at the end of the file started on; 0 when none. */
    long openQuoteLine() {
        return openQuoteLine;
    }

    /** The next record that is not blank (an empty line or only delimiters), or null at the end. */
    List<String> next() throws IOException {
        while (true) {
            List<String> record = readRecord();
            if (record == null || !isBlank(record)) {
                return record;
            }
        }
    }

    private static boolean isBlank(List<String> record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private List<String> readRecord() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        recordLine = line;
        List<String> cells = new ArrayList<>(16);
        while (true) {
            int end = readField();
            cells.add(field.toString());
            if (end != delimiter) {
                return cells;
            }
        }
    }

    /** Reads one field into {@link #field}; returns what ended it: the delimiter, '\n' or -1. */
    private int readField() throws IOException {
        field.setLength(0);
        if (pos >= limit && !fill()) {
            return -1;
        }
        if (buffer[pos] == '"') {
            pos++;
            readQuoted();
        }
        while (true) {
            if (pos >= limit && !fill()) {
                return -1;
            }
            int start = pos;
            while (pos < limit) {
                char c = buffer[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    field.append(buffer, start, pos - start);
                    pos++;
                    if (c == delimiter) {
                        return c;
                    }
                    endOfLine(c);
                    return '\n';
                }
                pos++;
            }
            field.append(buffer, start, pos - start);
        }
    }

    private void readQuoted() throws IOException {
        long startLine = line;
        while (true) {
            if (pos >= limit && !fill()) {
                openQuoteLine = startLine;
                return;
            }
            char c = buffer[pos++];
            if (c == '"') {
                if (pos >= limit && !fill()) {
                    return;
                }
                if (buffer[pos] == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                return;
            }
            if (c == '\r') {
                endOfLine(c);
                field.append('\n');
                continue;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
        }
    }

    /** Counts a line break; {@code \r\n} counts once. */
    private void endOfLine(char c) throws IOException {
        line++;
        if (c == '\r' && (pos < limit || fill()) && buffer[pos] == '\n') {
            pos++;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos < limit) {
            return true;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
