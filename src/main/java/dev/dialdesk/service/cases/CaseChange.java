package dev.dialdesk.service.cases;

import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.StepMove;
import java.util.List;
import java.util.Optional;

/**
 * What a change to a case did: the case as stored, the steps that moved (and why, for the screen to
 * say), and the step the chain proposes next.
 */
public record CaseChange(FollowUpCase followUp, List<StepMove> moves, Optional<CaseStep> next) {

    public CaseChange {
        moves = List.copyOf(moves);
    }
}
