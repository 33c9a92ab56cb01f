package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lead notes and dispositions edited from two desks (two connections sets) on one database file. */
class TwoDesksOneFileTest {

    @TempDir
    Path dir;
    private CallLoopFixture deskA;
    private SqliteDatabase deskB;
    private long lead;

    @BeforeEach
    void setUp() {
        deskA = new CallLoopFixture(dir, "2025-03-11T10:00");
        lead = deskA.lead(deskA.batch(CallLoopFixture.KIM, "2025-03-10T09:00"), CallLoopFixture.KIM);
        deskB = SqliteDatabase.open(deskA.database.file());
    }

    @AfterEach
    void tearDown() {
        deskB.close();
        deskA.close();
    }

    private JdbcLeadStore leadsOf(SqliteDatabase desk) {
        return new JdbcLeadStore(desk, TestClocks.seoul("2025-03-11T10:00"));
    }

    @Test
    void notesSavedOverNotesThatChangedMeanwhileAreRefusedAndTheOtherNotesStay() {
        leadsOf(deskA.database).updateNotes(lead, "", "남편과 상의 후 결정");
        leadsOf(deskB).updateNotes(lead, "남편과 상의 후 결정", "토요일 10시에 다시 전화");

        assertThatThrownBy(() -> leadsOf(deskA.database).updateNotes(lead, "남편과 상의 후 결정", "관심 없음"))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.current(dev.dialdesk.domain.Lead.class)).hasValueSatisfying(now ->
                            assertThat(now.notes()).isEqualTo("토요일 10시에 다시 전화"));
                    assertThat(Messages.forLocale(Locale.KOREAN).get(conflict.userMessage())).contains("메모");
                });
        assertThat(leadsOf(deskA.database).findLead(lead).orElseThrow().notes()).isEqualTo("토요일 10시에 다시 전화");
    }

    @Test
    void aCallRecordedMeanwhileDoesNotStopTheNotesFromSaving() {
        long before = leadsOf(deskA.database).findLead(lead).orElseThrow().version();
        deskA.services().callService().record(deskA.services().callService().startCall(CallLoopFixture.KIM, lead),
                "NO_ANSWER", "");

        leadsOf(deskB).updateNotes(lead, "", "부재중, 오후에 다시");

        var after = leadsOf(deskA.database).findLead(lead).orElseThrow();
        assertThat(after.notes()).isEqualTo("부재중, 오후에 다시");
        assertThat(after.version()).as("the call and the notes each moved the version").isEqualTo(before + 2);
    }

    @Test
    void aDispositionEditedOnTwoDesksIsNotOverwrittenByTheOneThatReadItFirst() {
        Disposition readByA = new JdbcDispositionStore(deskA.database).find("BUSY").orElseThrow();
        Disposition readByB = new JdbcDispositionStore(deskB).find("BUSY").orElseThrow();
        new JdbcDispositionStore(deskB).save(relabelled(readByB, "바쁨"));

        assertThatThrownBy(() -> new JdbcDispositionStore(deskA.database).save(relabelled(readByA, "통화중")))
                .isInstanceOf(ConflictException.class);

        assertThat(new JdbcDispositionStore(deskA.database).find("BUSY").orElseThrow().customLabel()).isEqualTo("바쁨");
    }

    private static Disposition relabelled(Disposition d, String label) {
        return new Disposition(d.code(), d.position(), label, d.contact(), d.finalOutcome(), d.sale(), d.doNotCall(),
                d.leadsTo(), d.retry(), d.version());
    }
}
