package dev.dialdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How a presenter runs slow work (database, files) without knowing Swing: the work runs off the event
 * thread, the outcome comes back on it. Tests pass a runner that does both at once.
 */
public interface TaskRunner {

    /** Runs {@code work}; on failure the error is logged and shown once. */
    <T> void run(String context, Callable<T> work, Consumer<T> onDone);

    /** Runs {@code work}; on failure the error is logged and handed to {@code onFailure} to show in place. */
    <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);
}
