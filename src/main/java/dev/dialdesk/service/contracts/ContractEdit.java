package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.contracts.HappyCall;
import java.time.Instant;
import java.time.LocalDate;

/** The fields an agent may edit after the sale (every change is audited). Dates may be null. */
public record ContractEdit(String product, long premiumWon, Instant contractAt, String applicationNo, String notes,
                           LocalDate policyDeliveryDate, LocalDate customerBirthDate, Integer customerAge,
                           HappyCall happyCall) {
}
