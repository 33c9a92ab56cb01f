package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.JdbcCallLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.jdbc.JdbcCallImportStore;
import dev.dialdesk.storage.jdbc.StatsRollup;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.TableRows;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hourly roll-up kept by the triggers equals a full recount of the call log after random writes. */
class StatsRollupTest {

    @TempDir
    Path dir;

    @Test
    void rollupEqualsFullRecountAfterRandomWritesResavesAndUpdates() {
        try (CallLoopFixture db = new CallLoopFixture(dir, "2025-03-07T10:00")) {
            Random random = new Random(42);
            long batch = db.batch(CallLoopFixture.KIM, "2025-03-01T09:00");
            List<Long> leads = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                leads.add(db.lead(batch, i % 2 == 0 ? CallLoopFixture.KIM : CallLoopFixture.LEE));
            }
            JdbcCallLog log = new JdbcCallLog(db.database);
            JdbcCallImportStore imports = new JdbcCallImportStore(db.database);
            List<Disposition> dispositions = DefaultDispositions.all();
            List<CallAttempt> saved = new ArrayList<>();
            Instant base = db.seoul("2025-03-01T00:00");
            for (int i = 0; i < 400; i++) {
                int pick = random.nextInt(10);
                if (pick < 2 && !saved.isEmpty()) {
                    // an idempotent re-save after a "crash": must not count twice
                    CallAttempt again = saved.get(random.nextInt(saved.size()));
                    log.record(again, find(dispositions, again.disposition()));
                } else if (pick < 3 && !saved.isEmpty()) {
                    // a newer day report correcting a call: outcome, length and hour change
                    CallAttempt old = saved.get(random.nextInt(saved.size()));
                    Disposition d = dispositions.get(random.nextInt(dispositions.size()));
                    Instant start = base.plusSeconds(random.nextInt(7 * 86_400));
                    imports.upsertCalls(old.agentId(), List.of(new ReportCall(old.clientId(), db.phoneOf(old.leadId()).e164(),
                            "", start, start.plusSeconds(random.nextInt(900)), d.code(), d.contact(), d.sale(), "", 0)),
                            "day reports", start);
                } else {
                    long lead = leads.get(random.nextInt(leads.size()));
                    AgentId agent = random.nextBoolean() ? CallLoopFixture.KIM : CallLoopFixture.LEE;
                    Disposition d = dispositions.get(random.nextInt(dispositions.size() - 1)); // not DO_NOT_CALL: leads stay dialable
                    Instant start = base.plusSeconds(random.nextInt(7 * 86_400));
                    CallAttempt attempt = new CallAttempt(0, UUID.randomUUID(), lead, agent, start,
                            start.plusSeconds(random.nextInt(900)), d.code(), "");
                    saved.add(log.record(attempt, d).attempt());
                }
            }
            db.sql("DELETE FROM call_attempt WHERE id % 17 = 0");   // and deletions
            assertThat(TableRows.of(db.database, "SELECT slot, agent_id, dials, contacts, talk_ms, sales, dnc FROM stats_slot WHERE dials <> 0", 7))
                    .isNotEmpty()
                    .isEqualTo(TableRows.of(db.database, StatsRollup.RECOUNT, 7));
        }
    }

    private static Disposition find(List<Disposition> all, String code) {
        return all.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
