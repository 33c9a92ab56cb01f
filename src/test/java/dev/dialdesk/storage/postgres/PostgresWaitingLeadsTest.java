package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.storage.contract.WaitingLeadsContract;
import dev.dialdesk.storage.jdbc.JdbcWaitingLeads;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import dev.dialdesk.testing.TeamFixture;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The WaitingLeads contract on a real PostgreSQL server, as the agent's own login (another agent's leads unseen). */
@ExtendWith(RequiresPostgres.class)
class PostgresWaitingLeadsTest extends WaitingLeadsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }

    /**
     * Row-level security shows a pool lead only to the desk holding it; the leads waiting for calling hours
     * are the pool's too, or a desk on an all-pool floor says "no lead to call now" before the hours open.
     */
    @Test
    void thePoolsLeadsWaitForCallingHoursTooButNotOneAnotherDeskHolds() {
        try (PostgresStoreEngine engine = new PostgresStoreEngine()) {
            TeamFixture team = engine.team();
            Instant now = Instant.parse("2026-03-15T01:00:00Z"); // the desk's time; leases run on the server's
            long pool = team.batch(null);
            team.lead(pool, null);
            team.lead(pool, null);
            long held = team.lead(pool, null);
            long dueRetry = team.lead(pool, null);
            long laterRetry = team.lead(pool, null);
            long leaseRanOut = team.lead(pool, null);
            team.lead(team.batch(StoreEngine.AGENT), StoreEngine.AGENT);
            long server = team.serverMillis();
            team.sql("UPDATE lead SET claimed_by = '" + StoreEngine.OTHER.value() + "', claim_until = "
                    + (server + 120_000) + " WHERE id = " + held);
            team.sql("UPDATE lead SET claimed_by = '" + StoreEngine.OTHER.value() + "', claim_until = "
                    + (server - 1_000) + " WHERE id = " + leaseRanOut);
            team.sql("UPDATE lead SET status = 'NO_ANSWER', next_eligible_at = " + (now.toEpochMilli() - 60_000)
                    + " WHERE id = " + dueRetry);
            team.sql("UPDATE lead SET status = 'NO_ANSWER', next_eligible_at = " + (now.toEpochMilli() + 3_600_000)
                    + " WHERE id = " + laterRetry);

            // 2 new + the lease that ran out + the due retry from the pool, and the agent's own new lead
            assertThat(engine.waitingLeads().callableIgnoringHours(StoreEngine.AGENT, now)).isEqualTo(5);
            assertThat(new JdbcWaitingLeads(team.desk(StoreEngine.OTHER)).callableIgnoringHours(StoreEngine.OTHER, now))
                    .as("another agent's desk: the same pool, none of the first agent's own leads").isEqualTo(4);
        }
    }

    @Test
    void aLoginThatIsNoAgentCountsNoneOfThePool() {
        try (PostgresStoreEngine engine = new PostgresStoreEngine()) {
            TeamFixture team = engine.team();
            team.lead(team.batch(null), null);
            assertThat(team.queryOne("SELECT dialdesk_pool_waiting(0)")).isEqualTo("0"); // the owner's login
        }
    }
}
