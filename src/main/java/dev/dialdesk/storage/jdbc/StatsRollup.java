package dev.dialdesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rebuilds the {@code stats_slot} roll-up from the call log in one statement (the same as the
 * backfill of {@code 007-row-versions.sql}): for bulk loads that disabled the triggers (the
 * benchmark), and the recount the roll-up is tested against.
 */
public final class StatsRollup {

    /** The roll-up recomputed from {@code call_attempt}: slot, agent and the sums, like the table. */
    public static final String RECOUNT = "SELECT c.started_at / 900000 AS slot, c.agent_id, count(*) AS dials, "
            + "sum(c.contact) AS contacts, sum(c.duration_ms) AS talk_ms, sum(c.sale) AS sales, "
            + "sum(coalesce(d.do_not_call, 0)) AS dnc FROM call_attempt c LEFT JOIN disposition d ON d.code = c.disposition "
            + "GROUP BY c.started_at / 900000, c.agent_id";

    private StatsRollup() {
    }

    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM stats_slot");
            statement.execute("INSERT INTO stats_slot(slot, agent_id, dials, contacts, talk_ms, sales, dnc) " + RECOUNT);
        }
    }
}
