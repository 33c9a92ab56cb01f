package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.calls.CallingDecision;
import dev.dialdesk.domain.calls.CallingPolicy;
import dev.dialdesk.domain.i18n.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a callback time must pass, in one place (see {@code docs/callbacks.md}):
 * <ul>
 *   <li>never in the past; at most {@value #MAX_DAYS_AHEAD} days ahead;</li>
 *   <li>outside calling hours or on a holiday (in the customer's zone) refused, unless the customer
 *       asked for that time: then allowed and audited;</li>
 *   <li>another callback of the agent less than {@value #CLASH_MINUTES} minutes away warns;</li>
 *   <li>a re-recording after its contract's QA deadline warns loudly (allowed once confirmed, audited).</li>
 * </ul>
 */
public final class BookingRules {

    public static final int MAX_DAYS_AHEAD = 90;
    public static final int CLASH_MINUTES = 10;
    /** The longest customer's window ("between 10:00 and 11:00") accepted. */
    public static final Duration MAX_WINDOW = Duration.ofHours(12);

    private final CallingPolicy policy;

    public BookingRules(CallingPolicy policy) {
        this.policy = policy;
    }

    /**
     * Checks {@code request} at {@code now}.
     *
     * @param customerZone  the zone of the customer (the lead's own, else the centre's)
     * @param otherCallbacks due times of the agent's other open callbacks around the requested time
     * @param qaDeadline    the contract's QA re-recording deadline, for a re-recording callback
     */
    public BookingCheck check(BookingRequest request, Instant now, ZoneId customerZone, List<Instant> otherCallbacks,
                              Optional<ZonedDateTime> qaDeadline) {
        List<BookingIssue> issues = new ArrayList<>();
        Set<BookingException> exceptions = EnumSet.noneOf(BookingException.class);
        ZonedDateTime due = request.dueAt();
        Instant at = due.toInstant();
        LocalDate today = now.atZone(due.getZone()).toLocalDate();
        if (at.isBefore(now)) {
            issues.add(refused("callbacks.book.past"));
        } else if (due.isAfter(now.atZone(due.getZone()).plusDays(MAX_DAYS_AHEAD))) {
            issues.add(refused("callbacks.book.tooFar", MAX_DAYS_AHEAD));
        }
        checkWindow(request, issues);
        checkHours(request, customerZone, today, issues, exceptions);
        otherCallbacks.stream()
                .filter(other -> Duration.between(other, at).abs().compareTo(Duration.ofMinutes(CLASH_MINUTES)) < 0)
                .findFirst()
                .ifPresent(other -> issues.add(new BookingIssue(BookingIssue.Severity.WARNING, new Message(
                        "callbacks.book.clash", CallingPolicy.describe(other.atZone(due.getZone()), today), CLASH_MINUTES))));
        if (request.kind() == CallbackKind.RE_RECORDING && qaDeadline.isPresent()
                && !at.isBefore(qaDeadline.get().toInstant())) {
            issues.add(new BookingIssue(BookingIssue.Severity.LOUD_WARNING, new Message("callbacks.book.afterQaDeadline",
                    CallingPolicy.describe(qaDeadline.get().withZoneSameInstant(due.getZone()), today))));
            exceptions.add(BookingException.AFTER_QA_DEADLINE);
        }
        return new BookingCheck(issues, exceptions);
    }

    private static void checkWindow(BookingRequest request, List<BookingIssue> issues) {
        ZonedDateTime end = request.windowEnd();
        if (end == null) {
            return;
        }
        if (!end.isAfter(request.dueAt())) {
            issues.add(refused("callbacks.book.windowBeforeStart"));
        } else if (Duration.between(request.dueAt(), end).compareTo(MAX_WINDOW) > 0) {
            issues.add(refused("callbacks.book.windowTooLong", MAX_WINDOW.toHours()));
        }
    }

    private void checkHours(BookingRequest request, ZoneId customerZone, LocalDate today, List<BookingIssue> issues,
                            Set<BookingException> exceptions) {
        Instant at = request.dueAt().toInstant();
        CallingDecision decision = policy.evaluate(at, customerZone);
        if (decision.isAllowed()) {
            return;
        }
        boolean holiday = policy.isHoliday(at.atZone(customerZone).toLocalDate());
        if (request.customerAsked()) {
            exceptions.add(holiday ? BookingException.HOLIDAY : BookingException.OUTSIDE_HOURS);
            return;
        }
        Object opens = decision.nextOpening() == null ? "-"
                : CallingPolicy.describe(decision.nextOpening().withZoneSameInstant(request.dueAt().getZone()), today);
        issues.add(refused(holiday ? "callbacks.book.holiday" : "callbacks.book.outsideHours", opens));
    }

    private static BookingIssue refused(String key, Object... args) {
        return new BookingIssue(BookingIssue.Severity.REFUSED, new Message(key, args));
    }
}
