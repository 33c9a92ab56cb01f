package dev.dialdesk.service.contracts;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContractStore;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.ContractsFixture;
import dev.dialdesk.testing.Interleave;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks on one database file (the fixture's and desk A with its own connections): desk B's
 * change lands between desk A's read of a contract and its write. Kim's contract of Tuesday
 * 20 November 2012; its QA deadline is Sunday 25 November 00:00 (exclusive).
 */
class ContractRacesTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;
    private SqliteDatabase deskADatabase;
    private ContractService deskB;
    private Contract contract;

    @BeforeEach
    void setUp() {
        fx = new ContractsFixture(dir, "2012-11-20T15:00");
        deskB = fx.service();
        contract = fx.contract(deskB, KIM, "2012-11-20T14:30");
        deskADatabase = SqliteDatabase.open(fx.db.database.file());
    }

    @AfterEach
    void tearDown() {
        deskADatabase.close();
        fx.close();
    }

    private ContractService deskA(String readMethod, Runnable deskBMeanwhile) {
        ContractStore store = Interleave.afterFirst(ContractStore.class, new JdbcContractStore(deskADatabase),
                readMethod, deskBMeanwhile);
        return new ContractService(store, new ContractRules(fx.db.settings, new JdbcHolidayStore(deskADatabase)),
                fx.db.clock);
    }

    @Test
    void passingQaRacingAWithdrawalNeverUndoesTheWithdrawal() {
        ContractService deskA = deskA("find", () ->
                deskB.withdraw(contract.id(), LocalDate.parse("2012-11-21"), "changed mind", KIM));

        ConflictException conflict = Assertions.assertThrows(ConflictException.class,
                () -> deskA.passQa(contract.id(), LEE));

        assertThat(deskB.find(contract.id()).state()).isEqualTo(QaState.WITHDRAWN);
        assertThat(deskB.audit(contract.id())).noneMatch(change -> "PASSED".equals(change.newValue()));
        assertThat(conflict.changedBy()).contains(KIM.value());
        assertThat(Messages.forLocale(Locale.ENGLISH).get(conflict.userMessage())).contains("Withdrawn", "A1024");
        assertThat(Messages.forLocale(Locale.KOREAN).get(conflict.userMessage())).contains("철회");
    }

    @Test
    void theDeadlineReturnRacingAReRecordingMadeInTimeLeavesTheReRecording() {
        deskB.requireReRecording(contract.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        fx.db.clock.set("2012-11-25T00:00");
        ContractService deskA = deskA("openCasesDueBy", () ->
                deskB.markReRecorded(contract.id(), fx.db.seoul("2012-11-24T23:50"), KIM));

        assertThat(deskA.expireOverdue()).isEmpty();

        Contract after = deskB.find(contract.id());
        assertThat(after.state()).isEqualTo(QaState.RE_RECORDED);
        assertThat(after.qa().reRecordedAt()).isEqualTo(fx.db.seoul("2012-11-24T23:50"));
    }

    @Test
    void everySavedChangeMovesTheVersionOn() {
        Contract passed = deskB.passQa(contract.id(), KIM);

        assertThat(passed.version()).isEqualTo(contract.version() + 1);
        assertThat(deskB.find(contract.id()).version()).isEqualTo(passed.version());
    }
}
