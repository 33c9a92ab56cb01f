package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link CallAudit} contract (blocked dials, do-not-call additions), run on every engine. */
public abstract class CallAuditContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private CallAudit audit;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        audit = engine.callAudit();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void eventsSinceAMomentAreOldestFirstFromThatMomentOn() {
        Instant start = engine.clock().instant();
        AuditEvent before = new AuditEvent(start.minusSeconds(1), AGENT, 0, "010-****-3333",
                AuditEvent.Type.DIAL_BLOCKED, "calls.blocked.hours");
        AuditEvent atStart = new AuditEvent(start, AGENT, 0, "010-****-4444",
                AuditEvent.Type.DIAL_BLOCKED, "calls.blocked.doNotCall");
        AuditEvent later = new AuditEvent(start.plus(Duration.ofMinutes(3)), AGENT, 0, "02-***-4567",
                AuditEvent.Type.DIAL_ALLOWED_BY_APPOINTMENT, "appointment");
        audit.append(later);
        audit.append(before);
        audit.append(atStart);

        assertThat(audit.since(start)).containsExactly(atStart, later);
    }

    @Test
    void anEventOnALeadKeepsTheLead() {
        long lead = engine.lead(AGENT, dev.dialdesk.domain.PhoneNumber.parse("010-9999-0000", "KR").number());
        AuditEvent event = new AuditEvent(engine.clock().instant(), AGENT, lead, "010-****-0000",
                AuditEvent.Type.DIAL_BLOCKED, "calls.blocked.hours");
        audit.append(event);
        assertThat(audit.since(engine.clock().instant())).containsExactly(event);
    }
}
