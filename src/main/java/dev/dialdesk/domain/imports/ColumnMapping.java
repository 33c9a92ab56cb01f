package dev.dialdesk.domain.imports;

import dev.dialdesk.domain.LeadField;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which column of an import file fills which lead field, by zero-based column index. Columns not in
 * the map are kept as the lead's extra fields, under their header.
 */
public record ColumnMapping(Map<Integer, LeadField> fieldsByColumn) {

    public ColumnMapping {
        fieldsByColumn = Map.copyOf(fieldsByColumn);
    }

    public Optional<LeadField> fieldOf(int column) {
        return Optional.ofNullable(fieldsByColumn.get(column));
    }

    /** The column holding {@code field}, if any. */
    public Optional<Integer> columnOf(LeadField field) {
        return new TreeMap<>(fieldsByColumn).entrySet().stream()
                .filter(entry -> entry.getValue() == field)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public boolean hasPhone() {
        return fieldsByColumn.containsValue(LeadField.PHONE);
    }
}
