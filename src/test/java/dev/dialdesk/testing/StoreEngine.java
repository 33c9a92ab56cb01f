package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.CustomerTimelineStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.HolidayStore;

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

    /** A new lead of {@code agent} with this number; returns its id. */
    long lead(AgentId agent, PhoneNumber phone);

    /** Sets the lead's product (the scope a product stop request is matched against), past any access rule. */
    void leadProduct(long leadId, String product);

    /** The lead's status as stored, read past any access rule. */
    String leadStatus(long leadId);

    CustomerTimelineStore customerTimeline();

    dev.dialdesk.storage.WaitingLeads waitingLeads();

    /** Runs SQL past any access rule (rows a contract needs: calls, callbacks, contracts, cases). */
    void sql(String sql);

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
