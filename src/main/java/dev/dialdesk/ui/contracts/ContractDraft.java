package dev.dialdesk.ui.contracts;

import java.time.Instant;

/** What the contract-entry dialog collected. */
public record ContractDraft(String product, long premiumWon, Instant contractAt, String applicationNo, String notes) {
}
