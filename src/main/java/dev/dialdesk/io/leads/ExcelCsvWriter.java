package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.CsvTableWriter;
import dev.dialdesk.service.imports.ImportFailedException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes CSV as UTF-8 with a byte order mark, CRLF line ends and quoting as needed: Excel shows Korean right. */
public final class ExcelCsvWriter implements CsvTableWriter {

    @Override
    public void write(Path target, List<String> header, List<List<String>> rows) {
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            writeRow(out, header);
            for (List<String> row : rows) {
                writeRow(out, row);
            }
        } catch (IOException e) {
            throw new ImportFailedException(new Message("import.error.saveReport", target.toString()),
                    "Cannot write report CSV: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void writeRow(BufferedWriter out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        String text = cell == null ? "" : cell;
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
