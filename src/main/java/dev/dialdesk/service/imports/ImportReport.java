package dev.dialdesk.service.imports;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import, kept with the batch: what was imported, what was a duplicate, what was
 * rejected and why.
 *
 * @param issues    every duplicate, rejected line and warning, in line order
 * @param handedOut the imported leads per agent ID and under "" those left in the pool (empty: a desk's own import)
 */
public record ImportReport(long batchId, String batchName, String file, String charset, long imported,
                           long duplicates, long rejected, List<ImportIssue> issues, Map<String, Long> handedOut) {

    public ImportReport {
        issues = List.copyOf(issues);
        handedOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(handedOut));
    }

    public ImportReport(long batchId, String batchName, String file, String charset, long imported,
                        long duplicates, long rejected, List<ImportIssue> issues) {
        this(batchId, batchName, file, charset, imported, duplicates, rejected, issues, Map.of());
    }
}
