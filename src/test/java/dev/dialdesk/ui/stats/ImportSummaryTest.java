package dev.dialdesk.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.reports.CallHistoryImportService;
import dev.dialdesk.service.reports.ImportOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The import summary the team lead reads: a line per file, or the refused lines with their numbers. */
class ImportSummaryTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void everyFileGetsItsResultAndReason() {
        ImportSummary summary = ImportSummary.ofReports(List.of(
                new ImportOutcome(Path.of("in/kim.json"), ImportOutcome.Status.IMPORTED, 5, 0,
                        new Message("reports.import.done", "kim.json", "A1024", 5, 0)),
                new ImportOutcome(Path.of("in/bad.json"), ImportOutcome.Status.REFUSED, 0, 0,
                        new Message("reports.refused.notReport", "bad.json"))), messages);
        assertThat(summary.title()).isEqualTo("2 files read, 1 refused.");
        assertThat(summary.lines()).containsExactly(
                new ImportSummary.Line("kim.json", "Imported", "kim.json: agent A1024, 5 calls added, 0 updated."),
                new ImportSummary.Line("bad.json", "Refused", "bad.json is not a Dialdesk day report. Nothing of it was imported."));
    }

    @Test
    void aRefusedHistoryListsItsLines() {
        ImportSummary summary = ImportSummary.ofHistory(new CallHistoryImportService.Result(Path.of("h.csv"), "UTF-8", 0, 0,
                List.of(new ImportIssue(3, ImportIssue.Kind.REJECTED, new Message("history.issue.duration", "x")))), messages);
        assertThat(summary.lines()).containsExactly(
                new ImportSummary.Line("Line 3", "Refused", "Not a duration in seconds: \"x\""));
        assertThat(summary.title()).startsWith("h.csv: 1 line ");
    }
}
