package dev.dialdesk.service.imports;

import dev.dialdesk.domain.AgentId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One import to run.
 *
 * @param batchName the batch's name; when null, the file name
 * @param mapping   the column mapping; when null, the one recognised from the headers
 */
public record ImportRequest(Path file, AgentId agent, String batchName, ColumnMapping mapping) {
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(agent, "agent");
    }
}
