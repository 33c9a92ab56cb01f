package dev.dialdesk.ui.common;

import java.awt.Component;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link TaskRunner} on the {@link BackgroundTask} template. */
public final class BackgroundTaskRunner implements TaskRunner {

    private final ErrorReporter errors;
    private final Component parent;

    public BackgroundTaskRunner(ErrorReporter errors, Component parent) {
        this.errors = errors;
        this.parent = parent;
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone) {
        task(context, work, onDone, null).start();
    }

    @Override
    public <T> void run(String context, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        task(context, work, onDone, onFailure).start();
    }

    private <T> BackgroundTask<T> task(String context, Callable<T> work, Consumer<T> onDone,
                                       Consumer<Throwable> onFailure) {
        return new BackgroundTask<>(errors, parent, context) {
            @Override
            protected T work() throws Exception {
                return work.call();
            }

            @Override
            protected void done(T result) {
                onDone.accept(result);
            }

            @Override
            protected void failed(Throwable error) {
                if (onFailure == null) {
                    super.failed(error);
                } else {
                    errors.log(context, error);
                    onFailure.accept(error);
                }
            }
        };
    }
}
