package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import dev.dialdesk.domain.imports.PhoneParser;
import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.LeadPhones;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.ResidentNumbers;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import dev.dialdesk.storage.LeadImportSink.NewLead;
import dev.dialdesk.storage.LeadImportSink.StoredIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one raw row into a lead, or into a rejected line with its reason; warnings (a birth date that
 * does not exist) go beside an imported lead. Every argument of a reason is a String, so that the
 * report reads the same after it was stored.
 *
 * <p>A resident registration number never gets through: its column (by header, or by its values in an
 * unmapped column) is dropped, a number inside other text is masked, and the birth date and gender are
 * taken from it when the file has none; the report says so once per column. The other numbers of the
 * customer (other phone columns, a second number in the cell) and the number's extension and note are
 * kept beside it in the extra fields, under the phone column's header.
 */
final class RowConverter {

    static final String REJECTED = ImportIssue.Kind.REJECTED.name();
    static final String WARNING = ImportIssue.Kind.WARNING.name();

    private final PhoneParser phones;
    private final LocalDate today;
    private boolean[] residentReported = new boolean[0];
    private final int[][] columnsOfField = new int[LeadField.values().length][];
    private List<String> headers = List.of();
    private boolean[] mapped = new boolean[0];
    private ColumnMapping mapping;

    RowConverter(PhoneParser phones, LocalDate today) {
        this.phones = phones;
        this.today = today;
    }

    /** Applies the mapping to these headers; call again when a JSON file shows new keys. */
    void configure(List<String> headers, ColumnMapping mapping) {
        this.headers = List.copyOf(headers);
        this.mapping = mapping;
        mapped = new boolean[headers.size()];
        residentReported = java.util.Arrays.copyOf(residentReported, Math.max(residentReported.length, headers.size()));
        Map<Integer, LeadField> byColumn = new TreeMap<>(mapping.fieldsByColumn());
        for (LeadField field : LeadField.values()) {
            columnsOfField[field.ordinal()] = byColumn.entrySet().stream()
                    .filter(entry -> entry.getValue() == field)
                    .mapToInt(Map.Entry::getKey)
                    .toArray();
        }
        byColumn.keySet().forEach(column -> {
            if (column < mapped.length) {
                mapped[column] = true;
            }
        });
    }

    int headerCount() {
        return headers.size();
    }

    ColumnMapping mapping() {
        return mapping;
    }

    /** The lead of {@code row}, or null when the line is rejected; issues are added to {@code issues}. */
    NewLead convert(RawRow row, List<StoredIssue> issues) {
        if (row.problem() != null) {
            issues.add(new StoredIssue(row.line(), REJECTED, row.problem()));
            return null;
        }
        PhoneCell phone = PhoneCell.read(cell(row, LeadField.PHONE), phones);
        if (!phone.ok()) {
            issues.add(new StoredIssue(row.line(), REJECTED, phone.problem()));
            return null;
        }
        if (phone.warning() != null) {
            issues.add(new StoredIssue(row.line(), WARNING, phone.warning()));
        }
        Map<String, String> extra = extra(row, issues);
        ResidentNumbers.Born born = residentNumber(row, issues);
        LocalDate birthDate = birthDate(row, issues, extra);
        Gender gender = gender(row);
        if (born != null) {
            birthDate = birthDate == null && cell(row, LeadField.BIRTH_DATE).isEmpty() ? born.birthDate() : birthDate;
            gender = gender == Gender.UNKNOWN ? born.gender() : gender;
        }
        extra = phoneExtras(row, phone, extra);
        return new NewLead(row.line(), phone.number(), safe(cell(row, LeadField.EXTERNAL_ID)), safe(cell(row, LeadField.NAME)),
                birthDate, gender, safe(cell(row, LeadField.REGION)), safe(cell(row, LeadField.PRODUCT)),
                safe(cell(row, LeadField.SOURCE)), safe(cell(row, LeadField.NOTES)), extra.isEmpty() ? null : extra);
    }

    private static String safe(String text) {
        return ResidentNumbers.scrub(text);
    }

    /** What a resident number column (or one found among the extras) tells; null when none. */
    private ResidentNumbers.Born residentNumber(RawRow row, List<StoredIssue> issues) {
        ResidentNumbers.Born born = null;
        for (int column : columnsOfField[LeadField.RESIDENT_NUMBER.ordinal()]) {
            String value = row.cell(column).strip();
            if (!value.isEmpty()) {
                reportResident(row.line(), column, issues);
                if (born == null) {
                    born = ResidentNumbers.read(value, true).orElse(null);
                }
            }
        }
        for (int column = 0; column < row.cells().size() && born == null; column++) {
            if (!(column < mapped.length && mapped[column]) && ResidentNumbers.contains(row.cells().get(column))) {
                born = ResidentNumbers.read(row.cells().get(column), false).orElse(null);
            }
        }
        return born;
    }

    private void reportResident(long line, int column, List<StoredIssue> issues) {
        if (column < residentReported.length && !residentReported[column]) {
            residentReported[column] = true;
            issues.add(new StoredIssue(line, WARNING, new Message("import.warning.residentNumberDropped", headerOf(column))));
        }
    }

    /** The other numbers, the extension and the note of the phone, under the phone column's header. */
    private Map<String, String> phoneExtras(RawRow row, PhoneCell phone, Map<String, String> extra) {
        Map<String, String> out = extra;
        String header = phoneHeader();
        if (!phone.alternates().isEmpty()) {
            out.put(header + LeadPhones.ALTERNATE_MARK, String.join(LeadPhones.SEPARATOR,
                    phone.alternates().stream().map(PhoneNumber::national).toList()));
        }
        if (!phone.extension().isEmpty()) {
            out.put(header + LeadPhones.EXTENSION_MARK, phone.extension());
        }
        if (!phone.note().isEmpty()) {
            out.put(header + " (note)", safe(phone.note()));
        }
        for (int column : columnsOfField[LeadField.ALTERNATE_PHONE.ordinal()]) {
            String value = row.cell(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            PhoneCell other = PhoneCell.read(value, phones);
            if (other.ok()) {
                List<PhoneNumber> numbers = new ArrayList<>(List.of(other.number()));
                numbers.addAll(other.alternates());
                out.put(headerOf(column) + LeadPhones.ALTERNATE_MARK,
                        String.join(LeadPhones.SEPARATOR, numbers.stream().map(PhoneNumber::national).toList()));
            } else {
                out.put(headerOf(column), safe(value));
            }
        }
        return out;
    }

    private String phoneHeader() {
        int[] columns = columnsOfField[LeadField.PHONE.ordinal()];
        return columns.length > 0 ? headerOf(columns[0]) : "phone";
    }

    /** A column's header, "#12" when it has none. */
    private String headerOf(int column) {
        return column < headers.size() && !headers.get(column).isBlank() ? headers.get(column) : "#" + (column + 1);
    }

    private LocalDate birthDate(RawRow row, List<StoredIssue> issues, Map<String, String> extra) {
        String raw = cell(row, LeadField.BIRTH_DATE);
        if (raw.isEmpty()) {
            return null;
        }
        LeadValues.BirthDate parsed = LeadValues.birthDate(raw, today);
        if (parsed.problem() == LeadValues.DateProblem.NONEXISTENT) {
            issues.add(new StoredIssue(row.line(), WARNING, new Message("import.warning.birthDateNonexistent", raw)));
        } else if (parsed.problem() == LeadValues.DateProblem.UNREADABLE && !ResidentNumbers.contains(raw)) {
            issues.add(new StoredIssue(row.line(), WARNING, new Message("import.warning.birthDateUnreadable", raw)));
            extra.put(headerOf(columnsOfField[LeadField.BIRTH_DATE.ordinal()][0]), safe(raw));
        }
        return parsed.date();
    }

    private Gender gender(RawRow row) {
        return LeadValues.gender(cell(row, LeadField.GENDER));
    }

    /** The field's value: from its first column with a value, when several columns name it. */
    private String cell(RawRow row, LeadField field) {
        for (int column : columnsOfField[field.ordinal()]) {
            String value = row.cell(column).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /**
     * Every non-empty cell of an unmapped column, under its header ("#12" when it has none); a cell that
     * holds a resident registration number is dropped and reported once for its column.
     */
    private Map<String, String> extra(RawRow row, List<StoredIssue> issues) {
        Map<String, String> extra = new LinkedHashMap<>();
        List<String> cells = row.cells();
        for (int column = 0; column < cells.size(); column++) {
            if (column < mapped.length && mapped[column]) {
                continue;
            }
            String value = cells.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (ResidentNumbers.contains(value)) {
                if (column >= residentReported.length) {
                    residentReported = java.util.Arrays.copyOf(residentReported, column + 1);
                }
                reportResident(row.line(), column, issues);
                continue;
            }
            extra.put(headerOf(column), value);
        }
        return extra;
    }
}
