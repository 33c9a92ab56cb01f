package dev.dialdesk.app.bench;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.leads.ExcelCsvWriter;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.imports.DefaultLeadImportService;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lead import: Dialdesk importing a generated CSV (mixed phone forms, ~1% duplicates) into a fresh
 * database, beside the {@code sqlite3} CLI's {@code .import} of the same file into a table with the same
 * columns and a unique index on the phone column, in WAL mode with {@code synchronous=FULL} as Dialdesk's
 * database. Both timings cover the import only, not creating the empty database.
 */
public final class ImportBenchmark implements Benchmark {

    private static final long SEED = 20261122L;
    private static final double DUPLICATE_RATE = 0.01;

    private final Clock clock;

    public ImportBenchmark(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "import";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        int large = context.size().leads;
        int small = context.size() == BenchSize.FULL ? 100_000 : Math.max(1_000, large / 10);
        results.add(measure(context, large, "≤ 1.5× sqlite3", true));
        results.add(measure(context, small, context.size() == BenchSize.FULL ? "< 1.5 s" : null, false));
        return results;
    }

    private BenchResult measure(BenchContext context, int rows, String target, boolean ratioTarget) throws Exception {
        Path csv = context.workDir().resolve("import-" + rows + ".csv");
        if (!Files.exists(csv)) {
            LeadDataGenerator.writeCsv(csv, StandardCharsets.UTF_8, rows, SEED, DUPLICATE_RATE);
        }
        Path db = context.workDir().resolve("import-" + rows + ".db");
        double[] dialdesk = Stopwatch.time(context.repetitions(), () -> importWithDialdesk(csv, db));
        double dialdeskMedian = Stopwatch.median(dialdesk);
        String what = String.format(Locale.ROOT, "import %,d leads (CSV)", rows);
        if (!context.hasSqlite3()) {
            return new BenchResult(what, dialdeskMedian, null, Double.NaN, target,
                    ratioTarget ? null : target == null ? null : dialdeskMedian < 1_500);
        }
        Path baselineDb = context.workDir().resolve("import-" + rows + "-sqlite3.db");
        double[] baseline = new double[context.repetitions()];
        for (int i = 0; i < baseline.length; i++) {
            baseline[i] = importWithSqlite3(context.sqlite3(), csv, baselineDb);
        }
        double baselineMedian = Stopwatch.median(baseline);
        deleteDatabase(db);
        deleteDatabase(baselineDb);
        Boolean met = target == null ? null
                : ratioTarget ? dialdeskMedian <= 1.5 * baselineMedian : dialdeskMedian < 1_500;
        return new BenchResult(what, dialdeskMedian, "sqlite3 .import", baselineMedian, target, met);
    }

    /** Not timed: opening a fresh database. Timed by the caller: everything else. */
    void importWithDialdesk(Path csv, Path db) throws IOException {
        deleteDatabase(db);
        try (SqliteDatabase database = SqliteDatabase.open(db)) {
            DefaultLeadImportService service = new DefaultLeadImportService(new LeadFiles(),
                    new JdbcLeadImportSink(database, clock, DefaultLeadImportService.MAX_REPORTED_ISSUES),
                    new ExcelCsvWriter(), Settings.inMemory(), Messages.forLocale(Locale.ENGLISH), clock);
            ImportReport report = service.importFile(new ImportRequest(csv, new AgentId("BENCH"), "bench", null),
                    ImportProgress.NONE);
            if (report.imported() == 0) {
                throw new IllegalStateException("benchmark import imported nothing");
            }
        }
    }

    /** Creates the empty table (not timed), then times {@code .import} alone. */
    private static double importWithSqlite3(Path sqlite3, Path csv, Path db) throws IOException, InterruptedException {
        deleteDatabase(db);
        String columns = String.join(", ", LeadDataGenerator.HEADERS.stream().map(h -> "\"" + h + "\" TEXT").toList());
        run(sqlite3, db, "PRAGMA journal_mode=WAL; CREATE TABLE lead(" + columns + "); "
                + "CREATE UNIQUE INDEX lead_phone ON lead(\"연락처\");");
        long start = System.nanoTime();
        run(sqlite3, db, null, "-cmd", "PRAGMA synchronous=FULL", "-cmd", ".mode csv",
                "-cmd", ".import --skip 1 " + csv.toAbsolutePath() + " lead");
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static void run(Path sqlite3, Path db, String sql, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(sqlite3.toString());
        command.addAll(List.of(options));
        command.add(db.toAbsolutePath().toString());
        if (sql != null) {
            command.add(sql);
        } else {
            command.add("SELECT 1;");
        }
        // .import reports each duplicate on stderr: discarded, as Dialdesk's report is not printed either.
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.waitFor();
    }

    static void deleteDatabase(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
    }
}
