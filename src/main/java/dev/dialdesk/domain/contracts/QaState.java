package dev.dialdesk.domain.contracts;

import dev.dialdesk.domain.i18n.Message;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a contract stands with quality assurance, and which moves are allowed from there.
 *
 * <pre>
 * AWAITING_QA ─→ PASSED
 *      │ └────→ RE_RECORDING_REQUIRED ─→ RE_RECORDED ─→ PASSED
 *      │                 │                   └──────→ RETURNED (QA rejects the re-recording)
 *      └───────→ RETURNED (QA rejects outright; or the deadline passes) ←┘
 * any state that has not ended ─→ WITHDRAWN (철회) or CANCELLED
 * </pre>
 * RETURNED, WITHDRAWN and CANCELLED end the contract: nothing moves it afterwards.
 */
public enum QaState {
    AWAITING_QA,
    PASSED,
    RE_RECORDING_REQUIRED,
    RE_RECORDED,
    RETURNED,
    WITHDRAWN,
    CANCELLED;

    private static final Set<QaState> ENDED = EnumSet.of(RETURNED, WITHDRAWN, CANCELLED);

    /** The contract is over: returned, withdrawn or cancelled. */
    public boolean hasEnded() {
        return ENDED.contains(this);
    }

    /** An open QA case: a re-recording is owed and its deadline runs. */
    public boolean isOpenCase() {
        return this == RE_RECORDING_REQUIRED;
    }

    /** The states this one may move to. */
    public Set<QaState> next() {
        return switch (this) {
            case AWAITING_QA -> EnumSet.of(PASSED, RE_RECORDING_REQUIRED, RETURNED, WITHDRAWN, CANCELLED);
            case RE_RECORDING_REQUIRED -> EnumSet.of(RE_RECORDED, RETURNED, WITHDRAWN, CANCELLED);
            case RE_RECORDED -> EnumSet.of(PASSED, RETURNED, WITHDRAWN, CANCELLED);
            case PASSED -> EnumSet.of(WITHDRAWN, CANCELLED);
            case RETURNED, WITHDRAWN, CANCELLED -> EnumSet.noneOf(QaState.class);
        };
    }

    public boolean canMoveTo(QaState target) {
        return next().contains(target);
    }

    /** Why the move to {@code target} is refused, or empty when it is allowed. */
    public Optional<Message> refusal(QaState target) {
        if (canMoveTo(target)) {
            return Optional.empty();
        }
        if (hasEnded()) {
            return Optional.of(new Message("contracts.refused.ended." + name()));
        }
        return Optional.of(new Message("contracts.refused." + target.name()));
    }

    /** Bundle key of the state's name ({@code contracts.state.PASSED} …). */
    public String labelKey() {
        return "contracts.state." + name();
    }
}
