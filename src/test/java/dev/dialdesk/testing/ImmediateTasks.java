package dev.dialdesk.testing;

import dev.dialdesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread: presenters tested without threads. */
public final class ImmediateTasks implements TaskRunner {

    public final List<Throwable> reported = new ArrayList<>();

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        run(context, work, onDone, reported::add);
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
