package dev.dialdesk.app.bench;

import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.GuiLauncher;
import dev.dialdesk.app.StartupReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The installed package's launch to first window with data (issue 17 §3): the package's own launcher
 * ({@code DIALDESK_BENCH_PACKAGE}: the installed folder, e.g. {@code /opt/dialdesk}, or an app image)
 * on the start-up benchmark's data folder (100,000 leads at full size, 10,000 at small), beside, in the
 * same interleaved rounds, the package's Java with the launcher's options but without its class cache,
 * and a bare FlatLaf frame run by the package's Java with the same options. Skipped (and says how to
 * run it) without the variable or without a display. Linux and Windows app layouts.
 */
public final class PackageStartupBenchmark implements Benchmark {

    /** The installed package to measure. */
    public static final String PACKAGE_ENV = "DIALDESK_BENCH_PACKAGE";
    private static final String TARGET = "< 0.8 s";

    @Override
    public String id() {
        return "package";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        String folder = System.getenv(PACKAGE_ENV);
        if (folder == null || folder.isBlank()) {
            return List.of(skipped("no package: set " + PACKAGE_ENV + "=/opt/dialdesk"));
        }
        if (!StartupBenchmark.hasDisplay(System.getProperty("os.name", ""), System.getenv())) {
            return List.of(skipped("no display"));
        }
        InstalledPackage installed = InstalledPackage.in(Path.of(folder));
        int leads = StartupBenchmark.leadsFor(context.size());
        Path dataDir = StartupBenchmark.prepareDataDir(context.workDir().resolve("startup"), leads);
        Map<String, String> env = Map.of(AppPaths.DATA_DIR_ENV, dataDir.toString(),
                GuiLauncher.EXIT_AFTER_STARTUP_ENV, "1");
        List<String> launcher = List.of(installed.launcher().toString(), "--startup-report");
        List<String> noCache = installed.java(installed.optionsWithoutCache(), "dev.dialdesk.app.Main", "--startup-report");
        List<String> bare = installed.java(installed.optionsWithoutCache(), BareWindowMain.class.getName());
        StartupBenchmark.time(launcher, env, StartupBenchmark.REPORT_LINE); // the first start opens the database
        int runs = Math.max(5, context.repetitions());
        double[][] millis = new double[4][runs];
        List<String> bothLines = List.of(StartupBenchmark.REPORT_LINE, StartupReport.ALL_LEADS_LINE);
        for (int round = 0; round < runs; round++) {
            double[] launched = StartupBenchmark.time(launcher, env, bothLines);
            millis[0][round] = launched[0];
            millis[3][round] = launched[1];
            millis[1][round] = StartupBenchmark.time(noCache, env, StartupBenchmark.REPORT_LINE);
            millis[2][round] = StartupBenchmark.time(bare, env, BareWindowMain.DONE);
        }
        String what = String.format("installed package (%s): launch to first window with %,d leads",
                installed.javaVersion(), leads);
        double launched = Stopwatch.median(millis[0]);
        double uncached = Stopwatch.median(millis[1]);
        double frame = Stopwatch.median(millis[2]);
        double wholeList = Stopwatch.median(millis[3]);
        return List.of(
                new BenchResult(what, launched, "bare FlatLaf JFrame, package's Java", frame, TARGET, launched < 800),
                new BenchResult(String.format("installed package (%s): the whole list of %,d leads shown (its first %,d show"
                        + " before)", installed.javaVersion(), leads, GuiLauncher.FIRST_ROWS), wholeList,
                        "bare FlatLaf JFrame, package's Java", frame, null, null),
                new BenchResult(what + ", no class cache", uncached, "bare FlatLaf JFrame, package's Java", frame,
                        null, null));
    }

    private static BenchResult skipped(String why) {
        return new BenchResult("installed package: launch to first window: skipped (" + why + ")", Double.NaN,
                null, Double.NaN, TARGET, null);
    }

    /** An installed package or app image: its launcher, Java, jar and the launcher's Java options. */
    record InstalledPackage(Path launcher, Path javaBinary, Path appDir, List<String> options, String javaVersion) {

        static InstalledPackage in(Path folder) throws IOException {
            boolean windows = Files.isDirectory(folder.resolve("app"));
            Path appDir = windows ? folder.resolve("app") : folder.resolve("lib/app");
            Path runtime = windows ? folder.resolve("runtime") : folder.resolve("lib/runtime");
            Path cfg;
            try (Stream<Path> files = Files.list(appDir)) {
                cfg = files.filter(file -> file.toString().endsWith(".cfg")).findFirst()
                        .orElseThrow(() -> new IOException("No launcher configuration (*.cfg) in " + appDir));
            }
            String name = cfg.getFileName().toString().replace(".cfg", "");
            Path launcher = windows ? folder.resolve(name + ".exe") : folder.resolve("bin").resolve(name);
            Path java = runtime.resolve(windows ? "bin/java.exe" : "bin/java");
            return new InstalledPackage(launcher, java, appDir, launcherOptions(Files.readAllLines(cfg), appDir),
                    releaseVersion(runtime));
        }

        /** The {@code java-options} lines of a jpackage launcher configuration, {@code $APPDIR} filled in. */
        static List<String> launcherOptions(List<String> cfgLines, Path appDir) {
            List<String> options = new ArrayList<>();
            for (String line : cfgLines) {
                if (line.startsWith("java-options=")) {
                    options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir.toString()));
                }
            }
            return options;
        }

        /** The launcher's options less the class cache (AOT cache or AppCDS archive). */
        List<String> optionsWithoutCache() {
            return options.stream().filter(option -> !option.startsWith("-XX:AOTCache=")
                    && !option.startsWith("-XX:SharedArchiveFile=")).toList();
        }

        List<String> java(List<String> jvmOptions, String... program) {
            List<String> command = new ArrayList<>();
            command.add(javaBinary.toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(appDir.resolve("dialdesk.jar").toString());
            command.addAll(List.of(program));
            return command;
        }

        private static String releaseVersion(Path runtime) throws IOException {
            Path release = runtime.resolve("release");
            if (!Files.isRegularFile(release)) {
                return "Java ?";
            }
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return "Java " + line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
            return "Java ?";
        }
    }
}
