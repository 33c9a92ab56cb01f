package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where the callback figures come from (the callback scheduler, issue 4, plugs its store in here at
 * merge). A callback counts on the centre day it was due: due (every callback due that day, whatever
 * its status now), kept (DONE: a call was made at or after the due time), missed (MISSED).
 */
public interface CallbackMetricsSource {

    /** The callbacks of one agent due on one day. */
    record CallbackDay(AgentId agent, LocalDate day, int due, int kept, int missed) {
    }

    /** Per agent and day in [from, to] (centre days in {@code zone}); {@code agent} empty: every agent. */
    List<CallbackDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent);

    /** Until the callback scheduler is merged: no callbacks. */
    CallbackMetricsSource NONE = (from, to, zone, agent) -> List.of();
}
