package dev.dialdesk.domain.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One call of a chain: to a party, what to ask, when it is due, and the answer.
 *
 * @param position  1-based place in the chain (the number the steps it waits on are named by)
 * @param waitsOn   positions of the steps this one waits on ("book delivery" waits on the repair date)
 * @param delay     counted from the answer of the steps it waits on (template default)
 * @param givenDate a date the party gave ("parts on 12-04"), or null
 * @param version   for conditional updates
 */
public record CaseStep(long id, long caseId, int position, Party party, String question, Instant dueAt,
                       StepState state, Instant askedAt, String answer, Instant answeredAt, LocalDate givenDate,
                       List<Integer> waitsOn, Duration delay, Instant snoozedUntil, long version) {

    public CaseStep {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        question = question == null ? "" : question.strip();
        answer = answer == null || answer.isBlank() ? null : answer.strip();
        waitsOn = List.copyOf(waitsOn);
        delay = delay == null ? Duration.ZERO : delay;
        if (position < 1) {
            throw new IllegalArgumentException("a step's position starts at 1");
        }
        if (waitsOn.stream().anyMatch(p -> p >= position)) {
            throw new IllegalArgumentException("a step waits only on steps before it");
        }
    }

    /** A new step to do. */
    public static CaseStep planned(int position, Party party, String question, Instant dueAt, List<Integer> waitsOn,
                                   Duration delay) {
        return new CaseStep(0, 0, position, party, question, dueAt, StepState.TODO, null, null, null, null, waitsOn,
                delay, null, 1);
    }

    public CaseStep due(Instant newDue) {
        return new CaseStep(id, caseId, position, party, question, newDue, state, askedAt, answer, answeredAt, givenDate,
                waitsOn, delay, null, version);
    }

    public CaseStep asked(Instant at) {
        return new CaseStep(id, caseId, position, party, question, dueAt, StepState.ASKED, at, answer, answeredAt,
                givenDate, waitsOn, delay, snoozedUntil, version);
    }

    public CaseStep answered(String text, Instant at, LocalDate date) {
        return new CaseStep(id, caseId, position, party, question, dueAt, StepState.ANSWERED,
                askedAt == null ? at : askedAt, text, at, date, waitsOn, delay, null, version);
    }

    public CaseStep inState(StepState newState) {
        return new CaseStep(id, caseId, position, party, question, dueAt, newState, askedAt, answer, answeredAt,
                givenDate, waitsOn, delay, null, version);
    }

    public CaseStep snoozed(Instant until) {
        return new CaseStep(id, caseId, position, party, question, dueAt, state, askedAt, answer, answeredAt, givenDate,
                waitsOn, delay, until, version);
    }

    public CaseStep stored(long newId, long newCaseId, long newVersion) {
        return new CaseStep(newId, newCaseId, position, party, question, dueAt, state, askedAt, answer, answeredAt,
                givenDate, waitsOn, delay, snoozedUntil, newVersion);
    }

    @Override
    public String toString() {
        return "CaseStep[id=" + id + ", case=" + caseId + ", #" + position + ", " + party.kind() + ", " + state
                + ", due=" + dueAt + "]";
    }
}
