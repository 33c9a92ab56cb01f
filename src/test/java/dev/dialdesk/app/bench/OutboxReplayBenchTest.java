package dev.dialdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.PostgresTestServer;
import dev.dialdesk.testing.RequiresPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox part of {@code bench --only team}: every round sends all 1,000 kept outcomes, the figures say so. */
@ExtendWith(RequiresPostgres.class)
class OutboxReplayBenchTest {

    @Test
    void everyRoundSendsTheThousandKeptOutcomesAndTheMedianIsReported() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<Double> rounds = new OutboxReplayBench(PostgresTestServer.fromEnvironment().adminLogin(), Clock.systemUTC())
                .run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(rounds).hasSize(OutboxReplayBench.ROUNDS).allMatch(ms -> ms > 0);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("outbox replay of 1,000 outcomes after an outage: median").contains("target < 5 s");
    }
}
