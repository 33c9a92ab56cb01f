package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.BackgroundTask;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.Component;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link TaskRunner} on {@link BackgroundTask}: errors go to the {@link ErrorReporter}. */
final class SwingTaskRunner implements TaskRunner {

    private final ErrorReporter errors;
    private final Supplier<Component> parent;

    SwingTaskRunner(ErrorReporter errors, Supplier<Component> parent) {
        this.errors = errors;
        this.parent = parent;
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> done) {
        new BackgroundTask<T>(errors, parent.get(), context) {
            @Override
            protected T work() throws Exception {
                return work.call();
            }

            @Override
            protected void done(T result) {
                done.accept(result);
            }
        }.start();
    }
}
