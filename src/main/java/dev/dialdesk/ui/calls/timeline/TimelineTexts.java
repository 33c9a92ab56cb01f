package dev.dialdesk.ui.calls.timeline;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.Countdown;
import dev.dialdesk.domain.contracts.QaDeadlineRule;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.timeline.TimelineEntry;
import dev.dialdesk.domain.timeline.TimelineEvent;
import dev.dialdesk.service.leads.CustomerTimeline;
import dev.dialdesk.ui.contracts.CountdownText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Turns timeline entries into the panel's words, times in the centre's zone (no Swing). */
public final class TimelineTexts {

    private final Messages messages;
    private final Supplier<ZoneId> zone;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;
    private final CountdownText countdowns;

    /** @param zone the centre's zone, read at each use (a zone change applies at once) */
    public TimelineTexts(Messages messages, Supplier<ZoneId> zone) {
        this.messages = messages;
        this.zone = zone;
        this.when = dev.dialdesk.ui.common.DayTime.dayAndTime(messages);
        this.day = DateTimeFormatter.ofPattern(messages.get("timeline.datePattern"), messages.locale());
        this.countdowns = new CountdownText(messages);
    }

    String title(CustomerTimeline.Timeline timeline) {
        return timeline.total() > timeline.entries().size()
                ? messages.get("timeline.title.more", timeline.entries().size(), timeline.total())
                : messages.get("timeline.title");
    }

    /** @param outcomes the label of each disposition code (the agent's own labels included) */
    List<TimelineModels.Row> rows(CustomerTimeline.Timeline timeline, Map<String, String> outcomes) {
        return timeline.entries().stream().map(e -> row(e, timeline.leadId(), outcomes)).toList();
    }

    private TimelineModels.Row row(TimelineEntry entry, long shownLead, Map<String, String> outcomes) {
        String what = what(entry, outcomes);
        if (entry.leadId() != 0 && entry.leadId() != shownLead && entry.event() != TimelineEvent.IMPORTED) {
            what = messages.get("timeline.otherBatch", what, entry.batch());
        }
        return new TimelineModels.Row(time(entry.at()), what, detail(entry), loud(entry.event()));
    }

    private String what(TimelineEntry e, Map<String, String> outcomes) {
        String key = "timeline.event." + e.event().name();
        return switch (e.event()) {
            case IMPORTED -> messages.get(key);
            case CASE_OPENED, CASE_CLOSED, CASE_STEP_ASKED, CASE_STEP_ANSWERED -> messages.get(key, e.subject());
            case CALL -> messages.get(key, outcomes.getOrDefault(e.subject(), e.subject()),
                    dev.dialdesk.ui.calls.CallTexts.duration(Duration.ofMillis(e.amount())));
            case CALLBACK_BOOKED -> messages.get("RE_RECORDING".equals(e.subject()) ? key + ".RE_RECORDING" : key,
                    time(e.due()));
            case CALLBACK_KEPT -> messages.get(key, time(e.due()), e.subject() == null ? "\u2014"
                    : outcomes.getOrDefault(e.subject(), e.subject()));
            case CALLBACK_MISSED, CALLBACK_CANCELLED -> messages.get(key, time(e.due()));
            case CONTRACT_SIGNED -> messages.get(key, e.ref(), e.subject(), e.amount());
            case QA_RE_RECORDING_REQUIRED -> messages.get(key, e.ref(), lastDay(e.due()));
            case CONTRACT_RE_RECORDED, CONTRACT_RETURNED, CONTRACT_WITHDRAWN, CONTRACT_CANCELLED -> messages.get(key, e.ref());
            case NOTES_CHANGED -> messages.get(key);
        };
    }

    private String detail(TimelineEntry e) {
        if (e.event() == TimelineEvent.NOTES_CHANGED && (e.text() == null || e.text().isBlank())) {
            return messages.get("timeline.notesCleared");
        }
        if (e.event() == TimelineEvent.CONTRACT_RETURNED && e.subject() != null) {
            return messages.get("timeline.returned." + e.subject());
        }
        if (e.event() == TimelineEvent.QA_RE_RECORDING_REQUIRED || e.event() == TimelineEvent.IMPORTED) {
            return e.subject() == null ? "" : e.subject(); // the QA's reason; the batch's name
        }
        if (e.event() == TimelineEvent.CASE_CLOSED) {
            return "";
        }
        return e.text() == null ? "" : e.text().strip();
    }

    private static boolean loud(TimelineEvent event) {
        return event == TimelineEvent.CALLBACK_MISSED || event == TimelineEvent.QA_RE_RECORDING_REQUIRED
                || event.endsContract();
    }

    /** The card of an open QA re-recording at {@code now}. */
    TimelineModels.ReRecording reRecording(Contract contract, boolean fromCallback, Instant now) {
        ZoneId centre = zone.get();
        Countdown left = Countdown.at(contract.qa().deadline().atZone(centre), now, centre);
        String signed = contract.sale().contractAt().atZone(centre).format(day);
        String last = deadline(contract.qa().deadline());
        String detail = left.form() == Countdown.Form.EXPIRED
                ? messages.get("timeline.reRecording.expired", contract.id(), contract.sale().product(), signed, last,
                        centre.getId())
                : messages.get("timeline.reRecording.detail", contract.id(), contract.sale().product(), signed, last,
                        centre.getId(), countdowns.of(left));
        boolean urgent = !contract.qa().deadline().isAfter(now.plus(Duration.ofDays(2)));
        return new TimelineModels.ReRecording(messages.get(fromCallback ? "timeline.reRecording.title"
                : "timeline.reRecording.open"), detail, urgent);
    }

    String secondContract(CustomerTimeline.OpenContract open) {
        return messages.get("timeline.secondContract", open.id(), open.product(),
                open.signedAt().atZone(zone.get()).format(day));
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String get(dev.dialdesk.domain.i18n.Message message) {
        return messages.get(message);
    }

    /** The last calendar day of a deadline (the deadline is the midnight after it), with its weekday. */
    private String lastDay(Instant deadline) {
        return deadline == null ? "\u2014" : QaDeadlineRule.lastDay(deadline.atZone(zone.get())).format(day);
    }

    /** A deadline as the agent reads it: "03-13 (금) 24:00" for the midnight after the 13th, else its day and time. */
    private String deadline(Instant deadline) {
        java.time.ZonedDateTime local = deadline.atZone(zone.get());
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? local.minusDays(1).format(day) + " 24:00"
                : local.format(when);
    }

    private String time(Instant at) {
        return at == null ? "\u2014" : at.atZone(zone.get()).format(when);
    }
}
