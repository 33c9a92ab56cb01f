package dev.dialdesk.ui.stats;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.reports.CallHistoryImportService;
import dev.dialdesk.service.reports.ImportOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import of day reports or call history did, as the summary dialog lists it: one line per
 * file (imported, updated, unchanged, older, refused with the reason), or for a call history the counts
 * and the refused lines with their numbers. No Swing: tested without a display.
 */
record ImportSummary(String title, List<Line> lines) {

    /** One row: the file or line, what happened, the details. */
    record Line(String where, String what, String detail) {
    }

    static ImportSummary ofReports(List<ImportOutcome> outcomes, Messages messages) {
        List<Line> lines = new ArrayList<>();
        int refused = 0;
        for (ImportOutcome outcome : outcomes) {
            refused += outcome.refused() ? 1 : 0;
            lines.add(new Line(outcome.file().getFileName().toString(),
                    messages.get("stats.import.status." + outcome.status().name()), messages.get(outcome.message())));
        }
        return new ImportSummary(messages.get("stats.import.reports.summary", outcomes.size(), refused), lines);
    }

    static ImportSummary ofHistory(CallHistoryImportService.Result result, Messages messages) {
        String file = result.file().getFileName().toString();
        List<Line> lines = new ArrayList<>();
        if (!result.refused()) {
            lines.add(new Line(file, messages.get("stats.import.status.IMPORTED"),
                    messages.get("history.done", result.imported(), result.unchanged(), result.charset())));
        }
        for (ImportIssue issue : result.issues()) {
            lines.add(new Line(messages.get("stats.import.line", issue.line()),
                    messages.get("stats.import.status.REFUSED"), messages.get(issue.reason())));
        }
        String title = result.refused() ? messages.get("history.refused", file, result.issues().size())
                : messages.get("stats.import.history.summary", file, result.imported(), result.unchanged());
        return new ImportSummary(title, lines);
    }
}
