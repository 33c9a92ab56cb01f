package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;

/** How many of an agent's leads the queue would offer now if calling hours allowed it. */
public interface WaitingLeads {

    /**
     * The agent's new leads and the retries due by {@code now} (final and do-not-call leads left out); on the
     * team server also the shared pool's, but for those a desk holds now.
     */
    long callableIgnoringHours(AgentId agent, Instant now);
}
