package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.AgendaSection;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.callbacks.UnscheduledCallback;
import dev.dialdesk.domain.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The agenda as one table: first the callbacks without a time ("No time yet (1)", red), then a header
 * row per section ("Overdue (2)"), then its callbacks. Columns: time, customer, status, then the free text
 * last (kind, note, cancel reason): a long note widens only the last column, time, customer and status stay
 * in view.
 */
final class AgendaTableModel extends AbstractTableModel {

    /**
     * A row: a section header when it holds neither a callback nor a callback without a time; the
     * rows of callbacks without a time (and their header) are in the overdue colour.
     */
    record Row(AgendaSection section, CallbackEntry entry, int count, UnscheduledCallback unscheduled) {
        Row(AgendaSection section, CallbackEntry entry, int count) {
            this(section, entry, count, null);
        }

        boolean isHeader() {
            return entry == null && unscheduled == null;
        }

        boolean isWithoutTime() {
            return unscheduled != null || section == null;
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateTimeFormatter dayTime;
    private final String[] columns;
    private List<Row> rows = List.of();
    private ZoneId zone = ZoneId.systemDefault();
    private LocalDate today = LocalDate.MIN;

    AgendaTableModel(Messages messages) {
        this.messages = messages;
        this.dayTime = DayTime.dayAndTime(messages);
        this.columns = new String[] {messages.get("callbacks.column.time"), messages.get("callbacks.column.customer"),
            messages.get("callbacks.column.status"), messages.get("callbacks.column.what")};
    }

    void show(Agenda agenda) {
        List<Row> next = new ArrayList<>();
        if (!agenda.withoutTime().isEmpty()) {
            next.add(new Row(null, null, agenda.withoutTime().size(), null));
            agenda.withoutTime().forEach(u -> next.add(new Row(null, null, 0, u)));
        }
        for (AgendaSection section : AgendaSection.values()) {
            List<CallbackEntry> entries = agenda.section(section);
            next.add(new Row(section, null, entries.size()));
            entries.forEach(entry -> next.add(new Row(section, entry, 0)));
        }
        rows = next;
        zone = agenda.zone();
        today = agenda.now().atZone(zone).toLocalDate();
        fireTableDataChanged();
    }

    Row row(int index) {
        return rows.get(index);
    }

    /**
     * The index of the first row of {@code section}'s callbacks (null: the callbacks without a time),
     * or -1 when it has none.
     */
    int firstEntryOf(AgendaSection section) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isHeader() && rows.get(i).section() == section) {
                return i;
            }
        }
        return -1;
    }

    /** A section's title row text ("Overdue (2)"); {@code section} null: the callbacks without a time. */
    String sectionTitle(AgendaSection section, int count) {
        return messages.get("callbacks.section." + (section == null ? "WITHOUT_TIME" : section.name()), count);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        Row row = rows.get(rowIndex);
        if (row.isHeader()) {
            return column == 0 ? sectionTitle(row.section(), row.count()) : "";
        }
        if (row.unscheduled() != null) {
            return withoutTime(row.unscheduled(), column);
        }
        Callback c = row.entry().callback();
        return switch (column) {
            case 0 -> time(c);
            case 1 -> row.entry().customerName().isBlank()
                    ? messages.get("callbacks.agenda.lead", c.leadId()) : row.entry().customerName();
            case 2 -> status(c);
            default -> what(c);
        };
    }

    private String withoutTime(UnscheduledCallback u, int column) {
        return switch (column) {
            case 0 -> messages.get("callbacks.withoutTime.time");
            case 1 -> u.customerName().isBlank() ? u.phone().national() : u.customerName();
            case 2 -> messages.get("callbacks.withoutTime.status");
            default -> messages.get("callbacks.withoutTime.what", u.since().atZone(zone).format(dayTime));
        };
    }

    private String time(Callback c) {
        var due = c.dueAt().atZone(zone);
        String text = due.toLocalDate().equals(today) ? due.format(TIME) : due.format(dayTime);
        return c.windowEnd() == null ? text : text + "–" + c.windowEnd().atZone(zone).format(TIME);
    }

    private String what(Callback c) {
        List<String> parts = new ArrayList<>();
        if (c.kind() == CallbackKind.RE_RECORDING) {
            parts.add(messages.get("callbacks.kind.RE_RECORDING"));
        }
        if (c.customerAsked()) {
            parts.add(messages.get("callbacks.agenda.customerAsked"));
        }
        if (!c.note().isBlank()) {
            parts.add(c.note());
        }
        if (c.status() == CallbackStatus.CANCELLED && c.cancelReason() != null && !Callback.UNDONE.equals(c.cancelReason())) {
            parts.add(messages.get("callbacks.agenda.cancelReason", c.cancelReason()));
        }
        return String.join(" · ", parts);
    }

    private String status(Callback c) {
        String status = messages.get("callbacks.status." + c.status().name());
        if (c.status() == CallbackStatus.DONE && c.outcome() != null) {
            String outcome = messages.has("disposition." + c.outcome()) ? messages.get("disposition." + c.outcome()) : c.outcome();
            status = messages.get("callbacks.status.doneWith", outcome);
        } else if (c.status() == CallbackStatus.CANCELLED && Callback.UNDONE.equals(c.cancelReason())) {
            status = status + ": " + messages.get("callbacks.cancel.undone");
        }
        return c.missedAt() != null && c.status() != CallbackStatus.MISSED
                ? status + " " + messages.get("callbacks.status.wasMissed") : status;
    }
}
