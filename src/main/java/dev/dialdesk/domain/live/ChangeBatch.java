package dev.dialdesk.domain.live;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The changes of one short burst, merged per kind (a floor of desks writing at once gives each desk one
 * batch per coalescing window, not one reload per notification).
 */
public final class ChangeBatch {

    private final Map<Change.Kind, Change> byKind;

    private ChangeBatch(Map<Change.Kind, Change> byKind) {
        this.byKind = byKind;
    }

    public static ChangeBatch of(Collection<Change> changes) {
        Map<Change.Kind, Change> merged = new EnumMap<>(Change.Kind.class);
        for (Change change : changes) {
            merged.merge(change.kind(), change, ChangeBatch::merge);
        }
        return new ChangeBatch(merged);
    }

    private static Change merge(Change a, Change b) {
        Set<Long> ids = new HashSet<>(a.ids());
        ids.addAll(b.ids());
        Set<String> agents = new HashSet<>(a.agents());
        agents.addAll(b.agents());
        return new Change(a.kind(), ids, a.allIds() || b.allIds(), agents, a.allAgents() || b.allAgents());
    }

    /** True after a reconnect: every screen reads everything again. */
    public boolean resync() {
        return byKind.containsKey(Change.Kind.RESYNC);
    }

    public boolean has(Change.Kind kind) {
        return resync() || byKind.containsKey(kind);
    }

    /** True when rows of {@code kind} of {@code agent} (or of any agent, or unnamed ones) may have changed. */
    public boolean concerns(Change.Kind kind, String agent) {
        if (resync()) {
            return true;
        }
        Change change = byKind.get(kind);
        return change != null && (change.allAgents() || change.agents().isEmpty() || change.agents().contains(agent));
    }

    /** True when the agents of {@code kind}'s rows are named and {@code agent} is among them (or any agent). */
    public boolean names(Change.Kind kind, String agent) {
        Change change = byKind.get(kind);
        return resync() || change != null && (change.allAgents() || change.agents().contains(agent));
    }

    /** The ids named for {@code kind} (empty when none or all: see {@link #allIds}). */
    public Set<Long> ids(Change.Kind kind) {
        Change change = byKind.get(kind);
        return change == null ? Set.of() : change.ids();
    }

    /** True when any row of {@code kind} may have changed (too many to name, or a resync). */
    public boolean allIds(Change.Kind kind) {
        Change change = byKind.get(kind);
        return resync() || change != null && change.allIds();
    }

    public Collection<Change> changes() {
        return byKind.values();
    }
}
