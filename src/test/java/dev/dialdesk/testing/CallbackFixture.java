package dev.dialdesk.testing;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.CallbackServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.service.callbacks.CallbackQueueHooks;
import dev.dialdesk.service.callbacks.ReRecordingDeadlines;
import dev.dialdesk.service.calls.PremiumSource;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The call loop fixture (a real SQLite file, a clock the test moves) with the real callback scheduler
 * plugged in: its due callbacks and appointments feed the queue and the dial gate, recorded calls
 * keep callbacks. QA deadlines come from {@link #qaDeadlines}.
 */
public final class CallbackFixture implements AutoCloseable {

    public final CallLoopFixture db;
    public final Map<Long, ZonedDateTime> qaDeadlines = new HashMap<>();
    private CallLoopServices calls;
    private CallbackServices callbacks;

    public CallbackFixture(CallLoopFixture db) {
        this.db = db;
    }

    public CallLoopServices calls() {
        build();
        return calls;
    }

    public CallbackServices callbacks() {
        build();
        return callbacks;
    }

    private void build() {
        if (calls == null) {
            CallbackQueueHooks hooks = CallbackServices.queueHooks(db.database, db.settings);
            calls = new CallLoopServices(db.database, db.settings, db.clock, hooks, hooks, PremiumSource.NONE);
            ReRecordingDeadlines deadlines = (leadId, contractId) -> Optional.ofNullable(qaDeadlines.get(leadId));
            callbacks = new CallbackServices(db.database, db.settings, db.clock, calls, deadlines);
        }
    }

    /** A request for {@code seoulDateTime}. */
    public static BookingRequest request(long leadId, AgentId agent, String seoulDateTime, boolean customerAsked,
                                         CallbackKind kind) {
        return new BookingRequest(leadId, agent, LocalDateTime.parse(seoulDateTime).atZone(TestClocks.SEOUL), null,
                "", customerAsked, kind, null);
    }

    /** Books a plain callback that must pass without warnings. */
    public Callback book(long leadId, AgentId agent, String seoulDateTime) {
        return callbacks().service().book(request(leadId, agent, seoulDateTime, false, CallbackKind.NORMAL), false)
                .callback().orElseThrow(() -> new AssertionError("not booked: " + seoulDateTime));
    }

    @Override
    public void close() {
        db.close();
    }
}
