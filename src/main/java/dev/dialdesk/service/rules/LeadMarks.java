package dev.dialdesk.service.rules;

import dev.dialdesk.domain.rules.Consent;
import dev.dialdesk.domain.rules.ConsentRule;
import dev.dialdesk.domain.rules.QaRisk;
import dev.dialdesk.domain.rules.WithdrawalRisk;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * What the floor's rules say about one lead, for the lead list, the lead detail and the call panel.
 *
 * @param answeredHours    the hours of the day (customer's clock) at which this customer answered before
 * @param teamBestHours    the team's best contact hours for leads that went cold, best first
 * @param qaDeadline       the open QA case's deadline, null without one
 * @param qaRisk           why that case is at risk; empty when it is not (or there is none)
 * @param withdrawalRisk   why a contract of the lead is at risk of withdrawal; empty when none is
 */
public record LeadMarks(Consent consent, ConsentRule.Verdict consentVerdict, boolean avoiding, int unansweredInARow,
                        SortedSet<Integer> answeredHours, List<Integer> teamBestHours, Instant qaDeadline,
                        Set<QaRisk.Reason> qaRisk, Set<WithdrawalRisk.Reason> withdrawalRisk) {

    public LeadMarks {
        answeredHours = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(answeredHours));
        teamBestHours = List.copyOf(teamBestHours);
        qaRisk = Set.copyOf(qaRisk);
        withdrawalRisk = Set.copyOf(withdrawalRisk);
    }

    /** Anything loud to show on the call panel? */
    public boolean atRisk() {
        return !qaRisk.isEmpty() || !withdrawalRisk.isEmpty();
    }
}
