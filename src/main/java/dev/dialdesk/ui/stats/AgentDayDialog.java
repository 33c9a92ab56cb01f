package dev.dialdesk.ui.stats;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.stats.ContractMetricsSource;
import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsService;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/** The drill-down: one agent's calls, contracts and QA cases over the range shown. */
final class AgentDayDialog extends JDialog {


    AgentDayDialog(Window owner, Messages messages, StatsService.AgentDay day, String agentName, ZoneId zone) {
        super(owner, messages.get("stats.drill.title", agentName, day.range().toString()), ModalityType.MODELESS);
        setName("agentDayDialog");
        MetricFormat format = new MetricFormat(messages);
        DateTimeFormatter time = DayTime.dayAndTime(messages);
        JTable calls = table("drillCalls", day.calls(), messages, List.of("stats.drill.time", "stats.drill.lead",
                "stats.drill.phone", "stats.drill.disposition", "stats.drill.duration", "stats.drill.note"),
                (StatsService.DayCall call) -> new Object[] {time.format(call.startedAt().atZone(zone)), call.leadName(),
                        PhoneNumber.ofE164(call.phoneE164()).national(), label(messages, call),
                        MetricFormat.duration(call.durationMillis() / 1000), call.note()});
        JTable contracts = table("drillContracts", day.contracts(), messages, List.of("stats.drill.time",
                "stats.drill.product", "stats.drill.premium", "stats.drill.qaState", "stats.drill.deadline"),
                (ContractMetricsSource.ContractLine c) -> new Object[] {time.format(c.contractedAt().atZone(zone)),
                        c.product(), format.won(c.premiumWon()), messages.get(c.qaState()),
                        c.deadline() == null ? "" : time.format(c.deadline().atZone(zone))});
        JTable qa = table("drillQa", day.qaCases(), messages, List.of("stats.drill.contract", "stats.drill.deadline",
                "stats.drill.state"), (ContractMetricsSource.QaCase q) -> new Object[] {q.contractId(),
                        time.format(q.deadline().atZone(zone)), messages.get("stats.drill.qaCase." + q.state().name())});
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(messages.get("stats.drill.calls") + " (" + day.calls().size() + ")", scroll(calls));
        tabs.addTab(messages.get("stats.drill.contracts") + " (" + day.contracts().size() + ")", scroll(contracts));
        tabs.addTab(messages.get("stats.drill.qa") + " (" + day.qaCases().size() + ")", scroll(qa));
        JButton close = new JButton(messages.get("stats.drill.close"));
        close.setName("drillClose");
        close.addActionListener(event -> dispose());
        getContentPane().setLayout(new MigLayout("fill, insets dialog", "[grow]", "[grow][]"));
        getContentPane().add(tabs, "grow, wrap");
        getContentPane().add(close, "tag ok");
        Dialogs.closeOnEscape(this);
        setSize(820, 480);
        setLocationRelativeTo(owner);
    }

    private static String label(Messages messages, StatsService.DayCall call) {
        String key = "disposition." + call.disposition();
        return messages.has(key) ? messages.get(key) : call.disposition();
    }

    private static JScrollPane scroll(JTable table) {
        return new JScrollPane(table);
    }

    private static <T> JTable table(String name, List<T> rows, Messages messages, List<String> headerKeys,
                                    Function<T, Object[]> cells) {
        List<Object[]> data = rows.stream().map(cells).toList();
        JTable table = new JTable(new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return data.size();
            }

            @Override
            public int getColumnCount() {
                return headerKeys.size();
            }

            @Override
            public String getColumnName(int column) {
                return messages.get(headerKeys.get(column));
            }

            @Override
            public Object getValueAt(int row, int column) {
                return data.get(row)[column];
            }
        });
        table.setName(name);
        table.setAutoCreateRowSorter(true);
        return table;
    }
}
