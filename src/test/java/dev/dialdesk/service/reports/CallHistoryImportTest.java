package dev.dialdesk.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.testing.StatsFixture;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another dialer's call history: Korean headers and labels, CP949, all or nothing, idempotent. */
class CallHistoryImportTest {

    private static final Charset MS949 = Charset.forName("x-windows-949");

    @TempDir
    Path dir;

    @Test
    void importsAnExcelCp949FileWithKoreanLabelsOnceAndOnlyOnce() throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, """
                상담원,연락처,통화시작,통화시간,결과,보험료
                A1024,010-2222-3333,2025-02-10 10:00,35,부재,
                A1024,010-2222-3333,2025-02-11 14:00,600,청약,"52,000"
                B77,02-123-4567,2025-02-11T15:00:00+09:00,40,Refused,
                """, MS949);
        try (StatsFixture fixture = new StatsFixture(dir)) {
            CallHistoryImportService history = fixture.services().history();
            CallHistoryImportService.Result result = history.importFile(file);
            assertThat(result.issues()).isEmpty();
            assertThat(result.charset()).isEqualTo("x-windows-949");
            assertThat(result.imported()).isEqualTo(3);
            assertThat(fixture.db.count("SELECT count(*) FROM call_attempt WHERE sale = 1")).isEqualTo(1);
            assertThat(fixture.db.count("SELECT premium_won FROM imported_premium")).isEqualTo(52_000);
            assertThat(fixture.db.count("SELECT count(*) FROM agent WHERE id = 'B77'")).isEqualTo(1);
            assertThat(fixture.db.count("SELECT count(*) FROM lead l JOIN lead_batch b ON b.id = l.batch_id "
                    + "WHERE b.name = 'imported history'")).isEqualTo(2);
            assertThat(fixture.db.count("SELECT duration_ms FROM call_attempt WHERE disposition = 'CONTRACT'"))
                    .isEqualTo(600_000);

            CallHistoryImportService.Result again = history.importFile(file);
            assertThat(again.imported()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(fixture.db.count("SELECT count(*) FROM call_attempt")).isEqualTo(3);
        }
    }

    @Test
    void anUnknownOutcomeIsReportedWithItsLineAndNothingIsImported() throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "\uFEFFagent,phone,started_at,duration_seconds,disposition\n"
                + "A1024,010-2222-3333,2025-02-10 10:00,35,NO_ANSWER\n"
                + "A1024,010-2222-4444,2025-02-10 10:05,20,다음에\n"
                + "A1024,12,2025-02-10 10:06,20,busy\n");
        try (StatsFixture fixture = new StatsFixture(dir)) {
            CallHistoryImportService.Result result = fixture.services().history().importFile(file);
            assertThat(result.refused()).isTrue();
            assertThat(result.issues()).containsExactly(
                    new ImportIssue(3, ImportIssue.Kind.REJECTED, new Message("history.issue.disposition", "다음에")),
                    new ImportIssue(4, ImportIssue.Kind.REJECTED, new Message("history.issue.phone", "12")));
            assertThat(fixture.db.count("SELECT count(*) FROM call_attempt")).isZero();
        }
    }
}
