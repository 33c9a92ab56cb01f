package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.CsvTableWriter;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.storage.PrivateFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The one CSV writer: UTF-8 with a byte order mark, CRLF line ends and quoting as needed, so that Excel
 * shows Korean right. Files are owner-only and replaced atomically. A cell that a spreadsheet would
 * read as a formula ({@code = + - @}, or a tab or carriage return first) is written with a leading
 * {@code '}, so that an imported name like {@code =HYPERLINK(…)} stays text.
 */
public final class ExcelCsvWriter implements CsvTableWriter {

    @Override
    public void write(Path target, List<String> header, List<List<String>> rows) {
        try {
            PrivateFiles.writeAtomically(target, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.write('\uFEFF');
                writeTable(writer, header, rows);
                writer.flush();
            });
        } catch (IOException e) {
            throw new ImportFailedException(new Message("import.error.saveReport", target.toString()),
                    "Cannot write report CSV: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Writes the header and the rows (no byte order mark): for files that start with a line of their own. */
    public static void writeTable(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        writeRow(out, header);
        for (List<String> row : rows) {
            writeRow(out, row);
        }
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(neutralise(cells.get(i))));
        }
        out.write("\r\n");
    }

    /** The cell as text a spreadsheet does not run: a leading {@code '} before a formula's first character. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    static String quote(String cell) {
        String text = cell == null ? "" : cell;
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
