package dev.dialdesk.ui.common;

import java.awt.Component;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javax.swing.SwingWorker;

/**
 * The one template for work off the event thread: inputs are read on the event thread before
 * {@link #start()}, {@link #work()} runs on a worker thread (database, files), and {@link #done(Object)}
 * or the error report runs back on the event thread. Errors are reported once, by the
 * {@link ErrorReporter}, unless {@link #failed(Throwable)} is overridden.
 */
public abstract class BackgroundTask<T> {

    private final ErrorReporter errors;
    private final Component parent;
    private final String context;
    private SwingWorker<T, Void> worker;

    protected BackgroundTask(ErrorReporter errors, Component parent, String context) {
        this.errors = errors;
        this.parent = parent;
        this.context = context;
    }

    /** Runs off the event thread. Must not touch Swing. */
    protected abstract T work() throws Exception;

    /** Runs on the event thread with the result. */
    protected abstract void done(T result);

    /** Runs on the event thread when {@link #work()} threw; reports the error by default. */
    protected void failed(Throwable error) {
        errors.report(parent, context, error);
    }

    /** Runs on the event thread when the task was cancelled. */
    protected void cancelled() {
    }

    /** Starts the task. Call on the event thread. */
    public final void start() {
        Edt.assertEdt();
        worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return work();
            }

            @Override
            protected void done() {
                // Each task's outcome is an event of its own: SwingWorker hands the event thread the outcomes
                // that finished within one frame together, so a modal dialog opened by one (the callback
                // booking after 7) held back the others (the lead list's new row) until it was closed.
                java.awt.EventQueue.invokeLater(() -> finish(this));
            }
        };
        worker.execute();
    }

    /** Asks the worker to stop (interrupting it). */
    public final void cancel() {
        if (worker != null) {
            worker.cancel(true);
        }
    }

    private void finish(SwingWorker<T, Void> finished) {
        try {
            done(finished.get());
        } catch (CancellationException e) {
            cancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failed(e.getCause());
        }
    }
}
