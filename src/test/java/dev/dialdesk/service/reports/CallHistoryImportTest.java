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

/**
 * Another dialer's call history: Korean headers and labels, CP949, bad lines reported and the rest
 * imported, idempotent, outcomes carried to the leads.
 */
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
    void anUnreadableLineIsReportedWithItsLineAndTheRestIsImported() throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "\uFEFFagent,phone,started_at,duration_seconds,disposition\n"
                + "A1024,010-2222-3333,2025-02-10 10:00,35,NO_ANSWER\n"
                + "A1024,010-2222-4444,2025-02-10 10:05,20,다음에\n"
                + "A1024,12,2025-02-10 10:06,20,busy\n");
        try (StatsFixture fixture = new StatsFixture(dir)) {
            CallHistoryImportService.Result result = fixture.services().history().importFile(file);
            assertThat(result.refused()).isFalse();
            assertThat(result.imported()).isEqualTo(1);
            assertThat(result.issues()).containsExactly(
                    new ImportIssue(3, ImportIssue.Kind.REJECTED, new Message("history.issue.disposition", "다음에")),
                    new ImportIssue(4, ImportIssue.Kind.REJECTED, new Message("history.issue.phone", "12")));
            assertThat(fixture.db.count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
        }
    }

    @Test
    void headersTimesDurationsAndOutcomeWordsOfOtherDialersAreRead() throws Exception {
        Path file = dir.resolve("dialer-export.csv");
        Files.writeString(file, """
                2026년 11월 통화 내역
                상담원명,고객전화번호,통화일시,통화시간,상담결과
                A1024,010-2222-3333,2026/11/19 오후 3:05,0:01:05,부재중
                A1024,010-2222-4444,2026/11/19 오전 9:30:10,35초,통화 중
                A1024,010-2222-5555,2026-11-19 15:10,1:02:03,결번
                """, MS949);
        try (StatsFixture fixture = new StatsFixture(dir)) {
            CallHistoryImportService.Result result = fixture.services().history().importFile(file);
            assertThat(result.issues()).isEmpty();
            assertThat(result.imported()).isEqualTo(3);
            assertThat(fixture.db.count("SELECT duration_ms FROM call_attempt WHERE disposition = 'NO_ANSWER'"))
                    .isEqualTo(65_000);
            assertThat(fixture.db.count("SELECT duration_ms FROM call_attempt WHERE disposition = 'BUSY'"))
                    .isEqualTo(35_000);
            assertThat(fixture.db.count("SELECT started_at FROM call_attempt WHERE disposition = 'NO_ANSWER'"))
                    .isEqualTo(java.time.Instant.parse("2026-11-19T06:05:00Z").toEpochMilli());
            assertThat(fixture.db.queryString("SELECT status FROM lead WHERE phone = '+821022225555'"))
                    .isEqualTo("WRONG_NUMBER");
        }
    }

    @Test
    void aDoNotCallRequestInAHistoryTakesTheCustomerOutOfTheQueueForGood() throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, """
                상담원,연락처,통화시작,통화시간,결과
                A1024,010-2222-3333,2025-02-10 10:00,35,부재
                A1024,010-2222-3333,2025-02-11 10:00,20,수신거부
                A1024,010-2222-4444,2025-02-11 14:00,600,청약
                A1024,010-2222-4444,2025-02-10 14:00,30,부재
                """, MS949);
        try (StatsFixture fixture = new StatsFixture(dir)) {
            CallHistoryImportService.Result result = fixture.services().history().importFile(file);
            assertThat(result.imported()).isEqualTo(4);
            assertThat(fixture.db.count("SELECT count(*) FROM do_not_call WHERE number = '+821022223333'")).isEqualTo(1);
            assertThat(fixture.db.queryString("SELECT status FROM lead WHERE phone = '+821022223333'"))
                    .isEqualTo("DO_NOT_CALL");
            assertThat(fixture.db.queryString("SELECT status FROM lead WHERE phone = '+821022224444'"))
                    .as("the latest call decides, whatever its line").isEqualTo("CONTRACTED");
            assertThat(fixture.db.count("SELECT attempt_count FROM lead WHERE phone = '+821022224444'")).isEqualTo(2);
            assertThat(fixture.db.queryString("SELECT last_disposition FROM lead WHERE phone = '+821022224444'"))
                    .isEqualTo("CONTRACT");
        }
    }
}
