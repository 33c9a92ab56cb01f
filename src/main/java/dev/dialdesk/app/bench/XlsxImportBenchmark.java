package dev.dialdesk.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Lead import from a workbook: the same generated rows as an {@code .xlsx} (written streaming with
 * POI's SXSSF, as Excel would save them: shared strings) and as CSV, each imported by Dialdesk into a
 * fresh database in the same run; the target is the workbook within 2× the CSV's time.
 */
public final class XlsxImportBenchmark implements Benchmark {

    private static final long SEED = 20261201L;
    private static final double DUPLICATE_RATE = 0.01;

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
            writeXlsx(xlsx, rows);
        }
        Path db = context.workDir().resolve("import-xlsx-" + rows + ".db");
        double csvMedian = Stopwatch.median(Stopwatch.time(context.repetitions(), () -> imports.importWithDialdesk(csv, db)));
        double xlsxMedian = Stopwatch.median(Stopwatch.time(context.repetitions(), () -> imports.importWithDialdesk(xlsx, db)));
        ImportBenchmark.deleteDatabase(db);
        return List.of(new BenchResult(String.format(Locale.ROOT, "import %,d leads (.xlsx)", rows), xlsxMedian,
                "the same rows as CSV", csvMedian, "≤ 2× CSV", xlsxMedian <= 2 * csvMedian));
    }

    /** The generator's rows (the same seed as the CSV) as one sheet with a header, all cells text. */
    static void writeXlsx(Path target, int rows) throws IOException {
        LeadDataGenerator generator = new LeadDataGenerator(SEED, DUPLICATE_RATE);
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
        try {
            Sheet sheet = workbook.createSheet("DB");
            write(sheet.createRow(0), LeadDataGenerator.HEADERS.toArray(String[]::new));
            for (int r = 1; r <= rows; r++) {
                write(sheet.createRow(r), generator.next());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
