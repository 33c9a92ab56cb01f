package dev.dialdesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A fixed clock a test moves forward by hand: "the next morning", "a week later". */
public final class SteppingClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public SteppingClock(String seoulDateTime) {
        this.zone = TestClocks.SEOUL;
        this.now = LocalDateTime.parse(seoulDateTime).atZone(zone).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
