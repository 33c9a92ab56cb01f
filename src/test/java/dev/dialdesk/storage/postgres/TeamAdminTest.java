package dev.dialdesk.storage.postgres;

import static dev.dialdesk.testing.TeamFixture.KIM;
import static dev.dialdesk.testing.TeamFixture.LEAD;
import static dev.dialdesk.testing.TeamFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code team init} and {@code team add-agent} on a real server: roles, logins, passwords. */
@ExtendWith(RequiresPostgres.class)
class TeamAdminTest {

    private TeamFixture team;

    @BeforeEach
    void centre() {
        team = new TeamFixture();
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void initCreatesTheGroupRolesAndRunningItAgainChangesNothing() {
        String before = team.queryOne("SELECT version || ' ' || applied_at FROM schema_version");
        try (TeamAdmin again = TeamAdmin.init(team.scratch.owner(), team.clock)) {
            assertThat(again.agents()).hasSize(3);
        }
        assertThat(team.queryOne("SELECT version || ' ' || applied_at FROM schema_version")).isEqualTo(before);
        assertThat(team.queryOne("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                + "WHERE rolname IN ('dialdesk_agent', 'dialdesk_lead')")).isEqualTo("dialdesk_agent,dialdesk_lead");
    }

    @Test
    void anAgentLogsInAsTheirAgentIdInLowerCaseAndIsAnAgentNotATeamLead() throws SQLException {
        Connection kim = team.plainSql(KIM);
        assertThat(PostgresDatabaseTest.rows(kim, "SELECT current_user::text")).containsExactly("a1024");
        assertThat(PostgresDatabaseTest.rows(kim, "SELECT dialdesk_agent()")).containsExactly("A1024");
        assertThat(PostgresDatabaseTest.rows(kim, "SELECT pg_has_role('a1024', 'dialdesk_agent', 'MEMBER')::text "
                + "|| ' ' || pg_has_role('a1024', 'dialdesk_lead', 'MEMBER')::text")).containsExactly("true false");
        assertThat(team.admin.agents()).extracting(TeamAdmin.Account::id, TeamAdmin.Account::loginRole,
                        TeamAdmin.Account::teamLead)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(KIM, "a1024", false),
                        org.assertj.core.groups.Tuple.tuple(LEE, "a2048", false),
                        org.assertj.core.groups.Tuple.tuple(LEAD, "tl01", true));
    }

    @Test
    void addingAnAgentAgainRenamesItAndTheOldPasswordStopsWorking() throws SQLException {
        String oldPassword = "first-password";
        team.admin.addAgent(KIM, "김민준", false, oldPassword.toCharArray());
        team.scratch.connect("a1024", oldPassword).close();

        team.admin.addAgent(KIM, "김민준 (2팀)", false, "second-password".toCharArray());

        assertThatThrownBy(() -> team.scratch.connect("a1024", oldPassword).close())
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("28P01");
        team.scratch.connect("a1024", "second-password").close();
        assertThat(team.queryOne("SELECT name || '/' || version FROM agent WHERE id = 'A1024'")).isEqualTo("김민준 (2팀)/3");
    }

    @Test
    void passwordsReachTheServerOnlyAsScramHashes() {
        team.admin.addAgent(new AgentId("A4096"), "최지우", false, "plain-secret-4096".toCharArray());
        String stored = team.queryOne("SELECT rolpassword FROM pg_authid WHERE rolname = 'a4096'");
        assertThat(stored).startsWith("SCRAM-SHA-256$").doesNotContain("plain-secret-4096");
    }

    @Test
    void aRoleThatIsNoDialdeskAgentCannotConnectToTheCentresDatabase() {
        team.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outsider') THEN "
                + "CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw'; END IF; END $$");
        assertThatThrownBy(() -> team.scratch.connect("outsider", "outsider-pw").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    @Test
    void theTeamLeadIsALeadAndMovingThemBackMakesThemAnAgentAgain() throws SQLException {
        Connection lead = team.plainSql(LEAD);
        assertThat(PostgresDatabaseTest.rows(lead, "SELECT pg_has_role('tl01', 'dialdesk_lead', 'MEMBER')::text"))
                .containsExactly("true");
        team.admin.addAgent(LEAD, "박팀장", false, null);
        assertThat(team.queryOne("SELECT pg_has_role('tl01', 'dialdesk_lead', 'MEMBER')::text || ' ' "
                + "|| pg_has_role('tl01', 'dialdesk_agent', 'MEMBER')::text")).isEqualTo("false true");
        assertThat(team.admin.agents()).filteredOn(a -> a.id().equals(LEAD)).extracting(TeamAdmin.Account::teamLead)
                .isEqualTo(List.of(false));
    }

    @Test
    void reassigningALimitedNumberMovesExactlyThatManyLeadsEveryTime() {
        long batch = team.batch(LEE);
        for (int i = 0; i < 6; i++) {
            team.lead(batch, LEE);
        }
        for (int round = 1; round <= 3; round++) {
            assertThat(team.admin.reassign(LEE, KIM, 1).moved()).as("round %d", round).isEqualTo(1);
            assertThat(team.queryOne("SELECT count(*) FROM lead WHERE agent_id = 'A1024'"))
                    .as("Kim's leads after round %d", round).isEqualTo(Integer.toString(round));
        }
        assertThat(team.admin.reassign(LEE, KIM, 2).moved()).isEqualTo(2);
        assertThat(team.queryOne("SELECT count(*) FROM lead WHERE agent_id = 'A2048'")).isEqualTo("1");
    }
}
