package dev.dialdesk.storage;

import dev.dialdesk.domain.i18n.Message;

/**
 * The team server could not be reached (connection refused or broken, the pool's wait for a
 * connection ran out, the server shutting down): nothing was done there, or the answer was lost. A
 * desk's outbox keeps what was being written and sends it again once the server answers.
 */
public class ServerUnreachableException extends StorageException {

    public ServerUnreachableException(Message userMessage, String logMessage, Throwable cause) {
        super(userMessage, logMessage, cause);
    }

    /** True when {@code failure}, or one of its causes, says the server cannot be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServerUnreachableException) {
                return true;
            }
        }
        return false;
    }
}
