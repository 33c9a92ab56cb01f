package dev.dialdesk.io.calls;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CSV file from the centre with a header row, read in the character-set rule
 * ({@link TextFileDecoder}): columns found by any of their names (English or Korean), rows with their
 * spreadsheet line. A file without a required column is refused naming it.
 */
final class HeaderCsv {

    /** One data row: its line and its cells in the order of the wanted columns ("" when missing). */
    record Row(long line, String[] cells) {
        String cell(int column) {
            return cells[column];
        }
    }

    private static final long MAX_BYTES = 16L << 20;
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private HeaderCsv() {
    }

    /**
     * @param columns  the wanted columns in order, each with the header names it may have (lower case)
     * @param required how many of the first columns must be there
     */
    static List<Row> read(Path file, List<Map.Entry<String, List<String>>> columns, int required) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFailedException(new Message("cases.file.tooLarge", file.toString(), MAX_BYTES >> 20),
                        "File " + file.getFileName() + " is larger than " + MAX_BYTES + " bytes");
            }
            text = TextFileDecoder.decode(Files.readAllBytes(file)).text();
        } catch (IOException e) {
            throw new ImportFailedException(new Message("cases.file.unreadable", file.toString()),
                    "Cannot read " + file.getFileName(), e);
        }
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
            int[] index = null;
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                long line = it.getParser().currentTokenLocation().getLineNr();
                if (index == null) {
                    index = header(cells, columns, required, file);
                } else if (!(cells.length == 1 && cells[0].isBlank())) {
                    String[] wanted = new String[index.length];
                    for (int i = 0; i < index.length; i++) {
                        wanted[i] = index[i] < 0 || index[i] >= cells.length || cells[index[i]] == null ? ""
                                : cells[index[i]].strip();
                    }
                    rows.add(new Row(line, wanted));
                }
            }
            if (index == null) {
                throw missing(file, columns.get(0).getKey());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFailedException failed) {
                throw failed;
            }
            throw new ImportFailedException(new Message("cases.file.csv", file.getFileName().toString(),
                    rows.size() + 2L), "Unreadable CSV " + file.getFileName(), e);
        }
        return rows;
    }

    private static int[] header(String[] header, List<Map.Entry<String, List<String>>> columns, int required, Path file) {
        int[] index = new int[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            index[k] = -1;
            for (int i = 0; i < header.length; i++) {
                String name = header[i] == null ? "" : header[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                if (columns.get(k).getValue().contains(name)) {
                    index[k] = i;
                }
            }
            if (index[k] < 0 && k < required) {
                throw missing(file, columns.get(k).getKey());
            }
        }
        return index;
    }

    private static ImportFailedException missing(Path file, String column) {
        return new ImportFailedException(new Message("cases.file.column", file.getFileName().toString(), column),
                "File " + file.getFileName() + " lacks column " + column);
    }
}
