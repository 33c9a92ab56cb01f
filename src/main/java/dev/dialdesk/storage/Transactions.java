package dev.dialdesk.storage;

import java.util.function.Supplier;

/**
 * Runs work in one write transaction: every store write made inside {@code work} commits together or
 * not at all (a day report file and all its sections, a call history file).
 */
@FunctionalInterface
public interface Transactions {

    <T> T inOneTransaction(Supplier<T> work);
}
