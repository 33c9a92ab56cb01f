package dev.dialdesk.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.OutboxWiring;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.DialBlockedException;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.LeadLeases;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.service.calls.ReturnCalls;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.ServerUnreachableException;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import dev.dialdesk.storage.sqlite.SqliteOutboxStore;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.testing.TestServerSwitch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shift of three desks on one pool of leads (each desk its own login, pool and outbox.db, all in
 * one JVM), with the real server stopped (pg_ctl stop -m immediate) while every desk has a call on
 * screen: the desks finish their calls and record the outcomes, no next lead comes and no number is
 * dialled unchecked; the server starts again, the outboxes are sent, the shift goes on. Every outcome
 * is on the server exactly once, no lead was worked by two desks, no claim is left, nothing waits.
 */
@ExtendWith(RequiresPostgres.class)
class ServerOutageTest {

    private static final AgentId PARK = new AgentId("A3072");

    @TempDir
    Path dir;
    private TeamFixture team;
    private TestServerSwitch server;
    private final List<Desk> desks = new ArrayList<>();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    private record Desk(AgentId agent, Outbox outbox, CallLoopServices services, CallSession session) {
    }

    @BeforeEach
    void centre() {
        server = TestServerSwitch.fromEnvironment();
        team = new TeamFixture();
        team.addAgent(PARK, "박지훈", false);
        // The test cluster runs with synchronous_commit=off (speed): a commit acknowledged just before
        // an immediate stop could be lost, which a real server (on) never does. The desks' sessions
        // here commit durably, as on the centre's server.
        team.sql("ALTER DATABASE " + team.scratch.name() + " SET synchronous_commit = on");
    }

    @AfterEach
    void close() {
        try {
            server.start(); // whatever happened: the PostgreSQL tests after this one need the server
        } finally {
            desks.forEach(desk -> desk.outbox().close());
            team.close();
        }
    }

    private Desk desk(AgentId agent) {
        PostgresDatabase database = team.desk(agent);
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        Outbox outbox = Outbox.onServer(SqliteOutboxStore.open(dir.resolve(agent.value() + "/outbox.db")),
                OutboxWiring.stores(database, team.clock), team.clock, messages);
        LeadLeases leases = LeadLeases.manual(outbox.claims(new PostgresLeadClaims(database)), LeadLeases.DEFAULT_LEASE);
        CallLoopServices services = new CallLoopServices(database, settings, team.clock, DueCallbacks.NONE,
                Appointments.NONE, PremiumSource.NONE, ReturnCalls.NONE, leases, outbox);
        Desk desk = new Desk(agent, outbox, services, services.session(agent));
        desks.add(desk);
        return desk;
    }

    /** Works {@code calls} leads on each desk in turn: next, dial, outcome (a final one: never handed out again). */
    private void work(int calls, List<UUID> recorded) {
        for (int i = 0; i < calls; i++) {
            for (Desk desk : desks) {
                desk.session().next().orElseThrow();
                desk.session().dial();
                recorded.add(desk.session().record("REFUSED", "").clientId());
            }
        }
    }

    @Test
    void aServerStoppedMidShiftLosesNoOutcomeAndHandsNoLeadToTwoDesks() {
        long pool = team.batch(null);
        for (int i = 0; i < 30; i++) {
            team.lead(pool, null);
        }
        desk(TeamFixture.KIM);
        desk(TeamFixture.LEE);
        desk(PARK);
        List<UUID> recorded = new ArrayList<>();
        work(2, recorded);
        List<Long> onScreen = new ArrayList<>();
        for (Desk desk : desks) {
            onScreen.add(desk.session().next().orElseThrow().leadId());
            desk.session().dial();
        }

        server.stop();
        for (Desk desk : desks) {
            recorded.add(desk.session().record("REFUSED", "").clientId());
        }
        for (Desk desk : desks) {
            assertThat(desk.outbox().waiting()).as("the outcome waits (on the server it gives the claim back) on " + desk.agent())
                    .isEqualTo(1);
            assertThat(desk.outbox().reachable()).isFalse();
        }
        Desk kim = desks.get(0);
        assertThatThrownBy(() -> kim.session().next()).as("no next lead without the server")
                .isInstanceOf(ServerUnreachableException.class);
        assertThatThrownBy(() -> kim.services().callService().startCall(kim.agent(), onScreen.get(0))).as("never dialled unchecked (do-not-call fails closed)")
                .isInstanceOfSatisfying(DialBlockedException.class, blocked ->
                        assertThat(blocked.reason()).isEqualTo(DialBlockedException.Reason.DO_NOT_CALL_UNCHECKED));
        server.start();

        for (Desk desk : desks) {
            assertThat(sendUntilNothingWaits(desk.outbox())).as("sent from " + desk.agent()).isEqualTo(1);
            assertThat(desk.outbox().refused()).as("refused on " + desk.agent()).isEmpty();
        }
        work(2, recorded);

        assertThat(team.queryOne("SELECT count(*) || '/' || count(DISTINCT client_id) FROM call_attempt"))
                .as("every outcome exactly once").isEqualTo(recorded.size() + "/" + recorded.size());
        assertThat(new HashSet<>(clientIdsOnServer())).isEqualTo(Set.copyOf(recorded.stream().map(UUID::toString).toList()));
        assertThat(team.queryOne("SELECT count(*) FROM (SELECT lead_id FROM call_attempt GROUP BY lead_id "
                + "HAVING count(*) > 1 OR count(DISTINCT agent_id) > 1) twice")).as("no lead worked by two desks")
                .isEqualTo("0");
        assertThat(team.queryOne("SELECT count(*) FROM lead WHERE claimed_by IS NOT NULL")).as("every claim given back")
                .isEqualTo("0");
        for (Desk desk : desks) {
            assertThat(desk.outbox().waiting()).isZero();
            assertThat(desk.outbox().refused()).isEmpty();
        }
    }

    private List<String> clientIdsOnServer() {
        List<String> ids = new ArrayList<>();
        team.admin.database().read(connection -> {
            try (var s = connection.createStatement(); var rs = s.executeQuery("SELECT client_id FROM call_attempt")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return null;
        });
        return ids;
    }

    /** What the outbox's timer does once the server is back: send again every so often until nothing waits. */
    static int sendUntilNothingWaits(Outbox outbox) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        int sent = outbox.sendWaiting();
        while (outbox.waiting() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500); // a connection the pool kept from before the stop breaks once, then is replaced
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sent += outbox.sendWaiting();
        }
        return sent;
    }
}
