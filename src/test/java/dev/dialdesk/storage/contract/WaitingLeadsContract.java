package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link dev.dialdesk.storage.WaitingLeads} contract (leads waiting for calling hours), run on every engine. */
public abstract class WaitingLeadsContract {

    @TempDir
    Path dir;
    private StoreEngine engine;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private long lead(AgentIdChoice who, String mobile) {
        return engine.lead(who.agent, PhoneNumber.parse(mobile, "KR").number());
    }

    private enum AgentIdChoice {
        MINE(StoreEngine.AGENT), THEIRS(StoreEngine.OTHER);

        final dev.dialdesk.domain.AgentId agent;

        AgentIdChoice(dev.dialdesk.domain.AgentId agent) {
            this.agent = agent;
        }
    }

    @Test
    void newLeadsAndDueRetriesOfTheAgentCountButNotLaterRetriesFinalLeadsOrAnotherAgentsLeads() {
        Instant now = Instant.parse("2026-03-15T01:00:00Z");
        lead(AgentIdChoice.MINE, "010-1000-0001");
        lead(AgentIdChoice.MINE, "010-1000-0002");
        long dueRetry = lead(AgentIdChoice.MINE, "010-1000-0003");
        long laterRetry = lead(AgentIdChoice.MINE, "010-1000-0004");
        long refused = lead(AgentIdChoice.MINE, "010-1000-0005");
        lead(AgentIdChoice.THEIRS, "010-2000-0001");
        engine.sqlPastRules("UPDATE lead SET status = 'NO_ANSWER', next_eligible_at = " + (now.toEpochMilli() - 60_000)
                + " WHERE id = " + dueRetry);
        engine.sqlPastRules("UPDATE lead SET status = 'NO_ANSWER', next_eligible_at = " + (now.toEpochMilli() + 3_600_000)
                + " WHERE id = " + laterRetry);
        engine.sqlPastRules("UPDATE lead SET status = 'REFUSED', next_eligible_at = NULL WHERE id = " + refused);

        assertThat(engine.waitingLeads().callableIgnoringHours(StoreEngine.AGENT, now)).isEqualTo(3);
    }
}
