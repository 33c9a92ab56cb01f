package dev.dialdesk.service.cases;

import java.nio.file.Path;
import java.util.List;

/** Reads the internal address book from a CSV file (implemented in {@code io}). */
public interface ContactFileReader {

    /** One row as written; {@code line} is the spreadsheet line. Empty texts for missing cells. */
    record Row(long line, String name, String team, String phone, String workHours, String lunch) {
    }

    /** @throws dev.dialdesk.service.imports.ImportFailedException naming the file when it cannot be read */
    List<Row> read(Path file);
}
