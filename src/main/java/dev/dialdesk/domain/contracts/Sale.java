package dev.dialdesk.domain.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What was sold: the part of a contract the agent enters after the 청약 disposition.
 *
 * @param premiumWon  the monthly premium in whole won
 * @param contractAt  when the contract was closed
 * @param zone        the centre's zone at the sale: the contract date and the deadline are counted in it
 * @param soldByPhone sold over the phone (the cooling-off rule for older customers depends on it)
 */
public record Sale(String product, long premiumWon, Instant contractAt, ZoneId zone, String applicationNo,
                   String notes, boolean soldByPhone) {

    public Sale {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(contractAt, "contractAt");
        Objects.requireNonNull(zone, "zone");
        if (premiumWon < 0) {
            throw new IllegalArgumentException("premium cannot be negative");
        }
        applicationNo = applicationNo == null ? "" : applicationNo.strip();
        notes = notes == null ? "" : notes;
        product = product.strip();
    }

    /** The contract date in the centre's zone. */
    public LocalDate contractDate() {
        return contractAt.atZone(zone).toLocalDate();
    }
}
