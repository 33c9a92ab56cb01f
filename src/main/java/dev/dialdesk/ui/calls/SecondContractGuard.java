package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.service.calls.QueuedLead;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The contract key on a customer with an open contract, split from {@link CallPresenter} beside
 * {@link FollowUpFlow}: the first press on the lead warns instead of recording, the next press goes on;
 * a new lead on screen starts again.
 */
final class SecondContractGuard {

    /** Why a contract on a lead needs a second press of its key (an open contract already), or null. */
    private LongFunction<String> guard = id -> null;
    /** The lead whose contract key was pressed once and warned: the next press goes on. */
    private long warnedLead = -1;

    void use(LongFunction<String> newGuard) {
        guard = Objects.requireNonNull(newGuard, "guard");
    }

    /** The warning to show instead of recording {@code disposition} on {@code lead}, or null to record it. */
    String warning(Disposition disposition, QueuedLead lead) {
        if (!disposition.sale() || lead == null || warnedLead == lead.leadId()) {
            return null;
        }
        String warning = guard.apply(lead.leadId());
        if (warning != null) {
            warnedLead = lead.leadId();
        }
        return warning;
    }

    /** Another lead is on screen: its first press is checked again. */
    void leadShown() {
        warnedLead = -1;
    }
}
