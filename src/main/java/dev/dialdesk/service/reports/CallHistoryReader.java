package dev.dialdesk.service.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a call history from another dialer (CSV, TSV, UTF-16, a workbook) into raw rows; the service
 * checks each value.
 */
public interface CallHistoryReader {

    /**
     * One data line, with its line number in the file (the header is line 1). Absent values are "".
     *
     * @param problem why the line cannot be trusted (a NUL byte, another character set), or null
     */
    record Row(long line, String agent, String phone, String startedAt, String durationSeconds, String disposition,
               String premium, dev.dialdesk.domain.i18n.Message problem) {
        public Row(long line, String agent, String phone, String startedAt, String durationSeconds, String disposition,
                   String premium) {
            this(line, agent, phone, startedAt, durationSeconds, disposition, premium, null);
        }
    }

    /** The rows and the character set the file was read in. */
    record HistoryFile(List<Row> rows, String charset) {
    }

    /**
     * @throws dev.dialdesk.service.imports.ImportFailedException when the file cannot be read or lacks a
     *         required column
     */
    HistoryFile read(Path file);
}
