package dev.dialdesk.domain;

import java.time.Instant;

/**
 * A batch of leads imported from one file (오늘 배정받은 DB), with the counts of its import report.
 */
public record LeadBatch(
        long id,
        String name,
        AgentId agentId,
        String sourceFile,
        String charset,
        Instant importedAt,
        int imported,
        int duplicates,
        int rejected) {
}
