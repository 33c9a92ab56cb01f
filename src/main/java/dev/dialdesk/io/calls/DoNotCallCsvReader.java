package dev.dialdesk.io.calls;

import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.calls.NumberListReader;
import dev.dialdesk.domain.imports.HeaderRecognizer;
import dev.dialdesk.service.imports.LeadFileReader;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import dev.dialdesk.service.imports.PhoneCell;
import dev.dialdesk.domain.imports.PhoneParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a do-not-call extract (the centre's list, the financial sector's 두낫콜 export) through the one
 * table reader of the imports: CSV/TSV in any of the character sets, UTF-16, {@code .xlsx}, {@code .xls}
 * and HTML tables. The phone column is chosen by its header (전화번호, 휴대폰, 수신거부번호 …) or, without
 * one, by its values (the column whose cells look like phone numbers: a leading 0 or +, never a
 * customer number such as 21234567); never just "the first column". Numbers are salvaged as in the lead
 * import; a cell with two numbers lists both. Lines without a number are rejected by line.
 */
public final class DoNotCallCsvReader implements NumberListReader {

    /** Rows looked at to choose the phone column by its values. */
    static final int SAMPLE_ROWS = 200;
    private static final Set<String> LIST_HEADERS = Set.of("수신거부번호", "거부번호", "번호", "전화", "number",
            "phone", "msisdn", "수신거부", "donotcall", "dnc");

    private final LeadFileReader files = new LeadFiles();

    @Override
    public NumberList read(Path file, String region) {
        PhoneParser phones = new PhoneParser(region);
        try (LeadFile table = files.open(file, new LeadFileReader.OpenOptions(null, 0, DoNotCallCsvReader::isHeader))) {
            List<String> headers = table.headers();
            int column = headerColumn(headers);
            List<RawRow> rows = new ArrayList<>();
            if (column < 0) { // no header: the first row is a number too
                rows.add(new RawRow(table.headerLine(), headers));
            }
            RawRow row;
            while (rows.size() < SAMPLE_ROWS && (row = table.next()) != null) {
                rows.add(row);
            }
            if (column < 0) {
                column = valueColumn(rows, phones);
            }
            Set<PhoneNumber> numbers = new LinkedHashSet<>();
            List<Integer> rejected = new ArrayList<>();
            for (RawRow sampled : rows) {
                take(sampled, column, phones, numbers, rejected);
            }
            while ((row = table.next()) != null) {
                take(row, column, phones, numbers, rejected);
            }
            return new NumberList(List.copyOf(numbers), rejected, table.charset());
        }
    }

    private static void take(RawRow row, int column, PhoneParser phones, Set<PhoneNumber> numbers, List<Integer> rejected) {
        String cell = column < 0 ? "" : row.cell(column).strip();
        if (cell.startsWith("#")) {
            return; // a comment line of a plain list
        }
        PhoneCell phone = row.problem() == null ? PhoneCell.read(cell, phones) : null;
        if (phone == null || !phone.ok()) {
            rejected.add((int) row.line());
            return;
        }
        numbers.add(phone.number());
        numbers.addAll(phone.alternates());
    }

    private static boolean isHeader(List<String> cells) {
        return headerColumn(cells) >= 0;
    }

    /** The column a header names as the phone (the lead import's names and the lists' own); -1 when none. */
    static int headerColumn(List<String> headers) {
        int phone = -1;
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            boolean listName = LIST_HEADERS.contains(header.replaceAll("[\\s_()\\-]", "").toLowerCase(Locale.ROOT));
            if (HeaderRecognizer.recognise(header).orElse(null) == LeadField.PHONE || listName) {
                if (phone < 0 || isMobile(header)) {
                    phone = i;
                }
            }
        }
        return phone;
    }

    private static boolean isMobile(String header) {
        return header.contains("휴대") || header.contains("핸드폰") || header.toLowerCase(Locale.ROOT).contains("mobile");
    }

    /** The column whose sampled cells are most often written as phone numbers; -1 when none is. */
    static int valueColumn(List<RawRow> rows, PhoneParser phones) {
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int best = -1;
        int bestCount = 0;
        for (int column = 0; column < width; column++) {
            int count = 0;
            for (RawRow row : rows) {
                String cell = PhoneCell.clean(row.cell(column));
                if (looksLikePhone(cell) && PhoneCell.read(cell, phones).ok()) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = column;
                bestCount = count;
            }
        }
        return best;
    }

    /** Written as a phone number: a leading 0 or +, or a mobile without its zero; not a bare customer number. */
    private static boolean looksLikePhone(String cell) {
        String digits = cell.replaceAll("[^0-9+]", "");
        return digits.startsWith("0") || digits.startsWith("+") || digits.matches("1[0-9]{9}");
    }
}
