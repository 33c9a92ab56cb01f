package dev.dialdesk.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Lead import from a workbook: the same generated rows as an {@code .xlsx} (written streaming with
 * POI's SXSSF, as Excel would save them: shared strings) and as CSV, each imported by Dialdesk into a
 * fresh database in the same run; the target is the workbook within 2× the CSV's time.
 */
public final class XlsxImportBenchmark implements Benchmark {

    static final long SEED = 20261201L;
    static final double DUPLICATE_RATE = 0.01;

    private final ImportBenchmark imports;

    public XlsxImportBenchmark(Clock clock) {
        this.imports = new ImportBenchmark(clock);
    }

    @Override
    public String id() {
        return "import-xlsx";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int rows = context.size() == BenchSize.FULL ? 100_000 : 10_000;
        Path csv = context.workDir().resolve("import-xlsx-" + rows + ".csv");
        Path xlsx = context.workDir().resolve("import-xlsx-" + rows + ".xlsx");
        if (!Files.exists(csv) || !Files.exists(xlsx)) {
            LeadDataGenerator.writeCsv(csv, StandardCharsets.UTF_8, rows, SEED, DUPLICATE_RATE);
            XlsxBenchFile.write(xlsx, rows, SEED, DUPLICATE_RATE); // POI loads only when the benchmark runs
        }
        Path db = context.workDir().resolve("import-xlsx-" + rows + ".db");
        double csvMedian = Stopwatch.median(Stopwatch.time(context.repetitions(), () -> imports.importWithDialdesk(csv, db)));
        double xlsxMedian = Stopwatch.median(Stopwatch.time(context.repetitions(), () -> imports.importWithDialdesk(xlsx, db)));
        ImportBenchmark.deleteDatabase(db);
        return List.of(new BenchResult(String.format(Locale.ROOT, "import %,d leads (.xlsx)", rows), xlsxMedian,
                "the same rows as CSV", csvMedian, "≤ 2× CSV", xlsxMedian <= 2 * csvMedian));
    }
}
