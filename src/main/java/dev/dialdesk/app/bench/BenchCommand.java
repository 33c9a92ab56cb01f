package dev.dialdesk.app.bench;

import dev.dialdesk.cli.Args;
import dev.dialdesk.cli.Cli;
import dev.dialdesk.cli.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code dialdesk bench [--size small|full] [--only ID] [--out FILE] [--work DIR]}: generates the data,
 * runs every {@link Benchmark} and writes the table (with the machine it ran on) to {@code --out}.
 */
public final class BenchCommand implements Command {

    private final List<Benchmark> benchmarks;
    private final TeamBench team;

    public BenchCommand(List<Benchmark> benchmarks) {
        this(benchmarks, new TeamBench());
    }

    public BenchCommand(List<Benchmark> benchmarks, TeamBench team) {
        this.benchmarks = List.copyOf(benchmarks);
        this.team = team;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [--size small|full] [--only ID] [--out FILE] [--work DIR] | "
                + "bench --only team --server URL [--agents N|N,N,…] [--seconds S] [--json]";
    }

    @Override
    public String description() {
        return "measure import, search, next lead, stats … beside sqlite3; write the table to FILE";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(rawArgs, Set.of("--size", "--only", "--out", "--work", "--server", "--agents",
                "--seconds"), Set.of("--json"));
        if ("team".equals(args.option("--only"))) {
            return team.run(args, out);
        }
        BenchSize size = BenchSize.valueOf(args.option("--size", "small").toUpperCase(Locale.ROOT));
        Path work = Path.of(args.option("--work", System.getProperty("java.io.tmpdir") + "/dialdesk-bench"));
        Files.createDirectories(work);
        Path sqlite3 = findSqlite3();
        if (sqlite3 == null) {
            err.println("sqlite3 is not installed: baselines will be missing (Debian: apt-get install sqlite3)");
        }
        int repetitions = size == BenchSize.FULL ? 5 : 3;
        Benchmark.BenchContext context = new Benchmark.BenchContext(size, work, sqlite3, repetitions, out);
        List<BenchResult> results = new ArrayList<>();
        String only = args.option("--only");
        for (Benchmark benchmark : benchmarks) {
            if (only != null && !only.equals(benchmark.id()) || only == null && benchmark.onlyWhenNamed()) {
                continue;
            }
            out.println("running " + benchmark.id() + " …");
            List<BenchResult> rows = benchmark.run(context);
            rows.forEach(row -> out.println("  " + format(row)));
            results.addAll(rows);
        }
        if (results.isEmpty()) {
            throw new Cli.UsageException("No benchmark named " + only);
        }
        String table = markdown(size, results, sqlite3);
        String target = args.option("--out");
        if (target != null) {
            Files.writeString(Path.of(target), table, StandardCharsets.UTF_8);
            out.println("wrote " + target);
        } else {
            out.println();
            out.print(table);
        }
        return 0;
    }

    private static String format(BenchResult row) {
        String line = String.format(Locale.ROOT, "%-50s %10.1f ms", row.what(), row.medianMillis());
        if (row.baseline() != null) {
            line += String.format(Locale.ROOT, "   %s %10.1f ms (×%.2f)", row.baseline(), row.baselineMillis(), row.ratio());
        }
        if (row.met() != null) {
            line += row.met() ? "   target met" : "   TARGET MISSED";
        }
        return line;
    }

    static String markdown(BenchSize size, List<BenchResult> results, Path sqlite3) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by `java -jar target/dialdesk.jar bench --size ")
                .append(size.name().toLowerCase(Locale.ROOT)).append(" --out docs/benchmarks.md`")
                .append(" on ").append(LocalDate.now()).append(".\n");
        md.append("Every figure is the median of several runs; baselines ran in the same run on the same files.\n\n");
        md.append("Machine: ").append(MachineInfo.describe(sqlite3)).append("\n\n");
        md.append("| What | Dialdesk (median) | Baseline | Baseline (median) | Ratio | Target | Met |\n");
        md.append("| --- | ---: | --- | ---: | ---: | --- | --- |\n");
        for (BenchResult row : results) {
            md.append("| ").append(row.what())
                    .append(" | ").append(ms(row.medianMillis()))
                    .append(" | ").append(row.baseline() == null ? "–" : row.baseline())
                    .append(" | ").append(row.baseline() == null ? "–" : ms(row.baselineMillis()))
                    .append(" | ").append(Double.isNaN(row.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f×", row.ratio()))
                    .append(" | ").append(row.target() == null ? "–" : row.target())
                    .append(" | ").append(row.met() == null ? "–" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static Path findSqlite3() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "sqlite3");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The machine the figures were measured on. */
    static final class MachineInfo {
        private MachineInfo() {
        }

        static String describe(Path sqlite3) {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst().orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // not Linux: the OS name below says enough
            }
            long memGiB = Math.round(((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024));
            String sqliteVersion = "sqlite3 CLI not installed";
            if (sqlite3 != null) {
                try {
                    Process process = new ProcessBuilder(sqlite3.toString(), "--version").redirectErrorStream(true).start();
                    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                    process.waitFor();
                    sqliteVersion = "sqlite3 " + text.split(" ")[0];
                } catch (IOException e) {
                    sqliteVersion = "sqlite3 (version unknown)";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return String.format(Locale.ROOT, "%s, %d cores, %d GiB, %s %s, Java %s, %s",
                    cpu, Runtime.getRuntime().availableProcessors(), memGiB,
                    System.getProperty("os.name"), System.getProperty("os.arch"),
                    System.getProperty("java.version"), sqliteVersion);
        }
    }
}
