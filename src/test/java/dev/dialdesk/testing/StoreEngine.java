package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;

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

    /** The database as {@link #AGENT}'s desk uses it (on the server: the agent's own login). */
    JdbcDatabase agentDesk();

    /** The database as the team lead's desk uses it (on the server: the lead's login; on SQLite the same file). */
    JdbcDatabase leadDesk();

    /** Runs SQL past any access rule (the schema owner on the server), for rows a contract needs. */
    void sql(String sql);

    /** The first column of the first row of {@code sql}, read past any access rule; null when none. */
    String queryOne(String sql);

    @Override
    void close();
}
