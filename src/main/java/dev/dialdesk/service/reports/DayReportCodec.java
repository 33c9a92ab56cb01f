package dev.dialdesk.service.reports;

import java.nio.file.Path;

/** Reads and writes day report files (JSON, in io). */
public interface DayReportCodec {

    /**
     * Reads and checks a file.
     *
     * @throws ReportRefusedException when the file is malformed, not a day report, from a newer
     *                                schema or has a bad field; the message names file and place
     */
    DayReport read(Path file);

    /** Writes the report, readable by the owner only where the file system allows it. */
    void write(DayReport report, Path file);
}
