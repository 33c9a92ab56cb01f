package dev.dialdesk.service.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a lead file (CSV or JSON) as raw rows: the service owns this interface, {@code io.leads}
 * implements it. Reading streams: nothing holds the whole file.
 */
public interface LeadFileReader {

    /**
     * Opens {@code file}: detects the format, the character set and (for CSV) the delimiter, and reads
     * the header line.
     *
     * @throws ImportFailedException when the file is missing, unreadable, empty or binary
     */
    LeadFile open(Path file);

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

        @Override
        void close();
    }

    /**
     * One row as written in the file.
     *
     * @param line  the physical line where the row starts (the header is line 1)
     * @param cells the values by column index, as {@link LeadFile#headers()}; may be shorter or longer
     */
    record RawRow(long line, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
