package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.AgentId;
import java.time.ZonedDateTime;

/** An open QA case for the callback scheduler: its re-recording callback goes before all others. */
public record OpenReRecordingCase(long contractId, long leadId, AgentId agent, ZonedDateTime deadline) {
}
