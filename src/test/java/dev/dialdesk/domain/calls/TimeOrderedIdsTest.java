package dev.dialdesk.domain.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheMillisecondsFirst() {
        Instant at = Instant.parse("2025-03-06T01:00:00.123Z");
        UUID id = TimeOrderedIds.next(at);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        Instant at = Instant.parse("2025-03-06T01:00:00Z");
        String earlier = TimeOrderedIds.next(at).toString();
        String later = TimeOrderedIds.next(at.plusMillis(1)).toString();
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void seededIdsAreStableAndDistinct() {
        Instant at = Instant.parse("2025-03-06T01:00:00Z");
        assertThat(TimeOrderedIds.of(at, 42)).isEqualTo(TimeOrderedIds.of(at, 42)).isNotEqualTo(TimeOrderedIds.of(at, 43));
        assertThat(TimeOrderedIds.of(at, 42).version()).isEqualTo(7);
    }
}
