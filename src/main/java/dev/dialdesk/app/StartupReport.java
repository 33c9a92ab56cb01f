package dev.dialdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the phases of start-up, from JVM launch to the first window with data, with the CPU time the
 * whole process had used by then (steadier than wall time on a shared machine). Printed with
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
        phases.add(String.format("%-28s +%5d ms  (at %5d ms, cpu %5d ms)", phase, now - lastMillis,
                now - jvmStartMillis, processCpuMillis()));
        lastMillis = now;
    }

    /** CPU time of every thread of this JVM so far (the compilers' and the collector's too); -1 if unknown. */
    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
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
