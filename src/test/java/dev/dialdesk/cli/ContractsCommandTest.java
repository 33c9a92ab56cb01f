package dev.dialdesk.cli;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.contracts.JsonContractExport;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.testing.ContractsFixture;
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
        assertThat(first.get("deadline").asText()).isEqualTo("2012-11-24T23:59:59+09:00");
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
        assertThat(text).contains("Re-recording required").contains("2012-11-24 23:59 +09:00");
    }

    @Test
    void aWrongAgentIdIsAUsageError() {
        assertThat(run("contracts", "--agent", "not an id")).isEqualTo(Cli.USAGE);
    }
}
