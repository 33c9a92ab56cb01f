package dev.dialdesk.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the generator's rows as an {@code .xlsx} (POI's SXSSF, shared strings, all cells text). */
final class XlsxBenchFile {

    private XlsxBenchFile() {
    }

    /** The rows of {@code new LeadDataGenerator(seed, duplicateRate)} under a header, as one sheet. */
    static void write(Path target, int rows, long seed, double duplicateRate) throws IOException {
        LeadDataGenerator generator = new LeadDataGenerator(seed, duplicateRate);
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
