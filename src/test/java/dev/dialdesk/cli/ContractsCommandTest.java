package dev.dialdesk.cli;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.contracts.JsonContractExport;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.testing.ContractsFixture;
import dev.dialdesk.testing.TestClocks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsCommandTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;
    private ContractService service;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        fx = new ContractsFixture(dir, "2012-11-21T09:00");
        service = fx.service();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private int run(String... args) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        Cli cli = new Cli(List.of(new ContractsCommand(() -> service, new JsonContractExport(), messages)), messages,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args), false);
    }

    @Test
    void jsonListsEveryContractWithStateAndDeadlineAsIsoWithOffset() throws Exception {
        Contract flagged = fx.contract(service, KIM, "2012-11-20T14:30");
        service.requireReRecording(flagged.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        fx.contract(service, KIM, "2012-11-19T10:00");

        assertThat(run("contracts", "--json")).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        JsonNode first = array.get(0);
        assertThat(first.get("id").asLong()).isEqualTo(flagged.id());
        assertThat(first.get("contract_date").asText()).isEqualTo("2012-11-20T14:30:00+09:00");
        assertThat(first.get("qa_state").asText()).isEqualTo("RE_RECORDING_REQUIRED");
        assertThat(first.get("deadline").asText()).isEqualTo("2012-11-25T00:00:00+09:00");
        assertThat(first.get("premium_won").asLong()).isEqualTo(35_000);
        assertThat(first.get("lead_id").asLong()).isEqualTo(flagged.leadId());
        assertThat(first.get("agent").asText()).isEqualTo("A1024");
        assertThat(first.has("customer")).as("no customer names in exports").isFalse();
    }

    @Test
    void openListsOnlyOpenQaCasesAndTextOutputShowsStateAndDeadline() {
        Contract flagged = fx.contract(service, KIM, "2012-11-20T14:30");
        service.requireReRecording(flagged.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        fx.contract(service, KIM, "2012-11-19T10:00");

        assertThat(run("contracts", "--open")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1);
        assertThat(text).contains("Re-recording required").contains("2012-11-25 00:00 +09:00");
    }

    @Test
    void theContractsCommandOnADeskPastADeadlineChangesNothing() {
        Contract flagged = fx.contract(service, KIM, "2012-11-20T14:30");
        service.requireReRecording(flagged.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        // A deadline stored under an older rule: the window's start-up would recompute it.
        fx.db.sql("UPDATE contract SET qa_deadline_at = qa_deadline_at - 1000 WHERE id = " + flagged.id());
        String before = rowAndAudit(flagged.id());
        Path db = fx.db.database.file();
        fx.close();

        AppOptions options = AppOptions.parse(new String[] {"--db", db.toString(), "--lang", "en", "contracts"});
        try (CompositionRoot root = new CompositionRoot(options, new AppPaths(dir.resolve("data"), options.database()),
                TestClocks.seoul("2012-11-27T09:00"))) {
            root.registerAgent(new Agent(KIM, "Kim"));
            Cli cli = new Cli(root.commands(), root.messages(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(cli.run(options.command(), false)).isZero();
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Re-recording required");
        try (SqliteDatabase reopened = SqliteDatabase.open(db)) {
            assertThat(rowAndAudit(reopened, flagged.id())).isEqualTo(before);
        }
    }

    private String rowAndAudit(long contractId) {
        return rowAndAudit(fx.db.database, contractId);
    }

    /** The contract's state, deadline, last change and number of audit rows, as one text. */
    private static String rowAndAudit(SqliteDatabase db, long contractId) {
        String sql = "SELECT qa_state || '/' || qa_deadline_at || '/' || updated_at || '/' "
                + "|| (SELECT count(*) FROM contract_audit WHERE contract_id = c.id) FROM contract c WHERE id = " + contractId;
        return db.read(connection -> {
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Test
    void aWrongAgentIdIsAUsageError() {
        assertThat(run("contracts", "--agent", "not an id")).isEqualTo(Cli.USAGE);
    }
}
