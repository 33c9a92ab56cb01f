package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.storage.FloorStatsStore;
import dev.dialdesk.storage.jdbc.JdbcFloorStats;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link FloorStatsStore} contract with the calls of two agents, run on every engine: the team
 * lead's desk sees the floor (on the server: every agent's calls through the lead's login), the
 * agent's desk asks for the agent's own figures, and both mean the same as one SQLite file.
 */
public abstract class FloorStatsStoreContract {

    private static final AgentId KIM = StoreEngine.AGENT;
    private static final AgentId LEE = StoreEngine.OTHER;
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path dir;
    private StoreEngine engine;
    private FloorStatsStore floor;
    private Instant t;
    private long kimsThinking;
    private long leesRefusal;
    private long leesAvoider;
    private long leesSale;
    private long kimsContract;
    private long leesContract;
    private int calls;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        floor = new JdbcFloorStats(engine.leadDesk());
        t = engine.clock().instant(); // 10:00 in Seoul
        kimsThinking = engine.lead(KIM, PhoneNumber.ofE164("+821055552001"));
        leesRefusal = engine.lead(LEE, PhoneNumber.ofE164("+821055552002"));
        leesAvoider = engine.lead(LEE, PhoneNumber.ofE164("+821055552003"));
        leesSale = engine.lead(LEE, PhoneNumber.ofE164("+821055552004"));
        call(KIM, kimsThinking, t, "THINKING");
        call(KIM, kimsThinking, t.plus(DAY), "CONTRACT");
        kimsContract = HappyCallStoreContract.contract(engine, KIM.value(), kimsThinking, t.plus(DAY).plusSeconds(60));
        engine.sql("UPDATE contract SET qa_state = 'WITHDRAWN' WHERE id = " + kimsContract);
        call(LEE, leesRefusal, t.plus(Duration.ofHours(1)), "REFUSED");
        call(LEE, leesAvoider, t.plus(Duration.ofHours(2)), "CALLBACK");
        for (int i = 1; i <= 3; i++) {
            call(LEE, leesAvoider, t.plus(DAY.multipliedBy(i)), "NO_ANSWER");
        }
        engine.sql("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 4 WHERE id = " + leesAvoider);
        call(LEE, leesSale, t.minus(DAY), "CONTRACT");
        leesContract = HappyCallStoreContract.contract(engine, LEE.value(), leesSale, t.minus(DAY));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** A call with the disposition's contact and sale flags, one minute long. */
    private void call(AgentId agent, long lead, Instant at, String disposition) {
        long ms = at.toEpochMilli();
        engine.sql("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, "
                + "contact, sale) SELECT 'floor-" + (++calls) + "', " + lead + ", '" + agent.value() + "', " + ms + ", "
                + (ms + 60_000) + ", 60000, code, contact, sale FROM disposition WHERE code = '" + disposition + "'");
    }

    @Test
    void theFatesOfTheFloorsOutcomesHoldBothAgentsAndOneAgentsHoldOnlyTheirs() {
        List<OutcomeFates.Fate> fates = floor.fates(t, t.plus(Duration.ofHours(3)), Optional.empty());

        assertThat(fates).extracting(OutcomeFates.Fate::leadId, OutcomeFates.Fate::agent, OutcomeFates.Fate::kind,
                OutcomeFates.Fate::contractedAt, OutcomeFates.Fate::lostAt).containsExactly(
                tuple(kimsThinking, KIM, OutcomeFates.Kind.THINKING, t.plus(DAY), t.plus(DAY).plusSeconds(60)),
                tuple(leesRefusal, LEE, OutcomeFates.Kind.REFUSED, null, null),
                tuple(leesAvoider, LEE, OutcomeFates.Kind.CALLBACK, null, null));
        assertThat(floor.fates(t, t.plus(Duration.ofHours(3)), Optional.of(LEE))).extracting(OutcomeFates.Fate::leadId)
                .containsExactly(leesRefusal, leesAvoider);
        assertThat(new JdbcFloorStats(engine.agentDesk()).fates(t, t.plus(Duration.ofHours(3)), Optional.of(KIM)))
                .isEqualTo(fates.subList(0, 1));
    }

    @Test
    void contactHoursCountEveryAgentsAttemptsAndTheColdOnesAfterAWarmContact() {
        List<String> all = new ArrayList<>();
        floor.attempts(t.minus(DAY), t.plus(DAY.multipliedBy(4)), Optional.empty(), false,
                (agent, at, contact) -> all.add(agent.value() + (contact ? "+" : "-")));
        assertThat(all).containsExactlyInAnyOrder("A1024+", "A1024+", "A2048+", "A2048+", "A2048+", "A2048-", "A2048-",
                "A2048-");

        List<Instant> cold = new ArrayList<>();
        floor.attempts(t.minus(DAY), t.plus(DAY.multipliedBy(4)), Optional.empty(), true, (agent, at, contact) -> cold.add(at));
        assertThat(cold).containsExactlyInAnyOrder(t.plus(DAY), t.plus(DAY), t.plus(DAY.multipliedBy(2)),
                t.plus(DAY.multipliedBy(3)));

        List<AgentId> kims = new ArrayList<>();
        new JdbcFloorStats(engine.agentDesk()).attempts(t.minus(DAY), t.plus(DAY.multipliedBy(4)), Optional.of(KIM), false,
                (agent, at, contact) -> kims.add(agent));
        assertThat(kims).containsExactly(KIM, KIM);
    }

    @Test
    void theHoursACustomerAnsweredAreTheAgentsOwnOnTheCentresClock() {
        assertThat(floor.answeredAtHour(KIM, t.minus(DAY), 9, 10, 5)).containsExactly(kimsThinking);
        assertThat(floor.answeredAtHour(LEE, t.minus(DAY.multipliedBy(2)), 9, 11, 5)).containsExactly(leesRefusal);
        assertThat(floor.answeredAtHour(LEE, t, 9, 10, 5)).isEmpty();
        assertThat(new JdbcFloorStats(engine.agentDesk()).answeredAtHour(KIM, t.minus(DAY), 9, 10, 5))
                .containsExactly(kimsThinking);
    }

    @Test
    void aWithdrawnContractIsNoLongerLiveAndLiveOnesAreFoundPerAgentAndLead() {
        assertThat(floor.liveContracts(t.minus(DAY.multipliedBy(30)), Optional.empty(), 0)).containsExactly(leesContract);
        assertThat(floor.liveContracts(t.minus(DAY.multipliedBy(30)), Optional.of(KIM), 0)).isEmpty();
        assertThat(floor.liveContracts(t.minus(DAY.multipliedBy(30)), Optional.of(LEE), leesSale))
                .containsExactly(leesContract);
        assertThat(floor.liveContracts(t, Optional.of(LEE), 0)).isEmpty();
    }

    @Test
    void aWarmLeadThatStoppedAnsweringIsAvoidingTheAgent() {
        assertThat(floor.avoidingLeads(LEE, 3)).containsExactly(leesAvoider);
        assertThat(floor.avoidingLeads(LEE, 4)).isEmpty();
        assertThat(floor.avoidingLeads(KIM, 3)).isEmpty();
    }
}
