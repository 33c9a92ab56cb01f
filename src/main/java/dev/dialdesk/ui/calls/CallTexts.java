package dev.dialdesk.ui.calls;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.CallingDecision;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.calls.ShiftStats;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Turns the call loop's results into the call panel's texts (no Swing; formats in the centre's zone). */
public final class CallTexts {

    /** Days without a contract from which the shift panel warns. */
    private static final int DRY_RUN_WARNING_DAYS = 3;

    private final Messages messages;
    /** Day, weekday and time: "03-11 (화) 09:10", "Tue 03-11 09:10". */
    private final DateTimeFormatter when;
    private final Supplier<ZoneId> zone;
    private final LongFunction<String> batchNames;
    private final Function<String, String> keys;
    private Map<String, String> labels = Map.of();

    /**
     * @param zone       the centre's zone (times of the history and callbacks)
     * @param batchNames a batch's name by id (from the lead list already in memory)
     * @param keys       how an action's key is written ("F2"), for the hints
     */
    public CallTexts(Messages messages, Supplier<ZoneId> zone, LongFunction<String> batchNames,
                     Function<String, String> keys) {
        this.messages = messages;
        this.when = DayTime.dayAndTime(messages);
        this.keys = keys;
        this.zone = zone;
        this.batchNames = batchNames;
    }

    /** Remembers the labels of the current dispositions (for the history). */
    List<CallModels.DispositionChoice> choices(List<Disposition> dispositions) {
        List<CallModels.DispositionChoice> choices = dispositions.stream()
                .filter(d -> d.position() >= 1 && d.position() <= 9)
                .map(d -> new CallModels.DispositionChoice(d.position(), d.code(), label(d)))
                .toList();
        labels = dispositions.stream().collect(Collectors.toMap(Disposition::code, this::label, (a, b) -> a));
        return choices;
    }

    public String label(Disposition disposition) {
        return disposition.customLabel() != null ? disposition.customLabel() : messages.get(disposition.messageKey());
    }

    CallModels.LeadCard card(QueuedLead queued) {
        Lead lead = queued.lead();
        CallingDecision hours = queued.hours();
        String batch = batchNames.apply(lead.batchId());
        QueueSkipReason skip = queued.skip();
        return new CallModels.LeadCard(
                lead.name().isBlank() ? "—" : lead.name(),
                lead.phone().national(),
                status(queued),
                messages.get("callscreen.lead.attempts", queued.state().attemptCount()),
                batch == null || batch.isBlank() ? "—" : batch,
                lead.notes() == null ? "" : lead.notes().strip(),
                source(queued),
                hours.reason() == null ? messages.get("callscreen.hours.open") : messages.get(hours.reason()),
                hours.isWarning() ? CallModels.Tone.WARNING : hours.isAllowed() ? CallModels.Tone.OK : CallModels.Tone.ERROR,
                skip == null ? null : caution(skip),
                skip == null ? null : cautionTone(skip));
    }

    private String source(QueuedLead queued) {
        return switch (queued.tier()) {
            case CALLBACK -> messages.get("callscreen.tier.CALLBACK",
                    queued.callback().dueAt().atZone(zone.get()).format(when));
            case RETURN_CALL -> messages.get("cases.tier.RETURN_CALL");
            case RETRY -> messages.get("callscreen.tier.RETRY", lastOutcome(queued));
            case NEW -> messages.get("callscreen.tier.NEW");
            case OPENED -> messages.get("callscreen.tier.OPENED");
        };
    }

    /**
     * The lead's status; a retried lead that was busy or had its phone off says so ("통화중", "전원 꺼짐")
     * rather than the "no answer" the three share.
     */
    private String status(QueuedLead queued) {
        String code = queued.state().lastDisposition();
        boolean apart = queued.state().status() == dev.dialdesk.domain.LeadStatus.NO_ANSWER
                && ("BUSY".equals(code) || "PHONE_OFF".equals(code)) && labels.containsKey(code);
        return apart ? labels.get(code) : messages.get(queued.state().status().messageKey());
    }

    private String lastOutcome(QueuedLead queued) {
        String code = queued.state().lastDisposition();
        return code == null ? "—" : labels.getOrDefault(code, code);
    }

    private String caution(QueueSkipReason skip) {
        String reason = messages.get(skip.message());
        return switch (skip.kind()) {
            case DO_NOT_CALL -> messages.get("callscreen.caution.doNotCall");
            case OTHER_AGENT -> messages.get("callscreen.caution.otherAgent", reason);
            default -> messages.get("callscreen.caution.notOffered", reason);
        };
    }

    private static CallModels.Tone cautionTone(QueueSkipReason skip) {
        return skip.kind() == QueueSkipReason.Kind.DO_NOT_CALL || skip.kind() == QueueSkipReason.Kind.OTHER_AGENT
                || skip.kind() == QueueSkipReason.Kind.FINAL ? CallModels.Tone.ERROR : CallModels.Tone.WARNING;
    }

    List<CallModels.HistoryRow> history(List<CallAttempt> attempts) {
        Function<CallAttempt, CallModels.HistoryRow> row = a -> new CallModels.HistoryRow(
                a.startedAt().atZone(zone.get()).format(when),
                labels.getOrDefault(a.disposition(), a.disposition()),
                duration(a.duration()),
                a.note());
        return attempts.stream().map(row).toList();
    }

    CallModels.ShiftFigures shift(ShiftStats stats) {
        return new CallModels.ShiftFigures(
                messages.get("callscreen.shiftValue.count", stats.dials()),
                messages.get("callscreen.shiftValue.count", stats.contacts()),
                messages.get("callscreen.shiftValue.rate", stats.contactRate()),
                duration(stats.talkTime()),
                messages.get("callscreen.shiftValue.count", stats.contracts()),
                messages.get("callscreen.shiftValue.premium", stats.premiumWon()),
                messages.get("callscreen.shiftValue.days", stats.daysWithoutContract()),
                stats.daysWithoutContract() >= DRY_RUN_WARNING_DAYS ? CallModels.Tone.WARNING : CallModels.Tone.NORMAL);
    }

    /** {@code 4:05} under an hour, {@code 1:02:03} from an hour on. */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, secs) : String.format("%d:%02d", minutes, secs);
    }

    /** The text of {@code key} whose only argument is the key of {@code actionId}. */
    String withKey(String key, String actionId) {
        return messages.get(key, keys.apply(actionId));
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String get(dev.dialdesk.domain.i18n.Message message) {
        return messages.get(message);
    }
}
