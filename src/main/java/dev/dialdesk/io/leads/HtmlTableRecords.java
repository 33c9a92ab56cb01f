package dev.dialdesk.io.leads;

import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The web admin's "Excel download": an HTML table saved as {@code .xls}, read with jsoup as the table it
 * is (the largest table of the page; each {@code tr} a row, its {@code th} and {@code td} the cells). The
 * character set comes from the page's {@code <meta charset>} (often EUC-KR/CP949); without one, the
 * file's own rule (strict UTF-8, else MS949).
 */
final class HtmlTableRecords implements RecordSource {

    private final long totalBytes;
    private final String charset;
    private final Iterator<Element> rows;
    private final int rowCount;
    private long line;

    HtmlTableRecords(Path file, FileSniffer.Sniffed sniffed) {
        this.totalBytes = sniffed.size();
        Document page;
        try (InputStream in = Files.newInputStream(file)) {
            String declared = declaresCharset(file) ? null : sniffed.charset().name();
            page = Jsoup.parse(in, declared, "");
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
        this.charset = page.charset().name();
        Element table = null;
        for (Element candidate : page.select("table")) {
            if (table == null || candidate.select("tr").size() > table.select("tr").size()) {
                table = candidate;
            }
        }
        List<Element> trs = table == null ? List.of() : table.select("tr");
        this.rows = trs.iterator();
        this.rowCount = Math.max(trs.size(), 1);
    }

    private static boolean declaresCharset(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return head.contains("charset");
        }
    }

    String charset() {
        return charset;
    }

    @Override
    public RawRow next() {
        while (rows.hasNext()) {
            Element tr = rows.next();
            line++;
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Element cell : tr.select("> th, > td")) {
                String text = cell.text().replace('\u00A0', ' ').strip();
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                return new RawRow(line, cells);
            }
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return totalBytes * line / rowCount;
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        // parsed whole on opening: nothing is held open
    }
}
