package dev.dialdesk.ui.callbacks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How a presenter runs service calls: off the event thread in the window ({@link BackgroundWorker}),
 * directly in headless presenter tests. {@code done} and {@code failed} run where the view may be
 * touched (the event thread in the window).
 */
public interface Worker {

    <T> void run(String context, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs everything on the calling thread: for presenter tests. */
    Worker DIRECT = new Worker() {
        @Override
        public <T> void run(String context, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };
}
