package dev.dialdesk.app.bench;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.jdbc.JdbcStatsStore;
import dev.dialdesk.testing.SqliteStoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's statement log over a real SQLite file: what a store ran, with what, and how many rows. */
class StatementLogTest {

    @TempDir
    Path dir;

    @Test
    void eachStatementIsRecordedWithItsParametersAndRowsAndEachTransactionIsTimed() {
        try (SqliteStoreEngine engine = new SqliteStoreEngine(dir)) {
            engine.lead(AGENT, PhoneNumber.ofE164("+821022220001"));
            StatementLog log = new StatementLog(engine.teamLead());
            JdbcStatsStore stats = new JdbcStatsStore(log);
            Instant from = Instant.parse("2026-03-09T00:00:00Z");

            int agents = stats.agents().size();
            stats.byAgent(from, from.plusSeconds(86_400), Optional.of(AGENT));

            assertThat(log.runs()).hasSize(2);
            assertThat(log.runs().get(0).sql()).isEqualTo("SELECT id, name FROM agent ORDER BY id");
            assertThat(log.runs().get(0).rows()).isEqualTo(agents).isPositive();
            StatementLog.Run sums = log.runs().get(1);
            assertThat(sums.parameters()).containsExactly(
                    java.util.Map.entry(1, from.toEpochMilli() / 900_000), java.util.Map.entry(2,
                            from.toEpochMilli() / 900_000 + 96), java.util.Map.entry(3, AGENT.value()));
            assertThat(sums.rows()).isZero();
            assertThat(log.transactions()).hasSize(2).allSatisfy(millis -> assertThat(millis).isPositive());
            assertThat(log.describe()).contains("2 statements in 2 transactions");

            log.clear();
            assertThat(log.runs()).isEmpty();
        }
    }

    @Test
    void placeholdersBecomeNumberedParametersOutsideQuotedText() {
        assertThat(ServerPlans.numbered("SELECT '?' FROM t WHERE a = ? AND b < ?"))
                .isEqualTo("SELECT '?' FROM t WHERE a = $1 AND b < $2");
    }
}
