package dev.dialdesk.cli;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.CallLoopFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dial}, {@code dnc} and {@code holidays} from the command line, through the same services. */
class CallLoopCommandsTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Supplier<Optional<AgentId>> agent = () -> Optional.of(KIM);
    private long lead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private int run(String... args) {
        Cli cli = new Cli(List.of(
                new DialCommand(() -> db.services().callService(), () -> db.services().doNotCall(), messages, agent),
                new DncCommand(() -> db.services().doNotCall(), messages, agent),
                new HolidaysCommand(() -> db.services().holidays(), messages)),
                messages, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args), false);
    }

    @Test
    void dialOfADoNotCallNumberIsRefusedWithTheReasonAndAFailureCode() {
        db.services().doNotCallStore().add(db.phoneOf(lead), "manual", KIM);
        assertThat(run("dial", "010-5555-1000")).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("do-not-call list");
        assertThat(run("dial", "--lead", String.valueOf(lead))).isEqualTo(Cli.FAILED);
        assertThat(db.count("SELECT count(*) FROM call_audit WHERE event = 'DIAL_BLOCKED'")).isEqualTo(2);
    }

    @Test
    void dialOutsideCallingHoursIsRefusedWithTheOpeningTime() {
        db.clock.set("2025-03-16T12:00");
        assertThat(run("dial", "--lead", String.valueOf(lead))).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("opens 03-17 (Mon) 09:00");
    }

    @Test
    void anAllowedDialWithoutADialerTellsTheAgentToDialByHand() {
        assertThat(run("dial", "--lead", String.valueOf(lead))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("010-5555-1000");
    }

    @Test
    void dncImportFlagsLeadsAndCheckFindsTheNumber() throws Exception {
        Path file = dir.resolve("dnc.csv");
        Files.writeString(file, "number\n010-5555-1000\n+82 10-4444-1111\n", StandardCharsets.UTF_8);
        assertThat(run("dnc", "import", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 new").contains("1 lead flagged");
        assertThat(db.queryString("SELECT status FROM lead WHERE id = " + lead)).isEqualTo("DO_NOT_CALL");
        assertThat(run("dnc", "check", "01044441111")).isEqualTo(DncCommand.LISTED);
        assertThat(run("dnc", "check", "010-4444-2222")).isZero();
    }

    @Test
    void holidaysImportClosesTheDay() throws Exception {
        Path file = dir.resolve("h.csv");
        Files.writeString(file, "2025-03-11,test\n", StandardCharsets.UTF_8);
        assertThat(run("holidays", "import", file.toString())).isZero();
        assertThat(run("dial", "--lead", String.valueOf(lead))).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Public holiday");
    }
}
