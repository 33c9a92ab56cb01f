package dev.dialdesk.domain.contracts;

import java.util.Objects;

/** A contract as a list shows it: with the customer's name from the lead (may be empty). */
public record ContractListing(Contract contract, String customerName) {

    public ContractListing {
        Objects.requireNonNull(contract, "contract");
        customerName = customerName == null ? "" : customerName;
    }
}
