package dev.dialdesk.cli;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.RulesServices;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.CallLoopFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules from the command line: a stop request for one product, the 두낫콜 list with its date, the happy call. */
class RulesCommandsTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private int run(Command command, String... args) throws Exception {
        out.reset();
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStopForOneProductAndTheOptOutListsDateShowInTheCheck() throws Exception {
        DncCommand dnc = new DncCommand(() -> db.services().doNotCall(), messages, () -> Optional.of(KIM));
        assertThat(run(dnc, "stop", "010-1111-2222", "--product", "암보험")).isZero();
        assertThat(output()).contains("no longer called about 암보험");
        assertThat(run(dnc, "check", "010-1111-2222")).isEqualTo(DncCommand.LISTED);
        assertThat(output()).contains("this product only (암보험)");

        Path list = dir.resolve("donotcall.csv");
        Files.writeString(list, "010-3333-4444\n", StandardCharsets.UTF_8);
        assertThat(run(dnc, "import", list.toString(), "--list-date", "2025-03-01")).isZero();
        run(dnc, "check", "010-3333-4444");
        assertThat(output()).contains("opt-out list (두낫콜) of 2025-03-01");
    }

    @Test
    void happyCallTriesAreRecordedAndListed() throws Exception {
        long lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        Contract sold = new ContractService(new JdbcContractStore(db.database),
                new ContractRules(db.settings, new JdbcHolidayStore(db.database)), db.clock)
                .createFromCall(null, lead, KIM, "암보험", 30_000, db.seoul("2025-03-11T09:30"), "AP-9", "");
        HappyCallCommand happy = new HappyCallCommand(() -> new RulesServices(db.database, db.settings, db.clock)
                .happyCalls(), messages, () -> Optional.of(KIM));
        assertThat(run(happy, String.valueOf(sold.id()), "no-answer")).isZero();
        assertThat(output()).contains("Happy call pending");
        assertThat(run(happy, String.valueOf(sold.id()), "done")).isZero();
        assertThat(output()).contains("Happy call passed").contains("Not reached").contains("Done");
    }

    @Test
    void theCentreSetsTheOpeningStatementPerProduct() throws Exception {
        OpeningCommand opening = new OpeningCommand(() -> new RulesServices(db.database, db.settings, db.clock)
                .openings(), messages);
        assertThat(run(opening, "--product", "암보험")).isZero();
        assertThat(output()).contains("{company}");
        assertThat(run(opening, "set", "{company}", "{agent}입니다.", "암보험", "안내", "--product", "암보험")).isZero();
        assertThat(run(opening, "set", "{company}", "{agent}입니다.", "암", "진단비", "안내", "--product", "암보험")).isZero();
        assertThat(output()).contains("Opening statement saved for 암보험").contains("암 진단비 안내");
        run(opening, "--product", "치아보험");
        assertThat(output()).contains("이 통화는 녹음됩니다");
    }
}
