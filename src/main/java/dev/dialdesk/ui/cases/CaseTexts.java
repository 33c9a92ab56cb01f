package dev.dialdesk.ui.cases;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.cases.CasePromise;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.cases.StepMove;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.cases.CaseChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The cases screen's words: parties, times, countdowns, what a change moved, in the agent's language. */
public final class CaseTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter dayTime;

    private final Messages messages;
    private final Supplier<ZoneId> zone;
    private final Supplier<Instant> now;

    public CaseTexts(Messages messages, Supplier<ZoneId> zone, Supplier<Instant> now) {
        this.messages = messages;
        this.dayTime = DayTime.dayAndTime(messages);
        this.zone = zone;
        this.now = now;
    }

    public ZoneId zone() {
        return zone.get();
    }

    public Instant now() {
        return now.get();
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String party(Party party) {
        return party.isCustomer() ? messages.get("cases.party.customer") : party.name();
    }

    /** "13:00" today, "12-04 09:30" another day. */
    public String when(Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(zone.get());
        boolean today = local.toLocalDate().equals(now.get().atZone(zone.get()).toLocalDate());
        return local.format(today ? TIME : dayTime);
    }

    public String state(FollowUpCase c) {
        return messages.get("cases.state." + c.state().name());
    }

    public String stepState(CaseStep s) {
        return messages.get("cases.stepState." + s.state().name());
    }

    /** "2 h 10 min left" or "overdue 15 min". */
    public String countdown(CasePromise promise) {
        Duration left = promise.remaining(now.get());
        long minutes = Math.abs(left.toMinutes());
        String span = messages.get("cases.span", minutes / 60, minutes % 60);
        return left.isNegative() ? messages.get("cases.promise.overdue", span) : messages.get("cases.promise.left", span);
    }

    /** The case's line: promise with countdown, what it waits on and since when. */
    public String summary(FollowUpCase c) {
        List<String> parts = new ArrayList<>();
        if (c.promise() != null) {
            parts.add(messages.get("cases.summary.promise", c.promise().what(), when(c.promise().due()),
                    c.state().isOpen() ? countdown(c.promise()) : ""));
        }
        ChainRules.waitingOn(c).ifPresent(w -> parts.add(messages.get("cases.summary.waiting", party(w.step().party()),
                when(w.since()))));
        ChainRules.next(c).ifPresent(s -> parts.add(next(s)));
        return String.join("  ·  ", parts);
    }

    public String next(CaseStep s) {
        return messages.get("cases.next", when(s.dueAt()), party(s.party()), s.question());
    }

    /** What a change did: each move in words, then the step proposed next. */
    public String describe(CaseChange change) {
        List<String> lines = new ArrayList<>();
        for (StepMove move : change.moves()) {
            change.followUp().step(move.position()).ifPresent(step -> lines.add(messages.get(
                    "cases.move." + move.reason().name(), party(step.party()), when(move.to()), move.position())));
        }
        change.next().ifPresent(s -> lines.add(next(s)));
        return String.join(" ", lines);
    }

    public String calling(CaseStep step) {
        return messages.get("cases.calling", party(step.party()));
    }

    public String noContact(CaseStep step) {
        return messages.get("cases.noContact", party(step.party()));
    }

    public String unknownCaller(ReturnCall call) {
        return messages.get("cases.inbox.unknown", call.phone().national());
    }

    public String missedImported(int added, Path file) {
        return messages.get("cases.cli.inboxImported", added, file.getFileName().toString());
    }

    public String contactsImported(int changed, Path file) {
        return messages.get("cases.cli.contactsImported", changed, file.getFileName().toString());
    }

    public String contactSaved(String label) {
        return messages.get("cases.contact.saved", label);
    }

    public String templateSaved(String name) {
        return messages.get("cases.template.saved", name);
    }

    public String age(ReturnCall call) {
        long minutes = call.age(now.get()).toMinutes();
        return messages.get("cases.span", minutes / 60, minutes % 60);
    }
}
