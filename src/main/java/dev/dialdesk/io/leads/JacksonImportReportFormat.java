package dev.dialdesk.io.leads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportReportFormat;

/** {@link ImportReportFormat} with Jackson: one compact JSON object a line. */
public final class JacksonImportReportFormat implements ImportReportFormat {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String json(ImportReport report, Messages messages) {
        ObjectNode root = counts(report.imported(), report.duplicates(), report.rejected());
        ObjectNode batch = root.putObject("batch");
        batch.put("id", report.batchId());
        batch.put("name", report.batchName());
        root.put("file", report.file());
        root.put("charset", report.charset());
        if (!report.handedOut().isEmpty()) {
            ObjectNode handedOut = root.putObject("handed_out");
            report.handedOut().forEach((agent, count) -> handedOut.put(agent.isEmpty() ? "pool" : agent, count));
        }
        ArrayNode errors = root.putArray("errors");
        for (ImportIssue issue : report.issues()) {
            errors.addObject().put("line", issue.line()).put("kind", issue.kind().name())
                    .put("reason", messages.get(issue.reason()));
        }
        return write(root);
    }

    @Override
    public String failureJson(String file, String message) {
        ObjectNode root = counts(0, 0, 0);
        root.put("file", file);
        root.putArray("errors");
        root.put("error", message);
        return write(root);
    }

    private ObjectNode counts(long imported, long duplicates, long rejected) {
        ObjectNode root = mapper.createObjectNode();
        root.put("imported", imported);
        root.put("duplicates", duplicates);
        root.put("rejected", rejected);
        return root;
    }

    private String write(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of an import report", e);
        }
    }
}
