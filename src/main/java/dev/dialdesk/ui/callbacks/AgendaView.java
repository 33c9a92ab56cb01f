package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.Callback;
import java.util.List;
import java.util.Optional;

/** What the agenda presenter needs from its panel. */
interface AgendaView {

    void show(Agenda agenda);

    /** Rule messages or an error, shown in the panel's message line. */
    void showMessage(List<String> texts);

    /** Asks the agent to confirm a warning; true to go ahead. */
    boolean confirm(List<String> texts);

    /** Asks why the callback is cancelled; empty when the agent backed out. */
    Optional<String> askCancelReason();

    /** Opens the booking dialog to pick a new time for {@code callback}. */
    void pickTime(Callback callback, String customer);
}
