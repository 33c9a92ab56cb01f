package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.LeadQuery;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link LeadStore} contract: the agent's leads, the lead list's rows, notes saved conditionally. */
public abstract class LeadStoreContract {

    private static final PhoneNumber FIRST = PhoneNumber.parse("010-3100-0001", "KR").number();
    private static final PhoneNumber SECOND = PhoneNumber.parse("010-3100-0002", "KR").number();
    private static final PhoneNumber OTHERS = PhoneNumber.parse("010-3100-0003", "KR").number();

    @TempDir
    Path dir;
    private StoreEngine engine;
    private LeadStore leads;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        leads = engine.leads();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anAgentsLeadsStreamInIdOrderAndAnotherAgentsStayOut() {
        long first = engine.lead(AGENT, FIRST);
        engine.lead(OTHER, OTHERS);
        long second = engine.lead(AGENT, SECOND);

        List<Lead> streamed = new ArrayList<>();
        leads.forEachLead(new LeadQuery(AGENT), streamed::add);

        assertThat(streamed).extracting(Lead::id).containsExactly(first, second);
        assertThat(streamed).extracting(Lead::phone).containsExactly(FIRST, SECOND);
        assertThat(streamed).extracting(Lead::agentId).containsOnly(AGENT);
        assertThat(streamed).extracting(Lead::status).containsOnly(LeadStatus.NEW);
    }

    @Test
    void aListRowCarriesTheAttemptsAndTheOtherNumbersOnlyOfALeadThatHasThem() {
        long plain = engine.lead(AGENT, FIRST);
        long withHome = engine.lead(AGENT, SECOND);
        engine.sqlPastRules("UPDATE lead SET attempt_count = 3, extra = '{\"자택전화 (alt)\":\"02-123-4567\"}' "
                + "WHERE id = " + withHome);
        engine.sqlPastRules("UPDATE lead SET extra = '{\"메모\":\"VIP\"}' WHERE id = " + plain);

        List<LeadStore.ListRow> rows = listRows();

        assertThat(rows).extracting(LeadStore.ListRow::id).containsExactly(plain, withHome);
        assertThat(rows.get(0).alternateDigits()).isNull();
        assertThat(rows.get(0).attempts()).isZero();
        assertThat(rows.get(1).alternateDigits()).isEqualTo("021234567");
        assertThat(rows.get(1).attempts()).isEqualTo(3);
        assertThat(rows.get(1).agentId()).isEqualTo(AGENT.value());
        assertThat(leads.findListRow(withHome)).contains(rows.get(1));
        assertThat(leads.findListRow(withHome + 1000)).isEmpty();
    }

    @Test
    void aListRowCarriesTheLastOutcomeSoBusyAndPhoneOffReadApartFromNoAnswer() {
        long busy = engine.lead(AGENT, FIRST);
        long fresh = engine.lead(AGENT, SECOND);
        engine.sqlPastRules("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 2, last_disposition = 'BUSY' "
                + "WHERE id = " + busy);

        List<LeadStore.ListRow> rows = listRows();

        assertThat(rows).extracting(LeadStore.ListRow::lastDisposition).containsExactly("BUSY", null);
        assertThat(rows.get(0).status()).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(leads.findListRow(busy)).map(LeadStore.ListRow::lastDisposition).contains("BUSY");
        assertThat(leads.findListRow(fresh)).map(LeadStore.ListRow::lastDisposition).isEmpty();
    }

    /** The agent's list rows, as the lead list streams them. */
    private List<LeadStore.ListRow> listRows() {
        List<LeadStore.ListRow> rows = new ArrayList<>();
        leads.forEachListRow(new LeadQuery(AGENT), rows::add);
        return rows;
    }

    @Test
    void notesAreSavedOnlyOverTheNotesTheEditorStartedFrom() {
        long lead = engine.lead(AGENT, FIRST);
        long version = leads.findLead(lead).orElseThrow().version();

        leads.updateNotes(lead, "", "토요일 오전만 통화 가능");

        Lead saved = leads.findLead(lead).orElseThrow();
        assertThat(saved.notes()).isEqualTo("토요일 오전만 통화 가능");
        assertThat(saved.version()).isEqualTo(version + 1);
        assertThatThrownBy(() -> leads.updateNotes(lead, null, "stale editor"))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.current(Lead.class)).contains(saved));
        assertThat(leads.findLead(lead).orElseThrow().notes()).as("nothing written").isEqualTo("토요일 오전만 통화 가능");

        leads.updateNotes(lead, "토요일 오전만 통화 가능", "  ");
        assertThat(leads.findLead(lead).orElseThrow().notes()).as("blank clears").isNull();
    }

    @Test
    void theAgentsAndTheirBatchesAreRead() {
        engine.lead(AGENT, FIRST);

        assertThat(leads.agents()).extracting(Agent::id).contains(AGENT, OTHER);
        assertThat(leads.findAgent(AGENT)).map(Agent::id).contains(AGENT);
        assertThat(leads.findAgent(new dev.dialdesk.domain.AgentId("NOBODY"))).isEmpty();
        assertThat(leads.batches()).extracting(LeadBatch::agentId).contains(AGENT);
    }

    @Test
    void countingAndFindingSeeTheDesksOwnLeads() {
        long first = engine.lead(AGENT, FIRST);
        engine.lead(AGENT, SECOND);

        assertThat(leads.countLeads()).isEqualTo(2);
        assertThat(leads.findLead(first)).map(Lead::phone).contains(FIRST);
        assertThat(leads.findLead(first + 1000)).isEmpty();
    }
}
