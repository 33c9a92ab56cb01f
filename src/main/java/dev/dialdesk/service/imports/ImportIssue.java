package dev.dialdesk.service.imports;

import dev.dialdesk.domain.i18n.Message;

/**
 * One line of the import report: a duplicate, a rejected line, or a warning on an imported line
 * (e.g. a birth date that does not exist, not stored).
 *
 * @param line   the line number in the file, 1-based, counting the header line (what a spreadsheet
 *               shows); for JSON, the line where the object starts
 * @param reason why, in words for the agent
 */
public record ImportIssue(long line, Kind kind, Message reason) {

    public enum Kind {
        DUPLICATE,
        REJECTED,
        WARNING
    }
}
