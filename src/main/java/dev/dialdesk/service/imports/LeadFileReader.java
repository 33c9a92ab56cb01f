package dev.dialdesk.service.imports;

import dev.dialdesk.domain.i18n.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a lead file (CSV, TSV, JSON, an Excel workbook or an HTML table) as raw rows: the service owns this interface, {@code io.leads}
 * implements it. Reading streams: nothing holds the whole file.
 */
public interface LeadFileReader {

    /**
     * Opens {@code file}: detects the format, the character set and (for CSV) the delimiter, and reads
     * the header line.
     *
     * @throws ImportFailedException when the file is missing, unreadable, empty or binary
     */
    default LeadFile open(Path file) {
        return open(file, OpenOptions.DEFAULT);
    }

    /**
     * Opens {@code file} with a sheet and a header row chosen (or found: the first of the leading rows
     * that {@link OpenOptions#looksLikeHeader()} accepts).
     *
     * @throws ImportFailedException when the file is missing, unreadable, empty or binary, or the sheet
     *         or header row does not exist
     */
    LeadFile open(Path file, OpenOptions options);

    /**
     * How to open a file.
     *
     * @param sheet           a workbook's sheet by name or 1-based number; null for the first
     * @param headerRow       the 1-based line (row) of the header; 0 to find it
     * @param looksLikeHeader whether a row names the columns (title and meta rows above it are skipped)
     */
    record OpenOptions(String sheet, int headerRow, Predicate<List<String>> looksLikeHeader) {
        public static final OpenOptions DEFAULT = new OpenOptions(null, 0, cells -> true);
    }

    /** An open lead file. Not thread-safe. */
    interface LeadFile extends AutoCloseable {

        FileFormat format();

        /** The character set detected, e.g. {@code UTF-8} or {@code x-windows-949}. */
        String charset();

        /** The CSV delimiter detected; 0 for JSON. */
        char delimiter();

        /**
         * The column headers in file order. For JSON, the keys seen so far: the list grows as new keys
         * appear, and a key keeps its index.
         */
        List<String> headers();

        /**
         * The next non-blank row, or null at the end of the file.
         *
         * @throws ImportFailedException when the file turns out to be malformed (e.g. broken JSON)
         */
        RawRow next();

        long bytesRead();

        long totalBytes();

        /** The sheets of a workbook in file order; empty for other kinds. */
        default List<String> sheets() {
            return List.of();
        }

        /** The sheet being read, or null when the file has none. */
        default String sheet() {
            return null;
        }

        /** The line (row) of the header; 0 for JSON. */
        default long headerLine() {
            return 1;
        }

        /** The title and meta rows above the header that were skipped, in file order. */
        default List<RawRow> skippedRows() {
            return List.of();
        }

        @Override
        void close();
    }

    /**
     * One row as written in the file.
     *
     * @param line  the physical line where the row starts (the header is line 1)
     * @param cells   the values by column index, as {@link LeadFile#headers()}; may be shorter or longer
     * @param problem why the line cannot be trusted (a NUL byte, text in another character set), or null
     */
    record RawRow(long line, List<String> cells, Message problem) {
        public RawRow(long line, List<String> cells) {
            this(line, cells, null);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
