package dev.dialdesk.ui.contracts;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the event thread and hands the result back on it; errors are reported once
 * by the runner. Lets the presenter stay free of Swing, and its tests run the work inline.
 */
@FunctionalInterface
public interface TaskRunner {

    <T> void run(String context, Callable<T> work, Consumer<T> done);
}
