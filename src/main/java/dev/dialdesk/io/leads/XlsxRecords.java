package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * One sheet of an {@code .xlsx} workbook, streaming: POI's {@link XSSFReader} opens the package, the
 * shared strings and the styles; the sheet's XML is pulled row by row with StAX, so a 1,000,000-row
 * sheet reads in a small heap. Cells read as Excel shows them ({@link CellText}); the line of a row is
 * its row number in Excel.
 */
final class XlsxRecords implements RecordSource {

    private final Path file;
    private long totalBytes;
    private final OPCPackage pkg;
    private final List<String> sheets = new ArrayList<>();
    private final String sheet;
    private final List<String> strings;
    private final XlsxStyles styles;
    private final CountingInputStream sheetData;
    private final XMLStreamReader xml;
    private final CellText cellText = new CellText();
    private long rowsRead;

    XlsxRecords(Path file, long size, String requestedSheet) {
        this.file = file;
        this.totalBytes = size;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw notAWorkbook(file, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XMLInputFactory factory = factory();
            strings = XlsxStyles.sharedStrings(sharedStrings(reader), factory);
            styles = new XlsxStyles(reader.getStylesData(), factory);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            List<InputStream> streams = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            while (it.hasNext()) {
                streams.add(it.next());
                sheets.add(it.getSheetName());
                sizes.add(it.getSheetPart().getSize());
            }
            int chosen = CellText.chooseSheet(file, sheets, requestedSheet);
            sheet = sheets.get(chosen);
            for (int i = 0; i < streams.size(); i++) {
                if (i != chosen) {
                    streams.get(i).close();
                }
            }
            sheetData = new CountingInputStream(streams.get(chosen));
            if (sizes.get(chosen) > 0) {
                totalBytes = sizes.get(chosen); // progress runs over the sheet's XML
            }
            xml = factory.createXMLStreamReader(sheetData);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            if (e instanceof ImportFailedException failed) {
                throw failed;
            }
            throw notAWorkbook(file, e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static ImportFailedException notAWorkbook(Path file, Exception cause) {
        return new ImportFailedException(new Message("import.error.badWorkbook", file.toString()),
                "Not a readable workbook: " + cause.getClass().getSimpleName(), cause);
    }

    List<String> sheets() {
        return List.copyOf(sheets);
    }

    String sheet() {
        return sheet;
    }

    @Override
    public RawRow next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    long line = r == null ? rowsRead + 1 : Long.parseLong(r);
                    rowsRead = line;
                    List<String> cells = readRow();
                    if (!blank(cells)) {
                        return new RawRow(line, cells);
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ImportFailedException failed) {
                throw failed;
            }
            throw notAWorkbook(file, e);
        }
    }

    private List<String> readRow() throws XMLStreamException {
        List<String> cells = new ArrayList<>(16);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                int column = columnOf(xml.getAttributeValue(null, "r"), cells.size());
                if (column >= CsvRecordReader.MAX_COLUMNS) {
                    throw new ImportFailedException(new Message("import.error.tooManyColumns", file.toString(),
                            String.valueOf(rowsRead), String.valueOf(CsvRecordReader.MAX_COLUMNS)), "Too many columns");
                }
                String text = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(text);
            }
        }
        return cells;
    }

    /** The value of the {@code <c>} element the reader is on, read to its end. */
    private String readCell(String type, String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        boolean inValue = false;
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                inValue = "v".equals(xml.getLocalName());
                inText = "t".equals(xml.getLocalName());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                } else if (inText) {
                    inline.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    break;
                }
                inValue = false;
                inText = false;
            }
        }
        return text(type, style, value.toString(), inline.toString());
    }

    private String text(String type, String style, String value, String inline) {
        if (type == null || "n".equals(type)) {
            if (value.isEmpty()) {
                return "";
            }
            if (style == null) {
                return CellText.plain(value);
            }
            int format = styles.formatIndex(Integer.parseInt(style.strip()));
            return format == 0 ? CellText.plain(value) : cellText.number(value, format, styles.formatString(format));
        }
        return switch (type) {
            case "s" -> value.isEmpty() ? "" : sharedString(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline;
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> value; // "str" (a formula's text) and "d" (an ISO date)
        };
    }

    private String sharedString(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new ImportFailedException(new Message("import.error.badWorkbook", file.toString()),
                    "Shared string " + index + " is missing");
        }
        return strings.get(index);
    }

    /** The shared strings part, or null when the workbook has none (inline strings only). */
    private static InputStream sharedStrings(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    /** The zero-based column of a cell reference such as {@code AB12}; {@code next} when absent. */
    static int columnOf(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? next : column - 1;
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long bytesRead() {
        return Math.min(totalBytes, sheetData.count());
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheetData.close();
        } catch (XMLStreamException | IOException e) {
            throw notAWorkbook(file, e);
        } finally {
            pkg.revert();
        }
    }
}
