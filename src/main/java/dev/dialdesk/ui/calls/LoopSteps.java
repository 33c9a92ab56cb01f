package dev.dialdesk.ui.calls;

import dev.dialdesk.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The call loop's steps in order, on the event thread: a key pressed while a step still runs (or while
 * a follow-up dialog is open) waits and runs after it, in the order typed; a failed step drops what
 * was queued behind it, so that a blocked dial is never followed by an outcome typed ahead.
 */
final class LoopSteps {

    private final TaskRunner tasks;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private Consumer<Throwable> onFailure = error -> { };
    private boolean running;

    LoopSteps(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** What a failed step shows (after the queued keys were dropped). */
    void onFailure(Consumer<Throwable> failure) {
        onFailure = failure;
    }

    /** Runs {@code command} now, or after the step that runs. */
    void submit(Runnable command) {
        if (running) {
            waiting.add(command);
        } else {
            command.run();
        }
    }

    /** Runs {@code work} off the event thread, then {@code done} on it, then what was typed meanwhile. */
    <T> void run(String context, Callable<T> work, Consumer<T> done) {
        running = true;
        tasks.run(context, work, result -> {
            running = false;
            done.accept(result);
            drain();
        }, this::failed);
    }

    /** Keys wait from now on (a follow-up dialog is open) until {@link #resume} or the next step. */
    void hold() {
        running = true;
    }

    /** Keys no longer wait; those typed meanwhile run now. */
    void resume() {
        running = false;
        drain();
    }

    /** Keys no longer wait, without running those typed meanwhile yet (a step follows at once). */
    void release() {
        running = false;
    }

    private void drain() {
        while (!running && !waiting.isEmpty()) {
            waiting.poll().run();
        }
    }

    private void failed(Throwable error) {
        running = false;
        waiting.clear();
        onFailure.accept(error);
    }
}
