package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.calls.ShiftStats;
import dev.dialdesk.service.calls.UndoneOutcome;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Ctrl+Z of the call loop, split from {@link CallPresenter}: the service's undo off the event thread
 * (the undone lead opened again, today's numbers read again), and the words that say what was undone
 * ("Undone: 부재 for 홍길동 010-****-5678"). No question asked: the loop never stops for a dialog.
 */
final class UndoStep {

    /** What an undo leaves on screen. */
    record Result(UndoneOutcome outcome, QueuedLead lead, ShiftStats stats) {
    }

    private final CallService calls;
    private final CallSession session;
    private final CallTexts texts;

    UndoStep(CallService calls, CallSession session, CallTexts texts) {
        this.calls = calls;
        this.session = session;
        this.texts = texts;
    }

    /** Off the event thread: undoes the agent's last outcome and opens its lead again. */
    Result undo(Callable<ShiftStats> today) throws Exception {
        UndoneOutcome undone = calls.undoLast(session.agent());
        return new Result(undone, session.open(undone.attempt().leadId()), today.call());
    }

    /** The notice and status bar's words; the number masked ({@code 010-****-5678}). */
    String words(Result result, List<Disposition> dispositions) {
        String code = result.outcome().attempt().disposition();
        String outcome = dispositions.stream().filter(d -> d.code().equals(code)).findFirst()
                .map(texts::label).orElse(code);
        String undone = texts.get("callscreen.undone", outcome, result.outcome().customerName(),
                result.outcome().phone().maskedNational());
        return result.outcome().productStopTakenBack() ? undone + " " + texts.get("callscreen.undone.productStop")
                : undone;
    }
}
