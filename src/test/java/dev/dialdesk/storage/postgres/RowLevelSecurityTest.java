package dev.dialdesk.storage.postgres;

import static dev.dialdesk.testing.TeamFixture.KIM;
import static dev.dialdesk.testing.TeamFixture.LEAD;
import static dev.dialdesk.testing.TeamFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see what, enforced by the server: an agent's own login, through plain SQL (no Dialdesk in
 * between), cannot read or change another agent's leads, calls, callbacks or contracts.
 */
@ExtendWith(RequiresPostgres.class)
class RowLevelSecurityTest {

    private TeamFixture team;
    private long kimsLead;
    private long leesLead;
    private long poolLead;

    @BeforeEach
    void centre() {
        team = new TeamFixture();
        kimsLead = team.lead(team.batch(KIM), KIM);
        leesLead = team.lead(team.batch(LEE), LEE);
        poolLead = team.lead(team.batch(null), null);
        team.sql("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, "
                + "contact, sale) VALUES ('c-lee', " + leesLead + ", 'A2048', 0, 1000, 1000, 'REFUSED', 1, 0)");
        team.sql("INSERT INTO callback(lead_id, agent_id, due_at, created_at, updated_at) VALUES (" + leesLead
                + ", 'A2048', 0, 0, 0)");
        team.sql("INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, qa_deadline_at, "
                + "created_at, updated_at) VALUES (" + leesLead + ", 'A2048', '암보험', 30000, 0, 'Asia/Seoul', 0, 0, 0)");
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void anAgentReadsOnlyTheirOwnLeadsCallsCallbacksAndContracts() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertThat(rows(kim, "SELECT id::text FROM lead")).containsExactly(String.valueOf(kimsLead));
        assertThat(rows(kim, "SELECT count(*)::text FROM lead WHERE id = " + leesLead)).containsExactly("0");
        assertThat(rows(kim, "SELECT count(*)::text FROM call_attempt")).containsExactly("0");
        assertThat(rows(kim, "SELECT count(*)::text FROM callback")).containsExactly("0");
        assertThat(rows(kim, "SELECT count(*)::text FROM contract")).containsExactly("0");
        assertThat(rows(team.plainSql(LEE), "SELECT count(*)::text FROM call_attempt")).containsExactly("1");
    }

    @Test
    void anAgentCannotChangeAnotherAgentsLeadsNorTakeThem() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertThat(update(kim, "UPDATE lead SET notes = 'mine now' WHERE id = " + leesLead)).isZero();
        assertThat(update(kim, "UPDATE callback SET status = 'CANCELLED'")).isZero();
        assertThat(update(kim, "UPDATE contract SET qa_state = 'RETURNED'")).isZero();
        assertRefused(kim, "UPDATE lead SET agent_id = 'A1024' WHERE id = " + leesLead);
        assertRefused(kim, "UPDATE lead SET claimed_by = 'A1024', claim_until = 99999999999999 WHERE id = " + poolLead);
        assertRefused(kim, "DELETE FROM lead WHERE id = " + kimsLead);
        assertRefused(kim, "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale) VALUES ('c-kim', " + leesLead + ", 'A1024', 0, 1, 1, 'BUSY', 0, 0)");
        assertRefused(kim, "INSERT INTO callback(lead_id, agent_id, due_at, created_at, updated_at) VALUES ("
                + leesLead + ", 'A1024', 0, 0, 0)");
        assertRefused(kim, "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale) VALUES ('c-as-lee', " + kimsLead + ", 'A2048', 0, 1, 1, 'BUSY', 0, 0)");
        assertThat(team.queryOne("SELECT coalesce(notes, '') || agent_id FROM lead WHERE id = " + leesLead)).isEqualTo("A2048");
        assertThat(update(kim, "UPDATE lead SET notes = '토요일 10시' WHERE id = " + kimsLead)).isOne();
    }

    @Test
    void aPoolLeadIsVisibleToAnAgentOnlyWhileTheyHoldItsClaim() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertThat(rows(kim, "SELECT count(*)::text FROM lead WHERE id = " + poolLead)).containsExactly("0");
        PostgresLeadClaims claims = new PostgresLeadClaims(team.desk(KIM));
        claims.claimNext(Duration.ofMinutes(5));
        claims.claimNext(Duration.ofMinutes(5));
        assertThat(rows(kim, "SELECT count(*)::text FROM lead WHERE id = " + poolLead)).containsExactly("1");
        assertThat(rows(team.plainSql(LEE), "SELECT count(*)::text FROM lead WHERE id = " + poolLead)).containsExactly("0");

        claims.release(poolLead);
        assertThat(rows(kim, "SELECT count(*)::text FROM lead WHERE id = " + poolLead)).containsExactly("0");
    }

    @Test
    void anAgentReadsAndAddsDoNotCallNumbersButNeverRemovesOne() throws SQLException {
        team.sql("INSERT INTO do_not_call(number, source, added_at, agent_id) VALUES ('+821099990000', 'manual', 0, 'A2048')");
        Connection kim = team.plainSql(KIM);
        assertThat(rows(kim, "SELECT number FROM do_not_call")).containsExactly("+821099990000");
        assertThat(update(kim, "INSERT INTO do_not_call(number, source, added_at, agent_id) "
                + "VALUES ('+821099990001', 'manual', 0, 'A1024')")).isOne();
        assertRefused(kim, "DELETE FROM do_not_call WHERE number = '+821099990000'");
        assertRefused(kim, "UPDATE do_not_call SET number = '+821000000000' WHERE number = '+821099990000'");
        assertRefused(kim, "INSERT INTO do_not_call(number, source, added_at, agent_id) "
                + "VALUES ('+821099990002', 'manual', 0, 'A2048')");
        assertRefused(kim, "DELETE FROM holiday");
        assertRefused(kim, "UPDATE disposition SET max_attempts = 99");
        assertThat(team.queryOne("SELECT count(*) FROM do_not_call")).isEqualTo("2");
    }

    @Test
    void anAgentCannotClaimForAnotherAgentNorCallTheClaimInternals() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertRefused(kim, "SELECT dialdesk_stats_slot_apply(1, 'A2048', 1, 1, 1, 1, 'CONTRACT')");
        assertThat(rows(kim, "SELECT count(*)::text FROM dialdesk_claim_next(60000)")).containsExactly("1");
        assertThat(team.queryOne("SELECT string_agg(id || '=' || coalesce(claimed_by, '-'), ' ' ORDER BY id) FROM lead"))
                .isEqualTo(kimsLead + "=A1024 " + leesLead + "=- " + poolLead + "=-");
        assertThat(rows(kim, "SELECT dialdesk_release_claim(" + leesLead + ")::text")).containsExactly("false");
        assertThat(rows(kim, "SELECT dialdesk_record_outcome(" + leesLead + ", 'DO_NOT_CALL', 9, 'DO_NOT_CALL', 0, NULL)::text"))
                .as("an outcome on another agent's lead changes nothing").containsExactly("false");
        assertThat(rows(kim, "SELECT dialdesk_record_outcome(" + poolLead + ", 'DO_NOT_CALL', 9, 'DO_NOT_CALL', 0, NULL)::text"))
                .as("nor on a pool lead it holds no claim on").containsExactly("false");
        assertThat(team.queryOne("SELECT count(*) FROM lead WHERE attempt_count = 9")).isEqualTo("0");
    }

    @Test
    void theTeamLeadSeesAndManagesEveryAgentsRows() throws SQLException {
        Connection lead = team.plainSql(LEAD);
        assertThat(rows(lead, "SELECT count(*)::text FROM lead")).containsExactly("3");
        assertThat(rows(lead, "SELECT count(*)::text || '/' || (SELECT count(*) FROM contract) FROM call_attempt"))
                .containsExactly("1/1");
        assertThat(update(lead, "UPDATE lead SET agent_id = 'A1024' WHERE id = " + leesLead)).isOne();
        assertThat(rows(team.plainSql(KIM), "SELECT count(*)::text FROM lead")).containsExactly("2");
    }

    @Test
    void theRollUpCountsAnAgentsCallWithoutGivingThemWritesOnIt() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertThat(update(kim, "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale) VALUES ('c-1', " + kimsLead + ", 'A1024', 7200000, 7230000, 30000, "
                + "'DO_NOT_CALL', 1, 0)")).isOne();
        assertThat(rows(kim, "SELECT slot || ' ' || dials || ' ' || contacts || ' ' || talk_ms || ' ' || dnc FROM stats_slot"))
                .containsExactly("8 1 1 30000 1");
        assertRefused(kim, "UPDATE stats_slot SET dials = 100");
        assertThat(rows(kim, "SELECT count(*)::text FROM stats_slot WHERE agent_id = 'A2048'")).containsExactly("0");
    }

    @Test
    void aCorrectedCallMovesOutOfItsOldQuarterHourAndADeletedOneLeavesTheRollUp() {
        team.sql("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, "
                + "contact, sale) VALUES ('c-2', " + kimsLead + ", 'A1024', 3600000, 3610000, 10000, 'CONTRACT', 1, 1)");
        team.sql("UPDATE call_attempt SET started_at = 7200000, duration_ms = 20000 WHERE client_id = 'c-2'");
        assertThat(team.queryOne("SELECT string_agg(slot || ':' || dials || '/' || talk_ms || '/' || sales, ' ' ORDER BY slot) "
                + "FROM stats_slot WHERE agent_id = 'A1024'")).isEqualTo("4:0/0/0 8:1/20000/1");
        team.sql("DELETE FROM call_attempt WHERE client_id = 'c-2'");
        assertThat(team.queryOne("SELECT sum(dials) || '/' || sum(sales) FROM stats_slot WHERE agent_id = 'A1024'"))
                .isEqualTo("0/0");
    }

    @Test
    void anAgentSeesAndChangesOnlyTheirOwnCasesAndTheirSteps() throws SQLException {
        team.sql("INSERT INTO follow_up_case(agent_id, lead_id, phone, title, created_at, updated_at) VALUES ('A2048', "
                + leesLead + ", '+821055550000', 'A/S repair', 0, 0)");
        team.sql("INSERT INTO case_step(case_id, position, party_kind, due_at) "
                + "SELECT id, 1, 'CUSTOMER', 0 FROM follow_up_case WHERE agent_id = 'A2048'");
        Connection kim = team.plainSql(KIM);
        assertThat(rows(kim, "SELECT count(*)::text || '/' || (SELECT count(*) FROM case_step) FROM follow_up_case"))
                .containsExactly("0/0");
        assertThat(update(kim, "UPDATE case_step SET state = 'DONE'")).isZero();
        assertThat(update(kim, "DELETE FROM follow_up_case")).isZero();
        assertRefused(kim, "INSERT INTO follow_up_case(agent_id, lead_id, phone, title, created_at, updated_at) "
                + "VALUES ('A1024', " + leesLead + ", '+821055550000', 'on a lead of Lee', 0, 0)");
        String leesCase = team.queryOne("SELECT id FROM follow_up_case WHERE agent_id = 'A2048'");
        assertRefused(kim, "INSERT INTO case_step(case_id, position, party_kind, due_at) VALUES (" + leesCase
                + ", 2, 'CUSTOMER', 0)");
        assertThat(update(kim, "INSERT INTO follow_up_case(agent_id, lead_id, phone, title, created_at, updated_at) "
                + "VALUES ('A1024', NULL, '+821066660000', 'a number in no batch', 0, 0)")).isOne();
        assertThat(rows(team.plainSql(LEE), "SELECT title FROM follow_up_case")).containsExactly("A/S repair");
        assertThat(rows(team.plainSql(LEAD), "SELECT count(*)::text FROM follow_up_case")).containsExactly("2");
    }

    @Test
    void openingsAndHappyCallsAreTheAgentsOwnAndTheCentresTablesReadOnlyForAgents() throws SQLException {
        team.sql("INSERT INTO opening_script(product, text, updated_at) VALUES ('', 'Dialdesk Insurance, agent {agent}', 0)");
        team.sql("INSERT INTO happy_call_attempt(contract_id, at, outcome, actor) SELECT id, 0, 'PASSED', 'insurer' FROM contract");
        Connection kim = team.plainSql(KIM);
        assertThat(rows(kim, "SELECT count(*)::text FROM happy_call_attempt")).containsExactly("0");
        assertRefused(kim, "INSERT INTO call_opening(client_id, lead_id, agent_id, said_at) VALUES ('c-x', "
                + leesLead + ", 'A1024', 0)");
        assertThat(update(kim, "INSERT INTO call_opening(client_id, lead_id, agent_id, said_at) VALUES ('c-k', "
                + kimsLead + ", 'A1024', 0)")).isOne();
        assertRefused(kim, "UPDATE call_opening SET late = 1");
        assertThat(rows(kim, "SELECT text FROM opening_script")).containsExactly("Dialdesk Insurance, agent {agent}");
        assertRefused(kim, "UPDATE opening_script SET text = 'mine'");
        assertRefused(kim, "INSERT INTO case_template(name, steps) VALUES ('mine', 'x|y|0')");
        assertThat(rows(team.plainSql(LEE), "SELECT outcome || '/' || (SELECT count(*) FROM call_opening) "
                + "FROM happy_call_attempt")).containsExactly("PASSED/0");
    }

    @Test
    void anAgentAddsAProductStopRequestButCannotRemoveIt() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertThat(update(kim, "INSERT INTO do_not_call(number, product, scope, source, added_at, agent_id) "
                + "VALUES ('+821099990000', 'CANCER_CARE', 'PRODUCT', 'disposition', 0, 'A1024')")).isOne();
        assertThatThrownBy(() -> update(kim, "INSERT INTO do_not_call(number, product, scope, source, added_at, agent_id) "
                + "VALUES ('+821099990001', 'CANCER_CARE', 'ALL_MARKETING', 'manual', 0, 'A1024')"))
                .as("a scope that contradicts its product").isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        assertRefused(kim, "DELETE FROM do_not_call WHERE product = 'CANCER_CARE'");
        assertThat(team.queryOne("SELECT number || ' ' || product || ' ' || scope FROM do_not_call"))
                .isEqualTo("+821099990000 CANCER_CARE PRODUCT");
    }

    private static void assertRefused(Connection connection, String sql) {
        assertThatThrownBy(() -> update(connection, sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501"));
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (s.execute(sql)) {
                return -1;
            }
            return s.getUpdateCount();
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        return PostgresDatabaseTest.rows(connection, sql);
    }
}
