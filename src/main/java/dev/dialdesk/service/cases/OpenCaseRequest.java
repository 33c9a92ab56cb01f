package dev.dialdesk.service.cases;

import dev.dialdesk.domain.cases.CasePromise;

/**
 * What the agent types to open a case.
 *
 * @param leadId     the customer on screen, or null for a typed number
 * @param number     the typed number when there is no lead (any way it is written)
 * @param templateId the chain to start with, or 0 for an empty case
 * @param promise    what was promised to the customer and by when, or null
 */
public record OpenCaseRequest(Long leadId, String number, String customerName, String title, String problem,
                              long templateId, CasePromise promise) {
}
