package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import java.util.List;

/**
 * Hook for the return-call inbox (issue 15): leads whose missed calls are still to be returned, oldest
 * first. The work queue offers them after due callbacks and before retries and new leads.
 */
@FunctionalInterface
public interface ReturnCalls {

    ReturnCalls NONE = agent -> List.of();

    List<Long> leadIds(AgentId agent);
}
