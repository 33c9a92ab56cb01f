package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.contracts.Contract;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A contract as the screens and the CLI show it.
 *
 * @param deadline          the re-recording deadline, in the contract's zone
 * @param coolingOffLastDay the last day the customer may withdraw
 * @param seniorWindow      the longer window for older customers sold by phone applies
 */
public record ContractSummary(Contract contract, String customerName, ZonedDateTime deadline,
                              LocalDate coolingOffLastDay, boolean seniorWindow) {
}
