package dev.dialdesk.ui.calls;

import com.formdev.flatlaf.FlatClientProperties;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.ui.action.KeyText;
import java.awt.Container;
import java.awt.Rectangle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The call screen, always in view beside the other screens: the shift's numbers, the lead, the loop's
 * buttons with their keys, the call timer, the outcome buttons, the note and the lead's history. A thin
 * view: every decision is the {@link CallPresenter}'s.
 */
public final class CallPanel extends JPanel implements CallView {

    private final Messages messages;
    private final ShiftPanel shift;
    private final LeadCardPanel lead;
    private final JButton next = new JButton();
    private final JButton dial = new JButton();
    private final JButton hangUp = new JButton();
    private final CallTimerLabel timer;
    private final JLabel phase = new JLabel(" ");
    private final Banner notice = new Banner("calls.notice");
    private final DispositionPad pad;
    private final JTextField note = new JTextField();
    private final HistoryTable history;
    private final CallPresenter presenter;
    /** Cards other features add under the lead (the rules' marks and opening statement). */
    private final JPanel cards = new JPanel(new MigLayout("insets 0, gap 0, wrap 1, hidemode 3", "[grow,fill]"));
    /** The lead's earlier calls, or the customer's timeline when one is shown instead. */
    private final JPanel historyArea = new JPanel(new MigLayout("insets 0, gap 0 4, wrap 1, fill", "[grow,fill]",
            "[][grow,fill]"));

    /** @param presenters builds the presenter for this view (the composition root gives it its services) */
    public CallPanel(Messages messages, Clock clock, Function<CallView, CallPresenter> presenters) {
        super(new MigLayout("insets 0, gap 0, wrap 1, fill", "[grow,fill]", "[][grow,fill]"));
        this.messages = messages;
        setName("calls.panel");
        setFocusable(true);
        shift = new ShiftPanel(messages);
        lead = new LeadCardPanel(messages);
        timer = new CallTimerLabel(clock);
        presenter = presenters.apply(this);
        pad = new DispositionPad(presenter::disposition);
        history = new HistoryTable(messages);
        add(shift);
        add(body());
        CallKeys.bind(this, messages, presenter);
    }

    public CallPresenter presenter() {
        return presenter;
    }

    /** True when the window may close: no dialled call waits for its outcome, or the agent confirmed. */
    public boolean confirmClose() {
        return !presenter.hasOpenCall() || javax.swing.JOptionPane.showConfirmDialog(this,
                messages.get("callscreen.closeWithOpenCall"), messages.get("callscreen.closeWithOpenCall.title"),
                javax.swing.JOptionPane.OK_CANCEL_OPTION, javax.swing.JOptionPane.WARNING_MESSAGE)
                == javax.swing.JOptionPane.OK_OPTION;
    }

    /** Adds a card under the lead (a feature's marks on the call: see {@code app/CallRulesWiring}). */
    public void addCard(JComponent card) {
        cards.add(card, "wmin 0");
        revalidate();
    }

    /** Takes the loop's keys back from the window's other components (see {@link CallKeys#claim}). */
    public void claimKeys(Container window) {
        CallKeys.claim(window);
    }

    private JPanel body() {
        JPanel body = new JPanel(new MigLayout("insets 10 10 8 10, gap 0 6, wrap 1, fill, hidemode 3", "[grow,fill]",
                "[][][][][][][][grow,fill]"));
        body.add(lead);
        body.add(cards, "wmin 0");
        body.add(controls(), "gaptop 6");
        body.add(phase);
        body.add(notice, "wmin 0");
        body.add(pad, "gaptop 2");
        body.add(noteField());
        JLabel historyTitle = new JLabel(messages.get("callscreen.history.title"));
        historyTitle.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        historyArea.add(historyTitle);
        historyArea.add(new JScrollPane(history), "hmin 27");
        body.add(historyArea, "gaptop 4"); // as low as its content's minimum: the list's rows go first
        return body;
    }

    /**
     * Shows {@code timeline} (the customer's whole timeline: {@code ui/calls/timeline}) where the lead's
     * earlier calls are listed, instead of them.
     */
    public void showTimelineInstead(JComponent timeline) {
        historyArea.removeAll();
        historyArea.setLayout(new MigLayout("insets 0, gap 0, fill", "[grow,fill]", "[grow,fill]"));
        historyArea.add(timeline); // its minimum keeps a re-recording card whole; the list gives up its rows
        revalidate();
    }

    /**
     * In a column too short for all of the panel (it scrolls): brings the outcome keys and all that is
     * under them (the note, the timeline's re-recording card, the cards under the panel) into view, the
     * outcome keys first, so that what scrolls out is at the top (the day's figures).
     */
    public void keepOutcomeKeysInView() {
        if (!(getParent() instanceof JComponent column)) {
            return;
        }
        Rectangle keys = SwingUtilities.convertRectangle(pad.getParent(), pad.getBounds(), column);
        column.scrollRectToVisible(new Rectangle(0, keys.y, column.getWidth(), column.getHeight() - keys.y));
    }

    private JPanel controls() {
        JPanel controls = new JPanel(new MigLayout("insets 0, gap 6", "[grow,fill][grow,fill][grow,fill]12[right]"));
        loopButton(next, "calls.next", presenter::next);
        loopButton(dial, "calls.dial", presenter::dial);
        loopButton(hangUp, "calls.hangUp", presenter::hangUp);
        next.putClientProperty(FlatClientProperties.STYLE,
                "background: $Dialdesk.call.next.background; foreground: $Dialdesk.call.next.foreground; font: bold");
        controls.add(next, "h 34!");
        controls.add(dial, "h 34!");
        controls.add(hangUp, "h 34!");
        controls.add(timer);
        phase.setName("calls.phase");
        phase.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        return controls;
    }

    private void loopButton(JButton button, String id, Runnable command) {
        button.setText(KeyText.of(id) + "  " + messages.get("action." + id + ".name"));
        button.setName(id);
        button.setFocusable(false);
        button.addActionListener(e -> command.run());
    }

    private JTextField noteField() {
        note.setName("calls.note");
        note.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                messages.get("callscreen.note.placeholder", KeyText.of("calls.note")));
        note.addActionListener(e -> focusLoop()); // Enter: the note is done, the number keys work again
        return note;
    }

    @Override
    public void showDispositions(List<CallModels.DispositionChoice> choices) {
        pad.show(choices);
        showPhase(presenter.phase());
    }

    @Override
    public void showLead(CallModels.LeadCard card, List<CallModels.HistoryRow> rows) {
        lead.show(card);
        history.show(rows);
        revalidate();
    }

    @Override
    public void showNoLead(String message) {
        lead.clear(message);
        history.show(List.of());
        revalidate();
    }

    @Override
    public void showPhase(CallSession.Phase now) {
        next.setEnabled(now == CallSession.Phase.IDLE || now == CallSession.Phase.LEAD_SHOWN);
        dial.setEnabled(now == CallSession.Phase.LEAD_SHOWN);
        hangUp.setEnabled(now == CallSession.Phase.IN_CALL);
        pad.setChoosable(now == CallSession.Phase.IN_CALL || now == CallSession.Phase.WRAP_UP);
        phase.setText(messages.get("callscreen.phase." + now.name(), KeyText.of("calls.next"),
                KeyText.of("calls.dial"), KeyText.of("calls.hangUp")));
    }

    @Override
    public void startTimer(Instant startedAt) {
        timer.start(startedAt);
    }

    @Override
    public void stopTimer(Duration talk) {
        timer.stop(talk);
    }

    @Override
    public void resetTimer() {
        timer.reset();
    }

    @Override
    public void showNotice(CallModels.Notice shown) {
        notice.show(shown == null ? null : shown.text(), shown == null ? null : shown.tone());
        revalidate();
    }

    @Override
    public void showShift(CallModels.ShiftFigures figures) {
        shift.show(figures);
    }

    @Override
    public String note() {
        return note.getText().strip();
    }

    @Override
    public void clearNote() {
        note.setText("");
    }

    @Override
    public void focusNote() {
        note.requestFocusInWindow();
    }

    @Override
    public void focusLoop() {
        requestFocusInWindow();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, UIManager.getColor("Component.borderColor")));
    }
}
