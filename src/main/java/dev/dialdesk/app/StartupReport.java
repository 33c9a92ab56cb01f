package dev.dialdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the phases of start-up, from JVM launch to the first window with data. Printed with
 * {@code --startup-report}; the benchmark reads the last line.
 */
public final class StartupReport {

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<String> phases = new ArrayList<>();
    private final boolean enabled;
    private long lastMillis = jvmStartMillis;

    public StartupReport(boolean enabled) {
        this.enabled = enabled;
    }

    /** Records that {@code phase} has just ended. Thread-safe. */
    public synchronized void mark(String phase) {
        long now = System.currentTimeMillis();
        phases.add(String.format("%-28s +%5d ms  (at %5d ms)", phase, now - lastMillis, now - jvmStartMillis));
        lastMillis = now;
    }

    public synchronized long sinceLaunchMillis() {
        return System.currentTimeMillis() - jvmStartMillis;
    }

    public synchronized void print(PrintStream out) {
        if (!enabled) {
            return;
        }
        out.println("Start-up phases (since JVM launch):");
        phases.forEach(line -> out.println("  " + line));
        out.println("startup.firstWindowWithData.ms=" + sinceLaunchMillis());
    }

    public boolean enabled() {
        return enabled;
    }
}
