package dev.dialdesk.testing;

import dev.dialdesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds each task until the test lets it run (work and outcome together, as the event thread would see
 * it): a save still running while the agent types on, or tasks that finish out of order. Made with
 * {@link #outcomesOnly()}, the work runs at once and only its outcome waits: a load that read the data
 * as it was then and comes back late.
 */
public final class HeldTasks implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();
    /** Runs a task once it is let go; its unhandled failures land in {@link #reported}. */
    private final ImmediateTasks release = new ImmediateTasks();
    public final List<Throwable> reported = release.reported;
    private final boolean workAtOnce;

    public HeldTasks() {
        this(false);
    }

    private HeldTasks(boolean workAtOnce) {
        this.workAtOnce = workAtOnce;
    }

    /** Runs each work at once and holds its outcome (result or failure) until the test lets it go. */
    public static HeldTasks outcomesOnly() {
        return new HeldTasks(true);
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        run(context, work, onDone, reported::add);
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        if (!workAtOnce) {
            held.add(() -> release.run(context, work, onDone, onFailure));
            return;
        }
        release.run(context, work, result -> held.add(() -> onDone.accept(result)),
                error -> held.add(() -> onFailure.accept(error)));
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
