package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import dev.dialdesk.domain.AgentId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One import to run.
 *
 * @param batchName the batch's name; when null, the file name
 * @param mapping   the column mapping; when null, the one recognised from the headers
 * @param sheet     a workbook's sheet by name or 1-based number; null for the first
 * @param headerRow the 1-based line (row) of the header; 0 to find it
 */
public record ImportRequest(Path file, AgentId agent, String batchName, ColumnMapping mapping, String sheet,
                            int headerRow) {
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(agent, "agent");
    }

    public ImportRequest(Path file, AgentId agent, String batchName, ColumnMapping mapping) {
        this(file, agent, batchName, mapping, null, 0);
    }
}
