package dev.dialdesk.storage;

import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.rules.HappyCallTry;
import java.util.List;

/** The happy-call (해피콜) tries of contracts; the contract's own {@code happy_call} holds the result. */
public interface HappyCallStore {

    /** The contract's tries, oldest first. */
    List<HappyCallTry> tries(long contractId);

    /**
     * Saves a try and, when {@code after} differs from {@code before}, moves the contract's happy call to
     * {@code after} (with an audit row) only if it is still {@code before}. Returns false, saving nothing,
     * when the contract's happy call is no longer {@code before} (someone else recorded meanwhile).
     */
    boolean record(HappyCallTry attempt, HappyCall before, HappyCall after);
}
