package dev.dialdesk.domain.contracts;

import java.time.LocalDate;

/**
 * The cooling-off window (청약철회 기간) in which the customer may withdraw a contract. By default it ends
 * at the earlier of 15 days after the policy is delivered and 30 days after the contract date; for a
 * customer aged 65 or more sold by phone it ends 45 days after the contract date. While the delivery
 * date is unknown the window is taken to run the full 30 days from the contract date.
 *
 * @param daysAfterDelivery days after the policy delivery date
 * @param daysAfterContract days after the contract date (the outer limit)
 * @param seniorAge         the age from which the longer phone-sale window applies
 * @param seniorDays        days after the contract date for those customers, sold by phone
 */
public record CoolingOffRule(int daysAfterDelivery, int daysAfterContract, int seniorAge, int seniorDays) {

    public static final CoolingOffRule DEFAULT = new CoolingOffRule(15, 30, 65, 45);

    public CoolingOffRule {
        if (daysAfterDelivery < 0 || daysAfterContract < 0 || seniorDays < 0 || seniorAge < 0) {
            throw new IllegalArgumentException("cooling-off days and age cannot be negative");
        }
    }

    /** The last day on which the customer may still withdraw (the whole day, in the centre's zone). */
    public LocalDate lastDay(Contract contract) {
        LocalDate contractDate = contract.contractDate();
        Integer age = contract.afterSale().ageOn(contractDate);
        if (contract.sale().soldByPhone() && age != null && age >= seniorAge) {
            return contractDate.plusDays(seniorDays);
        }
        LocalDate byContract = contractDate.plusDays(daysAfterContract);
        LocalDate delivered = contract.afterSale().policyDeliveryDate();
        if (delivered == null) {
            return byContract;
        }
        LocalDate byDelivery = delivered.plusDays(daysAfterDelivery);
        return byDelivery.isBefore(byContract) ? byDelivery : byContract;
    }

    /** Whether the senior phone-sale window applies to this contract. */
    public boolean seniorWindow(Contract contract) {
        Integer age = contract.afterSale().ageOn(contract.contractDate());
        return contract.sale().soldByPhone() && age != null && age >= seniorAge;
    }
}
