package dev.dialdesk.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.CallbackServices;
import dev.dialdesk.app.ContractServices;
import dev.dialdesk.app.OutboxWiring;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.contracts.AfterSale;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaCase;
import dev.dialdesk.domain.contracts.Sale;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.LeadLeases;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.service.calls.ReturnCalls;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.OutboxStore;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import dev.dialdesk.storage.sqlite.SqliteOutboxStore;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.testing.TestServerSwitch;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kim's desk and outbox on the real server: what was saved while the server was away (an outcome that
 * books a callback, the booking, the contract of a sale, typed notes) reaches the server once, linked
 * as it was meant; a batch sent again after it was half sent makes no second row; what the server
 * refuses (the lead reassigned, the number on the do-not-call list, notes changed by another desk) is
 * kept in words, never dropped.
 */
@ExtendWith(RequiresPostgres.class)
class OutboxReplayTest {

    @TempDir
    Path dir;
    private TeamFixture team;
    private PostgresDatabase kim;
    private final List<Outbox> outboxes = new ArrayList<>();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @BeforeEach
    void centre() {
        team = new TeamFixture();
        team.sql("ALTER DATABASE " + team.scratch.name() + " SET synchronous_commit = on"); // as a real server
        kim = team.desk(TeamFixture.KIM);
    }

    @AfterEach
    void close() {
        outboxes.forEach(Outbox::close);
        team.close();
    }

    private Outbox outbox(String file) {
        Outbox outbox = Outbox.onServer(SqliteOutboxStore.open(dir.resolve(file)),
                OutboxWiring.stores(kim, team.clock), team.clock, english);
        outboxes.add(outbox);
        return outbox;
    }

    @Test
    void aSaleBookedAndNotedWhileTheServerWasAwayReachesItOnceWithItsLinks() {
        TestServerSwitch server = TestServerSwitch.fromEnvironment();
        long lead = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        Outbox outbox = outbox("outbox.db");
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        CallLoopServices calls = new CallLoopServices(kim, settings, team.clock, DueCallbacks.NONE, Appointments.NONE,
                PremiumSource.NONE, ReturnCalls.NONE,
                LeadLeases.manual(outbox.claims(new PostgresLeadClaims(kim)), LeadLeases.DEFAULT_LEASE), outbox);
        CallbackServices callbacks = new CallbackServices(kim, settings, team.clock, calls,
                (leadId, contractId) -> Optional.empty(), outbox);
        ContractServices contracts = new ContractServices(kim, settings, team.clock, outbox);
        CallSession session = calls.session(TeamFixture.KIM);
        calls.callService().dispositions(); // the call panel's buttons, read when the window opens
        session.next().orElseThrow();
        session.dial();
        Instant now = team.clock.instant();
        try {
            server.stop();
            CallAttempt sale = session.record("CONTRACT", "");
            Callback booked = callbacks.service().book(new BookingRequest(lead, TeamFixture.KIM,
                    now.plus(Duration.ofDays(1)).atZone(TestClocks.SEOUL), null, "해피콜 전 확인", false,
                    CallbackKind.NORMAL, null), true).callback().orElseThrow();
            Contract entered = contracts.service().createFromCall(sale.id(), lead, TeamFixture.KIM, "암보험", 45_000, now,
                    "AP-1", "");
            outbox.leads(new JdbcLeadStore(kim, team.clock)).updateNotes(lead, "", "저녁 7시 이후 통화");

            assertThat(List.of(sale.id(), booked.id(), entered.id())).as("placeholders until the server has them")
                    .allMatch(id -> id < 0);
            assertThat(outbox.waiting()).as("outcome (its record gives the claim back), booking, contract, notes").isEqualTo(4);
        } finally {
            server.start();
        }

        assertThat(ServerOutageTest.sendUntilNothingWaits(outbox)).isEqualTo(4);

        String attempt = team.queryOne("SELECT id FROM call_attempt WHERE lead_id = " + lead);
        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT count(*) || ' ' || min(note) || ' ' || (min(client_id) IS NOT NULL) "
                + "FROM callback WHERE lead_id = " + lead)).isEqualTo("1 해피콜 전 확인 true");
        assertThat(team.queryOne("SELECT attempt_id || ' ' || product || ' ' || premium_won FROM contract WHERE lead_id = "
                + lead)).as("the contract names the call it came from").isEqualTo(attempt + " 암보험 45000");
        assertThat(team.queryOne("SELECT status || ' ' || notes || ' ' || coalesce(claimed_by, '-') FROM lead WHERE id = "
                + lead)).isEqualTo("CONTRACTED 저녁 7시 이후 통화 -");
        assertThat(outbox.refused()).isEmpty();
    }

    @Test
    void aBatchSentAgainAfterItWasHalfSentMakesNoSecondRow() {
        long lead = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        List<Map.Entry<UUID, Map<String, String>>> batch = List.of(
                entry(Outbox.Kind.OUTCOME, OutboxPayloads.outcome(new CallAttempt(0, UUID.randomUUID(), lead,
                        TeamFixture.KIM, team.clock.instant(), team.clock.instant().plusSeconds(40), "REFUSED", "")), null),
                entry(Outbox.Kind.CALLBACK, OutboxPayloads.callback(booking(lead), List.of()), null),
                entry(Outbox.Kind.CONTRACT, OutboxPayloads.contract(contract(lead), TeamFixture.KIM.value(),
                        team.clock.instant(), null), null));
        Outbox first = outbox("first.db");
        keep(first, batch);
        assertThat(first.sendWaiting()).isEqualTo(3);

        // The desk went down after the server committed, before it struck the entries off: sent again.
        Outbox again = outbox("again.db");
        keep(again, batch);
        assertThat(again.sendWaiting()).isEqualTo(3);

        assertThat(team.queryOne("SELECT (SELECT count(*) FROM call_attempt) || ' ' || (SELECT count(*) FROM callback) "
                + "|| ' ' || (SELECT count(*) FROM contract)")).isEqualTo("1 1 1");
        assertThat(again.refused()).isEmpty();
        assertThat(again.waiting()).isZero();
    }

    @Test
    void whatTheServerRefusesIsKeptInWordsAndStaysAfterARestart() {
        long batch = team.batch(TeamFixture.KIM);
        long reassigned = team.lead(batch, TeamFixture.KIM);
        long listed = team.lead(batch, TeamFixture.KIM);
        long noted = team.lead(batch, TeamFixture.KIM);
        Outbox outbox = outbox("outbox.db");
        keep(outbox, List.of(
                entry(Outbox.Kind.OUTCOME, OutboxPayloads.outcome(new CallAttempt(0, UUID.randomUUID(), reassigned,
                        TeamFixture.KIM, team.clock.instant(), team.clock.instant().plusSeconds(30), "NO_ANSWER", "")), null),
                entry(Outbox.Kind.CALLBACK, OutboxPayloads.callback(booking(listed), List.of()), null),
                entry(Outbox.Kind.NOTE, OutboxPayloads.notes(noted, "", "오후에 다시"), null)));
        team.sql("UPDATE lead SET agent_id = 'A2048' WHERE id = " + reassigned); // team reassign meanwhile
        new dev.dialdesk.storage.jdbc.JdbcDoNotCallStore(team.admin.database(), team.clock)
                .add(team.phoneOf(listed), "customer", TeamFixture.LEE);
        team.sql("UPDATE lead SET notes = '이서연: 부재중 두 번' WHERE id = " + noted);

        assertThat(outbox.sendWaiting()).isEqualTo(3);

        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.refused()).extracting(Outbox.Refused::kind, Outbox.Refused::leadId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Outbox.Kind.OUTCOME, reassigned),
                org.assertj.core.groups.Tuple.tuple(Outbox.Kind.CALLBACK, listed),
                org.assertj.core.groups.Tuple.tuple(Outbox.Kind.NOTE, noted));
        assertThat(outbox.refused().get(0).reason()).as("the lead is out of sight now: named by its id")
                .isEqualTo("#" + reassigned + " is no longer your lead on the server (reassigned, or its claim ran out "
                        + "and another desk took it).");
        assertThat(outbox.refused().get(1).reason()).contains("do-not-call");
        assertThat(team.queryOne("SELECT count(*) FROM call_attempt")).isEqualTo("0");
        assertThat(team.queryOne("SELECT notes FROM lead WHERE id = " + noted)).isEqualTo("이서연: 부재중 두 번");

        outbox.close();
        outboxes.remove(outbox);
        assertThat(outbox("outbox.db").refused()).as("never dropped").hasSize(3);
    }

    private Callback booking(long lead) {
        Instant now = team.clock.instant();
        return Callback.book(new BookingRequest(lead, TeamFixture.KIM, now.plus(Duration.ofHours(3)).atZone(TestClocks.SEOUL),
                null, "", true, CallbackKind.NORMAL, null), now);
    }

    private Contract contract(long lead) {
        Instant now = team.clock.instant();
        return new Contract(0, lead, TeamFixture.KIM, null, new Sale("암보험", 30_000, now, TestClocks.SEOUL, null, null,
                true), QaCase.awaiting(now.plus(Duration.ofDays(3))), AfterSale.initial(null), now, now, 1);
    }

    private static Map.Entry<UUID, Map<String, String>> entry(Outbox.Kind kind, Map<String, String> payload, UUID id) {
        Map<String, String> tagged = new java.util.LinkedHashMap<>(payload);
        tagged.put("_kind", kind.name());
        return Map.entry(id != null ? id : UUID.randomUUID(), tagged);
    }

    /** Puts the entries straight into the outbox's file, as a desk would have while the server was away. */
    private void keep(Outbox outbox, List<Map.Entry<UUID, Map<String, String>>> entries) {
        OutboxStore journal = outbox.journal();
        for (Map.Entry<UUID, Map<String, String>> e : entries) {
            Map<String, String> payload = new java.util.LinkedHashMap<>(e.getValue());
            String kind = payload.remove("_kind");
            journal.add(e.getKey(), kind, FlatJson.encode(payload), team.clock.instant());
        }
    }
}
