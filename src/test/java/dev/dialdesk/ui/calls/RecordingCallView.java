package dev.dialdesk.ui.calls;

import dev.dialdesk.service.calls.CallSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A call view that keeps what the presenter last showed. */
final class RecordingCallView implements CallView {

    List<CallModels.DispositionChoice> choices = List.of();
    CallModels.LeadCard card;
    List<CallModels.HistoryRow> history = List.of();
    String noLead;
    CallSession.Phase phase;
    Instant timerStartedAt;
    Duration timerStopped;
    CallModels.Notice notice;
    CallModels.ShiftFigures shift;
    String note = "";
    boolean loopFocused;
    final List<CallModels.Notice> notices = new ArrayList<>();

    @Override
    public void showDispositions(List<CallModels.DispositionChoice> shown) {
        choices = shown;
    }

    @Override
    public void showLead(CallModels.LeadCard shown, List<CallModels.HistoryRow> rows) {
        card = shown;
        history = rows;
        noLead = null;
    }

    @Override
    public void showNoLead(String message) {
        card = null;
        noLead = message;
    }

    @Override
    public void showPhase(CallSession.Phase now) {
        phase = now;
    }

    @Override
    public void startTimer(Instant startedAt) {
        timerStartedAt = startedAt;
        timerStopped = null;
    }

    @Override
    public void stopTimer(Duration talk) {
        timerStopped = talk;
        timerStartedAt = null;
    }

    @Override
    public void resetTimer() {
        timerStartedAt = null;
        timerStopped = null;
    }

    @Override
    public void showNotice(CallModels.Notice shown) {
        notice = shown;
        if (shown != null) {
            notices.add(shown);
        }
    }

    @Override
    public void showShift(CallModels.ShiftFigures figures) {
        shift = figures;
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public void clearNote() {
        note = "";
    }

    @Override
    public void focusNote() {
    }

    @Override
    public void focusLoop() {
        loopFocused = true;
    }
}
