package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.Urgency;
import java.util.List;
import javax.swing.JLabel;

/** The status bar's "QA: 1 case, 5h 40m left", coloured by the most urgent of the agent's cases. */
public final class QaStatusLabel extends JLabel implements ContractsView {

    private final ContractsPresenter presenter;

    QaStatusLabel(ContractsPresenter presenter) {
        this.presenter = presenter;
        setName("qaStatusLabel");
        refresh();
    }

    private void refresh() {
        setText(presenter.statusText());
        List<Integer> open = presenter.model().openCaseRows(presenter.agent());
        Urgency urgency = open.isEmpty() ? Urgency.DONE : presenter.model().cell(open.get(0)).urgency();
        setOpaque(false);
        boolean painted = UrgencyStyle.apply(this, urgency, getFont(), getForeground(), false);
        if (painted) {
            setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 4, 0, 4));
        }
    }

    @Override
    public void rowsChanged() {
        refresh();
    }

    @Override
    public void countdownsChanged() {
        refresh();
    }
}
