package dev.dialdesk.service.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.service.calls.ReturnCalls;
import java.util.List;
import java.util.Objects;

/** The work queue's return calls: the inbox's calls matched to a lead (with or without a case), oldest first. */
public final class ReturnCallQueue implements ReturnCalls {

    private final ReturnCallInbox inbox;

    public ReturnCallQueue(ReturnCallInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<Long> leadIds(AgentId agent) {
        return inbox.returnCalls().stream().map(ReturnCall::match).map(ReturnCall.Match::leadId)
                .filter(Objects::nonNull).distinct().toList();
    }
}
