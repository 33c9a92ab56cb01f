package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.CustomerTimelineStore;
import dev.dialdesk.storage.jdbc.JdbcCustomerTimelineStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import java.nio.file.Path;

/** The SQLite engine of the store contracts: a real file in the test's temp folder. */
public final class SqliteStoreEngine implements StoreEngine {

    private final CallLoopFixture db;

    public SqliteStoreEngine(Path dir) {
        this.db = new CallLoopFixture(dir, "2026-03-10T10:00");
    }

    @Override
    public MutableClock clock() {
        return db.clock;
    }

    @Override
    public DoNotCallStore doNotCall() {
        return new JdbcDoNotCallStore(db.database, db.clock);
    }

    @Override
    public HolidayStore holidays() {
        return new JdbcHolidayStore(db.database);
    }

    @Override
    public CallAudit callAudit() {
        return new JdbcCallAudit(db.database);
    }

    @Override
    public long lead(AgentId agent, PhoneNumber phone) {
        return db.lead(db.batch(agent, "2026-03-10T09:00"), agent, phone);
    }

    @Override
    public void leadProduct(long leadId, String product) {
        db.sql("UPDATE lead SET product = '" + product.replace("'", "''") + "' WHERE id = " + leadId);
    }

    @Override
    public String leadStatus(long leadId) {
        return db.queryString("SELECT status FROM lead WHERE id = " + leadId);
    }

    @Override
    public CustomerTimelineStore customerTimeline() {
        return new JdbcCustomerTimelineStore(db.database);
    }

    @Override
    public dev.dialdesk.storage.WaitingLeads waitingLeads() {
        return new dev.dialdesk.storage.jdbc.JdbcWaitingLeads(db.database);
    }

    @Override
    public void sql(String sql) {
        db.sql(sql);
    }

    @Override
    public long queryLong(String sql) {
        return Long.parseLong(db.queryString(sql));
    }

    @Override
    public void saveNotesAsAgent(long leadId, String notes, java.time.Instant at) {
        StoreEngine.saveNotes(db.database, leadId, notes, at);
    }

    @Override
    public void close() {
        db.close();
    }
}
