package dev.dialdesk.domain.calls;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): a 48-bit Unix millisecond timestamp, then random bits.
 * Ids made later sort after earlier ones, so inserting them appends to the end of the
 * {@code call_attempt.client_id} index instead of scattering writes over a large B-tree.
 */
public final class TimeOrderedIds {

    private static final Random RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    /** A new version-7 UUID for {@code at}, with 74 random bits. */
    public static UUID next(Instant at) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return of(at, random);
    }

    /**
     * A version-7 UUID for {@code at} whose other 74 bits come from {@code seed} (deterministic: the
     * same seed and time make the same id). Benchmarks and test data use this.
     */
    public static UUID of(Instant at, long seed) {
        byte[] bits = new byte[10];
        long mixed = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 8; i++) {
            bits[i] = (byte) (mixed >>> (8 * i));
        }
        bits[8] = (byte) (seed >>> 56);
        bits[9] = (byte) (seed >>> 48);
        return of(at, bits);
    }

    private static UUID of(Instant at, byte[] random) {
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
