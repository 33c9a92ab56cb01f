package dev.dialdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Latest wins on screen: a load started after another one makes the older one's outcome (result or
 * error) stale, and a stale outcome is dropped instead of painting over the newer one. One per kind of
 * load in a presenter; call on the event thread, where {@link TaskRunner} delivers outcomes.
 */
public final class LatestRequest {

    private final TaskRunner tasks;
    private long newest;

    public LatestRequest(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} as the newest request; its outcome is shown only if no newer one was started. */
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        long mine = ++newest;
        tasks.run(context, work, result -> {
            if (mine == newest) {
                onDone.accept(result);
            }
        });
    }

    /** As {@link #run(String, Callable, Consumer)}, with the failure shown in place. */
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        long mine = ++newest;
        tasks.run(context, work, result -> {
            if (mine == newest) {
                onDone.accept(result);
            }
        }, error -> {
            if (mine == newest) {
                onFailure.accept(error);
            }
        });
    }
}
