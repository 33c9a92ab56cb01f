package dev.dialdesk.domain.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What happens after the sale: withdrawal (철회), cancellation, policy delivery, the customer's age for
 * the cooling-off rule, and the happy call (해피콜).
 *
 * @param customerAge the customer's age when the birth date is unknown; null when unknown too
 */
public record AfterSale(LocalDate withdrawalDate, String withdrawalReason, Instant cancelledAt,
                        LocalDate policyDeliveryDate, LocalDate customerBirthDate, Integer customerAge,
                        HappyCall happyCall) {

    public AfterSale {
        Objects.requireNonNull(happyCall, "happyCall");
    }

    public static AfterSale initial(LocalDate customerBirthDate) {
        return new AfterSale(null, null, null, null, customerBirthDate, null, HappyCall.PENDING);
    }

    /** The customer's age on {@code day}: from the birth date when known, else the recorded age. */
    public Integer ageOn(LocalDate day) {
        if (customerBirthDate != null) {
            return java.time.Period.between(customerBirthDate, day).getYears();
        }
        return customerAge;
    }

    AfterSale withdrawn(LocalDate date, String why) {
        return new AfterSale(date, why, cancelledAt, policyDeliveryDate, customerBirthDate, customerAge, happyCall);
    }

    AfterSale cancelled(Instant at) {
        return new AfterSale(withdrawalDate, withdrawalReason, at, policyDeliveryDate, customerBirthDate, customerAge,
                happyCall);
    }
}
