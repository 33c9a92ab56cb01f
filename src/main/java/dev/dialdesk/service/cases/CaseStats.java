package dev.dialdesk.service.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.storage.CaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The team lead's view of the cases: per agent, open cases, steps overdue (ready and past due), promises kept (closed done by
 * the promised time) and broken (closed late, or still open past it), and the median time to close.
 */
public final class CaseStats {

    /** One agent's (or the team's, {@code agent} null) numbers. */
    public record Line(AgentId agent, int open, int stepsOverdue, int promisesKept, int promisesBroken,
                       int closed, Duration medianToClose) {

        /** The line as plain JSON values (for {@code stats --json}). */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agent", agent == null ? "team" : agent.value());
            m.put("open_cases", open);
            m.put("steps_overdue", stepsOverdue);
            m.put("promises_kept", promisesKept);
            m.put("promises_broken", promisesBroken);
            m.put("closed_cases", closed);
            m.put("median_minutes_to_close", medianToClose == null ? null : medianToClose.toMinutes());
            return m;
        }
    }

    private final CaseStore store;
    private final Clock clock;

    public CaseStats(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Per agent, then the team, for cases open now or created or closed in [from, to). */
    public List<Line> lines(Instant from, Instant to) {
        Instant now = clock.instant();
        Map<String, List<FollowUpCase>> byAgent = new TreeMap<>();
        List<FollowUpCase> all = store.all(from, to);
        for (FollowUpCase c : all) {
            byAgent.computeIfAbsent(c.agentId().value(), k -> new ArrayList<>()).add(c);
        }
        List<Line> lines = new ArrayList<>();
        byAgent.forEach((agent, cases) -> lines.add(line(new AgentId(agent), cases, now)));
        lines.add(line(null, all, now));
        return lines;
    }

    /** The lines as the JSON block {@code cases}: {@code agents} and {@code team}. */
    public Map<String, Object> json(Instant from, Instant to) {
        List<Line> lines = lines(from, to);
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("team", lines.get(lines.size() - 1).json());
        block.put("agents", lines.subList(0, lines.size() - 1).stream().map(Line::json).toList());
        return block;
    }

    static Line line(AgentId agent, List<FollowUpCase> cases, Instant now) {
        int open = 0;
        int overdue = 0;
        int kept = 0;
        int broken = 0;
        List<Duration> toClose = new ArrayList<>();
        for (FollowUpCase c : cases) {
            if (c.state().isOpen()) {
                open++;
                overdue += (int) ChainRules.ready(c).stream().filter(s -> s.dueAt().isBefore(now)).count();
                if (c.promise() != null && c.promise().due().isBefore(now)) {
                    broken++;
                }
            } else if (c.closedAt() != null) {
                if (c.state() == CaseState.DONE) {
                    toClose.add(Duration.between(c.createdAt(), c.closedAt()));
                    if (c.promise() != null) {
                        if (c.promise().keptBy(c.closedAt())) {
                            kept++;
                        } else {
                            broken++;
                        }
                    }
                }
            }
        }
        toClose.sort(null);
        Duration median = toClose.isEmpty() ? null : toClose.size() % 2 == 1 ? toClose.get(toClose.size() / 2)
                : toClose.get(toClose.size() / 2 - 1).plus(toClose.get(toClose.size() / 2)).dividedBy(2);
        return new Line(agent, open, overdue, kept, broken, toClose.size(), median);
    }
}
