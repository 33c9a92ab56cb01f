package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.storage.HappyCallStore;
import dev.dialdesk.storage.jdbc.JdbcHappyCalls;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link HappyCallStore} contract (the insurer's happy-call tries on a contract), on the agent's desk. */
public abstract class HappyCallStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private HappyCallStore happyCalls;
    private long contract;
    private Instant soldAt;

    protected abstract StoreEngine openEngine(Path dir);

    /** A contract of {@code agent} on a new lead of theirs, sold at {@code soldAt}; returns its id. */
    static long contract(StoreEngine engine, String agent, long lead, Instant soldAt) {
        long ms = soldAt.toEpochMilli();
        engine.sqlPastRules("INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, qa_deadline_at, "
                + "created_at, updated_at) VALUES (" + lead + ", '" + agent + "', '암보험', 50000, " + ms
                + ", 'Asia/Seoul', " + (ms + Duration.ofDays(4).toMillis()) + ", " + ms + ", " + ms + ")");
        return Long.parseLong(engine.queryOne("SELECT max(id) FROM contract"));
    }

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        happyCalls = new JdbcHappyCalls(engine.desk());
        soldAt = engine.clock().instant();
        long lead = engine.lead(StoreEngine.AGENT, PhoneNumber.ofE164("+821055551003"));
        contract = contract(engine, StoreEngine.AGENT.value(), lead, soldAt);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void triesAreKeptOldestFirstAndTheStateMovesOnceWithAnAuditRow() {
        Instant firstTry = soldAt.plus(Duration.ofDays(1));
        assertThat(happyCalls.record(new HappyCallTry(contract, firstTry, HappyCallTry.Outcome.NO_ANSWER, "A1024"),
                HappyCall.PENDING, HappyCall.PENDING)).isTrue();
        assertThat(happyCalls.record(new HappyCallTry(contract, firstTry.plus(Duration.ofDays(1)),
                HappyCallTry.Outcome.PASSED, "A1024"), HappyCall.PENDING, HappyCall.PASSED)).isTrue();

        assertThat(happyCalls.tries(contract)).extracting(HappyCallTry::outcome)
                .containsExactly(HappyCallTry.Outcome.NO_ANSWER, HappyCallTry.Outcome.PASSED);
        assertThat(engine.queryOne("SELECT happy_call FROM contract WHERE id = " + contract)).isEqualTo("PASSED");
        assertThat(engine.queryOne("SELECT count(*) FROM contract_audit WHERE contract_id = " + contract
                + " AND field = 'happy_call' AND old_value = 'PENDING' AND new_value = 'PASSED'")).isEqualTo("1");
    }

    @Test
    void aTryRacingAnotherDesksResultSavesNothing() {
        Instant at = soldAt.plus(Duration.ofDays(1));
        assertThat(happyCalls.record(new HappyCallTry(contract, at, HappyCallTry.Outcome.FAILED, "QA"),
                HappyCall.PENDING, HappyCall.FAILED)).isTrue();

        assertThat(happyCalls.record(new HappyCallTry(contract, at.plusSeconds(30), HappyCallTry.Outcome.PASSED, "A1024"),
                HappyCall.PENDING, HappyCall.PASSED)).isFalse();

        assertThat(happyCalls.tries(contract)).singleElement().extracting(HappyCallTry::outcome)
                .isEqualTo(HappyCallTry.Outcome.FAILED);
        assertThat(engine.queryOne("SELECT happy_call FROM contract WHERE id = " + contract)).isEqualTo("FAILED");
        assertThat(engine.queryOne("SELECT count(*) FROM contract_audit WHERE contract_id = " + contract)).isEqualTo("1");
    }
}
