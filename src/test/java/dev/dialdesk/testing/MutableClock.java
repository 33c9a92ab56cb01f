package dev.dialdesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock that stands still until a test moves it: for retry delays and deadlines. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Stopped at {@code dateTime} in Seoul. */
    public static MutableClock seoul(String dateTime) {
        return new MutableClock(LocalDateTime.parse(dateTime).atZone(TestClocks.SEOUL).toInstant(), TestClocks.SEOUL);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public synchronized void set(String seoulDateTime) {
        now = LocalDateTime.parse(seoulDateTime).atZone(TestClocks.SEOUL).toInstant();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(instant(), other);
    }
}
