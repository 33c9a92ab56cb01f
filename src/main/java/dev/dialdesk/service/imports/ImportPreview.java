package dev.dialdesk.service.imports;

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
 */
public record ImportPreview(Path file, FileFormat format, String charset, char delimiter, List<String> headers,
                            ColumnMapping suggested, List<List<String>> rows) {
}
