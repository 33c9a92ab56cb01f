package dev.dialdesk.domain.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's case (one complaint, a chain of calls): whose it is, what is wrong, what was promised by
 * when, and its steps in order. The customer's name is for the screen: {@link #toString()} leaves it out.
 *
 * @param leadId null for a number not in any batch
 */
public record FollowUpCase(long id, AgentId agentId, Long leadId, PhoneNumber phone, String customerName,
                           String title, String problem, CaseState state, CasePromise promise, Instant createdAt,
                           Instant closedAt, long version, List<CaseStep> steps) {

    public FollowUpCase {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        customerName = customerName == null ? "" : customerName.strip();
        title = title == null ? "" : title.strip();
        problem = problem == null ? "" : problem.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a case needs a title");
        }
        steps = steps.stream().sorted(Comparator.comparingInt(CaseStep::position)).toList();
    }

    public Optional<CasePromise> promiseOpt() {
        return Optional.ofNullable(promise);
    }

    public Optional<CaseStep> step(int position) {
        return steps.stream().filter(s -> s.position() == position).findFirst();
    }

    public CaseStep stepById(long stepId) {
        return steps.stream().filter(s -> s.id() == stepId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + stepId + " in case " + id));
    }

    /** The case with {@code changed} steps put in place of the ones at their positions. */
    public FollowUpCase withSteps(List<CaseStep> changed) {
        List<CaseStep> all = new ArrayList<>(steps);
        for (CaseStep step : changed) {
            all.removeIf(s -> s.position() == step.position());
            all.add(step);
        }
        return new FollowUpCase(id, agentId, leadId, phone, customerName, title, problem, state, promise, createdAt,
                closedAt, version, all);
    }

    public FollowUpCase inState(CaseState newState, Instant closed) {
        return new FollowUpCase(id, agentId, leadId, phone, customerName, title, problem, newState, promise, createdAt,
                closed, version, steps);
    }

    public FollowUpCase withPromise(CasePromise newPromise) {
        return new FollowUpCase(id, agentId, leadId, phone, customerName, title, problem, state, newPromise, createdAt,
                closedAt, version, steps);
    }

    public FollowUpCase stored(long newId, long newVersion, List<CaseStep> storedSteps) {
        return new FollowUpCase(newId, agentId, leadId, phone, customerName, title, problem, state, promise, createdAt,
                closedAt, newVersion, storedSteps);
    }

    /** The next position for a step added at the end. */
    public int nextPosition() {
        return steps.stream().mapToInt(CaseStep::position).max().orElse(0) + 1;
    }

    @Override
    public String toString() {
        return "FollowUpCase[id=" + id + ", agent=" + agentId.value() + ", lead=" + leadId + ", phone="
                + phone.masked() + ", " + state + ", steps=" + steps.size() + "]";
    }
}
