package dev.dialdesk.domain.calls;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of the day in which the law allows a marketing call at the customer's local time
 * (Korea: 08:00–21:00, 금융소비자보호법 and 정보통신망법 Art. 50). No calling-hours setting, callback or
 * quick pick can reach outside it; only a time the customer asked for can (recorded and audited).
 * A centre may narrow it ({@link #narrowedTo}); it can never be widened.
 *
 * @param from the first allowed minute (inclusive)
 * @param to   the end (exclusive)
 */
public record LegalWindow(LocalTime from, LocalTime to) {

    /** The Korean window: no calls 21:00–08:00 unless the consumer asked. */
    public static final LegalWindow KOREA = new LegalWindow(LocalTime.of(8, 0), LocalTime.of(21, 0));

    public LegalWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the legal calling window must end after it starts");
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    /**
     * This window narrowed by a centre's text {@code HH:mm-HH:mm}: the later start and the earlier end.
     * A text asking for more than this window gets this window.
     *
     * @throws IllegalArgumentException when the text is not {@code HH:mm-HH:mm} or leaves nothing
     */
    public LegalWindow narrowedTo(String text) {
        String[] times = text.strip().split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("legal calling window must be HH:mm-HH:mm: " + text);
        }
        LocalTime start = LocalTime.parse(times[0].strip());
        LocalTime end = LocalTime.parse(times[1].strip());
        return new LegalWindow(start.isAfter(from) ? start : from, end.isBefore(to) ? end : to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
