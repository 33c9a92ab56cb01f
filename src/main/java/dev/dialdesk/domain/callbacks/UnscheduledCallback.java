package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * A callback without a time (예약 시간 없음): the customer asked to be called back (the lead's status is
 * 예약콜) but no open callback is booked, because the booking was cancelled after the call. Derived
 * from the lead and its callbacks, never stored; it stays in the agenda until a time is booked.
 *
 * @param customerName for the screen only (never logged)
 * @param since        when the call that asked for it ended
 */
public record UnscheduledCallback(long leadId, String customerName, PhoneNumber phone, Instant since) {

    public UnscheduledCallback {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(since, "since");
        customerName = customerName == null ? "" : customerName;
    }

    @Override
    public String toString() {
        return "UnscheduledCallback[lead=" + leadId + ", phone=" + phone.masked() + ", since=" + since + "]";
    }
}
