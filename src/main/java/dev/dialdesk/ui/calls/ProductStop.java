package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.Lead;

/**
 * Records a stop-contact request (연락금지요구) for the lead's number and product only, off the event
 * thread: the call panel's F9 (see {@link CallPresenter#stopForProduct()}).
 */
@FunctionalInterface
public interface ProductStop {

    /** True when the request was new (false: the number was already not called about the product). */
    boolean stop(Lead lead);
}
