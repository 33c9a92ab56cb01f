package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.BackgroundTask;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.Component;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link Worker} on the one background-task template: work off the event thread, results on it. */
final class BackgroundWorker implements Worker {

    private final ErrorReporter errors;
    private final Component parent;

    BackgroundWorker(ErrorReporter errors, Component parent) {
        this.errors = errors;
        this.parent = parent;
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        new BackgroundTask<T>(errors, parent, context) {
            @Override
            protected T work() throws Exception {
                return work.call();
            }

            @Override
            protected void done(T result) {
                done.accept(result);
            }

            @Override
            protected void failed(Throwable error) {
                failed.accept(error);
            }
        }.start();
    }
}
