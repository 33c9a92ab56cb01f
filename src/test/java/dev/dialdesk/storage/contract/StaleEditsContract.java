package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.TestClocks;
import java.time.LocalDate;
import dev.dialdesk.service.StaleEdits;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale edits refused in words, on every engine (issue 13): when another desk changed a callback or a
 * lead's notes or a contract first, the refusal says what changed, at what time (the centre's, Seoul) and by which
 * agent, in English and Korean, and nothing of the stale edit is written. Here the other desk is the
 * same agent's second desk (their other PC or window); the server's own "who" for another login is in
 * PostgresStaleEditsTest. "Now" is Tuesday 10 March 2026, 10:00 in Seoul.
 */
public abstract class StaleEditsContract {

    @TempDir
    Path dir;
    protected StoreEngine engine;
    protected long lead;
    protected final Messages english = Messages.forLocale(Locale.ENGLISH);
    protected final Messages korean = Messages.forLocale(Locale.KOREAN);

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        lead = engine.lead(AGENT, PhoneNumber.parse("010-4444-1001", "KR").number());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aSnoozeOfACallbackAnotherDeskCompletedSaysCompletedAtWhatTimeAndByWhom() {
        Callback seen = book(new JdbcCallbackStore(engine.desk()));
        engine.clock().advance(Duration.ofMinutes(2));
        CallbackStore otherDesk = new JdbcCallbackStore(engine.otherDesk(AGENT));
        otherDesk.update(otherDesk.find(seen.id()).orElseThrow().done(call(engine.otherDesk(AGENT)), "CONTRACT",
                engine.clock().instant()));

        ConflictException refused = snoozeStale(seen);

        assertThat(english.get(refused.userMessage())).isEqualTo("This callback was completed at 10:02 by agent "
                + AGENT.value() + ". Your change was not saved: the list shows it as it is now.");
        assertThat(korean.get(refused.userMessage())).startsWith("이 예약 콜은 10:02에 상담원 " + AGENT.value()
                + "이(가) 완료했습니다.");
        assertThat(new JdbcCallbackStore(engine.desk()).find(seen.id()).orElseThrow().snoozedUntil())
                .as("the stale snooze wrote nothing").isNull();
    }

    @Test
    void aSnoozeOfACallbackAnotherDeskRescheduledSaysTheNewTimeWhenAndByWhom() {
        Callback seen = book(new JdbcCallbackStore(engine.desk()));
        engine.clock().advance(Duration.ofMinutes(5));
        CallbackStore otherDesk = new JdbcCallbackStore(engine.otherDesk(AGENT));
        otherDesk.update(otherDesk.find(seen.id()).orElseThrow().rescheduled(seoul("2026-03-11T11:00").toInstant(),
                null, engine.clock().instant()));

        ConflictException refused = snoozeStale(seen);

        assertThat(english.get(refused.userMessage())).startsWith("This callback was rescheduled to 2026-03-11 11:00 "
                + "at 10:05 by agent " + AGENT.value() + ".");
        assertThat(korean.get(refused.userMessage())).contains("10:05에 상담원 " + AGENT.value(), "2026-03-11 11:00");
    }

    @Test
    void notesSavedOnAnotherDeskFirstAreRefusedNamingWhenAndByWhomAndTheAgentMayKeepTheirs() {
        engine.clock().advance(Duration.ofMinutes(2));
        engine.saveNotesAsAgent(lead, "내일 오후 통화 원함", engine.clock().instant());
        LeadDirectory mine = new LeadDirectory(new JdbcLeadStore(engine.desk(), engine.clock()),
                () -> engine.clock().getZone(), engine.clock());

        ConflictException refused = catchThrowableOfType(() -> mine.saveNotes(lead, "", "남편과 상의 후 결정"),
                ConflictException.class);

        assertThat(english.get(refused.userMessage())).isEqualTo("The notes on this lead were changed at 10:02 by agent "
                + AGENT.value() + ". Yours were not saved and are still in the field: reload the lead to see theirs, "
                + "or save again to replace them with yours.");
        assertThat(korean.get(refused.userMessage())).contains("10:02에 상담원 " + AGENT.value());
        assertThat(engine.queryOne("SELECT notes FROM lead WHERE id = " + lead)).isEqualTo("내일 오후 통화 원함");
        mine.saveNotes(lead, "내일 오후 통화 원함", "남편과 상의 후 결정");
        assertThat(engine.queryOne("SELECT notes FROM lead WHERE id = " + lead)).as("kept mine, knowingly")
                .isEqualTo("남편과 상의 후 결정");
    }

    @Test
    void aReRecordingMarkedOnAContractAnotherDeskChangedFirstSaysWhenAndByWhom() {
        ContractService mine = contracts(engine.desk());
        Contract open = mine.createFromCall(null, lead, AGENT, "무배당 종신보험", 35_000,
                engine.clock().instant().minus(Duration.ofMinutes(30)), "AP-35000", "");
        Contract seen = mine.requireReRecording(open.id(), "고지의무 설명 누락", LocalDate.parse("2026-03-10"), AGENT);
        engine.clock().advance(Duration.ofMinutes(2));
        contracts(engine.otherDesk(AGENT)).markReRecorded(seen.id(), engine.clock().instant(), AGENT);

        ConflictException refused = catchThrowableOfType(() -> mine.markReRecorded(seen.id(), seen.version(),
                engine.clock().instant(), AGENT), ConflictException.class);

        assertThat(english.get(refused.userMessage())).startsWith("This contract was changed at 10:02 by agent "
                + AGENT.value() + " and is now: ");
        assertThat(korean.get(refused.userMessage())).contains("10:02에 상담원 " + AGENT.value());
    }

    private ContractService contracts(JdbcDatabase database) {
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        return new ContractService(new JdbcContractStore(database), new ContractRules(settings,
                new JdbcHolidayStore(database)), engine.clock());
    }

    /** The agent's snooze of the callback as read before (what CallbackService.snooze saves), put in words. */
    protected ConflictException snoozeStale(Callback seen) {
        ConflictException lost = catchThrowableOfType(() -> new JdbcCallbackStore(engine.desk()).update(
                seen.snoozed(engine.clock().instant().plus(Duration.ofMinutes(10)), engine.clock().instant())),
                ConflictException.class);
        assertThat(lost).as("the stale snooze is refused").isNotNull();
        return StaleEdits.callback(lost, engine.clock().getZone(), engine.clock().instant());
    }

    protected Callback book(CallbackStore store) {
        ZonedDateTime due = seoul("2026-03-10T15:00");
        return store.insert(Callback.book(new BookingRequest(lead, AGENT, due, null, "", true, CallbackKind.NORMAL,
                null), engine.clock().instant()), List.of());
    }

    protected ZonedDateTime seoul(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(engine.clock().getZone());
    }

    /** A call of the agent to the lead, on {@code desk}; returns its id. */
    protected long call(JdbcDatabase desk) {
        long now = engine.clock().millis();
        return desk.write(connection -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO call_attempt(client_id, lead_id, "
                    + "agent_id, started_at, ended_at, duration_ms, disposition, contact, sale) "
                    + "VALUES (?, ?, ?, ?, ?, 60000, 'CONTRACT', 1, 1) RETURNING id")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setLong(2, lead);
                s.setString(3, AGENT.value());
                s.setLong(4, now - 60_000);
                s.setLong(5, now);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
