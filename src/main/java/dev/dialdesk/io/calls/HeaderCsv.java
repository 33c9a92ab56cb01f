package dev.dialdesk.io.calls;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small table file from the centre with a header row (the address book, the missed-call export), read
 * through the one table reader of the imports ({@link LeadFiles}: CSV/TSV in UTF-8, CP949 or UTF-16,
 * {@code .xlsx}, {@code .xls}, HTML tables): columns found by any of their names (English or Korean),
 * title rows above the header skipped, rows with their spreadsheet line. A file without a required
 * column, or with a damaged line, is refused naming it.
 */
final class HeaderCsv {

    /** One data row: its line and its cells in the order of the wanted columns ("" when missing). */
    record Row(long line, String[] cells) {
        String cell(int column) {
            return cells[column];
        }
    }

    private static final long MAX_BYTES = 16L << 20;
    private static final LeadFileReader FILES = new LeadFiles();

    private HeaderCsv() {
    }

    /**
     * @param columns  the wanted columns in order, each with the header names it may have (lower case)
     * @param required how many of the first columns must be there
     */
    static List<Row> read(Path file, List<Map.Entry<String, List<String>>> columns, int required) {
        LeadFileReader.OpenOptions options = new LeadFileReader.OpenOptions(null, 0,
                cells -> column(cells, columns.get(0).getValue()) >= 0);
        try (LeadFile table = FILES.open(file, options)) {
            if (table.totalBytes() > MAX_BYTES) {
                throw new ImportFailedException(new Message("cases.file.tooLarge", file.toString(), MAX_BYTES >> 20),
                        "File " + file.getFileName() + " is larger than " + MAX_BYTES + " bytes");
            }
            int[] index = header(table.headers(), columns, required, file);
            List<Row> rows = new ArrayList<>();
            RawRow row;
            while ((row = table.next()) != null) {
                if (row.problem() != null) {
                    throw new ImportFailedException(new Message("cases.file.line", file.getFileName().toString(),
                            row.line(), row.problem()), "File " + file.getFileName() + " line " + row.line() + " damaged");
                }
                String[] wanted = new String[index.length];
                for (int i = 0; i < index.length; i++) {
                    wanted[i] = index[i] < 0 ? "" : row.cell(index[i]).strip();
                }
                rows.add(new Row(row.line(), wanted));
            }
            return rows;
        }
    }

    private static int[] header(List<String> header, List<Map.Entry<String, List<String>>> columns, int required,
            Path file) {
        int[] index = new int[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            index[k] = column(header, columns.get(k).getValue());
            if (index[k] < 0 && k < required) {
                throw new ImportFailedException(new Message("cases.file.column", file.getFileName().toString(),
                        columns.get(k).getKey()), "File " + file.getFileName() + " lacks column " + columns.get(k).getKey());
            }
        }
        return index;
    }

    /** The last header cell that is one of {@code names}; -1 when none is. */
    private static int column(List<String> header, List<String> names) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT).replace(" ", "");
            if (names.contains(name)) {
                found = i;
            }
        }
        return found;
    }
}
