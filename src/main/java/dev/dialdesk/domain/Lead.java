package dev.dialdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A lead: one person of an assigned batch (배정 DB), with the fields the centre's file gave and the
 * state of working it.
 *
 * @param id          database id
 * @param batchId     the batch it came with
 * @param agentId     the agent it is assigned to
 * @param phone       normalised number, unique among leads
 * @param externalId  the centre's customer number (고객번호), may be null
 * @param name        may be empty when the file had none
 * @param birthDate   may be null
 * @param extra       columns of the import file that are not lead fields, header to value
 */
public record Lead(
        long id,
        long batchId,
        AgentId agentId,
        PhoneNumber phone,
        String externalId,
        String name,
        LocalDate birthDate,
        Gender gender,
        String region,
        String product,
        String source,
        String notes,
        Map<String, String> extra,
        LeadStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Lead {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
        gender = gender == null ? Gender.UNKNOWN : gender;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Leads print without the customer's name or full number, so that logs stay clean. */
    @Override
    public String toString() {
        return "Lead[id=" + id + ", batch=" + batchId + ", phone=" + phone.masked() + ", status=" + status + "]";
    }
}
