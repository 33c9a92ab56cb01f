package dev.dialdesk.ui.calls;

import dev.dialdesk.service.calls.CallSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A {@link CallView} that passes every call on to the panel's view: a feature that listens in on the
 * call panel (the rules' card, the wait for calling hours) overrides only what it adds to.
 */
public abstract class ForwardingCallView implements CallView {

    protected final CallView panel;

    protected ForwardingCallView(CallView panel) {
        this.panel = panel;
    }

    @Override
    public void showDispositions(List<CallModels.DispositionChoice> choices) {
        panel.showDispositions(choices);
    }

    @Override
    public void showLead(CallModels.LeadCard card, List<CallModels.HistoryRow> history) {
        panel.showLead(card, history);
    }

    @Override
    public void showNoLead(String message) {
        panel.showNoLead(message);
    }

    @Override
    public void showPhase(CallSession.Phase phase) {
        panel.showPhase(phase);
    }

    @Override
    public void startTimer(Instant startedAt) {
        panel.startTimer(startedAt);
    }

    @Override
    public void stopTimer(Duration talk) {
        panel.stopTimer(talk);
    }

    @Override
    public void resetTimer() {
        panel.resetTimer();
    }

    @Override
    public void showNotice(CallModels.Notice notice) {
        panel.showNotice(notice);
    }

    @Override
    public void showShift(CallModels.ShiftFigures figures) {
        panel.showShift(figures);
    }

    @Override
    public String note() {
        return panel.note();
    }

    @Override
    public void clearNote() {
        panel.clearNote();
    }

    @Override
    public void focusNote() {
        panel.focusNote();
    }

    @Override
    public void focusLoop() {
        panel.focusLoop();
    }
}
