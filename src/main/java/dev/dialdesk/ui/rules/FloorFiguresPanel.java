package dev.dialdesk.ui.rules;

import com.formdev.flatlaf.FlatClientProperties;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.service.stats.FloorFigures;
import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsReport;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The dashboard's floor numbers (issue 16): contracts at risk today (loud), then per agent and team what
 * became of their "thinking it over", callback and refusal outcomes, and the best contact hours.
 */
public final class FloorFiguresPanel extends JPanel {

    private static final int BEST = 3;
    private static final int MIN_DIALS = 5;

    private final Messages messages;
    private final MetricFormat format;
    private final JLabel atRisk = new JLabel(" ");
    private final JLabel bestHours = new JLabel(" ");
    private final FatesModel model = new FatesModel();
    private final JTable table;

    public FloorFiguresPanel(Messages messages) {
        super(new MigLayout("insets 4 0 4 0, gap 4, wrap 1, fillx", "[grow,fill]"));
        this.messages = messages;
        this.format = new MetricFormat(messages);
        setName("stats.floor");
        atRisk.setName("stats.floor.atRisk");
        bestHours.setName("stats.floor.bestHours");
        atRisk.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        table = new JTable(model); // after the messages: the model names its columns at once
        table.setName("stats.floor.fates");
        table.setFillsViewportHeight(true);
        dev.dialdesk.ui.common.TableFit.headersWhole(table); // the table scrolls sideways, headers whole
        add(atRisk);
        add(new JScrollPane(table), "h 90:110:140, wmin 0");
        add(bestHours, "wmin 0");
    }

    public void show(StatsReport report) {
        FloorFigures floor = report.floor();
        String risk = messages.get("rules.dashboard.qaAtRisk", floor.qaAtRiskToday());
        if (floor.withdrawalAtRisk() > 0) {
            risk += " · " + messages.get("rules.report.withdrawalAtRisk") + " " + format.count(floor.withdrawalAtRisk());
        }
        atRisk.setText(risk);
        atRisk.setForeground(UIManager.getColor(floor.qaAtRiskToday() + floor.withdrawalAtRisk() > 0
                ? "Dialdesk.call.error.foreground" : "Label.foreground"));
        bestHours.setText(messages.get("rules.report.bestHours") + ": " + hours(floor.teamHours()));
        List<Row> rows = new ArrayList<>();
        for (AgentMetrics agent : report.agents()) {
            rows.add(new Row(agent.name(), agent.agent(), floor));
        }
        rows.add(new Row(messages.get("stats.team"), null, floor));
        model.show(rows);
        dev.dialdesk.ui.common.TableFit.cellsWhole(table); // "1 → 7d 0 · 30d 0 · lost 0" whole, never "… los…"
    }

    private String hours(ContactHours hours) {
        List<ContactHours.Hour> best = hours.best(BEST, MIN_DIALS);
        if (best.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        for (ContactHours.Hour hour : best) {
            parts.add(messages.get("rules.mark.hour", hour.hour()) + " " + format.percent(hour.rate()));
        }
        return String.join(" · ", parts);
    }

    private record Row(String name, AgentId agent, FloorFigures floor) {
        OutcomeFates.Counts counts(OutcomeFates.Kind kind) {
            return agent == null ? floor.fates().team(kind) : floor.fates().of(agent, kind);
        }

        ContactHours hours() {
            return agent == null ? floor.teamHours() : floor.hoursOf(agent);
        }
    }

    private final class FatesModel extends AbstractTableModel {
        private List<Row> rows = List.of();

        void show(List<Row> shown) {
            rows = List.copyOf(shown);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return OutcomeFates.Kind.values().length + 2;
        }

        @Override
        public String getColumnName(int column) {
            if (column == 0) {
                return messages.get("stats.column.NAME");
            }
            if (column == getColumnCount() - 1) {
                return messages.get("rules.report.bestHours");
            }
            return messages.get("rules.fates." + OutcomeFates.Kind.values()[column - 1].name());
        }

        @Override
        public Object getValueAt(int row, int column) {
            Row r = rows.get(row);
            if (column == 0) {
                return r.name();
            }
            if (column == getColumnCount() - 1) {
                return hours(r.hours());
            }
            OutcomeFates.Counts c = r.counts(OutcomeFates.Kind.values()[column - 1]);
            return messages.get("rules.fates.cell", c.leads(), c.contracted7d(), c.contracted30d(), c.lost());
        }
    }
}
