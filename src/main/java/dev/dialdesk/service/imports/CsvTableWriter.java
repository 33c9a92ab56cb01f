package dev.dialdesk.service.imports;

import java.nio.file.Path;
import java.util.List;

/** Writes a table as a CSV file that Excel opens correctly (UTF-8 with a byte order mark). */
public interface CsvTableWriter {

    /**
     * @throws ImportFailedException when the file cannot be written
     */
    void write(Path target, List<String> header, List<List<String>> rows);
}
