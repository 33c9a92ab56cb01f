package dev.dialdesk.io.calls;

import dev.dialdesk.service.cases.MissedCallFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The phone system's missed-call export: number (발신번호, 전화번호), time (수신시간, 일시), optional name
 * (이름, 발신자).
 */
public final class MissedCallCsvReader implements MissedCallFileReader {

    private static final List<Map.Entry<String, List<String>>> COLUMNS = List.of(
            Map.entry("number", List.of("number", "phone", "caller", "발신번호", "전화번호", "연락처")),
            Map.entry("time", List.of("time", "at", "missed_at", "수신시간", "일시", "시간", "통화일시")),
            Map.entry("name", List.of("name", "이름", "발신자")));

    @Override
    public List<Row> read(Path file) {
        return HeaderCsv.read(file, COLUMNS, 2).stream().map(r -> new Row(r.line(), r.cell(0), r.cell(1), r.cell(2)))
                .toList();
    }
}
