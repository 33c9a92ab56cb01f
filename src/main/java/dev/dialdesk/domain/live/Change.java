package dev.dialdesk.domain.live;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One change another desk (or this one) made on the team server, as its notification names it: a kind,
 * the ids of the rows and the agents they belong to; never a name or a number. The payload is
 * {@code KIND[:IDS][@AGENTS]} (PostgreSQL {@code 010-live-notify.sql}): {@code lead:12,13@A1024,A2048},
 * {@code lead@A1024} (new leads), {@code dnc@A1024}, {@code contract:*} (too many to name).
 *
 * @param ids       the rows' ids (lead ids for {@link Kind#CALL}, case ids for a case step); empty with
 *                  {@code allIds} false when the change names none (an insert)
 * @param allIds    true when any row of the kind may have changed
 * @param agents    the agents whose rows changed (before and after); empty when none is named
 * @param allAgents true when the rows of any agent may have changed
 */
public record Change(Kind kind, Set<Long> ids, boolean allIds, Set<String> agents, boolean allAgents) {

    /** What changed; {@link #RESYNC}: anything may have (the desk was away from the server). */
    public enum Kind {
        LEAD, CALL, CALLBACK, CONTRACT, DNC, CASE, RESYNC;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> ofCode(String code) {
            return Arrays.stream(values()).filter(k -> k != RESYNC && k.code().equals(code)).findFirst();
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        ids = Set.copyOf(ids);
        agents = Set.copyOf(agents);
    }

    /** After a reconnect: a notification missed while away is never replayed, so everything is read again. */
    public static Change resync() {
        return new Change(Kind.RESYNC, Set.of(), true, Set.of(), true);
    }

    /** Reads a payload; empty for one this build does not know (a newer server's kind, a garbled text). */
    public static Optional<Change> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        int at = payload.indexOf('@');
        String head = at < 0 ? payload : payload.substring(0, at);
        String agentPart = at < 0 ? "" : payload.substring(at + 1);
        int colon = head.indexOf(':');
        String idPart = colon < 0 ? "" : head.substring(colon + 1);
        Optional<Kind> kind = Kind.ofCode(colon < 0 ? head : head.substring(0, colon));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            Set<Long> ids = new TreeSet<>();
            if (!"*".equals(idPart)) {
                for (String id : split(idPart)) {
                    ids.add(Long.parseLong(id));
                }
            }
            Set<String> agents = "*".equals(agentPart) ? Set.of() : Set.copyOf(split(agentPart));
            return Optional.of(new Change(kind.get(), ids, "*".equals(idPart), agents, "*".equals(agentPart)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static java.util.List<String> split(String part) {
        return part.isEmpty() ? java.util.List.of() : Arrays.stream(part.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** The payload this change is sent as (tests, the benchmark). */
    public String payload() {
        StringBuilder text = new StringBuilder(kind.code());
        if (allIds || !ids.isEmpty()) {
            text.append(':').append(allIds ? "*" : String.join(",", ids.stream().sorted().map(String::valueOf).toList()));
        }
        if (allAgents || !agents.isEmpty()) {
            text.append('@').append(allAgents ? "*" : String.join(",", new TreeSet<>(agents)));
        }
        return text.toString();
    }
}
