package dev.dialdesk.domain.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract's QA case: its state, QA's reason and notice date, the deadline of the re-recording, and
 * how the case ended.
 *
 * @param deadline    the re-recording deadline by the rule in force at the last change
 * @param returnedAt  when it was returned (반송), with {@code returnReason}
 */
public record QaCase(QaState state, String reason, LocalDate noticeDate, Instant deadline, Instant reRecordedAt,
                     Instant returnedAt, ReturnReason returnReason) {

    public QaCase {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** A new contract's case: awaiting QA. */
    public static QaCase awaiting(Instant deadline) {
        return new QaCase(QaState.AWAITING_QA, null, null, deadline, null, null, null);
    }

    QaCase withState(QaState next) {
        return new QaCase(next, reason, noticeDate, deadline, reRecordedAt, returnedAt, returnReason);
    }

    public QaCase withDeadline(Instant newDeadline) {
        return new QaCase(state, reason, noticeDate, newDeadline, reRecordedAt, returnedAt, returnReason);
    }
}
