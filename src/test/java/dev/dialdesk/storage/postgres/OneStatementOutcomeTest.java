package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An outcome on the server in one statement (PostgreSQL 015, 016): the call row and the lead written
 * together, and only while the lead is at the version the desk read; otherwise nothing at all is written.
 * The function checks what the call row's row-level security checked (016): an agent's own name, and a lead
 * of their own or a pool lead they hold.
 */
@ExtendWith(RequiresPostgres.class)
class OneStatementOutcomeTest {

    private static final AgentId KIM = TeamFixture.KIM;
    private final TeamFixture team = new TeamFixture();

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void aPoolLeadsNoAnswerIsTheCallTheRetryAndTheClaimGivenBackInOneGo() {
        long lead = team.lead(team.batch(null), null);
        PostgresDatabase desk = team.desk(KIM);
        LeadClaims.Claim claim = new PostgresLeadClaims(desk).claimNext(Duration.ofMinutes(5)).orElseThrow();
        Disposition noAnswer = new JdbcDispositionStore(desk).find("NO_ANSWER").orElseThrow();
        Instant now = Instant.ofEpochMilli(team.serverMillis());

        CallLog.Recorded recorded = new JdbcCallLog(desk).record(
                new CallAttempt(0, UUID.randomUUID(), claim.leadId(), KIM, now, now, "NO_ANSWER", ""), noAnswer);

        assertThat(recorded.duplicate()).isFalse();
        assertThat(recorded.attempt().id()).isPositive();
        assertThat(team.queryOne("SELECT status || '/' || attempt_count || '/' || version || '/' "
                + "|| coalesce(claimed_by, 'free') || '/' || coalesce(agent_id, 'pool') FROM lead WHERE id = " + lead))
                .isEqualTo("NO_ANSWER/1/2/free/pool");
        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("1");
    }

    @Test
    void theOtherDesksAreToldOfTheCallAndTheLeadAsTheTriggersWouldTellThem() throws SQLException {
        long ownLead = team.lead(team.batch(KIM), KIM);
        long poolLead = team.lead(team.batch(null), null);
        PostgresDatabase desk = team.desk(KIM);
        LeadClaims.Claim claim = new PostgresLeadClaims(desk).claimNext(Duration.ofMinutes(5)).orElseThrow();
        assertThat(claim.leadId()).isEqualTo(ownLead);
        long since = Long.parseLong(team.queryOne("SELECT coalesce(max(seq), 0) FROM live_change"));
        Connection kim = team.plainSql(KIM);
        long at = team.serverMillis();

        recordCall(kim, ownLead, 1, at);
        team.sql("UPDATE lead SET claimed_by = 'A1024', claim_until = " + (at + 300_000) + " WHERE id = " + poolLead);
        recordCall(kim, poolLead, 1, at);

        assertThat(team.queryOne("SELECT string_agg(payload, ' ' ORDER BY seq) FROM live_change WHERE seq > " + since))
                .isEqualTo("call@A1024 lead:" + ownLead + "@A1024 call@A1024 lead:" + poolLead);
        team.sql("UPDATE lead SET notes = 'the team lead writes', version = version + 1 WHERE id = " + ownLead);
        assertThat(team.queryOne("SELECT payload FROM live_change ORDER BY seq DESC LIMIT 1"))
                .as("the lead's trigger is back at work after the call").isEqualTo("lead:" + ownLead + "@A1024");
    }

    @Test
    void aLeadChangedSinceItWasReadGetsNeitherTheCallNorTheNewState() throws SQLException {
        long lead = team.lead(team.batch(KIM), KIM);
        team.sql("UPDATE lead SET notes = 'changed by the team lead', version = version + 1 WHERE id = " + lead);
        Connection kim = team.plainSql(KIM);
        long at = team.serverMillis();

        assertThatThrownBy(() -> recordCall(kim, lead, 1, at)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("40001"));

        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("0");
        assertThat(team.queryOne("SELECT status || '/' || version FROM lead WHERE id = " + lead)).isEqualTo("NEW/2");
        recordCall(kim, lead, 2, at);
        assertThat(team.queryOne("SELECT status || '/' || version FROM lead WHERE id = " + lead))
                .as("at the version it is at").isEqualTo("NO_ANSWER/3");
    }

    @Test
    void anAgentRecordsNoCallInAnotherAgentsName() throws SQLException {
        long lead = team.lead(team.batch(KIM), KIM);
        Connection kim = team.plainSql(KIM);
        long at = team.serverMillis();

        assertThatThrownBy(() -> recordCall(kim, "A2048", lead, 1, at)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));

        assertThat(team.queryOne("SELECT count(*) FROM call_attempt")).isEqualTo("0");
        assertThat(team.queryOne("SELECT status || '/' || version FROM lead WHERE id = " + lead)).isEqualTo("NEW/1");
    }

    @Test
    void anAgentRecordsNoCallOnAnotherAgentsLeadNorOnAPoolLeadTheyDoNotHold() throws SQLException {
        long leesLead = team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        long poolLead = team.lead(team.batch(null), null);
        Connection kim = team.plainSql(KIM);
        long at = team.serverMillis();

        for (long lead : new long[] {leesLead, poolLead}) {
            assertThatThrownBy(() -> recordCall(kim, "A1024", lead, 1, at)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }

        assertThat(team.queryOne("SELECT count(*) FROM call_attempt")).isEqualTo("0");
        assertThat(team.queryOne("SELECT string_agg(status || '/' || version, ' ' ORDER BY id) FROM lead"))
                .isEqualTo("NEW/1 NEW/1");
    }

    @Test
    void theTeamLeadRecordsACallOnAnyAgentsLead() throws SQLException {
        long lead = team.lead(team.batch(KIM), KIM);
        Connection teamLead = team.plainSql(TeamFixture.LEAD);

        recordCall(teamLead, "A1024", lead, 1, team.serverMillis());

        assertThat(team.queryOne("SELECT c.agent_id || '/' || l.status FROM call_attempt c JOIN lead l ON l.id = c.lead_id"))
                .isEqualTo("A1024/NO_ANSWER");
    }

    @Test
    void aCallSentTwiceChangesNothingTheSecondTime() throws SQLException {
        long lead = team.lead(team.batch(KIM), KIM);
        Connection kim = team.plainSql(KIM);
        String client = UUID.randomUUID().toString();
        long at = team.serverMillis();

        assertThat(recordCall(kim, client, "A1024", lead, 1, at)).isPositive();
        assertThat(recordCall(kim, client, "A1024", lead, 2, at)).as("already there").isZero();

        assertThat(team.queryOne("SELECT count(*) FROM call_attempt")).isEqualTo("1");
        assertThat(team.queryOne("SELECT attempt_count || '/' || version FROM lead WHERE id = " + lead))
                .isEqualTo("1/2");
    }

    private static void recordCall(Connection connection, long lead, long version, long at) throws SQLException {
        recordCall(connection, "A1024", lead, version, at);
    }

    private static void recordCall(Connection connection, String agent, long lead, long version, long at)
            throws SQLException {
        recordCall(connection, UUID.randomUUID().toString(), agent, lead, version, at);
    }

    private static long recordCall(Connection connection, String client, String agent, long lead, long version,
                                   long at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT dialdesk_record_call(?, ?, ?, ?, ?, 0, 'NO_ANSWER', 0, 0, NULL, ?, 'NO_ANSWER', 1, ?)")) {
            statement.setString(1, client);
            statement.setLong(2, lead);
            statement.setString(3, agent);
            statement.setLong(4, at);
            statement.setLong(5, at);
            statement.setLong(6, version);
            statement.setLong(7, at + 86_400_000L);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
