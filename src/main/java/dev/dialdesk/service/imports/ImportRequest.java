package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import dev.dialdesk.domain.imports.LeadAssignment;
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
 * @param agent      the agent importing (this desk's), whose leads they are unless {@code assignment} says
 *                   otherwise; may be null only with an assignment (a team lead's import on the server)
 * @param assignment who gets the leads (a team lead's hand-out); every lead to {@code agent} by default
 */
public record ImportRequest(Path file, AgentId agent, String batchName, ColumnMapping mapping, String sheet,
                            int headerRow, LeadAssignment assignment) {
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        if (assignment == null) {
            assignment = LeadAssignment.to(Objects.requireNonNull(agent, "agent"));
        }
    }

    public ImportRequest(Path file, AgentId agent, String batchName, ColumnMapping mapping, String sheet,
                         int headerRow) {
        this(file, agent, batchName, mapping, sheet, headerRow, null);
    }

    public ImportRequest(Path file, AgentId agent, String batchName, ColumnMapping mapping) {
        this(file, agent, batchName, mapping, null, 0);
    }
}
