package dev.dialdesk.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dialdesk.testing.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile lead files (issue 7 §8), CSV and JSON, through the real import service on a real database:
 * each ends in a correct import or in an {@link ImportFailedException} whose message names the file
 * (and the line where one applies), never in an out-of-memory error, a hang or a half-written batch.
 * Random cases are seeded; the seed is in every failure message.
 */
@Tag("fuzz")
class HostileLeadFilesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void randomBytesEndInACorrectImportOrAClearError() throws IOException {
        long seed = HostileFiles.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            String name = "random-" + i + (i % 2 == 0 ? ".csv" : ".json");
            Path file = HostileFiles.write(dir.resolve(name), HostileFiles.randomBytes(random, 4096));
            importSafely(file, "seed " + seed + ", case " + i);
        }
    }

    @Test
    void mutatedAndTruncatedValidFilesEndInACorrectImportOrAClearError() throws IOException {
        long seed = HostileFiles.seed();
        Random random = new Random(seed);
        byte[] csv = HostileFiles.leadCsv(200, 0).getBytes(StandardCharsets.UTF_8);
        byte[] json = HostileFiles.leadJson(200, 1).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 120; i++) {
            boolean isCsv = i % 2 == 0;
            byte[] valid = isCsv ? csv : json;
            byte[] bytes = i % 4 < 2 ? HostileFiles.truncate(random, valid) : HostileFiles.mutate(random, valid);
            Path file = HostileFiles.write(dir.resolve("case-" + i + (isCsv ? ".csv" : ".json")), bytes);
            importSafely(file, "seed " + seed + ", case " + i);
        }
    }

    @Test
    void aHundredMegabyteLineInCsvIsRefusedNamingTheLine() throws IOException {
        Path oneValue = HostileFiles.hugeLine(dir.resolve("one-value.csv"), "이름,연락처\n홍길동,010-1234-5678\n",
                'x', 100_000_000);
        ImportFailedException failure = expectFailure(oneValue);
        assertThat(failure.userMessage().args()).contains("3");

        Path manyCells = HostileFiles.hugeLine(dir.resolve("many-cells.csv"), "이름,연락처\n", ',', 100_000_000);
        assertThat(expectFailure(manyCells).userMessage().args()).contains("2");

        Path openQuote = HostileFiles.hugeLine(dir.resolve("open-quote.csv"), "이름,연락처\n\"", 'y', 100_000_000);
        assertThat(expectFailure(openQuote).userMessage().args()).contains("2");
    }

    @Test
    void aHundredMegabyteLineInJsonIsRefused() throws IOException {
        Path value = HostileFiles.hugeLine(dir.resolve("value.json"), "[{\"name\":\"", 'x', 100_000_000);
        expectFailure(value);
        Path nested = HostileFiles.hugeLine(dir.resolve("nested-value.json"),
                "[{\"phone\":\"010-1234-5678\",\"extra\":[", '1', 0);
        Files.write(nested, "1,".repeat(40_000_000).getBytes(StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);
        expectFailure(nested);
    }

    @Test
    void tenThousandColumnsImportWithTheirExtraFields() throws IOException {
        StringBuilder csv = new StringBuilder("이름,연락처");
        for (int c = 0; c < 10_000; c++) {
            csv.append(",col").append(c);
        }
        csv.append('\n');
        for (int row = 0; row < 20; row++) {
            csv.append("고객").append(row).append(",010-2000-").append(String.format("%04d", row));
            csv.append(",v".repeat(10_000)).append('\n');
        }
        Path file = HostileFiles.write(dir.resolve("wide.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        ImportReport report = assertTimeoutPreemptively(LIMIT, () -> fixture.importFile(file));
        assertThat(report.imported()).isEqualTo(20);
        assertThat(fixture.leadColumn("+821020000007", "extra")).contains("\"col9999\":\"v\"");
    }

    @Test
    void tooManyColumnsAreRefusedNamingTheLine() throws IOException {
        Path csv = HostileFiles.write(dir.resolve("too-wide.csv"),
                ("이름,연락처\n홍길동,010-1234-5678" + ",a".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(expectFailure(csv).userMessage().args()).contains("2");

        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 30_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"phone\":\"010-3").append(String.format("%03d", i % 1000))
                    .append('-').append(String.format("%04d", i)).append("\",\"k").append(i).append("\":1}");
        }
        Path wideJson = HostileFiles.write(dir.resolve("many-keys.json"),
                json.append(']').toString().getBytes(StandardCharsets.UTF_8));
        expectFailure(wideJson);
    }

    @Test
    void deeplyNestedJsonIsRefused() throws IOException {
        expectFailure(HostileFiles.write(dir.resolve("deep.json"),
                "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII)));
        expectFailure(HostileFiles.write(dir.resolve("deep-value.json"),
                ("[{\"phone\":\"010-1234-5678\",\"x\":" + "[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)));
        expectFailure(HostileFiles.write(dir.resolve("deep-objects.json"),
                ("[{\"phone\":\"010-1234-5678\",\"x\":" + "{\"a\":".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aBrokenUtf8ByteMidwayRejectsOnlyItsLineNamingIt() throws IOException {
        byte[] valid = HostileFiles.leadCsv(100, 2).getBytes(StandardCharsets.UTF_8);
        byte[] broken = HostileFiles.breakUtf8AtLine(valid, 60);
        Outcome outcome = importSafely(HostileFiles.write(dir.resolve("broken.csv"), broken), "broken.csv");
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.report().rejected()).isEqualTo(1);
        assertThat(outcome.report().issues()).extracting(ImportIssue::line, issue -> issue.reason().key())
                .contains(org.assertj.core.groups.Tuple.tuple(60L, "import.rejected.undecodable"));

        Path json = HostileFiles.write(dir.resolve("broken.json"),
                HostileFiles.breakUtf8AtLine(HostileFiles.leadJson(100, 3).getBytes(StandardCharsets.UTF_8), 40));
        expectFailure(json);
    }

    @Test
    void aBomOnlyFileIsEmpty() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(expectFailure(HostileFiles.write(dir.resolve("bom.csv"), bom)).userMessage().key())
                .isEqualTo("import.error.empty");
        assertThat(expectFailure(HostileFiles.write(dir.resolve("bom.json"), bom)).userMessage().key())
                .isEqualTo("import.error.empty");
    }

    /** The import of {@code file} fails cleanly: names the file, changes nothing. */
    private ImportFailedException expectFailure(Path file) {
        Outcome outcome = importSafely(file, file.getFileName().toString());
        assertThat(outcome.failure()).as("%s should be refused", file.getFileName()).isNotNull();
        return outcome.failure();
    }

    private record Outcome(ImportReport report, ImportFailedException failure) {
    }

    /** Imports within the time limit; a report must be whole, a failure must name the file and leave no trace. */
    private Outcome importSafely(Path file, String context) {
        List<Long> before = fingerprint();
        Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                return new Outcome(fixture.importFile(file), null);
            } catch (ImportFailedException e) {
                return new Outcome(null, e);
            }
        }, () -> "import of " + file.getFileName() + " hung (" + context + ")");
        if (outcome.failure() != null) {
            assertThat(outcome.failure().userMessage().args()).as("the error names the file (%s): %s", context,
                    outcome.failure().getMessage()).contains(file.toString());
            assertThat(fingerprint()).as("database unchanged after a failed import (%s)", context).isEqualTo(before);
        } else {
            assertThat(fixture.count("lead")).as("leads after import (%s)", context)
                    .isEqualTo(before.get(0) + outcome.report().imported());
        }
        return outcome;
    }

    /** Row counts and the highest ids: equal fingerprints mean nothing was written. */
    private List<Long> fingerprint() {
        return List.of(fixture.count("lead"), fixture.count("lead_batch"), fixture.count("import_issue"),
                fixture.count("agent"));
    }
}
