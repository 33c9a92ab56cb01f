package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.UnscheduledCallback;
import java.util.List;

/**
 * The callbacks without a time: leads in status 예약콜 with no open (pending or missed) callback. Read
 * from the leads and callbacks as they are, so nothing can fall out of step with them.
 */
public interface UnscheduledCallbackStore {

    /** The agent's callbacks without a time, the oldest call first. */
    List<UnscheduledCallback> forAgent(AgentId agent, int limit);

    /** True when the lead waits for a callback time. */
    boolean awaitsTime(long leadId);
}
