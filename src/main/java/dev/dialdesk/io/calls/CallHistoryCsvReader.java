package dev.dialdesk.io.calls;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.domain.imports.HeaderRecognizer;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import dev.dialdesk.service.reports.CallHistoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads another dialer's call history through the one table reader of the imports (CSV/TSV in the
 * centre's character sets, UTF-16, {@code .xlsx}, {@code .xls}, HTML tables; title rows above the
 * header skipped). Columns are found by header, normalised as the lead import does, in English or
 * Korean: agent (상담원, 상담원명), phone (연락처, 전화번호, 고객전화번호), started_at (통화시작, 통화일시),
 * duration (통화시간, 통화시간(초)), disposition (결과, 상담결과), premium (보험료, optional).
 */
public final class CallHistoryCsvReader implements CallHistoryReader {

    private static final Map<String, List<String>> HEADERS = Map.of(
            "agent", List.of("agent", "agentid", "상담원", "상담원id", "상담원명", "상담사", "상담사명", "상담원이름"),
            "phone", List.of("phone", "number", "연락처", "전화번호", "고객전화번호", "고객연락처", "휴대폰", "휴대폰번호",
                    "핸드폰", "고객휴대폰"),
            "started_at", List.of("startedat", "start", "통화시작", "시작시간", "통화일시", "통화시각", "통화시작시간",
                    "발신일시", "일시", "통화일자"),
            "duration", List.of("durationseconds", "duration", "통화시간", "통화길이", "통화시간초"),
            "disposition", List.of("disposition", "result", "결과", "처리결과", "상담결과", "통화결과"),
            "premium", List.of("premium", "보험료", "월보험료"));
    private static final List<String> KEYS = List.of("agent", "phone", "started_at", "duration", "disposition", "premium");
    private static final List<String> REQUIRED = KEYS.subList(0, 5);

    /** The largest call history file read at once (about 500,000 calls); larger ones are split. */
    static final long MAX_BYTES = 64L << 20;

    private final LeadFileReader files = new LeadFiles();

    @Override
    public HistoryFile read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFailedException(new Message("calls.error.historyTooLarge", file.toString(),
                        MAX_BYTES >> 20), "Call history " + file.getFileName() + " is larger than " + MAX_BYTES + " bytes");
            }
        } catch (IOException e) {
            throw new ImportFailedException(new Message("calls.error.readFile", file.toString()),
                    "Cannot read call history " + file.getFileName(), e);
        }
        LeadFileReader.OpenOptions options = new LeadFileReader.OpenOptions(null, 0,
                cells -> columns(cells)[1] >= 0 && columns(cells)[0] >= 0);
        try (LeadFile table = files.open(file, options)) {
            int[] columns = columns(table.headers());
            for (int k = 0; k < REQUIRED.size(); k++) {
                if (columns[k] < 0) {
                    throw missing(file, REQUIRED.get(k));
                }
            }
            List<Row> rows = new ArrayList<>();
            RawRow row;
            while ((row = table.next()) != null) {
                rows.add(new Row(row.line(), row.cell(columns[0]), row.cell(columns[1]), row.cell(columns[2]),
                        row.cell(columns[3]), row.cell(columns[4]), columns[5] < 0 ? "" : row.cell(columns[5]),
                        row.problem()));
            }
            return new HistoryFile(rows, table.charset());
        }
    }

    private static int[] columns(List<String> header) {
        int[] columns = new int[KEYS.size()];
        for (int k = 0; k < KEYS.size(); k++) {
            columns[k] = -1;
            List<String> names = HEADERS.get(KEYS.get(k));
            for (int i = 0; i < header.size() && columns[k] < 0; i++) {
                if (names.contains(HeaderRecognizer.normalise(header.get(i)))) {
                    columns[k] = i;
                }
            }
        }
        return columns;
    }

    private static ImportFailedException missing(Path file, String column) {
        return new ImportFailedException(new Message("history.error.column", file.getFileName().toString(), column),
                "Call history " + file.getFileName() + " lacks column " + column);
    }
}
