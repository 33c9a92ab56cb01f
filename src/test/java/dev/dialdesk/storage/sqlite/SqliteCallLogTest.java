package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.storage.contract.CallLogContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CallLog contract on a real SQLite file (idempotent, one transaction per attempt; the seeded
 * dispositions are in the DispositionStore contract), and SQLite's query plans: indexed.
 */
class SqliteCallLogTest extends CallLogContract {

    private Path file;

    @Override
    protected StoreEngine openEngine(Path dir) {
        file = dir.resolve("plans.db");
        return new SqliteStoreEngine(dir);
    }

    @Test
    void queueHistoryAndShiftQueriesUseTheirIndexes() {
        assertThat(plan("SELECT * FROM call_attempt WHERE lead_id = 1 ORDER BY started_at DESC LIMIT 50"))
                .contains("call_attempt_lead").doesNotContain("TEMP B-TREE");
        assertThat(plan("SELECT count(*), sum(contact), sum(sale), sum(duration_ms) FROM call_attempt "
                + "WHERE agent_id = 'A1024' AND started_at >= 0 AND started_at < 1"))
                .contains("COVERING INDEX call_attempt_agent_day");
        assertThat(plan("SELECT max(started_at) FROM call_attempt WHERE agent_id = 'A1024' AND sale = 1"))
                .contains("call_attempt_agent_sale");
        assertThat(plan("SELECT id FROM lead l WHERE agent_id = 'A1024' AND status = 'NEW' ORDER BY batch_id, id LIMIT 64"))
                .contains("lead_queue_new").doesNotContain("TEMP B-TREE");
        assertThat(plan("SELECT id FROM lead l WHERE agent_id = 'A1024' AND next_eligible_at IS NOT NULL "
                + "AND next_eligible_at <= 5 ORDER BY next_eligible_at, id LIMIT 64"))
                .contains("lead_queue_retry").doesNotContain("TEMP B-TREE");
    }

    private String plan(String sql) {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            return database.read(connection -> {
                List<String> lines = new ArrayList<>();
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                    while (rs.next()) {
                        lines.add(rs.getString(4));
                    }
                }
                return String.join("\n", lines);
            });
        }
    }
}
