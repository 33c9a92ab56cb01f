package dev.dialdesk.service.callbacks;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hook for the contracts feature (issue 5): the QA re-recording deadline of a lead's contract, so that
 * booking a re-recording callback after it warns loudly. Until contracts exist, there is none.
 */
@FunctionalInterface
public interface ReRecordingDeadlines {

    ReRecordingDeadlines NONE = (leadId, contractId) -> Optional.empty();

    /**
     * The deadline of the open QA case of {@code contractId}, or of the lead's contract with an open
     * QA case when {@code contractId} is null; empty when there is none.
     */
    Optional<ZonedDateTime> deadlineFor(long leadId, Long contractId);
}
