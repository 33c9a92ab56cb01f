package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.imports.LeadAssignment;
import dev.dialdesk.storage.LeadImportSink.NewBatch;
import dev.dialdesk.storage.LeadImportSink.Result;
import dev.dialdesk.storage.contract.LeadImportSinkContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LeadImportSink contract on a real PostgreSQL server, as the team lead's login; and the morning's
 * hand-out, which only the server does: an even split in file order, N each with the rest in the pool,
 * the whole batch to the pool.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresLeadImportSinkTest extends LeadImportSinkContract {

    private static final AgentId KIM = StoreEngine.AGENT;
    private static final AgentId LEE = StoreEngine.OTHER;

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }

    private Result handOut(LeadAssignment assignment, int leads) {
        return importBatch(new NewBatch("아침 DB", null, "morning.csv", "UTF-8", assignment), leads(leads), List.of(), 0);
    }

    private String ownerOfLine(long line) {
        return engine.scalar("SELECT COALESCE(agent_id, 'pool') FROM lead WHERE source_line = " + line);
    }

    @Test
    void anEvenSplitDealsTheFileInOrderOneLeadToEachAgentInTurn() {
        Result result = handOut(new LeadAssignment(List.of(KIM, LEE), 0), 5);

        assertThat(List.of(ownerOfLine(2), ownerOfLine(3), ownerOfLine(4), ownerOfLine(5), ownerOfLine(6)))
                .containsExactly("A1024", "A2048", "A1024", "A2048", "A1024");
        assertThat(result.handedOut()).containsExactly(Map.entry("A1024", 3L), Map.entry("A2048", 2L));
        assertThat(engine.scalar("SELECT COALESCE(agent_id, 'centre') FROM lead_batch WHERE id = " + result.batchId()))
                .isEqualTo("centre");
    }

    @Test
    void nEachLeavesTheRestInTheSharedPool() {
        Result result = handOut(new LeadAssignment(List.of(KIM, LEE), 2), 7);

        assertThat(count("agent_id = 'A1024'")).isEqualTo(2);
        assertThat(count("agent_id = 'A2048'")).isEqualTo(2);
        assertThat(count("agent_id IS NULL")).isEqualTo(3);
        assertThat(ownerOfLine(6)).isEqualTo("pool");
        assertThat(result.handedOut()).containsEntry("", 3L);
    }

    @Test
    void duplicatesTakeNoTurnInTheDeal() {
        importBatch(new NewBatch("어제", KIM, "y.csv", "UTF-8"), List.of(lead(2, mobile(1))), List.of(), 0);

        Result result = handOut(new LeadAssignment(List.of(KIM, LEE), 0), 4);

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.handedOut()).containsExactly(Map.entry("A1024", 2L), Map.entry("A2048", 1L));
    }

    @Test
    void aPoolBatchBelongsToNoAgentAndAnyAgentMayClaimIt() {
        Result result = handOut(LeadAssignment.pool(), 3);

        assertThat(count("batch_id = " + result.batchId() + " AND agent_id IS NULL")).isEqualTo(3);
        assertThat(result.handedOut()).containsExactly(Map.entry("", 3L));
    }

    @Test
    void aHandOutToAnAgentTheServerDoesNotKnowIsRefusedAndWritesNothing() {
        LeadAssignment assignment = new LeadAssignment(List.of(KIM, new AgentId("B9999")), 0);

        assertThatThrownBy(() -> handOut(assignment, 3)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage().key())
                        .isEqualTo("import.error.unknownAgent"));
        assertThat(count("1 = 1")).isZero();
        assertThat(engine.scalar("SELECT COUNT(*) FROM lead_batch")).isEqualTo("0");
    }

    @Test
    void theTeamServerHandsOutToAgents() {
        assertThat(sink.handsOutToAgents()).isTrue();
    }
}
