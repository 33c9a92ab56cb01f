package dev.dialdesk.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts another desk's work between a service's read and its write, deterministically: a store that
 * behaves as the real one and, right after the first call of a method (the read), runs the other
 * work to the end on its own thread before returning.
 */
public final class Interleave {

    private Interleave() {
    }

    /** {@code real} as a {@code type}, running {@code other} once, on another thread, after the first {@code method}. */
    public static <T> T afterFirst(Class<T> type, T real, String method, Runnable other) {
        AtomicReference<Runnable> pending = new AtomicReference<>(other);
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            Object result;
            try {
                result = called.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (called.getName().equals(method)) {
                Runnable now = pending.getAndSet(null);
                if (now != null) {
                    runOnAnotherThread(now);
                }
            }
            return result;
        });
        return type.cast(proxy);
    }

    private static void runOnAnotherThread(Runnable work) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "other-desk");
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError("the other desk's work failed", failure.get());
        }
    }
}
