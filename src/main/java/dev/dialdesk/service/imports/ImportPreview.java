package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import java.nio.file.Path;
import java.util.List;

/**
 * What the import dialog shows before importing: how the file was read, its headers, the mapping
 * Dialdesk suggests and the first rows, so that the agent can correct the mapping.
 *
 * @param charset   the character set detected (e.g. {@code UTF-8}, {@code x-windows-949})
 * @param delimiter the CSV delimiter detected; 0 for JSON
 * @param headers   the column headers in file order (for JSON: the keys seen)
 * @param rows      the first rows, each a list of cell values in header order
 * @param sheets    a workbook's sheets (empty for other files), {@code sheet} the one shown
 * @param headerLine the line (row) the header was found on; {@code skippedRows} the title rows above it
 */
public record ImportPreview(Path file, FileFormat format, String charset, char delimiter, List<String> headers,
                            ColumnMapping suggested, List<List<String>> rows, List<String> sheets, String sheet,
                            long headerLine, int skippedRows) {

    public ImportPreview(Path file, FileFormat format, String charset, char delimiter, List<String> headers,
                         ColumnMapping suggested, List<List<String>> rows) {
        this(file, format, charset, delimiter, headers, suggested, rows, List.of(), null, 1, 0);
    }
}
