package dev.dialdesk.service.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * Lead batch import: one code path for the window and the command line. Every method does file and
 * database work: never call it on the event thread.
 */
public interface LeadImportService {

    /** Reads the start of {@code file}: format, character set, headers, suggested mapping, first rows. */
    default ImportPreview preview(Path file, int maxRows) {
        return preview(file, maxRows, null, 0);
    }

    /**
     * The preview of one sheet (by name or 1-based number; null for the first) with the header on
     * {@code headerRow} (0: found, title rows above it skipped).
     */
    ImportPreview preview(Path file, int maxRows, String sheet, int headerRow);

    /**
     * Imports the file as one batch, whole or not at all.
     *
     * @throws ImportFailedException when nothing could be imported; the database is unchanged
     */
    ImportReport importFile(ImportRequest request, ImportProgress progress);

    /** The issues kept with a batch, in line order. */
    List<ImportIssue> issuesOf(long batchId);

    /** Writes a report as CSV (line, kind, reason) in the agent's language, for saving. */
    void saveReportCsv(ImportReport report, Path target);
}
