package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Follow-up cases with their steps, and the chain templates. Every update is conditional on the
 * version read: a lost race throws {@link ConflictException} and writes nothing.
 */
public interface CaseStore {

    /** Saves a new case with its steps (their ids are ignored); returns it as stored. */
    FollowUpCase insert(FollowUpCase c);

    Optional<FollowUpCase> find(long caseId);

    /**
     * Writes the case's own fields and the given steps (new ones, id 0, are added) in one transaction,
     * each only if its version is still the one read; returns the case as stored.
     */
    FollowUpCase update(FollowUpCase c, List<CaseStep> changedSteps);

    /** The agent's cases, newest first; only open and waiting ones with {@code openOnly}. */
    List<FollowUpCase> byAgent(AgentId agent, boolean openOnly);

    /** Every agent's cases created or closed in [from, to) or still open: the team lead's view. */
    List<FollowUpCase> all(Instant from, Instant to);

    /** The open cases of a customer's number (any agent), newest first. */
    List<FollowUpCase> openForPhone(PhoneNumber phone);

    /** The cases of a lead, newest first: the customer's timeline. */
    List<FollowUpCase> forLead(long leadId);

    /** The open case that has a step calling this internal contact, if any (the call screen). */
    List<FollowUpCase> openForContact(long contactId);

    List<CaseTemplate> templates();

    /** Inserts ({@code id} 0) or updates a template, conditionally on its version. */
    CaseTemplate saveTemplate(CaseTemplate template);
}
