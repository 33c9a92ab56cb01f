package dev.dialdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the phases of start-up, from JVM launch to the first window with data, with the CPU time the
 * whole process had used by then (steadier than wall time on a shared machine). Printed with
 * {@code --startup-report}: the line of the first data as soon as the list's first rows show, the phases
 * and the line of the whole list once it is shown; the benchmark times both lines.
 */
public final class StartupReport {

    /** The window shows its first data (the list's first rows): the start-up benchmark's figure. */
    public static final String FIRST_DATA_LINE = "startup.firstWindowWithData.ms=";
    /** The whole lead list is shown. */
    public static final String ALL_LEADS_LINE = "startup.allLeadsShown.ms=";

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<String> phases = new ArrayList<>();
    private final boolean enabled;
    private long lastMillis = jvmStartMillis;
    /** When the window first showed data (the list's first rows), since launch; -1 until then. */
    private long firstDataMillis = -1;

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

    /**
     * Records {@code phase}, the moment the window first shows data, and prints the line the benchmark
     * times ({@value #FIRST_DATA_LINE}); the phases follow with {@link #print}.
     */
    public synchronized void markFirstData(String phase, PrintStream out) {
        mark(phase);
        firstDataMillis = lastMillis - jvmStartMillis;
        if (enabled) {
            out.println(FIRST_DATA_LINE + firstDataMillis);
            out.flush();
        }
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
        if (firstDataMillis < 0) {
            out.println(FIRST_DATA_LINE + sinceLaunchMillis());
        }
        out.println(ALL_LEADS_LINE + sinceLaunchMillis());
    }

    public boolean enabled() {
        return enabled;
    }
}
