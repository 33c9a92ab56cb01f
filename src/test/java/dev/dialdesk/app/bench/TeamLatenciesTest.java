package dev.dialdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The team bench's latencies: nanoseconds in, nearest-rank percentiles in milliseconds out. */
class TeamLatenciesTest {

    @Test
    void percentilesAreNearestRankInMillisecondsOverEveryDeskAdded() {
        TeamBenchmark.Latencies firstDesk = new TeamBenchmark.Latencies();
        TeamBenchmark.Latencies secondDesk = new TeamBenchmark.Latencies();
        for (int ms = 1; ms <= 50; ms++) {
            firstDesk.add(ms * 1_000_000L);
            secondDesk.add((100 - ms + 1) * 1_000_000L); // 100 ms down to 51 ms
        }
        TeamBenchmark.Latencies all = new TeamBenchmark.Latencies();
        all.addAll(firstDesk);
        all.addAll(secondDesk);

        assertThat(all.percentile(50)).isEqualTo(50.0);
        assertThat(all.percentile(99)).isEqualTo(99.0);
        assertThat(all.percentile(100)).isEqualTo(100.0);
        assertThat(Stopwatch.percentile(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2.0);
    }

    @Test
    void aRunWithNothingCountedHasNoPercentile() {
        assertThat(new TeamBenchmark.Latencies().percentile(99)).isNaN();
    }

    @Test
    void growsPastItsFirstThousandValues() {
        TeamBenchmark.Latencies many = new TeamBenchmark.Latencies();
        for (int i = 1; i <= 5_000; i++) {
            many.add(i * 1_000L); // 1 µs to 5 ms
        }
        assertThat(many.percentile(50)).isEqualTo(2.5);
        assertThat(many.percentile(99)).isEqualTo(4.95);
    }
}
