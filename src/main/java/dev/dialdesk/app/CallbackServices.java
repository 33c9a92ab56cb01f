package dev.dialdesk.app;

import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.cli.CallbacksCommand;
import dev.dialdesk.cli.Command;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.callbacks.JacksonCallbackListFormat;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.callbacks.CallbackQueueHooks;
import dev.dialdesk.service.callbacks.CallbackService;
import dev.dialdesk.service.callbacks.CallbackSettingKeys;
import dev.dialdesk.service.callbacks.ReRecordingDeadlines;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcQueueStore;
import dev.dialdesk.storage.jdbc.JdbcUnscheduledCallbacks;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The callback scheduler's store and services, built once by the {@link CompositionRoot}. The queue
 * hooks are built first (the call loop needs them); the rest needs the call loop's calling policy and
 * listens to its recorded calls, which keep due callbacks.
 */
public final class CallbackServices {

    private final CallbackStore store;
    private final CallbackService service;
    private final CallbackAgenda agenda;

    /** What the work queue and the dial gate ask the scheduler (due callbacks, appointments). */
    public static CallbackQueueHooks queueHooks(JdbcDatabase database, Settings settings) {
        return new CallbackQueueHooks(new JdbcCallbackStore(database), () -> CallbackSettingKeys.timing(settings));
    }

    public CallbackServices(JdbcDatabase database, Settings settings, Clock clock, CallLoopServices calls,
                            ReRecordingDeadlines deadlines) {
        this(database, settings, clock, calls, deadlines, Outbox.none());
    }

    /** With the desk's outbox (team server): a booking made while the server is away is kept and sent later. */
    public CallbackServices(JdbcDatabase database, Settings settings, Clock clock, CallLoopServices calls,
                            ReRecordingDeadlines deadlines, Outbox outbox) {
        this.store = outbox.callbacks(new JdbcCallbackStore(database));
        this.service = new CallbackService(store, outbox.queue(new JdbcQueueStore(database)), calls.policies(), deadlines,
                settings, clock);
        this.agenda = new CallbackAgenda(store, new JdbcUnscheduledCallbacks(database), service, clock);
        calls.callService().addRecordedListener(service::callRecorded);
    }

    public CallbackService service() {
        return service;
    }

    public CallbackAgenda agenda() {
        return agenda;
    }

    public CallbackStore store() {
        return store;
    }

    /** {@code dialdesk callbacks}; the services (and the database) are built only when it runs. */
    static Command command(Supplier<CallbackServices> callbacks, Messages messages,
                           Supplier<Optional<AgentId>> agent, Clock clock) {
        return new CallbacksCommand(() -> callbacks.get().agenda(), new JacksonCallbackListFormat(), messages, agent,
                clock);
    }
}
