package dev.dialdesk.ui.calls.settings;

import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.RetryRule;
import dev.dialdesk.domain.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The dispositions as the settings dialog edits them: key (position), label, flags and retry rule.
 * {@link #dispositions()} builds the records and so applies their rules (a final outcome has no retry).
 */
final class DispositionTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"position", "code", "label", "contact", "final", "sale", "doNotCall",
        "delay", "maxAttempts"};

    private final Messages messages;
    private final List<Row> rows = new ArrayList<>();

    DispositionTableModel(Messages messages, List<Disposition> dispositions) {
        this.messages = messages;
        dispositions.forEach(d -> rows.add(new Row(d)));
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("callsettings.dispositions." + COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (COLUMNS[column]) {
            case "position", "delay", "maxAttempts" -> Integer.class;
            case "contact", "final", "sale", "doNotCall" -> Boolean.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        String name = COLUMNS[column];
        boolean retry = rows.get(row).kind == RetryRule.Kind.RETRY;
        return !"code".equals(name) && (retry || !"delay".equals(name) && !"maxAttempts".equals(name));
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        Row row = rows.get(rowIndex);
        return switch (COLUMNS[column]) {
            case "position" -> row.position;
            case "code" -> row.code;
            case "label" -> row.label.isBlank() ? messages.get("disposition." + row.code) : row.label;
            case "contact" -> row.contact;
            case "final" -> row.finalOutcome;
            case "sale" -> row.sale;
            case "doNotCall" -> row.doNotCall;
            case "delay" -> row.kind == RetryRule.Kind.RETRY ? row.delayMinutes : null;
            default -> row.kind == RetryRule.Kind.RETRY ? row.maxAttempts : null;
        };
    }

    @Override
    public void setValueAt(Object value, int rowIndex, int column) {
        Row row = rows.get(rowIndex);
        switch (COLUMNS[column]) {
            case "position" -> row.position = value == null ? 0 : (Integer) value;
            case "label" -> row.label = labelOf(row.code, value == null ? "" : value.toString().strip());
            case "contact" -> row.contact = (Boolean) value;
            case "final" -> row.finalOutcome = (Boolean) value;
            case "sale" -> row.sale = (Boolean) value;
            case "doNotCall" -> row.doNotCall = (Boolean) value;
            case "delay" -> row.delayMinutes = value == null ? 0 : (Integer) value;
            case "maxAttempts" -> row.maxAttempts = value == null ? 0 : (Integer) value;
            default -> throw new IllegalArgumentException("read-only column " + column);
        }
        fireTableRowsUpdated(rowIndex, rowIndex);
    }

    /** A label equal to the built-in one is kept as none, so that it follows the language. */
    private String labelOf(String code, String typed) {
        return typed.equals(messages.get("disposition." + code)) ? "" : typed;
    }

    /**
     * The edited dispositions.
     *
     * @throws IllegalArgumentException with the code of the row that breaks a rule
     */
    List<Disposition> dispositions() {
        List<Disposition> result = new ArrayList<>();
        for (Row row : rows) {
            try {
                result.add(row.toDisposition());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(row.code + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** One editable disposition. */
    private static final class Row {
        private final Disposition original;
        private final String code;
        private final RetryRule.Kind kind;
        private int position;
        private String label;
        private boolean contact;
        private boolean finalOutcome;
        private boolean sale;
        private boolean doNotCall;
        private int delayMinutes;
        private int maxAttempts;

        Row(Disposition d) {
            original = d;
            code = d.code();
            kind = d.retry().kind();
            position = d.position();
            label = d.customLabel() == null ? "" : d.customLabel();
            contact = d.contact();
            finalOutcome = d.finalOutcome();
            sale = d.sale();
            doNotCall = d.doNotCall();
            delayMinutes = d.retry().delay() == null ? 0 : (int) d.retry().delay().toMinutes();
            maxAttempts = d.retry().maxAttempts();
        }

        Disposition toDisposition() {
            RetryRule retry = switch (kind) {
                case RETRY -> RetryRule.after(Duration.ofMinutes(delayMinutes), maxAttempts);
                case BOOKED -> RetryRule.booked();
                case NEVER -> RetryRule.never();
            };
            return new Disposition(code, position, label, contact, finalOutcome, sale, doNotCall, original.leadsTo(),
                    retry, original.version());
        }
    }
}
