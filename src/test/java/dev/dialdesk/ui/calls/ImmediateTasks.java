package dev.dialdesk.ui.calls;

import dev.dialdesk.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread: the presenter tested without threads. */
final class ImmediateTasks implements TaskRunner {

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        run(context, work, onDone, error -> {
            throw new AssertionError(context, error);
        });
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
