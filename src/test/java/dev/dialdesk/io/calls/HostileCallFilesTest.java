package dev.dialdesk.io.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.DoNotCallService;
import dev.dialdesk.service.calls.HolidayService;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile do-not-call lists and holiday files (issue 7 §8) through the real services on a real
 * database: a correct import or a {@link UserFacingException} naming the file (and the line where one
 * applies); never an out-of-memory error, a hang or a half-written list. Seeded; the seed is in every
 * failure message.
 */
@Tag("fuzz")
class HostileCallFilesTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String VALID_DNC = "전화번호,비고\n010-1234-5678,요청\n01098765432\n+82 10-2222-3333\n";
    private static final String VALID_ICS = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251003\r\n"
            + "DTEND;VALUE=DATE:20251004\r\nSUMMARY:개천절\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
            + "DTSTART;VALUE=DATE:20251006\r\nDTEND;VALUE=DATE:20251009\r\nSUMMARY:추석\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    private static final String VALID_HOLIDAY_CSV = "날짜,이름\n2025-10-03,개천절\n2025.10.09,한글날\n20251225,성탄절\n";

    @TempDir
    Path dir;
    private CallLoopFixture fixture;
    private DoNotCallService dnc;
    private HolidayService holidays;

    @BeforeEach
    void open() {
        fixture = new CallLoopFixture(dir, "2025-10-01T10:00");
        dnc = fixture.services().doNotCall();
        holidays = fixture.services().holidays();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void randomMutatedAndTruncatedFilesEndInAnImportOrAClearError() throws IOException {
        long seed = HostileFiles.seed();
        Random random = new Random(seed);
        List<byte[]> valid = List.of(VALID_DNC.getBytes(StandardCharsets.UTF_8), VALID_ICS.getBytes(StandardCharsets.UTF_8),
                VALID_HOLIDAY_CSV.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 300; i++) {
            byte[] bytes = switch (i % 3) {
                case 0 -> HostileFiles.randomBytes(random, 4096);
                case 1 -> HostileFiles.truncate(random, valid.get(random.nextInt(3)));
                default -> HostileFiles.mutate(random, valid.get(random.nextInt(3)));
            };
            Path file = HostileFiles.write(dir.resolve("case-" + i + (i % 2 == 0 ? ".csv" : ".ics")), bytes);
            String context = "seed " + seed + ", case " + i;
            importSafely(file, f -> dnc.importFile(f, CallLoopFixture.KIM), context);
            importSafely(file, holidays::importFile, context);
        }
    }

    @Test
    void aHundredMegabyteLineIsRefusedNamingTheLine() throws IOException {
        Path dncFile = HostileFiles.hugeLine(dir.resolve("dnc.csv"), "전화번호\n010-1234-5678\n", '7', 100_000_000);
        UserFacingException failure = expectFailure(dncFile, f -> dnc.importFile(f, CallLoopFixture.KIM));
        assertThat(failure.userMessage().args()).contains("3");

        Path ics = HostileFiles.hugeLine(dir.resolve("holidays.ics"), "BEGIN:VCALENDAR\nSUMMARY:", 'x', 100_000_000);
        expectFailure(ics, holidays::importFile);
    }

    @Test
    void tenThousandColumnsTakeTheFirstNumberOrAreRefused() throws IOException {
        String wide = "010-1234-5678" + ",x".repeat(10_000) + "\n";
        importSafely(HostileFiles.write(dir.resolve("wide.csv"), wide.getBytes(StandardCharsets.UTF_8)),
                f -> dnc.importFile(f, CallLoopFixture.KIM), "10,000 columns");
        String holidaysWide = "2025-10-03" + ",개천절".repeat(10_000) + "\n";
        var result = holidays.importFile(HostileFiles.write(dir.resolve("wide-holidays.csv"),
                holidaysWide.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.read()).isEqualTo(1);
    }

    @Test
    void aBrokenUtf8ByteAndABomOnlyFileEndCleanly() throws IOException {
        byte[] broken = HostileFiles.breakUtf8AtLine(VALID_DNC.getBytes(StandardCharsets.UTF_8), 2);
        DoNotCallService.ImportResult result = dnc.importFile(HostileFiles.write(dir.resolve("broken.csv"), broken),
                CallLoopFixture.KIM);
        assertThat(result.read()).as("the line that does not decode is rejected, the others read").isEqualTo(2);
        assertThat(result.rejectedLines()).containsExactly(2);

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path bomFile = HostileFiles.write(dir.resolve("bom.csv"), bom);
        assertThat(expectFailure(bomFile, f -> dnc.importFile(f, CallLoopFixture.KIM)).userMessage().key())
                .isEqualTo("import.error.empty");
        assertThat(expectFailure(bomFile, holidays::importFile).userMessage().key()).isEqualTo("calls.error.noHolidays");
    }

    private UserFacingException expectFailure(Path file, Function<Path, ?> importer) {
        UserFacingException failure = importSafely(file, importer, file.getFileName().toString());
        assertThat(failure).as("%s should be refused", file.getFileName()).isNotNull();
        return failure;
    }

    /** Runs one import in time; a failure must name the file and leave both lists unchanged. */
    private UserFacingException importSafely(Path file, Function<Path, ?> importer, String context) {
        List<Long> before = fingerprint();
        UserFacingException failure = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                importer.apply(file);
                return null;
            } catch (UserFacingException e) {
                return e;
            }
        }, () -> "import of " + file.getFileName() + " hung (" + context + ")");
        if (failure != null) {
            assertThat(failure.userMessage().args()).as("the error names the file (%s)", context).contains(file.toString());
            assertThat(fingerprint()).as("lists unchanged after a failed import (%s)", context).isEqualTo(before);
        }
        return failure;
    }

    private List<Long> fingerprint() {
        return List.of(fixture.count("SELECT count(*) FROM do_not_call"), fixture.count("SELECT count(*) FROM holiday"),
                fixture.count("SELECT count(*) FROM call_audit"));
    }
}
