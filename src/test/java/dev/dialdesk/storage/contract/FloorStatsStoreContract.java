package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.storage.FloorStatsStore;
import dev.dialdesk.storage.jdbc.JdbcFloorStats;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        floor = new JdbcFloorStats(engine.teamLead());
        t = engine.clock().instant(); // 10:00 in Seoul
        kimsThinking = engine.lead(KIM, PhoneNumber.ofE164("+821055552001"));
        leesRefusal = engine.lead(LEE, PhoneNumber.ofE164("+821055552002"));
        leesAvoider = engine.lead(LEE, PhoneNumber.ofE164("+821055552003"));
        leesSale = engine.lead(LEE, PhoneNumber.ofE164("+821055552004"));
        call(KIM, kimsThinking, t, "THINKING");
        call(KIM, kimsThinking, t.plus(DAY), "CONTRACT");
        kimsContract = HappyCallStoreContract.contract(engine, KIM.value(), kimsThinking, t.plus(DAY).plusSeconds(60));
        engine.sqlPastRules("UPDATE contract SET qa_state = 'WITHDRAWN' WHERE id = " + kimsContract);
        call(LEE, leesRefusal, t.plus(Duration.ofHours(1)), "REFUSED");
        call(LEE, leesAvoider, t.plus(Duration.ofHours(2)), "CALLBACK");
        for (int i = 1; i <= 3; i++) {
            call(LEE, leesAvoider, t.plus(DAY.multipliedBy(i)), "NO_ANSWER");
        }
        engine.sqlPastRules("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 4 WHERE id = " + leesAvoider);
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
        engine.sqlPastRules("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, "
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
        assertThat(new JdbcFloorStats(engine.desk()).fates(t, t.plus(Duration.ofHours(3)), Optional.of(KIM)))
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
        new JdbcFloorStats(engine.desk()).attempts(t.minus(DAY), t.plus(DAY.multipliedBy(4)), Optional.of(KIM), false,
                (agent, at, contact) -> kims.add(agent));
        assertThat(kims).containsExactly(KIM, KIM);
    }

    /** Contact hours attempt by attempt (the calls) and from the roll-up must hold the same sums. */
    private void assertSameContactHours(FloorStatsStore store, Instant from, Instant to, ZoneId zone,
                                        Optional<AgentId> agent) {
        ContactHours fromCalls = new ContactHours(zone);
        Map<AgentId, ContactHours> callsByAgent = new HashMap<>();
        store.attempts(from, to, agent, false, (who, at, contact) -> {
            fromCalls.add(at, contact);
            callsByAgent.computeIfAbsent(who, a -> new ContactHours(zone)).add(at, contact);
        });
        ContactHours fromSlots = new ContactHours(zone);
        Map<AgentId, ContactHours> slotsByAgent = new HashMap<>();
        store.contactHours(from, to, zone, agent, (who, at, dials, contacts) -> {
            fromSlots.add(at, dials, contacts);
            slotsByAgent.computeIfAbsent(who, a -> new ContactHours(zone)).add(at, dials, contacts);
        });
        assertThat(fromSlots.byHour()).isEqualTo(fromCalls.byHour());
        assertThat(slotsByAgent.keySet()).isEqualTo(callsByAgent.keySet());
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                assertThat(fromSlots.contacts(day, hour)).isEqualTo(fromCalls.contacts(day, hour));
                for (AgentId who : callsByAgent.keySet()) {
                    assertThat(slotsByAgent.get(who).dials(day, hour)).isEqualTo(callsByAgent.get(who).dials(day, hour));
                }
            }
        }
    }

    @Test
    void contactHoursFromTheRollUpAreTheSumsOfTheCallsInAnyZoneAndAnyCutOfTheRange() {
        call(KIM, kimsThinking, t.plus(Duration.ofMinutes(52)), "NO_ANSWER");
        call(LEE, leesRefusal, t.plus(Duration.ofMinutes(53)), "REFUSED");
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        assertSameContactHours(floor, t.minus(DAY), t.plus(DAY.multipliedBy(4)), seoul, Optional.empty());
        assertSameContactHours(floor, t.plus(Duration.ofMinutes(52)).plusSeconds(30), t.plus(DAY).plusSeconds(30), seoul,
                Optional.empty());
        assertSameContactHours(floor, t.minus(Duration.ofMinutes(7)), t.plus(Duration.ofMinutes(8)), seoul,
                Optional.of(LEE));
        // A range over New York's spring-forward (2026-03-08) and a zone half an hour off the hour.
        assertSameContactHours(floor, t.minus(DAY.multipliedBy(5)), t.plus(DAY.multipliedBy(4)),
                ZoneId.of("America/New_York"), Optional.empty());
        assertSameContactHours(floor, t.minus(DAY), t.plus(DAY.multipliedBy(4)), ZoneId.of("Asia/Kolkata"),
                Optional.empty());
        assertSameContactHours(new JdbcFloorStats(engine.desk()), t.minus(DAY), t.plus(DAY.multipliedBy(4)), seoul,
                Optional.of(KIM));

        ContactHours kims = new ContactHours(seoul);
        floor.contactHours(t.minus(DAY), t.plus(DAY.multipliedBy(4)), seoul, Optional.of(KIM),
                (who, at, dials, contacts) -> kims.add(at, dials, contacts));
        assertThat(kims.dials(DayOfWeek.TUESDAY, 10)).isEqualTo(2);
        assertThat(kims.contacts(DayOfWeek.TUESDAY, 10)).isEqualTo(1);
        assertThat(kims.dials(DayOfWeek.WEDNESDAY, 10)).isEqualTo(1);
    }

    @Test
    void theHoursACustomerAnsweredAreTheAgentsOwnOnTheCentresClock() {
        assertThat(floor.answeredAtHour(KIM, t.minus(DAY), 9, 10, 5)).containsExactly(kimsThinking);
        assertThat(floor.answeredAtHour(LEE, t.minus(DAY.multipliedBy(2)), 9, 11, 5)).containsExactly(leesRefusal);
        assertThat(floor.answeredAtHour(LEE, t, 9, 10, 5)).isEmpty();
        assertThat(new JdbcFloorStats(engine.desk()).answeredAtHour(KIM, t.minus(DAY), 9, 10, 5))
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
