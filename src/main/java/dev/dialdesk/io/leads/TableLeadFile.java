package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.OpenOptions;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A table file as a lead file: the header row is found (the first of the leading rows that names the
 * columns; title and meta rows above it are skipped) or taken where the agent said, then one lead per
 * row. The same for CSV, a workbook's sheet and an HTML table.
 */
final class TableLeadFile implements LeadFile {

    /** Rows looked at for the header; a header further down must be named with its row. */
    static final int HEADER_SEARCH_ROWS = 30;

    /** How the source was read. */
    record Kind(FileFormat format, String charset, char delimiter, List<String> sheets, String sheet) {
    }

    private final Kind kind;
    private final RecordSource source;
    private final Deque<RawRow> ahead = new ArrayDeque<>();
    private final List<RawRow> skipped = new ArrayList<>();
    private final List<String> headers;
    private final long headerLine;

    TableLeadFile(Path file, Kind kind, RecordSource source, OpenOptions options) {
        this.kind = kind;
        this.source = source;
        try {
            RawRow header = options.headerRow() > 0 ? headerAt(file, options.headerRow()) : findHeader(options);
            this.headerLine = header == null ? 1 : header.line();
            this.headers = header == null ? List.of() : cleaned(header.cells());
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private RawRow headerAt(Path file, int row) {
        RawRow next;
        while ((next = source.next()) != null && next.line() < row) {
            skipped.add(next);
        }
        if (next == null || next.line() != row) {
            throw new ImportFailedException(new Message("import.error.noHeaderRow", file.toString(), String.valueOf(row)),
                    "Header row " + row + " is blank or past the end");
        }
        return next;
    }

    private RawRow findHeader(OpenOptions options) {
        RawRow next;
        while (ahead.size() < HEADER_SEARCH_ROWS && (next = source.next()) != null) {
            ahead.add(next);
            if (options.looksLikeHeader().test(next.cells())) {
                while (ahead.size() > 1) {
                    skipped.add(ahead.removeFirst());
                }
                return ahead.removeFirst();
            }
        }
        return ahead.pollFirst();
    }

    private static List<String> cleaned(List<String> header) {
        List<String> cleaned = new ArrayList<>(header.size());
        for (String cell : header) {
            cleaned.add(cell.replace("\uFEFF", "").strip());
        }
        return List.copyOf(cleaned);
    }

    @Override
    public FileFormat format() {
        return kind.format();
    }

    @Override
    public String charset() {
        return kind.charset();
    }

    @Override
    public char delimiter() {
        return kind.delimiter();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public List<String> sheets() {
        return kind.sheets();
    }

    @Override
    public String sheet() {
        return kind.sheet();
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public List<RawRow> skippedRows() {
        return List.copyOf(skipped);
    }

    @Override
    public RawRow next() {
        return ahead.isEmpty() ? source.next() : ahead.removeFirst();
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public long totalBytes() {
        return source.totalBytes();
    }

    @Override
    public void close() {
        source.close();
    }
}
