package dev.dialdesk.ui.stats;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.service.stats.StatsColumn;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The agents of a report, one row each; the values are the raw numbers (so that sorting is numeric),
 * shown through {@link MetricRenderer}. The team total is a second model of one row, under the table.
 */
final class AgentTableModel extends AbstractTableModel {

    static final List<StatsColumn> COLUMNS = List.of(StatsColumn.RANK, StatsColumn.NAME, StatsColumn.AGENT,
            StatsColumn.DIALS, StatsColumn.CONTACTS, StatsColumn.CONTACT_RATE, StatsColumn.TALK_SECONDS,
            StatsColumn.CONTRACTS, StatsColumn.PREMIUM, StatsColumn.TARGET_PROGRESS, StatsColumn.CONVERSION,
            StatsColumn.WITHDRAWALS, StatsColumn.RETURNS, StatsColumn.CALLBACKS_DUE, StatsColumn.CALLBACKS_KEPT,
            StatsColumn.CALLBACKS_MISSED, StatsColumn.DO_NOT_CALL, StatsColumn.QA_OPEN, StatsColumn.QA_EXPIRED,
            StatsColumn.DAYS_WITHOUT_CONTRACT, StatsColumn.UNTOUCHED_SHARE);

    private final Messages messages;
    private List<AgentMetrics> rows = List.of();

    AgentTableModel(Messages messages) {
        this.messages = messages;
    }

    void setRows(List<AgentMetrics> newRows) {
        this.rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    AgentMetrics row(int index) {
        return rows.get(index);
    }

    AgentId agentAt(int index) {
        return rows.get(index).agent();
    }

    StatsColumn column(int index) {
        return COLUMNS.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.size();
    }

    @Override
    public String getColumnName(int column) {
        return messages.get(COLUMNS.get(column).labelKey());
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (COLUMNS.get(column).kind()) {
            case TEXT -> String.class;
            case COUNT -> Integer.class;
            case RATIO -> Double.class;
            case DURATION, WON -> Long.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        AgentMetrics metrics = rows.get(row);
        if (metrics.isTeam() && COLUMNS.get(column) == StatsColumn.NAME) {
            return messages.get("stats.team");
        }
        return COLUMNS.get(column).valueOf(metrics);
    }
}
