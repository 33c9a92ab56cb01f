package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;

/** What the cases screen asks of the rest of the window: the call loop and the callback scheduler. */
public interface CaseActions {

    /** Makes the lead the current lead of the call screen (a customer step, a return call, a callback). */
    void callLead(long leadId);

    /** Dials an internal contact (no customer gate, not logged as a customer call). Off the event thread. */
    void dialInternal(PhoneNumber number);

    /** Snoozes a callback's reminder. Off the event thread. */
    void snoozeCallback(long callbackId);

    /** Moves a callback (by its scheduler's rules); returns the problem in words, or null. Off the event thread. */
    String moveCallback(long callbackId, Instant due);
}
