package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.AgentId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the agent asks to book.
 *
 * @param windowEnd  end of the customer's window, may be null
 * @param contractId the contract of a re-recording callback, may be null
 */
public record BookingRequest(long leadId, AgentId agent, ZonedDateTime dueAt, ZonedDateTime windowEnd, String note,
                             boolean customerAsked, CallbackKind kind, Long contractId) {

    public BookingRequest {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note.strip();
    }

    public BookingRequest at(ZonedDateTime otherTime) {
        return new BookingRequest(leadId, agent, otherTime, null, note, customerAsked, kind, contractId);
    }

    @Override
    public String toString() {
        return "BookingRequest[lead=" + leadId + ", agent=" + agent + ", due=" + dueAt + ", kind=" + kind + "]";
    }
}
