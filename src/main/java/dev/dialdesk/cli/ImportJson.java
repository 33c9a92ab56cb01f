package dev.dialdesk.cli;

import dev.dialdesk.domain.text.FlatJson;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.imports.ImportReport;

/** The one JSON object {@code import --json} prints (Jackson stays in io; this is flat enough to write). */
final class ImportJson {

    private ImportJson() {
    }

    static String report(ImportReport report, Messages messages) {
        StringBuilder json = new StringBuilder(256 + 96 * report.issues().size());
        json.append("{\"imported\":").append(report.imported())
                .append(",\"duplicates\":").append(report.duplicates())
                .append(",\"rejected\":").append(report.rejected())
                .append(",\"batch\":{\"id\":").append(report.batchId()).append(",\"name\":");
        quote(json, report.batchName());
        json.append("},\"file\":");
        quote(json, report.file());
        json.append(",\"charset\":");
        quote(json, report.charset());
        json.append(",\"errors\":[");
        boolean first = true;
        for (ImportIssue issue : report.issues()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"line\":").append(issue.line()).append(",\"kind\":\"").append(issue.kind().name())
                    .append("\",\"reason\":");
            quote(json, messages.get(issue.reason()));
            json.append('}');
        }
        return json.append("]}").toString();
    }

    static String failure(String file, String message) {
        StringBuilder json = new StringBuilder("{\"imported\":0,\"duplicates\":0,\"rejected\":0,\"file\":");
        quote(json, file);
        json.append(",\"errors\":[],\"error\":");
        quote(json, message);
        return json.append('}').toString();
    }

    static void quote(StringBuilder out, String text) {
        FlatJson.quote(out, text);
    }
}
