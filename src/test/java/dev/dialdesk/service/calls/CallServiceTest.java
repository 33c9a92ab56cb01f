package dev.dialdesk.service.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one gate every dial goes through, and the wrap-up rule of the loop. */
class CallServiceTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private long batch;
    private long lead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        batch = db.batch(KIM, "2025-03-10T09:00");
        lead = db.lead(batch, KIM);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CallService calls() {
        return db.services().callService();
    }

    private List<AuditEvent> audit() {
        return new JdbcCallAudit(db.database).since(Instant.EPOCH);
    }

    @Test
    void aDoNotCallLeadCannotBeDialledAndTheAttemptIsAudited() {
        db.services().doNotCallStore().add(db.phoneOf(lead), "manual", KIM);
        assertThatThrownBy(() -> calls().startCall(KIM, lead))
                .isInstanceOfSatisfying(DialBlockedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DialBlockedException.Reason.DO_NOT_CALL));
        assertThat(audit()).extracting(AuditEvent::type)
                .containsExactly(AuditEvent.Type.DNC_ADDED, AuditEvent.Type.DIAL_BLOCKED);
        assertThat(audit().get(1).maskedNumber()).isEqualTo(db.phoneOf(lead).masked());
    }

    @Test
    void aDoNotCallNumberTypedInSearchCannotBeDialledEither() {
        PhoneNumber stranger = PhoneNumber.parse("010-9999-0000", "KR").number();
        db.services().doNotCallStore().add(stranger, "import:dnc.csv", null);
        assertThatThrownBy(() -> calls().startCall(KIM, stranger)).isInstanceOf(DialBlockedException.class);
        assertThat(calls().startCall(KIM, PhoneNumber.parse("010-9999-0001", "KR").number()).leadId()).isZero();
    }

    @Test
    void dialMethodsAreOnlyReachedThroughTheGate() {
        List<PhoneNumber> placed = new java.util.ArrayList<>();
        db.services().dialers().register(new Dialer() {
            @Override
            public DialMethod method() {
                return DialMethod.CLIPBOARD;
            }

            @Override
            public void place(PhoneNumber number) {
                placed.add(number);
            }
        });
        long listed = db.lead(batch, KIM);
        db.services().doNotCallStore().add(db.phoneOf(listed), "manual", KIM);
        assertThatThrownBy(() -> calls().startCall(KIM, listed)).isInstanceOf(DialBlockedException.class);
        ActiveCall call = calls().startCall(KIM, lead);
        assertThat(placed).containsExactly(db.phoneOf(lead));
        assertThat(call.placedBy()).isEqualTo(DialMethod.CLIPBOARD);
    }

    @Test
    void outsideCallingHoursTheDialIsRefusedWithTheOpeningTime() {
        db.clock.set("2025-03-11T21:00");
        assertThatThrownBy(() -> calls().startCall(KIM, lead))
                .isInstanceOfSatisfying(DialBlockedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DialBlockedException.Reason.OUTSIDE_HOURS);
                    assertThat(dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.ENGLISH).get(e.userMessage()))
                            .endsWith("Opens 03-12 (Wed) 09:00.");
                    assertThat(dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.KOREAN).get(e.userMessage()))
                            .contains("03-12 (수) 09:00");
                });
        assertThat(audit()).extracting(AuditEvent::reason).containsExactly("OUTSIDE_HOURS");
    }

    @Test
    void anAppointmentTheCustomerAskedForAllowsAnEveningCallAndIsLogged() {
        db.clock.set("2025-03-11T21:30");
        db.appointments.add(new Appointments.Appointment(lead, KIM, db.clock.instant(), true));
        ActiveCall call = calls().startCall(KIM, lead);
        assertThat(call.warning().key()).isEqualTo("calls.warn.appointmentOutsideHours");
        assertThat(audit()).extracting(AuditEvent::type).containsExactly(AuditEvent.Type.DIAL_ALLOWED_BY_APPOINTMENT);
    }

    @Test
    void anotherAgentsLeadNeedsAnAppointment() {
        assertThatThrownBy(() -> calls().startCall(LEE, lead))
                .isInstanceOfSatisfying(DialBlockedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DialBlockedException.Reason.OTHER_AGENT));
        db.appointments.add(new Appointments.Appointment(lead, LEE, db.clock.instant(), false));
        assertThat(calls().startCall(LEE, lead).leadId()).isEqualTo(lead);
    }

    @Test
    void theCallIsTimedFromDialToHangUp() {
        ActiveCall call = calls().startCall(KIM, lead);
        db.clock.advance(Duration.ofSeconds(95));
        ActiveCall ended = calls().hangUp(call);
        db.clock.advance(Duration.ofSeconds(30));
        var recorded = calls().record(ended, "THINKING", "남편과 상의 후 결정");
        assertThat(recorded.attempt().duration()).isEqualTo(Duration.ofSeconds(95));
        assertThat(calls().history(lead)).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("남편과 상의 후 결정"));
    }

    @Test
    void theLoopRefusesTheNextLeadUntilTheOutcomeIsRecorded() {
        db.lead(batch, KIM);
        CallSession session = db.services().session(KIM);
        assertThat(session.next()).isPresent();
        session.dial();
        assertThat(session.phase()).isEqualTo(CallSession.Phase.IN_CALL);
        session.hangUp();
        assertThat(session.phase()).isEqualTo(CallSession.Phase.WRAP_UP);
        assertThatThrownBy(session::next).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("calls.error.wrapUpRequired"));
        assertThatThrownBy(() -> session.open(lead)).isInstanceOf(UserFacingException.class);
        assertThat(session.recordAndNext("NO_ANSWER", "")).isPresent();
        assertThat(session.phase()).isEqualTo(CallSession.Phase.LEAD_SHOWN);
    }

    @Test
    void aLeadOpenedFromTheTableStillGoesThroughTheGate() {
        db.services().doNotCallStore().add(db.phoneOf(lead), "manual", KIM);
        CallSession session = db.services().session(KIM);
        QueuedLead opened = session.open(lead);
        assertThat(opened.skipReason()).isPresent();
        assertThatThrownBy(session::dial).isInstanceOf(DialBlockedException.class);
        assertThat(session.phase()).isEqualTo(CallSession.Phase.LEAD_SHOWN);
    }

    @Test
    void aDoNotCallOutcomeEndsTheLeadAndBlocksTheNumberAtOnce() {
        calls().record(calls().startCall(KIM, lead), "DO_NOT_CALL", "");
        assertThat(db.services().doNotCallStore().contains(db.phoneOf(lead))).isTrue();
        assertThatThrownBy(() -> calls().startCall(KIM, lead)).isInstanceOf(DialBlockedException.class);
    }
}
