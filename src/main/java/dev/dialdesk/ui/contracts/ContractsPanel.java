package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.common.TableFit;
import java.awt.Dimension;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/** The contracts view: a tool bar of QA actions, the "open cases only" filter and the table. */
public final class ContractsPanel extends JPanel implements ContractsView {

    private final ContractsPresenter presenter;
    private final ContractsTableModel tableModel;
    private final ContractActions actions;
    private final JTable table;

    ContractsPanel(ContractsPresenter presenter, ContractsTableModel tableModel, ContractActions actions,
                   Messages messages) {
        super(new MigLayout("insets 8, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        this.presenter = presenter;
        this.tableModel = tableModel;
        this.actions = actions;
        setName("contractsPanel");
        this.table = new JTable(tableModel);
        table.setName("contractsTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setDefaultRenderer(CountdownCell.class, new CountdownRenderer(presenter.countdownText()));
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        table.getColumnModel().getColumn(ContractsTableModel.PREMIUM).setCellRenderer(right);
        int[] widths = new int[tableModel.getColumnCount()];
        widths[ContractsTableModel.CUSTOMER] = 80;
        widths[ContractsTableModel.STATE] = 160;
        widths[ContractsTableModel.COUNTDOWN] = 100;
        widths[ContractsTableModel.DEADLINE] = 130;
        widths[ContractsTableModel.PRODUCT] = 130;
        widths[ContractsTableModel.PREMIUM] = 100;
        widths[ContractsTableModel.CONTRACT_DATE] = 140;
        widths[ContractsTableModel.COOLING_OFF] = 170;
        widths[ContractsTableModel.HAPPY_CALL] = 140;
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                presenter.select(table.getSelectedRow());
                actions.updateEnabledStates();
            }
        });
        JCheckBox openOnly = new JCheckBox(messages.get("contracts.filter.openOnly"));
        openOnly.setName("contractsOpenOnly");
        openOnly.addActionListener(e -> presenter.setOpenOnly(openOnly.isSelected()));
        add(toolBar(openOnly), "growx, wmin 0");
        TableFit.headersWhole(table);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(1100, 420));
        add(scroll);
        for (BaseAction action : actions.all()) {
            Object key = action.getValue(Action.ACCELERATOR_KEY);
            if (key != null) {
                getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put((javax.swing.KeyStroke) key, action.id());
                getActionMap().put(action.id(), action);
            }
        }
    }

    /** The actions and the filter; they wrap onto a second row in a narrow window. */
    private JComponent toolBar(JCheckBox openOnly) {
        javax.swing.JPanel bar = dev.dialdesk.ui.common.WrapLayout.row(java.awt.FlowLayout.LEFT);
        bar.setName("contractsToolbar");
        for (BaseAction action : actions.all()) {
            JButton button = new JButton(action);
            button.setName(action.id());
            bar.add(button);
        }
        bar.add(openOnly);
        return bar;
    }

    public JTable table() {
        return table;
    }

    @Override
    public void rowsChanged() {
        long selectedId = presenter.selected().map(s -> s.contract().id()).orElse(-1L);
        tableModel.fireTableDataChanged();
        fitTexts();
        int row = selectedId < 0 ? -1 : presenter.model().indexOf(selectedId);
        if (row >= 0) {
            table.getSelectionModel().setSelectionInterval(row, row);
        }
        presenter.select(table.getSelectedRow());
        actions.updateEnabledStates();
    }

    /**
     * Every text column as wide as its widest text ("무배당 종신보험 (갱신형)", "2025-03-10 (Mon) 15:00",
     * never "무배당 종신…"); where that is wider than the window the table scrolls sideways.
     */
    private void fitTexts() {
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        String[] widest = tableModel.widestTexts(metrics::stringWidth);
        TableFit.textsWhole(table, column -> widest[column.getModelIndex()]);
    }

    @Override
    public void countdownsChanged() {
        tableModel.countdownsChanged();
    }
}
