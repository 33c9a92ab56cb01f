package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * A number on the do-not-call list (수신거부): honoured at once and forever.
 *
 * @param source where it came from: {@code disposition}, {@code import:FILE}, {@code manual}
 * @param agentId who added it, null for an import
 */
public record DoNotCallEntry(PhoneNumber number, String source, Instant addedAt, AgentId agentId) {
    public DoNotCallEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
