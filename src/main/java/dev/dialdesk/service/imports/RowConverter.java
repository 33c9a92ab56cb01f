package dev.dialdesk.service.imports;

import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import dev.dialdesk.storage.LeadImportSink.NewLead;
import dev.dialdesk.storage.LeadImportSink.StoredIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one raw row into a lead, or into a rejected line with its reason; warnings (a birth date that
 * does not exist) go beside an imported lead. Every argument of a reason is a String, so that the
 * report reads the same after it was stored.
 */
final class RowConverter {

    static final String REJECTED = ImportIssue.Kind.REJECTED.name();
    static final String WARNING = ImportIssue.Kind.WARNING.name();

    private final PhoneParser phones;
    private final int[][] columnsOfField = new int[LeadField.values().length][];
    private List<String> headers = List.of();
    private boolean[] mapped = new boolean[0];
    private ColumnMapping mapping;

    RowConverter(PhoneParser phones) {
        this.phones = phones;
    }

    /** Applies the mapping to these headers; call again when a JSON file shows new keys. */
    void configure(List<String> headers, ColumnMapping mapping) {
        this.headers = List.copyOf(headers);
        this.mapping = mapping;
        mapped = new boolean[headers.size()];
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
        String rawPhone = cell(row, LeadField.PHONE);
        PhoneNumber.Parsed phone = phones.parse(rawPhone);
        if (!phone.ok()) {
            issues.add(new StoredIssue(row.line(), REJECTED, phoneReason(phone.problem(), rawPhone)));
            return null;
        }
        return new NewLead(row.line(), phone.number(), cell(row, LeadField.EXTERNAL_ID), cell(row, LeadField.NAME),
                birthDate(row, issues), gender(row), cell(row, LeadField.REGION), cell(row, LeadField.PRODUCT),
                cell(row, LeadField.SOURCE), cell(row, LeadField.NOTES), extra(row));
    }

    private static Message phoneReason(PhoneNumber.Problem problem, String raw) {
        return switch (problem) {
            case EMPTY -> new Message("import.rejected.noPhone");
            case LETTERS -> new Message("import.rejected.letters", raw.strip());
            case INVALID -> new Message("import.rejected.invalidPhone", raw.strip());
        };
    }

    private java.time.LocalDate birthDate(RawRow row, List<StoredIssue> issues) {
        String raw = cell(row, LeadField.BIRTH_DATE);
        if (raw.isEmpty()) {
            return null;
        }
        LeadValues.BirthDate parsed = LeadValues.birthDate(raw);
        if (parsed.problem() == LeadValues.DateProblem.NONEXISTENT) {
            issues.add(new StoredIssue(row.line(), WARNING, new Message("import.warning.birthDateNonexistent", raw)));
        } else if (parsed.problem() == LeadValues.DateProblem.UNREADABLE) {
            issues.add(new StoredIssue(row.line(), WARNING, new Message("import.warning.birthDateUnreadable", raw)));
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

    /** Every non-empty cell of an unmapped column, under its header ("column 12" when it has none). */
    private Map<String, String> extra(RawRow row) {
        Map<String, String> extra = null;
        List<String> cells = row.cells();
        for (int column = 0; column < cells.size(); column++) {
            if (column < mapped.length && mapped[column]) {
                continue;
            }
            String value = cells.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (extra == null) {
                extra = new LinkedHashMap<>();
            }
            String header = column < headers.size() && !headers.get(column).isBlank()
                    ? headers.get(column) : "#" + (column + 1);
            extra.put(header, value);
        }
        return extra;
    }
}
