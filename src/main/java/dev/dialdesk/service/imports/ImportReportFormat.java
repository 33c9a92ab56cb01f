package dev.dialdesk.service.imports;

import dev.dialdesk.domain.i18n.Messages;

/** The import report as the JSON object {@code import --json} prints (written in io, with Jackson). */
public interface ImportReportFormat {

    /** Counts, the batch, the file and its character set, and every issue with its reason in words. */
    String json(ImportReport report, Messages messages);

    /** Nothing imported: the file and why, in words. */
    String failureJson(String file, String message);
}
