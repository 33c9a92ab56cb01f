package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadSnapshot;
import javax.swing.table.AbstractTableModel;

/**
 * A virtual table over a {@link LeadSnapshot}: row {@code i} is snapshot row {@code rows[i]}. A search
 * hands a new index array; no lead is copied. Cells are read only for the rows on screen.
 */
public final class LeadTableModel extends AbstractTableModel {

    private static final LeadColumn[] COLUMNS = LeadColumn.values();

    private final Messages messages;
    private final String[] statusLabels;
    /** Leads avoiding calls (issue 16): their status reads "부재 · 통화 회피". */
    private java.util.Set<Long> avoiding = java.util.Set.of();
    private final String avoidingLabel;
    /** Callbacks without a time (issue 14): their status reads "예약콜 · 시간 미정". */
    private java.util.Set<Long> withoutTime = java.util.Set.of();
    private final String withoutTimeLabel;
    /** A lead left at "no answer" by a busy line or a phone switched off says so, as the call card does. */
    private final java.util.Map<String, String> noAnswerApart;
    private LeadSnapshot snapshot = LeadSnapshot.empty();
    private int[] rows = new int[0];

    public LeadTableModel(Messages messages) {
        this.messages = messages;
        LeadStatus[] statuses = LeadStatus.values();
        avoidingLabel = messages.get("rules.list.avoiding");
        withoutTimeLabel = messages.get("leads.status.withoutTime");
        noAnswerApart = noAnswerApart(messages);
        statusLabels = new String[statuses.length];
        for (LeadStatus status : statuses) {
            statusLabels[status.ordinal()] = messages.get(status.messageKey());
        }
    }

    /** The labels of the outcomes that leave a lead at "no answer" but read apart: "통화중", "전원꺼짐". */
    static java.util.Map<String, String> noAnswerApart(Messages messages) {
        return java.util.Map.of("BUSY", messages.get("disposition.BUSY"),
                "PHONE_OFF", messages.get("disposition.PHONE_OFF"));
    }

    /** Shows {@code rows} of {@code newSnapshot}, in that order. Call on the event thread. */
    public void setRows(LeadSnapshot newSnapshot, int[] newRows) {
        snapshot = newSnapshot;
        rows = newRows;
        fireTableDataChanged();
    }

    /** The snapshot row shown at {@code viewRow}. */
    public int snapshotRow(int viewRow) {
        return rows[viewRow];
    }

    /** Repaints the row of snapshot row {@code snapshotRow} (its lead's state changed), if it is shown. */
    public void snapshotRowChanged(int snapshotRow) {
        int viewRow = viewRowOf(snapshotRow);
        if (viewRow >= 0) {
            fireTableRowsUpdated(viewRow, viewRow);
        }
    }

    /** The view row showing snapshot row {@code snapshotRow}, or -1 (a linear scan; rarely needed). */
    public int viewRowOf(int snapshotRow) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == snapshotRow) {
                return i;
            }
        }
        return -1;
    }

    /** Marks the leads avoiding calls in the status column. */
    public void markAvoiding(java.util.Set<Long> leadIds) {
        avoiding = java.util.Set.copyOf(leadIds);
        if (rows.length > 0) {
            fireTableRowsUpdated(0, rows.length - 1);
        }
    }

    /** Marks the leads whose callback has no time in the status column. */
    public void markWithoutTime(java.util.Set<Long> leadIds) {
        withoutTime = java.util.Set.copyOf(leadIds);
        if (rows.length > 0) {
            fireTableRowsUpdated(0, rows.length - 1);
        }
    }

    public LeadColumn column(int modelColumn) {
        return COLUMNS[modelColumn];
    }

    @Override
    public int getRowCount() {
        return rows.length;
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get(COLUMNS[column].titleKey());
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return COLUMNS[column] == LeadColumn.ATTEMPTS ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int viewRow, int column) {
        return value(rows[viewRow], COLUMNS[column]);
    }

    /**
     * The widest text of {@code column} by {@code width} over every lead of the list, also those a search
     * hides (a column then keeps its width while the agent types); "" for an empty list.
     */
    public String widestText(LeadColumn column, java.util.function.ToIntFunction<String> width) {
        return dev.dialdesk.ui.common.WidestText.of(snapshot.size(), row -> text(row, column), width);
    }

    /** The text of {@code column} for snapshot row {@code row} ("" for none). */
    String text(int row, LeadColumn column) {
        Object value = value(row, column);
        return value == null ? "" : value.toString();
    }

    private Object value(int row, LeadColumn column) {
        return switch (column) {
            case NAME -> snapshot.name(row);
            case PHONE -> snapshot.phoneNational(row);
            case STATUS -> status(row);
            case ATTEMPTS -> snapshot.attempts(row);
            case AGENT -> snapshot.agent(row);
            case REGION -> snapshot.region(row);
            case PRODUCT -> snapshot.product(row);
            case BATCH -> batchName(snapshot.batch(row));
            case BIRTH_DATE -> snapshot.birthDate(row);
            case SOURCE -> snapshot.source(row);
        };
    }

    /**
     * The status column's text for a lead of the list ("통화중", "부재 · 통화 회피"), when the list holds it
     * with {@code status} (the detail then says the same); null otherwise.
     */
    /** The lead's tries as the list has them, or -1 when it is not listed. */
    public int attemptsOf(long leadId) {
        int row = snapshot.rowOf(leadId);
        return row < 0 ? -1 : snapshot.attempts(row);
    }

    public String statusOf(long leadId, LeadStatus status) {
        int row = snapshot.rowOf(leadId);
        return row >= 0 && snapshot.status(row) == status ? status(row) : null;
    }

    private String status(int row) {
        LeadStatus leadStatus = snapshot.status(row);
        String last = snapshot.lastDisposition(row);
        String status = leadStatus == LeadStatus.NO_ANSWER && last != null && noAnswerApart.containsKey(last)
                ? noAnswerApart.get(last) : statusLabels[leadStatus.ordinal()];
        long id = snapshot.id(row);
        if (withoutTime.contains(id) && snapshot.status(row) == LeadStatus.CALLBACK) {
            status = withoutTime(status, withoutTimeLabel);
        }
        return avoiding.contains(id) ? status + " · " + avoidingLabel : status;
    }

    /** "Callback · no time": a callback status marked as having no time booked (the list and the detail). */
    static String withoutTime(String status, String withoutTimeLabel) {
        return status + " · " + withoutTimeLabel;
    }

    private static String batchName(LeadBatch batch) {
        return batch == null ? "" : batch.name();
    }
}
