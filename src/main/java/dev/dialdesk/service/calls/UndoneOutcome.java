package dev.dialdesk.service.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.CallAttempt;

/**
 * An outcome the agent took back ("Undone: 부재 for 홍길동 010-****-5678").
 *
 * @param attempt            the call-log row that is gone now
 * @param customerName       the lead's name, for the status bar (never logged)
 * @param phone              the lead's number (the status bar shows it masked)
 * @param numbersOffTheList  numbers this do-not-call outcome had listed, off the list again
 * @param callbacksCancelled callbacks booked after the call, cancelled
 * @param callbacksReopened  callbacks the call had kept, open again
 * @param productStopTakenBack the stop for the lead's product recorded with the call (F9) is gone too
 */
public record UndoneOutcome(CallAttempt attempt, String customerName, PhoneNumber phone, int numbersOffTheList,
                            int callbacksCancelled, int callbacksReopened, boolean productStopTakenBack) {
}
