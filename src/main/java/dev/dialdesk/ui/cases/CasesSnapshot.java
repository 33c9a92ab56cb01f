package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.ReturnCall;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** One load of the cases screen: the agent's cases, the "today" list and the return calls, at one instant. */
public record CasesSnapshot(List<FollowUpCase> cases, List<AgendaItem> today, List<ReturnCall> returnCalls,
                            Instant now, ZoneId zone) {

    public CasesSnapshot {
        cases = List.copyOf(cases);
        today = List.copyOf(today);
        returnCalls = List.copyOf(returnCalls);
    }

    /** Items of the today list past their due time. */
    public long overdue() {
        return today.stream().filter(i -> i.timing(now, zone) == AgendaItem.Timing.OVERDUE).count();
    }
}
