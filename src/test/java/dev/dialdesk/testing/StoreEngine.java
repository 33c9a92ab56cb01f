package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.CustomerTimelineStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.LeadImportSink;

/**
 * One storage engine under a store contract test (storage/contract): a real SQLite file or a real
 * PostgreSQL database, the stores over it as a desk uses them, and the few rows a contract needs put
 * in by SQL. The agent's stores act for {@link #AGENT}; centre rules (holidays) are written as the
 * engine's team lead would.
 */
public interface StoreEngine extends AutoCloseable {

    AgentId AGENT = CallLoopFixture.KIM;
    AgentId OTHER = CallLoopFixture.LEE;

    MutableClock clock();

    DoNotCallStore doNotCall();

    HolidayStore holidays();

    CallAudit callAudit();

    /** The lead import as the engine's importer runs it: a desk's own on SQLite, the team lead's on the server. */
    LeadImportSink leadImports();

    /** One value of a query, read past any access rule (null when there is no row). */
    String scalar(String sql);

    /** A new lead of {@code agent} with this number; returns its id. */
    long lead(AgentId agent, PhoneNumber phone);

    /** Sets the lead's product (the scope a product stop request is matched against), past any access rule. */
    void leadProduct(long leadId, String product);

    /** The lead's status as stored, read past any access rule. */
    String leadStatus(long leadId);

    // --- leads, queue, call log, dispositions (H5) ---

    /** The desk's lead store (on the server: the agent's own login). */
    LeadStore leads();

    QueueStore queue();

    CallLog callLog();

    /** The dispositions as a desk reads them. */
    DispositionStore dispositions();

    /** The dispositions as the one who may change them: the desk on SQLite, the team lead on the server. */
    DispositionStore centreDispositions();

    /** Runs SQL past any access rule (the owner's connection on the server). */
    void sqlPastRules(String sql);

    /** The agent's desk: the database the agent's stores are made over (row-level security applies on a server). */
    JdbcDatabase desk();

    /** Another desk acting for {@code agent}, on connections of its own, closed with the engine. */
    JdbcDatabase otherDesk(AgentId agent);

    /** The team lead's desk (on SQLite the agent's own file: one desk holds it all). */
    JdbcDatabase teamLead();

    /** The first column of the first row of {@code sql}, read past any access rule (null when none). */
    String queryOne(String sql);

    CustomerTimelineStore customerTimeline();

    dev.dialdesk.storage.WaitingLeads waitingLeads();

    /** The first column of the first row as a number, read past any access rule (an id just inserted). */
    long queryLong(String sql);

    /** The agent saves the lead's notes at {@code at} as the agent's own login would (access rules apply). */
    void saveNotesAsAgent(long leadId, String notes, java.time.Instant at);

    /** The notes update a desk makes (its own login), for {@link #saveNotesAsAgent} of either engine. */
    static void saveNotes(dev.dialdesk.storage.jdbc.JdbcDatabase database, long leadId, String notes,
                          java.time.Instant at) {
        database.write(connection -> {
            try (java.sql.PreparedStatement s = connection.prepareStatement(
                    "UPDATE lead SET notes = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                s.setString(1, notes);
                s.setLong(2, at.toEpochMilli());
                s.setLong(3, leadId);
                return s.executeUpdate();
            }
        });
    }

    @Override
    void close();
}
