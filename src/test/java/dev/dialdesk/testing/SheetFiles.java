package dev.dialdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes workbooks as the centres' files are: {@code .xlsx} and {@code .xls} with named sheets, rows of
 * cells where a cell is text, or a number ({@link Num}) with a number format, or a date ({@link Date}).
 */
public final class SheetFiles {

    /** A numeric cell with an Excel number format ("General", "0##########", "yyyy-mm-dd" …). */
    public record Num(double value, String format) {
    }

    /** A sheet: its name and rows (each a list of String, {@link Num} or null). */
    public record SheetData(String name, List<List<Object>> rows) {
    }

    private SheetFiles() {
    }

    public static Path xlsx(Path file, SheetData... sheets) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            return write(workbook, file, sheets);
        }
    }

    public static Path xls(Path file, SheetData... sheets) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            return write(workbook, file, sheets);
        }
    }

    /**
     * A large {@code .xlsx} written streaming (SXSSF keeps 100 rows in memory): a header, then
     * {@code rows} leads with distinct mobile numbers (some stored as numbers, as Excel does).
     */
    public static Path largeXlsx(Path file, int rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("배정DB");
            Row header = sheet.createRow(0);
            String[] names = {"고객명", "연락처", "생년월일", "성별", "지역", "상품"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("고객" + r);
                String phone = String.format("010%08d", 20_000_000 + r);
                if (r % 2 == 0) {
                    row.createCell(1).setCellValue(Double.parseDouble(phone)); // Excel dropped the leading zero
                } else {
                    row.createCell(1).setCellValue(phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7));
                }
                row.createCell(2).setCellValue("1975-03-02");
                row.createCell(3).setCellValue(r % 2 == 0 ? "남" : "여");
                row.createCell(4).setCellValue("서울 강남구");
                row.createCell(5).setCellValue("암보험");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
        return file;
    }

    private static Path write(Workbook workbook, Path file, SheetData... sheets) throws IOException {
        for (SheetData data : sheets) {
            Sheet sheet = workbook.createSheet(data.name());
            for (int r = 0; r < data.rows().size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = data.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    fill(workbook, row.createCell(c), cells.get(c));
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Workbook workbook, Cell cell, Object value) {
        if (value instanceof Num number) {
            cell.setCellValue(number.value());
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(number.format()));
            cell.setCellStyle(style);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
