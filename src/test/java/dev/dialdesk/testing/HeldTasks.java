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
    /** Runs a task once it is let go; its unhandled failures land in {@link #reported}. */
    private final ImmediateTasks release = new ImmediateTasks();
    public final List<Throwable> reported = release.reported;

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        held.add(() -> release.run(context, work, onDone));
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        held.add(() -> release.run(context, work, onDone, onFailure));
    }

    public int waiting() {
        return held.size();
    }

    /** Runs the oldest held task (and holds what it starts). */
    public void runOldest() {
        held.remove(0).run();
    }

    /** Runs the task held last (a newer request finishing before an older one). */
    public void runNewest() {
        held.remove(held.size() - 1).run();
    }

    /** Runs held tasks, oldest first, including those they start, until none is left. */
    public void runAll() {
        while (!held.isEmpty()) {
            runOldest();
        }
    }
}
