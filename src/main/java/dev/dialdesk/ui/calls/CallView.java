package dev.dialdesk.ui.calls;

import dev.dialdesk.service.calls.CallSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the call presenter asks of the call panel. Texts arrive ready to show; the panel adds the key
 * names (from the key table) and the colours (from the theme). Every method runs on the event thread.
 */
public interface CallView {

    /** The outcome buttons, in screen order (position 1–9 is the number key). */
    void showDispositions(List<CallModels.DispositionChoice> choices);

    /** A lead on screen, with its history newest first. */
    void showLead(CallModels.LeadCard card, List<CallModels.HistoryRow> history);

    /** No lead on screen: why, and what to do next. */
    void showNoLead(String message);

    /** Where the loop stands: enables the buttons and says which key comes next. */
    void showPhase(CallSession.Phase phase);

    /** The call timer runs from {@code startedAt}. */
    void startTimer(Instant startedAt);

    /** The call timer stops at {@code talk}. */
    void stopTimer(Duration talk);

    /** No call: the timer is blank. */
    void resetTimer();

    /** A line under the controls: a blocked dial, a confirmation, a problem; null clears it. */
    void showNotice(CallModels.Notice notice);

    /** Today's numbers. */
    void showShift(CallModels.ShiftFigures figures);

    /** The note typed for the current call. */
    String note();

    void clearNote();

    /** Moves the focus to the note field. */
    void focusNote();

    /** Moves the focus out of any text field onto the call panel, so that the loop's keys work. */
    void focusLoop();
}
