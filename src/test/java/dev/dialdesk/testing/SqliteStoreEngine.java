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
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The SQLite engine of the store contracts: a real file in the test's temp folder. */
public final class SqliteStoreEngine implements StoreEngine {

    private final CallLoopFixture db;
    private final List<SqliteDatabase> otherDesks = new ArrayList<>();

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
    public LeadImportSink leadImports() {
        return new JdbcLeadImportSink(db.database, db.clock, 1_000);
    }

    @Override
    public String scalar(String sql) {
        return db.queryString(sql);
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
    public LeadStore leads() {
        return new JdbcLeadStore(db.database, db.clock);
    }

    @Override
    public QueueStore queue() {
        return new JdbcQueueStore(db.database);
    }

    @Override
    public CallLog callLog() {
        return new JdbcCallLog(db.database);
    }

    @Override
    public DispositionStore dispositions() {
        return new JdbcDispositionStore(db.database);
    }

    @Override
    public DispositionStore centreDispositions() {
        return dispositions();
    }

    @Override
    public void sqlPastRules(String sql) {
        db.sql(sql);
    }

    @Override
    public JdbcDatabase desk() {
        return db.database;
    }

    @Override
    public JdbcDatabase otherDesk(AgentId agent) {
        SqliteDatabase other = SqliteDatabase.open(db.database.file());
        otherDesks.add(other);
        return other;
    }

    @Override
    public JdbcDatabase teamLead() {
        return db.database;
    }

    @Override
    public String queryOne(String sql) {
        return db.queryString(sql);
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
        otherDesks.forEach(SqliteDatabase::close);
        db.close();
    }
}
