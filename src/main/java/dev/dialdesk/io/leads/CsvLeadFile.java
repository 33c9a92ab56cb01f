package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV lead file: header on the first non-blank line, one lead per record. */
final class CsvLeadFile implements LeadFile {

    private final Path file;
    private final Charset charset;
    private final long totalBytes;
    private final CountingInputStream counter;
    private final Reader reader;
    private final CsvRecordReader records;
    private final char delimiter;
    private final List<String> headers;

    CsvLeadFile(Path file, FileSniffer.Sniffed sniffed) throws IOException {
        this.file = file;
        this.charset = sniffed.charset();
        this.totalBytes = sniffed.size();
        this.counter = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 256 * 1024));
        try {
            if (sniffed.bom()) {
                counter.readNBytes(3);
            }
            // The charset was checked over the whole file; MS949's few unmapped bytes become U+FFFD.
            this.reader = new InputStreamReader(counter, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            this.records = new CsvRecordReader(reader);
            this.delimiter = records.detectDelimiter();
            List<String> header = nextRecord();
            this.headers = header == null ? List.of() : List.copyOf(stripBom(header));
        } catch (IOException | RuntimeException e) {
            counter.close();
            throw e;
        }
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

    private static List<String> stripBom(List<String> header) {
        List<String> cleaned = new ArrayList<>(header.size());
        for (String cell : header) {
            cleaned.add(cell.replace("\uFEFF", "").strip());
        }
        return cleaned;
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public String charset() {
        return charset.name();
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public List<String> headers() {
        return headers;
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
            return cells == null ? null : new RawRow(records.recordLine(), cells);
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
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
