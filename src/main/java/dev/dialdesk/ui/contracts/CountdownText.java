package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.contracts.Countdown;
import dev.dialdesk.domain.i18n.Messages;
import java.time.format.DateTimeFormatter;

/** Words for countdowns: "D-2", "5h 40m", "Expired", "Done". The renderer only paints them. */
public final class CountdownText {

    private final DateTimeFormatter deadline;

    private final Messages messages;

    public CountdownText(Messages messages) {
        this.messages = messages;
        this.deadline = DayTime.dayAndTime(messages);
    }

    public String of(CountdownCell cell) {
        return switch (cell.kind()) {
            case OPEN -> of(cell.countdown());
            case DONE -> messages.get("contracts.countdown.done");
            case RETURNED -> cell.deadline().format(deadline);
            case NONE -> messages.get("contracts.countdown.none");
        };
    }

    public String of(Countdown countdown) {
        return switch (countdown.form()) {
            case DAYS -> messages.get("contracts.countdown.days", countdown.dayCount());
            case HOURS_MINUTES -> messages.get("contracts.countdown.hours", countdown.hours(), countdown.minutes());
            case EXPIRED -> messages.get("contracts.countdown.expired");
        };
    }
}
