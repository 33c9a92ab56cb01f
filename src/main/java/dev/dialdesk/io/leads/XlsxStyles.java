package dev.dialdesk.io.leads;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number formats of an {@code .xlsx}'s cell styles ({@code styles.xml}: the format of each cell
 * style, {@code cellXfs}, by its index) and its shared strings ({@code sharedStrings.xml}), read with
 * StAX. POI's own {@code StylesTable} and {@code ReadOnlySharedStringsTable.getItemAt} go through
 * XMLBeans objects, which cost seconds on every import and several times the reading of the sheet.
 */
final class XlsxStyles {

    private final List<Integer> formatOfStyle = new ArrayList<>();
    private final Map<Integer, String> customFormats = new HashMap<>();

    XlsxStyles(InputStream styles, XMLInputFactory factory) throws XMLStreamException, IOException {
        if (styles == null) {
            return;
        }
        try (InputStream in = styles) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("numFmt".equals(name)) {
                        customFormats.put(number(xml.getAttributeValue(null, "numFmtId")),
                                xml.getAttributeValue(null, "formatCode"));
                    } else if ("cellXfs".equals(name)) {
                        inCellXfs = true;
                    } else if (inCellXfs && "xf".equals(name)) {
                        formatOfStyle.add(number(xml.getAttributeValue(null, "numFmtId")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    inCellXfs = false;
                }
            }
            xml.close();
        }
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The text of every shared string, in order: the {@code <t>} of each {@code <si>}, phonetic runs left out. */
    static List<String> sharedStrings(InputStream data, XMLInputFactory factory) throws XMLStreamException, IOException {
        List<String> strings = new ArrayList<>();
        if (data == null) {
            return strings;
        }
        try (InputStream in = data) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    phonetic += "rPh".equals(name) ? 1 : 0;
                    inText = "t".equals(name) && phonetic == 0;
                    if ("si".equals(name)) {
                        text.setLength(0);
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    phonetic -= "rPh".equals(name) ? 1 : 0;
                    inText = false;
                    if ("si".equals(name)) {
                        strings.add(text.toString());
                    }
                }
            }
            xml.close();
        }
        return strings;
    }

    /** The number format index of a cell style; 0 (General) when unknown. */
    int formatIndex(int style) {
        return style >= 0 && style < formatOfStyle.size() ? formatOfStyle.get(style) : 0;
    }

    /** The format string of a number format index; "General" when unknown. */
    String formatString(int index) {
        String custom = customFormats.get(index);
        if (custom != null) {
            return custom;
        }
        String builtin = index < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX ? BuiltinFormats.getBuiltinFormat(index) : null;
        return builtin == null ? "General" : builtin;
    }
}
