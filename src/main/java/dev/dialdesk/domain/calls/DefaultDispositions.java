package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.LeadStatus;
import java.time.Duration;
import java.util.List;

/**
 * The dispositions a new installation starts with (documented in {@code docs/dispositions.md}; the
 * {@code 002-calls.sql} migration seeds the same rows and a test keeps the two equal).
 */
public final class DefaultDispositions {

    public static final String NO_ANSWER = "NO_ANSWER";
    public static final String BUSY = "BUSY";
    public static final String PHONE_OFF = "PHONE_OFF";
    public static final String WRONG_NUMBER = "WRONG_NUMBER";
    public static final String REFUSED = "REFUSED";
    public static final String THINKING = "THINKING";
    public static final String CALLBACK = "CALLBACK";
    public static final String CONTRACT = "CONTRACT";
    public static final String DO_NOT_CALL = "DO_NOT_CALL";

    private DefaultDispositions() {
    }

    public static List<Disposition> all() {
        return List.of(
                retry(NO_ANSWER, 1, LeadStatus.NO_ANSWER, false, Duration.ofHours(2), 6),
                retry(BUSY, 2, LeadStatus.NO_ANSWER, false, Duration.ofMinutes(30), 6),
                retry(PHONE_OFF, 3, LeadStatus.NO_ANSWER, false, Duration.ofHours(1), 6),
                done(WRONG_NUMBER, 4, LeadStatus.WRONG_NUMBER, false, false, false),
                done(REFUSED, 5, LeadStatus.REFUSED, true, false, false),
                retry(THINKING, 6, LeadStatus.THINKING, true, Duration.ofDays(1), 8),
                new Disposition(CALLBACK, 7, null, true, false, false, false, LeadStatus.CALLBACK, RetryRule.booked()),
                done(CONTRACT, 8, LeadStatus.CONTRACTED, true, true, false),
                done(DO_NOT_CALL, 9, LeadStatus.DO_NOT_CALL, true, false, true));
    }

    private static Disposition retry(String code, int position, LeadStatus status, boolean contact, Duration delay,
                                     int max) {
        return new Disposition(code, position, null, contact, false, false, false, status, RetryRule.after(delay, max));
    }

    private static Disposition done(String code, int position, LeadStatus status, boolean contact, boolean sale,
                                    boolean doNotCall) {
        return new Disposition(code, position, null, contact, true, sale, doNotCall, status, RetryRule.never());
    }
}
