package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.QuickPick;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/** What the booking presenter needs from its dialog. */
interface BookingView {

    /** The form as the agent filled it in; date or time may be null when not chosen. */
    record Form(LocalDate date, LocalTime time, LocalTime windowEnd, String note, boolean customerAsked) {
    }

    Form form();

    void showTime(ZonedDateTime time);

    void enablePick(QuickPick pick, boolean enabled);

    /**
     * Shows the rule messages under the form.
     *
     * @param loud    a QA deadline: as loud as the screen can
     * @param confirm the booking waits for the agent's confirmation (Enter books anyway)
     */
    void showIssues(List<String> messages, boolean loud, boolean confirm);

    void setBusy(boolean busy);

    /** Booked: the dialog closes. */
    void booked(Callback callback);
}
