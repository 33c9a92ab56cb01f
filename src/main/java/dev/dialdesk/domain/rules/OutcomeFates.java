package dev.dialdesk.domain.rules;

import dev.dialdesk.domain.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What became of each outcome: of the leads whose contact outcome was "thinking it over" (고민중), a
 * callback (예약콜) or a refusal (거절), how many later contracted within 7 and within 30 days of that
 * outcome, and how many of those contracts were withdrawn or returned. A lead counts once per kind of
 * outcome, at its first such outcome of the range, for the agent who took it.
 */
public final class OutcomeFates {

    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration MONTH = Duration.ofDays(30);

    public enum Kind {
        THINKING("thinking"),
        CALLBACK("callback"),
        REFUSED("refused");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The prefix of its fields in {@code stats --json}: {@code thinking_leads} … */
        public String field() {
            return field;
        }
    }

    /**
     * One lead's first outcome of a kind, and what followed.
     *
     * @param contractedAt the first contract after the outcome (a 청약 call or a saved contract), or null
     * @param lostAt       when a contract that followed within 30 days was withdrawn or returned, or null
     */
    public record Fate(long leadId, AgentId agent, Kind kind, Instant at, Instant contractedAt, Instant lostAt) {
        public Fate {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }

        boolean contractedWithin(Duration window) {
            return contractedAt != null && !contractedAt.isBefore(at) && !contractedAt.isAfter(at.plus(window));
        }
    }

    /** The counts of one kind for one agent (or the team). */
    public record Counts(int leads, int contracted7d, int contracted30d, int lost) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(leads + other.leads, contracted7d + other.contracted7d,
                    contracted30d + other.contracted30d, lost + other.lost);
        }

        /** Share of the leads that contracted within 30 days; 0 without leads. */
        public double rate30d() {
            return leads == 0 ? 0 : (double) contracted30d / leads;
        }
    }

    private final Map<AgentId, Map<Kind, Counts>> byAgent;
    private final Map<Kind, Counts> team;

    private OutcomeFates(Map<AgentId, Map<Kind, Counts>> byAgent, Map<Kind, Counts> team) {
        this.byAgent = byAgent;
        this.team = team;
    }

    public static final OutcomeFates NONE = tally(List.of());

    /** Counts the fates per agent and for the team. */
    public static OutcomeFates tally(List<Fate> fates) {
        Map<AgentId, Map<Kind, Counts>> byAgent = new LinkedHashMap<>();
        Map<Kind, Counts> team = zeros();
        for (Fate fate : fates) {
            Counts one = new Counts(1, fate.contractedWithin(WEEK) ? 1 : 0, fate.contractedWithin(MONTH) ? 1 : 0,
                    fate.lostAt() != null && fate.contractedWithin(MONTH) ? 1 : 0);
            byAgent.computeIfAbsent(fate.agent(), a -> zeros()).merge(fate.kind(), one, Counts::plus);
            team.merge(fate.kind(), one, Counts::plus);
        }
        return new OutcomeFates(byAgent, team);
    }

    private static Map<Kind, Counts> zeros() {
        Map<Kind, Counts> map = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            map.put(kind, Counts.ZERO);
        }
        return map;
    }

    public Counts of(AgentId agent, Kind kind) {
        return byAgent.getOrDefault(agent, Map.of()).getOrDefault(kind, Counts.ZERO);
    }

    public Counts team(Kind kind) {
        return team.get(kind);
    }
}
