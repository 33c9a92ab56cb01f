package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.Lead;

/**
 * Records a stop-contact request (연락금지요구) for the lead's number and product only, off the event
 * thread: the call panel's F9 (see {@link CallPresenter#stopForProduct()}).
 */
@FunctionalInterface
public interface ProductStop {

    /** The outcome a dialled call gets when the customer asks not to be called about this product. */
    String REFUSED = "REFUSED";

    /** True when the request was new (false: the number was already not called about the product). */
    boolean stop(Lead lead);

    /** Why a product stop cannot be recorded now (a message key), or null. */
    static String problem(dev.dialdesk.service.calls.QueuedLead lead, boolean inCall,
                          java.util.List<dev.dialdesk.domain.calls.Disposition> dispositions) {
        if (lead == null) {
            return "calls.error.noLeadShown";
        }
        if (lead.lead().product() == null || lead.lead().product().isBlank()) {
            return "rules.stop.noProductOnLead";
        }
        if (inCall && dispositions.stream().noneMatch(d -> REFUSED.equals(d.code()))) {
            return "rules.stop.noRefusedOutcome";
        }
        return null;
    }
}
