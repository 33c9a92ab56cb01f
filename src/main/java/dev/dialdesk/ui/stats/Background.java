package dev.dialdesk.ui.stats;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How the presenter runs work off the event thread and comes back to it: a {@code BackgroundTask} in
 * the window, a direct call in tests.
 */
@FunctionalInterface
interface Background {

    <T> void run(String context, Callable<T> work, Consumer<T> done);
}
