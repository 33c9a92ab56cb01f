package dev.dialdesk.ui.imports;

import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.imports.ColumnMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column mapping the agent is editing: which lead field each file column fills, or none (kept as
 * an extra field). A field fills at most one column: choosing it for a column frees it elsewhere (other
 * phones and resident number columns excepted: a file may have several).
 */
final class MappingModel {

    private final List<String> headers;
    private final LeadField[] fields;

    MappingModel(List<String> headers, ColumnMapping suggested) {
        this.headers = List.copyOf(headers);
        this.fields = new LeadField[headers.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = suggested == null ? null : suggested.fieldOf(i).orElse(null);
        }
    }

    int columnCount() {
        return fields.length;
    }

    String header(int column) {
        return headers.get(column);
    }

    /** The field of {@code column}, or null when it is kept as an extra field. */
    LeadField fieldOf(int column) {
        return fields[column];
    }

    /**
     * Sets the field of {@code column} (null: keep as extra).
     *
     * @return the other column that held {@code field} and now keeps its value as extra, or -1
     */
    int set(int column, LeadField field) {
        int freed = -1;
        if (field != null && field != LeadField.ALTERNATE_PHONE && field != LeadField.RESIDENT_NUMBER) {
            for (int i = 0; i < fields.length; i++) {
                if (i != column && fields[i] == field) {
                    fields[i] = null;
                    freed = i;
                }
            }
        }
        fields[column] = field;
        return freed;
    }

    boolean hasPhone() {
        for (LeadField field : fields) {
            if (field == LeadField.PHONE) {
                return true;
            }
        }
        return false;
    }

    ColumnMapping toMapping() {
        Map<Integer, LeadField> map = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                map.put(i, fields[i]);
            }
        }
        return new ColumnMapping(map);
    }
}
