package dev.dialdesk.domain.rules;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.CoolingOffRule;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.contracts.QaState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * At risk of withdrawal (청약철회): a live contract still in its cooling-off window whose happy call
 * (해피콜) failed, or whose customer did not answer the last {@code unansweredAttempts} attempts since
 * the sale.
 */
public record WithdrawalRisk(CoolingOffRule coolingOff, int unansweredAttempts) {

    public enum Reason {
        HAPPY_CALL_FAILED,
        UNREACHABLE_IN_COOLING_OFF
    }

    /** Why the contract is at risk on {@code today}; empty when it is not (or can no longer be withdrawn). */
    public Set<Reason> check(Contract contract, AttemptTrail trail, LocalDate today) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        QaState state = contract.state();
        if (state == QaState.WITHDRAWN || state == QaState.CANCELLED || state == QaState.RETURNED
                || today.isAfter(coolingOff.lastDay(contract))) {
            return reasons;
        }
        if (contract.afterSale().happyCall() == HappyCall.FAILED) {
            reasons.add(Reason.HAPPY_CALL_FAILED);
        }
        Instant sold = contract.sale().contractAt();
        if (trail.unansweredInARowSince(sold) >= unansweredAttempts) {
            reasons.add(Reason.UNREACHABLE_IN_COOLING_OFF);
        }
        return reasons;
    }
}
