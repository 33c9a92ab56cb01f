package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.live.Change;
import dev.dialdesk.storage.ChangeFeed;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change feed on a real server: every kind a desk shows is announced from the writing transaction
 * with kinds, ids and agent ids only; a bulk import sends a bounded number; a claim alone sends nothing;
 * a killed listener connection is said at once, reconnected, and followed by a resync.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresChangeFeedTest {

    private final TeamFixture team = new TeamFixture();
    private final Heard heard = new Heard();
    private final PostgresChangeFeed feed = new PostgresChangeFeed(
            team.scratch.as("a1024", new String(team.password(TeamFixture.KIM))), Clock.systemUTC());

    @AfterEach
    void close() {
        feed.close();
        team.close();
    }

    private void listening() throws InterruptedException {
        feed.start(heard);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (feed.listenerPid() < 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(feed.listenerPid()).as("listening").isPositive();
    }

    @Test
    void everyKindADeskShowsIsAnnouncedWithIdsAndAgentsButNeverANameOrNumber() throws Exception {
        listening();
        long batch = team.batch(TeamFixture.KIM);
        long lead = team.lead(batch, TeamFixture.KIM);
        String digits = team.phoneOf(lead).e164().substring(1);
        assertThat(heard.next()).isEqualTo("lead@A1024");

        team.sql("UPDATE lead SET status = 'NO_ANSWER', version = version + 1 WHERE id = " + lead);
        assertThat(heard.next()).isEqualTo("lead:" + lead + "@A1024");
        team.sql("UPDATE lead SET claimed_by = 'A1024', claim_until = 1 WHERE id = " + lead);
        team.sql("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale) VALUES ('c1', " + lead + ", 'A1024', 0, 0, 0, 'NO_ANSWER', 0, 0)");
        assertThat(heard.next()).as("a claim alone sends nothing; the call comes next").isEqualTo("call@A1024");

        team.sql("INSERT INTO callback(lead_id, agent_id, due_at, created_at, updated_at) VALUES (" + lead
                + ", 'A1024', 0, 0, 0)");
        assertThat(heard.next()).isEqualTo("callback@A1024");
        long callback = Long.parseLong(team.queryOne("SELECT max(id) FROM callback"));
        team.sql("UPDATE callback SET status = 'DONE' WHERE id = " + callback);
        assertThat(heard.next()).isEqualTo("callback:" + callback + "@A1024");

        team.sql("INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, qa_deadline_at, "
                + "created_at, updated_at) VALUES (" + lead + ", 'A1024', '암보험', 30000, 0, 'Asia/Seoul', 0, 0, 0)");
        assertThat(heard.next()).isEqualTo("contract@A1024");
        long contract = Long.parseLong(team.queryOne("SELECT max(id) FROM contract"));
        team.sql("UPDATE contract SET qa_state = 'RE_RECORDING_REQUIRED' WHERE id = " + contract);
        assertThat(heard.next()).as("the QA fields too").isEqualTo("contract:" + contract + "@A1024");

        team.sql("INSERT INTO do_not_call(number, source, added_at, agent_id) VALUES ('+" + digits
                + "', 'manual', 0, 'A2048')");
        assertThat(heard.next()).isEqualTo("dnc@A2048");

        team.sql("INSERT INTO follow_up_case(agent_id, lead_id, phone, customer_name, title, created_at, updated_at) "
                + "VALUES ('A1024', " + lead + ", '+" + digits + "', '홍길동', 'A/S', 0, 0)");
        assertThat(heard.next()).isEqualTo("case@A1024");

        assertThat(heard.all).as("no name, no number in any payload").noneMatch(p -> p.contains(digits)
                || p.contains("홍길동") || p.contains("7777"));
        assertThat(heard.all).allMatch(p -> Change.parse(p).isPresent());
    }

    @Test
    void aBulkImportOfOneHundredThousandLeadsSendsOneNotificationPerAgentDealtTo() throws Exception {
        listening();
        long batch = team.batch(null);
        team.sql("INSERT INTO lead(batch_id, agent_id, phone, name, status, created_at, updated_at) "
                + "SELECT " + batch + ", CASE WHEN g % 3 = 0 THEN NULL WHEN g % 3 = 1 THEN 'A1024' ELSE 'A2048' END, "
                + "'+8210' || lpad(g::text, 8, '0'), 'bulk', 'NEW', 0, 0 FROM generate_series(1, 100000) g");
        assertThat(heard.next()).isEqualTo("lead@A1024,A2048");
        // Row by row in one transaction (a store writing leads one statement each): bounded too.
        team.sql("DO $$ BEGIN FOR i IN 1..300 LOOP UPDATE lead SET status = 'NO_ANSWER' WHERE id = "
                + "(SELECT min(id) FROM lead) + i; END LOOP; END $$");
        team.sql("UPDATE lead SET updated_at = 1 WHERE batch_id = " + batch);
        List<String> rest = heard.until("lead:*");
        assertThat(rest).as("50 named, then one coarse 'every lead'").hasSize(51);
        assertThat(heard.next()).as("a 100,000-row update names no ids").isEqualTo("lead:*@A1024,A2048");
    }

    @Test
    void aKilledListenerIsSaidAtOnceReconnectsAndAsksForAResync() throws Exception {
        listening();
        int before = feed.listenerPid();
        team.sql("SELECT pg_terminate_backend(" + before + ")");
        assertThat(heard.next()).isEqualTo("lost");
        assertThat(heard.next()).isEqualTo("back");
        assertThat(heard.next()).as("what was missed is read again").isEqualTo("resync:*@*");
        assertThat(feed.listenerPid()).isNotEqualTo(before);
        team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        assertThat(heard.next()).as("listening again").isEqualTo("lead@A2048");
    }

    @Test
    void aWriterWakesTheDesksAfterAQuietMomentAndNotWhileTheyAreReadingAlready() throws Exception {
        try (java.sql.Connection desk = team.plainSql(TeamFixture.KIM);
             java.sql.Statement statement = desk.createStatement()) {
            statement.execute("LISTEN " + PostgresChangeFeed.CHANNEL);
            org.postgresql.PGConnection pg = desk.unwrap(org.postgresql.PGConnection.class);
            long batch = team.batch(TeamFixture.KIM);
            pg.getNotifications(200);
            // A quiet journal (its newest row a minute old): the change wakes every desk.
            team.sql("INSERT INTO live_change(at, payload) VALUES (" + (team.serverMillis() - 60_000) + ", 'call')");
            team.lead(batch, TeamFixture.KIM);
            org.postgresql.PGNotification[] woken = pg.getNotifications(2_000);
            assertThat(woken).extracting(org.postgresql.PGNotification::getParameter).containsExactly("wake");
            // A busy one (a change this instant): the desks read the journal already; no wake-up, no lock.
            team.sql("INSERT INTO live_change(at, payload) VALUES (" + (team.serverMillis() + 60_000) + ", 'call')");
            team.lead(batch, TeamFixture.KIM);
            assertThat(pg.getNotifications(500)).as("no wake-up on a busy floor").isNullOrEmpty();
            assertThat(team.queryOne("SELECT payload FROM live_change ORDER BY seq DESC LIMIT 1"))
                    .as("the change is in the journal all the same").isEqualTo("lead@A1024");
        }
    }

    /** What the feed told, in order: payloads, and "lost"/"back". */
    private static final class Heard implements ChangeFeed.Listener {
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final List<String> all = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void changed(Change change) {
            all.add(change.payload());
            events.add(change.payload());
        }

        @Override
        public void lost(Instant since) {
            events.add("lost");
        }

        @Override
        public void back() {
            events.add("back");
        }

        String next() throws InterruptedException {
            String event = events.poll(5, TimeUnit.SECONDS);
            assertThat(event).as("an event within 5 s").isNotNull();
            return event;
        }

        List<String> until(String last) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            String event;
            do {
                event = next();
                seen.add(event);
            } while (!event.equals(last));
            return seen;
        }
    }
}
