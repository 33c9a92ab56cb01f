package dev.dialdesk.storage;

import dev.dialdesk.domain.i18n.Message;

/**
 * A conditional update found the row changed since it was read (someone else, another window, a day
 * report import): nothing was written. The message says so in words; reload and try again.
 */
public class ConflictException extends StorageException {

    private final String detail;

    public ConflictException(Message userMessage, String detail) {
        super(userMessage, "Conflict: " + detail, null);
        this.detail = detail;
    }

    /** What changed underneath, for the log (no names, no full numbers). */
    public String detail() {
        return detail;
    }
}
