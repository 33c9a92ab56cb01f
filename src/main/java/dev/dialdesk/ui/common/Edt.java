package dev.dialdesk.ui.common;

import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Helpers for the Swing event thread: nothing touches Swing off it, nothing slow runs on it. */
public final class Edt {

    private Edt() {
    }

    /** Fails fast when Swing state is touched from another thread. */
    public static void assertEdt() {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("Must run on the Swing event thread, not " + Thread.currentThread().getName());
        }
    }

    /** Fails fast when database or file work is attempted on the event thread. */
    public static void assertNotEdt() {
        if (EventQueue.isDispatchThread()) {
            throw new IllegalStateException("Must not run on the Swing event thread");
        }
    }

    /** Runs now when on the event thread, else later on it. */
    public static void run(Runnable action) {
        if (EventQueue.isDispatchThread()) {
            action.run();
        } else {
            EventQueue.invokeLater(action);
        }
    }

    /** Computes a value on the event thread and waits for it (tests and start-up only). */
    public static <T> T call(Supplier<T> supplier) {
        if (EventQueue.isDispatchThread()) {
            return supplier.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> result.set(supplier.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for the event thread", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return result.get();
    }
}
