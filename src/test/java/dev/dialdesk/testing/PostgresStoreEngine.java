package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.jdbc.JdbcQueueStore;
import dev.dialdesk.storage.CustomerTimelineStore;
import dev.dialdesk.storage.jdbc.JdbcCustomerTimelineStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.storage.LeadImportSink;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;

/**
 * The PostgreSQL engine of the store contracts: a scratch database set up by {@code team init}; the
 * agent's stores on the agent's own login (row-level security applies), the centre's holidays on
 * the team lead's.
 */
public final class PostgresStoreEngine implements StoreEngine {

    private final TeamFixture team = new TeamFixture();
    private final MutableClock clock = MutableClock.seoul("2026-03-10T10:00");
    private final PostgresDatabase agentDesk = team.desk(AGENT);
    private final PostgresDatabase leadDesk = team.desk(TeamFixture.LEAD);

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public DoNotCallStore doNotCall() {
        return new JdbcDoNotCallStore(agentDesk, clock);
    }

    @Override
    public HolidayStore holidays() {
        return new JdbcHolidayStore(leadDesk);
    }

    @Override
    public CallAudit callAudit() {
        return new JdbcCallAudit(agentDesk);
    }

    @Override
    public LeadImportSink leadImports() {
        return new JdbcLeadImportSink(leadDesk, clock, 1_000);
    }

    @Override
    public String scalar(String sql) {
        return team.queryOne(sql);
    }

    /** The centre on the server, for tests beyond the common contract. */
    public TeamFixture team() {
        return team;
    }

    @Override
    public long lead(AgentId agent, PhoneNumber phone) {
        return team.lead(team.batch(agent), agent, phone);
    }

    @Override
    public void leadProduct(long leadId, String product) {
        team.sql("UPDATE lead SET product = '" + product.replace("'", "''") + "' WHERE id = " + leadId);
    }

    @Override
    public String leadStatus(long leadId) {
        return team.queryOne("SELECT status FROM lead WHERE id = " + leadId);
    }

    @Override
    public CustomerTimelineStore customerTimeline() {
        return new JdbcCustomerTimelineStore(agentDesk);
    }

    @Override
    public dev.dialdesk.storage.WaitingLeads waitingLeads() {
        return new dev.dialdesk.storage.jdbc.JdbcWaitingLeads(agentDesk);
    }

    @Override
    public LeadStore leads() {
        return new JdbcLeadStore(agentDesk, clock);
    }

    @Override
    public QueueStore queue() {
        return new JdbcQueueStore(agentDesk);
    }

    @Override
    public CallLog callLog() {
        return new JdbcCallLog(agentDesk);
    }

    @Override
    public DispositionStore dispositions() {
        return new JdbcDispositionStore(agentDesk);
    }

    @Override
    public DispositionStore centreDispositions() {
        return new JdbcDispositionStore(leadDesk);
    }

    @Override
    public void sqlPastRules(String sql) {
        team.sql(sql);
    }

    @Override
    public JdbcDatabase desk() {
        return agentDesk;
    }

    @Override
    public JdbcDatabase otherDesk(AgentId agent) {
        return team.desk(agent);
    }

    @Override
    public JdbcDatabase teamLead() {
        return leadDesk;
    }

    @Override
    public String queryOne(String sql) {
        return team.queryOne(sql);
    }

    @Override
    public long queryLong(String sql) {
        return Long.parseLong(team.queryOne(sql));
    }

    @Override
    public void saveNotesAsAgent(long leadId, String notes, java.time.Instant at) {
        StoreEngine.saveNotes(agentDesk, leadId, notes, at);
    }

    @Override
    public void close() {
        team.close();
    }
}
