package dev.dialdesk.io.leads;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records the way Excel writes it: a delimiter of ',', ';' or tab; fields in
 * double quotes may hold delimiters, line breaks and doubled quotes ({@code ""}). Tracks the physical
 * line where each record starts, so that a report names the line a spreadsheet user sees.
 *
 * <p>A hostile file cannot make it hold a huge line: a value longer than a spreadsheet cell, a record
 * longer than {@link #MAX_RECORD_CHARS} or wider than a spreadsheet row ends the reading with
 * {@link LimitExceeded}, naming the line where the record starts.
 */
final class CsvRecordReader {

    /** Excel's limit for one cell. */
    static final int MAX_FIELD_CHARS = 32_767;
    /** Excel's limit of columns in a sheet. */
    static final int MAX_COLUMNS = 16_384;
    /** One record, all its values together (about 2 MB of text). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final int BUFFER = 64 * 1024;

    /** What a record went beyond. */
    enum Limit { VALUE, RECORD, COLUMNS }

    /** A record beyond a limit; {@code line} is where the record starts. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Limit limit;
        final long line;

        LimitExceeded(Limit limit, long line) {
            super("CSV record on line " + line + " exceeds the " + limit + " limit");
            this.limit = limit;
            this.line = line;
        }
    }

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

    /**
     * Guesses the delimiter from the start of the file: the most frequent of ',', ';' and tab outside
     * quotes over the first lines (a title or meta row above the header does not decide it).
     */
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

    /** The physical line the reader is on: after the last record returned, the line after it. */
    long currentLine() {
        return line;
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
        long chars = 0;
        while (true) {
            int end = readField();
            chars += field.length();
            if (chars > MAX_RECORD_CHARS) {
                throw new LimitExceeded(Limit.RECORD, recordLine);
            }
            if (cells.size() == MAX_COLUMNS) {
                throw new LimitExceeded(Limit.COLUMNS, recordLine);
            }
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
                    append(start, pos - start);
                    pos++;
                    if (c == delimiter) {
                        return c;
                    }
                    endOfLine(c);
                    return '\n';
                }
                pos++;
            }
            append(start, pos - start);
        }
    }

    private void append(int start, int length) {
        field.append(buffer, start, length);
        checkField();
    }

    private void checkField() {
        if (field.length() > MAX_FIELD_CHARS) {
            throw new LimitExceeded(Limit.VALUE, recordLine);
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
                    checkField();
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
            checkField();
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
