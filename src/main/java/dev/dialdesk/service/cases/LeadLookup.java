package dev.dialdesk.service.cases;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.PhoneNumber;
import java.util.Optional;

/** The leads the cases and the inbox match against (wired to the lead store). */
public interface LeadLookup {

    Optional<Lead> byId(long leadId);

    Optional<Lead> byPhone(PhoneNumber phone);
}
