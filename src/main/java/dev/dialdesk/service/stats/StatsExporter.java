package dev.dialdesk.service.stats;

import java.nio.file.Path;

/**
 * Writes a {@link StatsReport} to files: the table as CSV (UTF-8 with BOM, for Excel) or JSON, and the
 * morning report as one self-contained HTML page. Every file says what it holds (range, agents,
 * generated at) and is readable by its owner only.
 */
public interface StatsExporter {

    enum Format { CSV, JSON, HTML }

    void write(StatsReport report, Format format, Path file);

    /** The JSON of {@code dialdesk stats --json}: a {@code team} object and an {@code agents} list. */
    String json(StatsReport report);

    /** The JSON with further top-level blocks of plain values (e.g. {@code cases}, issue 15). */
    default String json(StatsReport report, java.util.Map<String, Object> extra) {
        return json(report);
    }
}
