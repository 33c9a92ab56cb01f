package dev.dialdesk.app.bench;

import java.util.Arrays;

/** Medians and percentiles of repeated timings. */
public final class Stopwatch {

    private Stopwatch() {
    }

    /** A task to time; throws what it throws. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    /** Runs {@code task} {@code times} times and returns each duration in milliseconds. */
    public static double[] time(int times, Task task) throws Exception {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        return millis;
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
