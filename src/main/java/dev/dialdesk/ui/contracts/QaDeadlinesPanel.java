package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractSummary;
import java.awt.Font;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The agent's home panel card: their open QA re-recordings, most urgent first, with countdowns. */
public final class QaDeadlinesPanel extends JPanel implements ContractsView {

    private static final int MAX_ROWS = 8;

    private final ContractsPresenter presenter;
    private final Messages messages;

    QaDeadlinesPanel(ContractsPresenter presenter, Messages messages) {
        super(new MigLayout("insets 8, wrap 2, hidemode 3", "[grow,fill][right]"));
        this.presenter = presenter;
        this.messages = messages;
        setName("qaDeadlinesPanel");
        rebuild();
    }

    private void rebuild() {
        removeAll();
        JLabel title = new JLabel(messages.get("contracts.home.title"));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 2f));
        add(title, "span 2");
        List<Integer> open = presenter.model().openCaseRows(presenter.agent());
        if (open.isEmpty()) {
            JLabel empty = new JLabel(messages.get("contracts.home.empty"));
            empty.setForeground(UIManager.getColor("Dialdesk.emptyState.foreground"));
            add(empty, "span 2");
        }
        for (int i = 0; i < Math.min(MAX_ROWS, open.size()); i++) {
            int row = open.get(i);
            ContractSummary summary = presenter.model().row(row);
            add(new JLabel(messages.get("contracts.home.row", summary.customerName(),
                    summary.contract().sale().product(), summary.deadline().format(DayTime.dayAndTime(messages)))));
            CountdownCell cell = presenter.model().cell(row);
            JLabel countdown = new JLabel(presenter.countdownText().of(cell));
            countdown.setName("qaHomeCountdown" + i);
            UrgencyStyle.apply(countdown, cell.urgency(), getFont(), getForeground(), false);
            add(countdown, "gapleft 12, wmin 70, align center");
        }
        revalidate();
        repaint();
    }

    @Override
    public void rowsChanged() {
        rebuild();
    }

    @Override
    public void countdownsChanged() {
        rebuild();
    }
}
