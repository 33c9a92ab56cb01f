package dev.dialdesk.testing;

import dev.dialdesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds each task until the test lets it run (work and outcome together, as the event thread would see
 * it): a save still running while the agent types on, or tasks that finish out of order.
 */
public final class HeldTasks implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();
    public final List<Throwable> reported = new ArrayList<>();

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        run(context, work, onDone, reported::add);
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onDone.accept(result);
        });
    }

    public int waiting() {
        return held.size();
    }

    /** Runs the oldest held task (and holds what it starts). */
    public void runOldest() {
        held.remove(0).run();
    }

    /** Runs held tasks, oldest first, including those they start, until none is left. */
    public void runAll() {
        while (!held.isEmpty()) {
            runOldest();
        }
    }
}
