package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.Lead;

/**
 * The callback scheduler as the call loop's follow-ups see it (issue 14): does a lead's callback lack
 * a time (the booking after 예약콜 was cancelled), and the booking dialog that asks for one.
 */
public interface CallbackTimes {

    /** Nothing is ever without a time (no scheduler wired). */
    CallbackTimes NONE = new CallbackTimes() {
        @Override
        public boolean awaitsTime(long leadId) {
            return false;
        }

        @Override
        public void askForTime(Lead lead, Runnable done) {
            done.run();
        }
    };

    /** Off the event thread. */
    boolean awaitsTime(long leadId);

    /** On the event thread: the booking dialog for {@code lead}; {@code done} runs when it closes, booked or not. */
    void askForTime(Lead lead, Runnable done);
}
