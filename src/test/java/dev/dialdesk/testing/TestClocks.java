package dev.dialdesk.testing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Fixed clocks for tests: time is always injected, never read from the machine. */
public final class TestClocks {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private TestClocks() {
    }

    /** A clock stopped at {@code dateTime} in Seoul. */
    public static Clock seoul(String dateTime) {
        return Clock.fixed(LocalDateTime.parse(dateTime).atZone(SEOUL).toInstant(), SEOUL);
    }
}
