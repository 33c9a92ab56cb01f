package dev.dialdesk.service.imports;

import java.util.List;

/**
 * The outcome of an import, kept with the batch: what was imported, what was a duplicate, what was
 * rejected and why.
 *
 * @param issues every duplicate, rejected line and warning, in line order
 */
public record ImportReport(long batchId, String batchName, String file, String charset, long imported,
                           long duplicates, long rejected, List<ImportIssue> issues) {

    public ImportReport {
        issues = List.copyOf(issues);
    }
}
