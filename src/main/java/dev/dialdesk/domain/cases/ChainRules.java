package dev.dialdesk.domain.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of a chain: which steps are ready, what a case waits on, re-planning (dependants move by the
 * same amount), answers (the next steps become due after their delay or from the date the party gave),
 * and the parties' working hours (a step due in a lunch break is offered after it). Pure: each rule
 * returns the changed steps and the moves, to be saved and said.
 */
public final class ChainRules {

    /** A due time from a given date starts at this local time (the parties' usual opening). */
    public static final LocalTime DAY_START = LocalTime.of(9, 0);

    /** The result of a rule: the steps to save and the moves to show. */
    public record Change(List<CaseStep> steps, List<StepMove> moves) {
        public Change {
            steps = List.copyOf(steps);
            moves = List.copyOf(moves);
        }
    }

    /** What a case waits on, and since when. */
    public record Waiting(CaseStep step, Instant since) {
    }

    private final Function<Party, Optional<WorkingHours>> hours;
    private final ZoneId zone;

    /** @param hours the working hours of a step's party (empty for the customer: no shift) */
    public ChainRules(Function<Party, Optional<WorkingHours>> hours, ZoneId zone) {
        this.hours = hours;
        this.zone = zone;
    }

    /** Open steps whose dependencies are all answered, done or skipped, earliest due first. */
    public static List<CaseStep> ready(FollowUpCase c) {
        return c.steps().stream().filter(s -> s.state().isOpen() && released(c, s))
                .sorted(Comparator.comparing(CaseStep::dueAt).thenComparingInt(CaseStep::position)).toList();
    }

    /** The step to call next: the earliest ready step still to do; empty while all wait for answers. */
    public static Optional<CaseStep> next(FollowUpCase c) {
        return ready(c).stream().filter(s -> s.state() == StepState.TODO).findFirst();
    }

    private static boolean released(FollowUpCase c, CaseStep step) {
        return step.waitsOn().stream().allMatch(p -> c.step(p).map(s -> s.state().releasesDependants()).orElse(true));
    }

    /** The state an open case is in: open while a step is to call, waiting while every step waits. */
    public static CaseState openState(FollowUpCase c) {
        return next(c).isPresent() || c.steps().stream().noneMatch(s -> s.state().isOpen())
                ? CaseState.OPEN : CaseState.WAITING;
    }

    /** The asked step waiting longest for its answer, if any. */
    public static Optional<Waiting> waitingOn(FollowUpCase c) {
        return c.steps().stream().filter(s -> s.state() == StepState.ASKED && s.askedAt() != null)
                .min(Comparator.comparing(CaseStep::askedAt)).map(s -> new Waiting(s, s.askedAt()));
    }

    /** A step's due time as its party can take the call (a lunch break moves it to after the break). */
    public Optional<StepMove> fitToHours(CaseStep step, Instant due, StepMove.Reason reason) {
        Optional<WorkingHours> party = hours.apply(step.party());
        if (party.isEmpty()) {
            return Optional.empty();
        }
        WorkingHours.Answering answering = party.get().nextAnswering(due, zone);
        return switch (answering.shift()) {
            case NONE -> Optional.empty();
            case LUNCH -> Optional.of(new StepMove(step.position(), due, answering.at(), StepMove.Reason.AFTER_LUNCH));
            default -> Optional.of(new StepMove(step.position(), due, answering.at(),
                    StepMove.Reason.OUTSIDE_WORKING_HOURS));
        };
    }

    /**
     * Moves the step at {@code position} to {@code newDue}; every open step that waits on it (directly
     * or through others) moves by the same amount. Each is then fitted to its party's hours.
     */
    public Change replan(FollowUpCase c, int position, Instant newDue) {
        CaseStep target = c.step(position).orElseThrow(() -> new IllegalArgumentException("no step " + position));
        Duration delta = Duration.between(target.dueAt(), newDue);
        List<CaseStep> changed = new ArrayList<>();
        List<StepMove> moves = new ArrayList<>();
        Map<Integer, Boolean> moved = new HashMap<>();
        moved.put(position, true);
        move(target, newDue, StepMove.Reason.REPLANNED, changed, moves);
        for (CaseStep step : c.steps()) {
            if (step.position() > position && step.state().isOpen()
                    && step.waitsOn().stream().anyMatch(p -> moved.getOrDefault(p, false))) {
                moved.put(step.position(), true);
                move(step, step.dueAt().plus(delta), StepMove.Reason.FOLLOWS_DEPENDENCY, changed, moves);
            }
        }
        return new Change(changed, moves);
    }

    /**
     * Records the answer of the step at {@code position}. Steps waiting on it that are now free become
     * due {@code delay} after the answer, or, with {@code dueFromGivenDate} and a date in the answer,
     * {@code delay} after that date's opening.
     */
    public Change answer(FollowUpCase c, int position, String text, Instant at, boolean dueFromGivenDate) {
        CaseStep step = c.step(position).orElseThrow(() -> new IllegalArgumentException("no step " + position));
        LocalDate given = AnswerDates.find(text, at.atZone(zone).toLocalDate()).orElse(null);
        CaseStep answered = step.answered(text, at, given);
        FollowUpCase after = c.withSteps(List.of(answered));
        List<CaseStep> changed = new ArrayList<>(List.of(answered));
        List<StepMove> moves = new ArrayList<>();
        for (CaseStep dependant : after.steps()) {
            if (dependant.state() == StepState.TODO && dependant.waitsOn().contains(position) && released(after, dependant)) {
                boolean fromDate = dueFromGivenDate && given != null;
                Instant base = fromDate ? given.atTime(DAY_START).atZone(zone).toInstant() : at;
                move(dependant, later(base, at).plus(dependant.delay()),
                        fromDate ? StepMove.Reason.FROM_GIVEN_DATE : StepMove.Reason.AFTER_ANSWER, changed, moves);
            }
        }
        return new Change(changed, moves);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void move(CaseStep step, Instant due, StepMove.Reason reason, List<CaseStep> changed, List<StepMove> moves) {
        Instant from = step.dueAt();
        moves.add(new StepMove(step.position(), from, due, reason));
        Optional<StepMove> fitted = fitToHours(step, due, reason);
        fitted.ifPresent(moves::add);
        Instant finalDue = fitted.map(StepMove::to).orElse(due);
        changed.removeIf(s -> s.position() == step.position());
        changed.add(step.due(finalDue));
    }
}
