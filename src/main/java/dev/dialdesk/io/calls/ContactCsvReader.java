package dev.dialdesk.io.calls;

import dev.dialdesk.service.cases.ContactFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The internal address book as CSV: name (이름), team (팀, 부서), phone (연락처, 전화번호), working hours
 * (근무시간, "09:00-18:00", optional), lunch (점심시간, "12:00-13:00", optional). Name or team may be empty.
 */
public final class ContactCsvReader implements ContactFileReader {

    private static final List<Map.Entry<String, List<String>>> COLUMNS = List.of(
            Map.entry("phone", List.of("phone", "number", "연락처", "전화번호", "내선")),
            Map.entry("name", List.of("name", "이름", "담당자")),
            Map.entry("team", List.of("team", "department", "팀", "부서")),
            Map.entry("hours", List.of("hours", "working_hours", "근무시간", "업무시간")),
            Map.entry("lunch", List.of("lunch", "lunch_break", "점심시간", "점심")));

    @Override
    public List<Row> read(Path file) {
        return HeaderCsv.read(file, COLUMNS, 1).stream().map(r -> new Row(r.line(), r.cell(1), r.cell(2), r.cell(0),
                r.cell(3), r.cell(4))).toList();
    }
}
