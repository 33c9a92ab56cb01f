package dev.dialdesk.service.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dial gate keeps the law's 21:00–08:00 silence even when the centre's hours say otherwise. */
class LegalWindowGateTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private long lead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T21:30");
        db.settings.set(CallSettingKeys.CALLING_HOURS, "MON-SUN 06:00-23:30");
        lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aCallAt2130IsRefusedThoughTheCentresHoursRunTo2330() {
        assertThatThrownBy(() -> db.services().callService().startCall(KIM, lead))
                .isInstanceOfSatisfying(DialBlockedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DialBlockedException.Reason.OUTSIDE_HOURS));
        assertThat(db.services().workQueue().next(KIM)).isEmpty();
    }

    @Test
    void theAgentsOwnAppointmentDoesNotOpenTheEvening() {
        db.appointments.add(new Appointments.Appointment(lead, KIM, db.clock.instant(), false));
        assertThatThrownBy(() -> db.services().callService().startCall(KIM, lead))
                .isInstanceOf(DialBlockedException.class);
    }

    @Test
    void aTimeTheCustomerAskedForIsDialledAndAuditedAsOutsideTheLegalWindow() {
        db.appointments.add(new Appointments.Appointment(lead, KIM, db.clock.instant(), true));
        ActiveCall call = db.services().callService().startCall(KIM, lead);
        assertThat(call.leadId()).isEqualTo(lead);
        assertThat(new JdbcCallAudit(db.database).since(Instant.EPOCH))
                .extracting(AuditEvent::type, AuditEvent::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEvent.Type.DIAL_ALLOWED_BY_APPOINTMENT,
                        "OUTSIDE_LEGAL_WINDOW"));
    }
}
