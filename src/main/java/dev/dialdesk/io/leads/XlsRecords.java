package dev.dialdesk.io.leads;

import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an old {@code .xls} workbook (BIFF8) through POI's HSSF: such a sheet holds at most
 * 65,536 rows, so the workbook is read whole. Cells read as Excel shows them ({@link CellText}).
 */
final class XlsRecords implements RecordSource {

    private final Path file;
    private final long totalBytes;
    private final HSSFWorkbook workbook;
    private final List<String> sheets = new ArrayList<>();
    private final Sheet sheet;
    private final Iterator<Row> rows;
    private final CellText cellText = new CellText();
    private long rowsRead;

    XlsRecords(Path file, long size, String requestedSheet) {
        this.file = file;
        this.totalBytes = size;
        try {
            workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
        } catch (IOException | RuntimeException e) {
            throw XlsxRecords.notAWorkbook(file, e);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(workbook.getSheetName(i));
        }
        try {
            sheet = workbook.getSheetAt(CellText.chooseSheet(file, sheets, requestedSheet));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        rows = sheet.rowIterator();
    }

    List<String> sheets() {
        return List.copyOf(sheets);
    }

    String sheet() {
        return sheet.getSheetName();
    }

    @Override
    public RawRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            rowsRead = row.getRowNum() + 1L;
            List<String> cells = new ArrayList<>(Math.max(row.getLastCellNum(), 0));
            boolean any = false;
            for (int column = 0; column < row.getLastCellNum(); column++) {
                String text = text(row.getCell(column));
                any |= !text.isBlank();
                cells.add(text);
            }
            if (any) {
                return new RawRow(rowsRead, cells);
            }
        }
        return null;
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> cellText.number(Double.toString(cell.getNumericCellValue()),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    @Override
    public long bytesRead() {
        int last = Math.max(sheet.getLastRowNum() + 1, 1);
        return totalBytes * Math.min(rowsRead, last) / last;
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }
}
