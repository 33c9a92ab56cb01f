package dev.dialdesk.ui.leads;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyBindings;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.DocumentChange;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.CardLayout;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The lead screen: search and filters above, the lead table, the open lead beside it. A thin view:
 * every decision is the {@link LeadListPresenter}'s.
 */
public final class LeadScreen extends JPanel implements LeadListView {

    private final Messages messages;
    private final LeadTableModel model;
    private final JTable table;
    private final LeadColumnFit columnFit;
    private final HeaderSortBridge sortBridge;
    private final JTextField search = new JTextField();
    private final JComboBox<Choice<LeadStatus>> statusFilter = new JComboBox<>();
    private final JComboBox<Choice<Long>> batchFilter = new JComboBox<>();
    private final JLabel count = new JLabel(" ");
    private final CardLayout cards = new CardLayout();
    private final JPanel centre = new JPanel(cards);
    /** Wraps at the list's width: on the team server the words are longer than a narrow list. */
    private final dev.dialdesk.ui.common.WrappingLabel emptyMessage = new dev.dialdesk.ui.common.WrappingLabel("", true);
    private final JButton emptyImport;
    private final LeadDetailPanel detail;
    private final LeadListPresenter presenter;
    private ColumnChooser columns;
    private boolean updating;

    public LeadScreen(Messages messages, LeadDirectory directory, ErrorReporter errors, AgentId agent,
                      Preferences prefs, Action importAction) {
        super(new MigLayout("fill, insets 8 8 0 8", "[grow,fill]", "[][grow,fill]"));
        this.messages = messages;
        setName("leads.screen");
        model = new LeadTableModel(messages);
        table = new JTable(model);
        columnFit = new LeadColumnFit(table, model, messages);
        presenter = new LeadListPresenter(this, directory, new BackgroundTaskRunner(errors, this), messages, agent);
        sortBridge = new HeaderSortBridge(model, column -> presenter.sortRequested(model.column(column)));
        BaseAction saveNotes = BaseAction.of("leads.saveNotes", messages, presenter::saveNotes);
        detail = new LeadDetailPanel(messages, saveNotes, presenter::notesEdited, presenter::saveNotes);
        emptyImport = new JButton(importAction);
        configureTable(prefs);
        add(toolbar(), "wrap");
        add(split());
        bindKeys(saveNotes);
    }

    public LeadListPresenter presenter() {
        return presenter;
    }

    /** Puts the cursor in the search field: what an agent does first is look a customer up. */
    /** Marks the leads avoiding calls in the list (issue 16). */
    public void markAvoiding(java.util.Set<Long> leadIds) {
        model.markAvoiding(leadIds);
        columnFit.all(); // "No answer · avoiding calls" whole
    }

    /** Marks the leads whose callback has no time, in the list and the detail (issue 14). */
    public void markWithoutTime(java.util.Set<Long> leadIds) {
        model.markWithoutTime(leadIds);
        detail.markWithoutTime(leadIds);
        columnFit.all(); // "예약콜 · 시간 미정" whole while such a lead is listed
    }

    public void focusSearch() {
        search.requestFocusInWindow();
    }

    /** Loads the list off the event thread; the screen shows "loading" meanwhile. */
    public void load() {
        presenter.load();
    }

    private JComponent toolbar() {
        JPanel bar = new JPanel(new MigLayout("insets 0 0 4 0, fillx", "[260:320:420][][]push[]"));
        search.setName("leads.search");
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.get("leads.search.placeholder"));
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        search.setToolTipText(messages.get("action.leads.search.tooltip"));
        search.getDocument().addDocumentListener(DocumentChange.onChange(() -> presenter.searchChanged(search.getText())));
        statusFilter.setName("leads.statusFilter");
        statusFilter.addItem(new Choice<>(null, messages.get("leads.filter.allStatuses")));
        for (LeadStatus status : LeadStatus.values()) {
            statusFilter.addItem(new Choice<>(status, messages.get(status.messageKey())));
        }
        statusFilter.addActionListener(e -> {
            if (!updating) {
                presenter.statusChosen(selected(statusFilter));
            }
        });
        batchFilter.setName("leads.batchFilter");
        batchFilter.setPrototypeDisplayValue(new Choice<>(null, "2024-03-04 신규 DB"));
        batchFilter.addActionListener(e -> {
            if (!updating) {
                presenter.batchChosen(selected(batchFilter));
            }
        });
        count.setName("leads.count");
        count.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        bar.add(search, "growx");
        bar.add(statusFilter);
        bar.add(batchFilter);
        bar.add(count);
        return bar;
    }

    private static <T> T selected(JComboBox<Choice<T>> combo) {
        @SuppressWarnings("unchecked")
        Choice<T> choice = (Choice<T>) combo.getSelectedItem();
        return choice == null ? null : choice.value();
    }

    private void configureTable(Preferences prefs) {
        table.setName("leads.table");
        table.setRowSorter(sortBridge);
        table.setAutoCreateColumnsFromModel(false);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowHorizontalLines(true);
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 8));
        for (int i = 0; i < table.getColumnCount(); i++) {
            LeadColumn column = model.column(i);
            javax.swing.table.TableColumn tableColumn = table.getColumnModel().getColumn(i);
            tableColumn.setIdentifier(column.name());
            tableColumn.setPreferredWidth(column.defaultWidth());
        }
        new ColumnLayoutPrefs(prefs).restoreAndTrack(table.getColumnModel());
        dev.dialdesk.ui.common.TableFit.headersWhole(table); // scrolls sideways rather than cut a header
        columns = new ColumnChooser(table, messages, prefs, columnFit::all); // a column shown: its texts whole
        columns.install();
        table.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    presenter.openSelected();
                }
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating) {
                presenter.rowSelected(table.getSelectedRow());
            }
        });
    }

    private JComponent split() {
        emptyMessage.setName("leads.emptyState");
        emptyMessage.setForeground(UIManager.getColor("Dialdesk.emptyState.foreground"));
        emptyMessage.setFont(emptyMessage.getFont().deriveFont(emptyMessage.getFont().getSize2D() * 1.2f));
        emptyImport.setName("leads.emptyState.import");
        JPanel empty = new JPanel(new MigLayout("fill, wrap 1", "[grow, center]", "push[]12[]push"));
        empty.add(emptyMessage, "growx, wmin 0");
        empty.add(emptyImport);
        centre.add(new JScrollPane(table), "table");
        centre.add(empty, "empty");
        JScrollPane detailScroll = new JScrollPane(detail);
        detailScroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, detailScroll);
        split.setName("leads.split");
        split.setResizeWeight(1.0);
        split.setContinuousLayout(true);
        split.setOneTouchExpandable(true); // the agent can fold the detail away for a wider table
        detailScroll.setMinimumSize(new java.awt.Dimension(0, 0));
        detailScroll.setPreferredSize(new java.awt.Dimension(250, 0));
        return split;
    }

    private void bindKeys(BaseAction saveNotes) {
        BaseAction focusSearch = BaseAction.of("leads.search", messages, () -> {
            search.requestFocusInWindow();
            search.selectAll();
        });
        BaseAction clearSearch = BaseAction.of("leads.clearSearch", messages, () -> search.setText(""));
        BaseAction toTable = BaseAction.of("leads.focusTable", messages, table::requestFocusInWindow);
        BaseAction open = BaseAction.of("leads.open", messages, presenter::openSelected);
        KeyBindings.bind(this, WHEN_IN_FOCUSED_WINDOW, focusSearch);
        KeyBindings.bind(this, WHEN_IN_FOCUSED_WINDOW, saveNotes);
        KeyBindings.bind(search, WHEN_FOCUSED, clearSearch);
        KeyBindings.bind(search, WHEN_FOCUSED, toTable);
        KeyBindings.bind(search, WHEN_FOCUSED, open);
        KeyBindings.bind(table, WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, open);
    }

    @Override
    public void showRows(LeadSnapshot snapshot, int[] rows) {
        updating = true;
        try {
            model.setRows(snapshot, rows);
        } finally {
            updating = false;
        }
        columnFit.shown(snapshot);
    }

    @Override
    public void showRowChanged(int snapshotRow) {
        model.snapshotRowChanged(snapshotRow);
        columnFit.rowChanged(snapshotRow); // "예약콜 · 시간 미정" once the row holds the callback marked without a time
    }

    @Override
    public void showAgentColumn(boolean shown) {
        columns.showAgents(shown);
    }

    @Override
    public void showCount(String text) {
        count.setText(text);
    }

    @Override
    public void showEmptyState(String message, boolean offerImport) {
        emptyMessage.setWrapped(message);
        emptyImport.setVisible(offerImport);
        cards.show(centre, "empty");
    }

    @Override
    public void showTable() {
        cards.show(centre, "table");
    }

    @Override
    public void showBatches(List<LeadBatch> batches) {
        Long chosen = selected(batchFilter);
        updating = true;
        try {
            batchFilter.removeAllItems();
            batchFilter.addItem(new Choice<>(null, messages.get("leads.filter.allBatches")));
            for (LeadBatch batch : batches) {
                Choice<Long> choice = new Choice<>(batch.id(), batch.name());
                batchFilter.addItem(choice);
                if (chosen != null && chosen == batch.id()) {
                    batchFilter.setSelectedItem(choice);
                }
            }
        } finally {
            updating = false;
        }
    }

    @Override
    public void showSort(LeadColumn column, boolean ascending) {
        sortBridge.showSort(column == null ? -1 : column.ordinal(), ascending);
    }

    @Override
    public void selectRow(int viewRow) {
        updating = true;
        try {
            if (viewRow < 0) {
                table.clearSelection();
            } else {
                table.setRowSelectionInterval(viewRow, viewRow);
                table.scrollRectToVisible(table.getCellRect(viewRow, 0, true));
            }
        } finally {
            updating = false;
        }
    }

    @Override
    public void showDetail(Lead lead, String batchName) {
        detail.show(lead, batchName, model.statusOf(lead.id(), lead.status()), // as the list says it: "Busy", not "No answer"
                model.attemptsOf(lead.id()));
    }

    @Override
    public void refreshDetail(Lead lead, String batchName) {
        detail.showFields(lead, batchName, model.statusOf(lead.id(), lead.status()), model.attemptsOf(lead.id()));
    }

    @Override
    public void clearDetail() {
        detail.clear();
    }

    @Override
    public void showNotesState(NotesState state) {
        detail.showState(state);
    }

    @Override
    public void showProblem(String message) {
        JOptionPane.showMessageDialog(this, message, messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
    }

    @Override
    public void focusNotes() {
        detail.focusNotes();
    }
}
