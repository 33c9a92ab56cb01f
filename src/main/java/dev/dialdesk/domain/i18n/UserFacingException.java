package dev.dialdesk.domain.i18n;

/**
 * A failure whose explanation is meant for the agent: it carries a {@link Message} that says what
 * went wrong and what to do next. The English {@link #getMessage()} is for logs.
 */
public class UserFacingException extends RuntimeException {

    private final Message userMessage;

    public UserFacingException(Message userMessage, String logMessage) {
        super(logMessage);
        this.userMessage = userMessage;
    }

    public UserFacingException(Message userMessage, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.userMessage = userMessage;
    }

    public Message userMessage() {
        return userMessage;
    }
}
