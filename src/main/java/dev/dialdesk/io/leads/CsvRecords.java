package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The records of a CSV or TSV file (also UTF-16 "Unicode Text"), streaming: the one CSV reader of every
 * import (leads, do-not-call lists, call histories). A record holding a line that cannot be trusted
 * (a NUL byte, text in another character set) carries the reason.
 */
final class CsvRecords implements RecordSource {

    private final Path file;
    private final String charsetName;
    private final long totalBytes;
    private final CountingInputStream counter;
    private final CheckedTextReader reader;
    private final CsvRecordReader records;
    private final char delimiter;

    CsvRecords(Path file, FileSniffer.Sniffed sniffed) throws IOException {
        this.file = file;
        this.charsetName = sniffed.charset().name();
        this.totalBytes = sniffed.size();
        this.counter = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 256 * 1024));
        try {
            counter.readNBytes(sniffed.bomLength());
            this.reader = new CheckedTextReader(counter, sniffed.charset(), sniffed.clean());
            this.records = new CsvRecordReader(reader);
            this.delimiter = records.detectDelimiter();
        } catch (IOException | RuntimeException e) {
            counter.close();
            throw e;
        }
    }

    char delimiter() {
        return delimiter;
    }

    String charset() {
        return charsetName;
    }

    @Override
    public RawRow next() {
        try {
            List<String> cells = nextRecord();
            if (records.openQuoteLine() > 0) {
                throw new ImportFailedException(
                        new Message("import.error.unclosedQuote", file.toString(), String.valueOf(records.openQuoteLine())),
                        "Quote opened on line " + records.openQuoteLine() + " is never closed");
            }
            return cells == null ? null : new RawRow(records.recordLine(), cells, problemOf(records.recordLine()));
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }

    /** The reason to reject the record starting on {@code first}: any of its lines in trouble. */
    private Message problemOf(long first) {
        Message problem = null;
        for (long line = first; line < records.currentLine() || line == first; line++) {
            CheckedTextReader.Trouble trouble = reader.troubleOf(line);
            if (trouble != null && problem == null) {
                problem = switch (trouble) {
                    case NUL -> new Message("import.rejected.nulByte");
                    case UNDECODABLE -> new Message("import.rejected.undecodable", charsetName);
                    case OTHER_CHARSET -> new Message("import.rejected.otherCharset", charsetName);
                };
            }
        }
        return problem;
    }

    /** The next record; a record beyond the reader's limits fails the import naming its line. */
    private List<String> nextRecord() throws IOException {
        try {
            return records.next();
        } catch (CsvRecordReader.LimitExceeded e) {
            String line = String.valueOf(e.line);
            Message message = switch (e.limit) {
                case VALUE -> new Message("import.error.valueTooLong", file.toString(), line,
                        String.valueOf(CsvRecordReader.MAX_FIELD_CHARS));
                case RECORD -> new Message("import.error.rowTooLong", file.toString(), line,
                        String.valueOf(CsvRecordReader.MAX_RECORD_CHARS));
                case COLUMNS -> new Message("import.error.tooManyColumns", file.toString(), line,
                        String.valueOf(CsvRecordReader.MAX_COLUMNS));
            };
            throw new ImportFailedException(message, e.getMessage());
        }
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }
}
