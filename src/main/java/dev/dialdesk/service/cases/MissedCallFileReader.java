package dev.dialdesk.service.cases;

import java.nio.file.Path;
import java.util.List;

/** Reads the phone system's missed-call export (CSV of number, time, optional name; in {@code io}). */
public interface MissedCallFileReader {

    /** One row as written; {@code line} is the spreadsheet line. */
    record Row(long line, String number, String time, String name) {
    }

    /** @throws dev.dialdesk.service.imports.ImportFailedException naming the file when it cannot be read */
    List<Row> read(Path file);
}
