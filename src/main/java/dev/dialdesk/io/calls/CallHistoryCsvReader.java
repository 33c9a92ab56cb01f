package dev.dialdesk.io.calls;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.reports.CallHistoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads another dialer's call history CSV in the centre's character-set rule ({@link TextFileDecoder}).
 * Columns are found by header, in English or Korean: agent (상담원), phone (연락처, 전화번호), started_at
 * (통화시작, 시작시간), duration_seconds (통화시간), disposition (결과), premium (보험료, optional).
 */
public final class CallHistoryCsvReader implements CallHistoryReader {

    private static final Map<String, List<String>> HEADERS = Map.of(
            "agent", List.of("agent", "agent_id", "상담원", "상담원id"),
            "phone", List.of("phone", "number", "연락처", "전화번호"),
            "started_at", List.of("started_at", "start", "통화시작", "시작시간", "통화일시"),
            "duration", List.of("duration_seconds", "duration", "통화시간", "통화시간(초)"),
            "disposition", List.of("disposition", "result", "결과", "처리결과"),
            "premium", List.of("premium", "보험료", "월보험료"));
    private static final List<String> REQUIRED = List.of("agent", "phone", "started_at", "duration", "disposition");

    /** The largest call history file read at once (about 500,000 calls); larger ones are split. */
    static final long MAX_BYTES = 64L << 20;

    private final CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    @Override
    public HistoryFile read(Path file) {
        TextFileDecoder.Decoded decoded;
        try {
            // Read whole (it is decoded by the charset rule first): a file past the cap is refused, not an
            // out-of-memory error.
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFailedException(new Message("calls.error.historyTooLarge", file.toString(),
                        MAX_BYTES >> 20), "Call history " + file.getFileName() + " is larger than " + MAX_BYTES + " bytes");
            }
            decoded = TextFileDecoder.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportFailedException(new Message("calls.error.readFile", file.toString()),
                    "Cannot read call history " + file.getFileName(), e);
        }
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(decoded.text())) {
            int[] columns = null;
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                long line = it.getParser().currentTokenLocation().getLineNr();
                if (columns == null) {
                    columns = columns(cells, file);
                } else if (!(cells.length == 1 && cells[0].isBlank())) {
                    rows.add(new Row(line, cell(cells, columns[0]), cell(cells, columns[1]), cell(cells, columns[2]),
                            cell(cells, columns[3]), cell(cells, columns[4]), cell(cells, columns[5])));
                }
            }
            if (columns == null) {
                throw missing(file, "agent");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFailedException failed) {
                throw failed;
            }
            throw new ImportFailedException(new Message("history.error.csv", file.getFileName().toString(),
                    rows.size() + 2L), "Unreadable CSV " + file.getFileName(), e);
        }
        return new HistoryFile(rows, decoded.charset().name());
    }

    private static int[] columns(String[] header, Path file) {
        String[] keys = {"agent", "phone", "started_at", "duration", "disposition", "premium"};
        int[] columns = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            columns[k] = -1;
            for (int i = 0; i < header.length; i++) {
                if (HEADERS.get(keys[k]).contains(header[i].strip().toLowerCase(Locale.ROOT).replace(" ", ""))) {
                    columns[k] = i;
                }
            }
            if (columns[k] < 0 && REQUIRED.contains(keys[k])) {
                throw missing(file, keys[k]);
            }
        }
        return columns;
    }

    private static ImportFailedException missing(Path file, String column) {
        return new ImportFailedException(new Message("history.error.column", file.getFileName().toString(), column),
                "Call history " + file.getFileName() + " lacks column " + column);
    }

    private static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length || cells[index] == null ? "" : cells[index];
    }
}
