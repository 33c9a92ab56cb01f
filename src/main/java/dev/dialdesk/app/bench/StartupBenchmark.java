package dev.dialdesk.app.bench;

import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.GuiLauncher;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Launch to first window with data: starts Dialdesk in a child JVM (a prepared data folder with
 * 100,000 leads at full size, 10,000 at small, and settings naming the agent, so the first-run dialog
 * does not wait; {@code DIALDESK_EXIT_AFTER_STARTUP=1}, so it ends by itself) several times and
 * takes the median wall time from process start to the start-up report's last line. Beside it, in the
 * same run: a bare FlatLaf JFrame, a bare JVM, and both windows again with an AppCDS archive trained
 * on one launch. Needs a display (a desktop or Xvfb); without one it reports "no display".
 */
public final class StartupBenchmark implements Benchmark {

    static final String REPORT_LINE = dev.dialdesk.app.StartupReport.FIRST_DATA_LINE;
    private static final AgentId AGENT = new AgentId("B0001");
    private static final String TARGET = "< 1 s";
    private static final long TIMEOUT_SECONDS = 60;

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        if (!hasDisplay(System.getProperty("os.name", ""), System.getenv())) {
            return List.of(new BenchResult("launch to first window: skipped (no display)", Double.NaN, null,
                    Double.NaN, TARGET, null));
        }
        Path work = context.workDir().resolve("startup");
        int leads = leadsFor(context.size());
        Path dataDir = prepareDataDir(work, leads);
        int runs = Math.max(5, context.repetitions());
        List<String> dialdesk = List.of(mainClass(), "--startup-report");
        List<String> bare = List.of(BareWindowMain.class.getName());
        List<String> hello = List.of(BareWindowMain.class.getName(), "hello");
        Map<String, String> env = Map.of(AppPaths.DATA_DIR_ENV, dataDir.toString(),
                GuiLauncher.EXIT_AFTER_STARTUP_ENV, "1");

        launch(List.of(), dialdesk, env, REPORT_LINE); // first start creates the database: not counted
        List<Launch> launches = new ArrayList<>();
        launches.add(new Launch(List.of(), dialdesk, REPORT_LINE));
        launches.add(new Launch(List.of(), bare, BareWindowMain.DONE));
        launches.add(new Launch(List.of(), hello, BareWindowMain.DONE));
        boolean cds = classPathIsJarsOnly();
        if (cds) {
            List<String> dialdeskCds = trainArchive(work.resolve("dialdesk.jsa"), dialdesk, env, REPORT_LINE);
            List<String> bareCds = trainArchive(work.resolve("bare.jsa"), bare, env, BareWindowMain.DONE);
            launches.add(new Launch(dialdeskCds, dialdesk, REPORT_LINE));
            launches.add(new Launch(bareCds, bare, BareWindowMain.DONE));
            // What scripts/dialdesk runs: the archive plus the quick compiler only.
            launches.add(new Launch(withQuickCompiler(dialdeskCds), dialdesk, REPORT_LINE));
            launches.add(new Launch(withQuickCompiler(bareCds), bare, BareWindowMain.DONE));
        }
        double[] medians = interleavedMedians(runs, launches, env);
        List<BenchResult> rows = new ArrayList<>();
        String what = String.format("launch to first window with %,d leads", leads);
        rows.add(row(what + " (no AppCDS)", medians[0], "bare FlatLaf JFrame", medians[1]));
        if (cds) {
            rows.add(row(what + " (AppCDS)", medians[3], "bare FlatLaf JFrame (AppCDS)", medians[4]));
            rows.add(row(what + " (scripts/dialdesk: AppCDS + quick compiler)", medians[5],
                    "bare FlatLaf JFrame (same options)", medians[6]));
        }
        rows.add(new BenchResult("bare JVM printing one line (for scale)", medians[2], null, Double.NaN, null, null));
        return rows;
    }

    /** One kind of child launch: JVM options, program and the line that ends the timing. */
    private record Launch(List<String> jvmOptions, List<String> program, String doneLine) {
    }

    /**
     * Runs every launch once per round, {@code runs} rounds, so that a machine busy with other work
     * slows all of them alike rather than one series; returns each launch's median.
     */
    private static double[] interleavedMedians(int runs, List<Launch> launches, Map<String, String> env)
            throws Exception {
        double[][] millis = new double[launches.size()][runs];
        for (int round = 0; round < runs; round++) {
            for (int i = 0; i < launches.size(); i++) {
                Launch launch = launches.get(i);
                millis[i][round] = launch(launch.jvmOptions(), launch.program(), env, launch.doneLine());
            }
        }
        double[] medians = new double[launches.size()];
        for (int i = 0; i < medians.length; i++) {
            medians[i] = Stopwatch.median(millis[i]);
        }
        return medians;
    }

    private static BenchResult row(String what, double millis, String baseline, double baselineMillis) {
        return new BenchResult(what, millis, baseline, baselineMillis, TARGET, millis < 1000);
    }

    /** Whether a window can be shown: decided without loading AWT in this JVM. */
    static boolean hasDisplay(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = env.get("DISPLAY");
        String wayland = env.get("WAYLAND_DISPLAY");
        return display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }

    /** The leads the window opens with: the size of an agent's working list. */
    static int leadsFor(BenchSize size) {
        return size == BenchSize.FULL ? 100_000 : 10_000;
    }

    /**
     * A data folder whose settings already name the agent (so no first-run dialog waits) and whose
     * database holds {@code leads} leads of that agent: the window starts with data, as an agent's does.
     */
    static Path prepareDataDir(Path work, int leads) throws IOException {
        Path dataDir = work.resolve("data-" + leads);
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"),
                "{\n  \"agent.id\" : \"" + AGENT.value() + "\",\n  \"agent.name\" : \"Benchmark\"\n}\n",
                StandardCharsets.UTF_8);
        Path database = dataDir.resolve("dialdesk.db");
        if (!Files.exists(database)) {
            try (SqliteDatabase db = SqliteDatabase.open(database)) {
                BenchLeads.insert(db, AGENT, leads);
            }
        }
        return dataDir;
    }

    private static List<String> withQuickCompiler(List<String> options) {
        List<String> all = new ArrayList<>(options);
        all.add("-XX:TieredStopAtLevel=1");
        return all;
    }

    /** One training launch that writes a dynamic AppCDS archive; returns the options that use it. */
    private static List<String> trainArchive(Path archive, List<String> program, Map<String, String> env,
                                             String doneLine) throws Exception {
        Files.deleteIfExists(archive);
        launch(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                program, env, doneLine);
        waitForFile(archive);
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
    }

    /** Starts a child JVM and returns the wall time from start to {@code doneLine} on its output. */
    static double launch(List<String> jvmOptions, List<String> program, Map<String, String> env, String doneLine)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(program);
        return time(command, env, doneLine);
    }

    /** Starts {@code command} and returns the wall time from start to {@code doneLine} on its output. */
    static double time(List<String> command, Map<String, String> env, String doneLine) throws Exception {
        return time(command, env, List.of(doneLine))[0];
    }

    /**
     * Starts {@code command} and returns the wall time from start to each of {@code doneLines} on its
     * output (the first line starting with each); every one must come.
     */
    static double[] time(List<String> command, Map<String, String> env, List<String> doneLines) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        // A child that hangs (a dialog nobody answers) must not hang the suite.
        CompletableFuture.runAsync(process::destroyForcibly,
                CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        double[] elapsed = new double[doneLines.size()];
        java.util.Arrays.fill(elapsed, Double.NaN);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                for (int i = 0; i < elapsed.length; i++) {
                    if (line.startsWith(doneLines.get(i)) && Double.isNaN(elapsed[i])) {
                        elapsed[i] = (System.nanoTime() - start) / 1_000_000.0;
                    }
                }
            }
        } finally {
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        for (int i = 0; i < elapsed.length; i++) {
            if (Double.isNaN(elapsed[i])) {
                throw new IllegalStateException("The child JVM ended without printing " + doneLines.get(i) + ": " + command);
            }
        }
        return elapsed;
    }

    private static String mainClass() {
        return "dev.dialdesk.app.Main";
    }

    /** Dynamic AppCDS archives only accept jar files on the class path. */
    private static boolean classPathIsJarsOnly() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                return false;
            }
        }
        return true;
    }

    private static void waitForFile(Path file) throws InterruptedException {
        for (int i = 0; i < 50 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("The AppCDS archive " + file + " was not written");
        }
    }
}
