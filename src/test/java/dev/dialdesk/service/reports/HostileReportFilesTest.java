package dev.dialdesk.service.reports;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.testing.HostileFiles;
import dev.dialdesk.testing.StatsFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile day reports and call histories (issue 7 §8) through the real services on a real database:
 * a correct import, or a refusal naming the file (and the field or line where one applies); never an
 * out-of-memory error, a hang or a half-written database. Seeded; the seed is in every failure message.
 */
@Tag("fuzz")
class HostileReportFilesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String VALID_HISTORY = "상담원,연락처,통화시작,통화시간,결과\n"
            + "A1024,010-2222-3333,2025-02-10 10:00,35,부재\nA1024,010-2222-4444,2025-02-10 10:05,20,거절\n";

    @TempDir
    Path dir;
    private StatsFixture agentDesk;
    private StatsFixture leadDesk;
    private byte[] validReport;

    @BeforeEach
    void setUp() throws IOException {
        agentDesk = new StatsFixture(Files.createDirectories(dir.resolve("agent"))).seed();
        agentDesk.callback(KIM, "2025-03-06T10:00", "DONE", null);
        agentDesk.contract(KIM, "2025-03-06T14:05", 35_000);
        agentDesk.db.clock.set(StatsFixture.TODAY);
        Path file = dir.resolve("valid.json");
        agentDesk.services().dayReports().export(new Agent(KIM, "Kim"), DateRange.day(LocalDate.of(2025, 3, 6)), file);
        validReport = Files.readAllBytes(file);
        leadDesk = new StatsFixture(Files.createDirectories(dir.resolve("lead")));
    }

    @AfterEach
    void tearDown() {
        agentDesk.close();
        leadDesk.close();
    }

    @Test
    void randomTruncatedAndMutatedReportsAndHistoriesEndInAnImportOrAClearRefusal() throws IOException {
        long seed = HostileFiles.seed();
        Random random = new Random(seed);
        byte[] history = VALID_HISTORY.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 150; i++) {
            byte[] report = switch (i % 3) {
                case 0 -> HostileFiles.randomBytes(random, 4096);
                case 1 -> HostileFiles.truncate(random, validReport);
                default -> HostileFiles.mutate(random, validReport);
            };
            String context = "seed " + seed + ", case " + i;
            importReport(HostileFiles.write(dir.resolve("case-" + i + ".json"), report), context);
            byte[] csv = i % 3 == 0 ? HostileFiles.randomBytes(random, 2048)
                    : i % 3 == 1 ? HostileFiles.truncate(random, history) : HostileFiles.mutate(random, history);
            importHistory(HostileFiles.write(dir.resolve("case-" + i + ".csv"), csv), context);
        }
    }

    @Test
    void aHundredMegabyteLineIsRefusedNamingTheFile() throws IOException {
        Path json = HostileFiles.hugeLine(dir.resolve("huge.json"), "{\"format\":\"dialdesk-day-report\",\"x\":[", '1',
                100_000_000);
        assertThat(importReport(json, "100 MB").message().key()).isEqualTo("reports.refused.tooLarge");
        Path string = HostileFiles.hugeLine(dir.resolve("string.json"), "{\"format\":\"dialdesk-day-report\",\"x\":\"", 'x',
                30_000_000);
        assertThat(importReport(string, "30 MB string").status()).isEqualTo(ImportOutcome.Status.REFUSED);
        Path csv = HostileFiles.hugeLine(dir.resolve("huge.csv"), "agent,phone,started_at,duration_seconds,disposition\n",
                '7', 100_000_000);
        assertThat(importHistory(csv, "100 MB line")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("calls.error.historyTooLarge"));
    }

    @Test
    void tenThousandKeysOrColumnsAndDeepNestingAreRefused() throws IOException {
        StringBuilder keys = new StringBuilder("{\"format\":\"dialdesk-day-report\"");
        for (int i = 0; i < 10_000; i++) {
            keys.append(",\"k").append(i).append("\":").append(i);
        }
        importReport(HostileFiles.write(dir.resolve("keys.json"), keys.append('}').toString().getBytes(StandardCharsets.UTF_8)),
                "10,000 keys");
        String deep = "{\"format\":\"dialdesk-day-report\",\"calls\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        importReport(HostileFiles.write(dir.resolve("deep.json"), deep.getBytes(StandardCharsets.UTF_8)), "deep");
        String wide = "agent,phone,started_at,duration_seconds,disposition" + ",x".repeat(10_000) + "\n"
                + "A1024,010-2222-3333,2025-02-10 10:00,35,NO_ANSWER" + ",y".repeat(10_000) + "\n";
        importHistory(HostileFiles.write(dir.resolve("wide.csv"), wide.getBytes(StandardCharsets.UTF_8)), "10,000 columns");
    }

    @Test
    void brokenUtf8MidFileIsRefusedNamingTheFile() throws IOException {
        String text = new String(validReport, StandardCharsets.UTF_8);
        int line = (int) text.substring(0, text.indexOf("무배당")).chars().filter(c -> c == '\n').count() + 1;
        byte[] broken = HostileFiles.breakUtf8AtLine(validReport, line);     // the contract's product, mid-file
        ImportOutcome outcome = importReport(HostileFiles.write(dir.resolve("broken.json"), broken), "broken UTF-8");
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REFUSED);
        byte[] csv = HostileFiles.breakUtf8AtLine(VALID_HISTORY.getBytes(StandardCharsets.UTF_8), 2);
        importHistory(HostileFiles.write(dir.resolve("broken.csv"), csv), "broken UTF-8 (falls back to MS949)");
    }

    /** One report in time; a refusal names the file and leaves the database as it was. */
    private ImportOutcome importReport(Path file, String context) {
        List<Long> before = fingerprint();
        ImportOutcome outcome = assertTimeoutPreemptively(LIMIT,
                () -> leadDesk.services().dayReports().importAll(List.of(file)).get(0),
                () -> "import of " + file.getFileName() + " hung (" + context + ")");
        if (outcome.refused()) {
            assertThat(outcome.message().args()[0]).as("the refusal names the file (%s)", context)
                    .isIn(file.getFileName().toString(), file.toString());
            assertThat(fingerprint()).as("nothing written by a refused file (%s)", context).isEqualTo(before);
        }
        return outcome;
    }

    /** One history in time; refused lines or an error name the file or line, and nothing is written. */
    private Object importHistory(Path file, String context) {
        List<Long> before = fingerprint();
        Object result = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                return leadDesk.services().history().importFile(file);
            } catch (UserFacingException e) {
                return e;
            }
        }, () -> "import of " + file.getFileName() + " hung (" + context + ")");
        if (result instanceof UserFacingException e) {
            assertThat(List.of(e.userMessage().args())).as("the error names the file (%s)", context)
                    .anyMatch(arg -> String.valueOf(arg).contains(file.getFileName().toString()));
        }
        if (result instanceof UserFacingException
                || (result instanceof CallHistoryImportService.Result r && r.refused())) {
            assertThat(fingerprint()).as("nothing written by a refused file (%s)", context).isEqualTo(before);
        }
        return result;
    }

    private List<Long> fingerprint() {
        return List.of(leadDesk.db.count("SELECT count(*) FROM call_attempt"), leadDesk.db.count("SELECT count(*) FROM lead"),
                leadDesk.db.count("SELECT count(*) FROM callback"), leadDesk.db.count("SELECT count(*) FROM contract"),
                leadDesk.db.count("SELECT count(*) FROM agent"), leadDesk.db.count("SELECT count(*) FROM stats_slot"));
    }
}
