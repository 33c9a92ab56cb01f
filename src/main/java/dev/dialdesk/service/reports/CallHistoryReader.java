package dev.dialdesk.service.reports;

import java.nio.file.Path;
import java.util.List;

/** Reads a call history CSV from another dialer into raw rows (the service checks each value). */
public interface CallHistoryReader {

    /** One data line, with its line number in the file (the header is line 1). Absent values are "". */
    record Row(long line, String agent, String phone, String startedAt, String durationSeconds, String disposition,
               String premium) {
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
