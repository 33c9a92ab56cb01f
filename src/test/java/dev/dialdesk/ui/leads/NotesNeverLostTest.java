package dev.dialdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.testing.HeldTasks;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes typed while an earlier save of the same lead still runs, on a real SQLite file: the newer text
 * is saved after it, whatever the agent does next; and while a lead is in the call panel, the notes
 * typed are that lead's, however the list is browsed.
 */
class NotesNeverLostTest {

    @TempDir
    Path folder;

    private SqliteDatabase database;
    private JdbcLeadStore store;
    private final RecordingView view = new RecordingView();
    private final HeldTasks tasks = new HeldTasks();
    private LeadListPresenter presenter;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("dialdesk.db"));
        store = new JdbcLeadStore(database, TestClocks.seoul("2024-03-04T10:00"));
        presenter = new LeadListPresenter(view, new LeadDirectory(store), tasks, Messages.forLocale(Locale.ENGLISH),
                SeededLeads.AGENT);
        SeededLeads.seed(database, "다람이", "+821012345678", "김민수", "+821098765432", "가나다", "+8221234567");
        presenter.load();
        tasks.runAll();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String notesOf(long leadId) {
        return store.findLead(leadId).orElseThrow().notes();
    }

    @Test
    void textTypedDuringASaveIsSavedAfterItWhenTheAgentMovesToAnotherLead() {
        long first = view.detail.id();
        presenter.notesEdited("남편과");
        presenter.saveNotes(); // still running…
        presenter.notesEdited("남편과 상의 후 토요일 결정");
        presenter.rowSelected(1); // …when the agent moves on
        tasks.runAll();
        assertThat(view.detail.name()).isEqualTo("김민수");
        assertThat(notesOf(first)).isEqualTo("남편과 상의 후 토요일 결정");
        assertThat(view.problems).isEmpty();
    }

    @Test
    void textTypedDuringASaveIsSavedAfterItOnCtrlS() {
        long first = view.detail.id();
        presenter.notesEdited("오후 2시");
        presenter.saveNotes();
        presenter.notesEdited("오후 2시 이후 통화 가능");
        presenter.saveNotes();
        tasks.runOldest();
        assertThat(notesOf(first)).isEqualTo("오후 2시");
        assertThat(view.lastNotesState()).isEqualTo(NotesState.SAVING);
        tasks.runAll();
        assertThat(notesOf(first)).isEqualTo("오후 2시 이후 통화 가능");
        assertThat(view.lastNotesState()).isEqualTo(NotesState.SAVED);
        assertThat(presenter.hasUnsavedNotes()).isFalse();
    }

    @Test
    void comingBackToALeadWhoseSaveStillRunsShowsTheNewerText() {
        long first = view.detail.id();
        presenter.notesEdited("첫 메모");
        presenter.rowSelected(1);
        presenter.rowSelected(0); // the lead is read again while its save has not run yet
        tasks.runOldest(); // the save
        tasks.runAll();
        assertThat(view.detail.id()).isEqualTo(first);
        assertThat(view.detail.notes()).isEqualTo("첫 메모");
        assertThat(notesOf(first)).isEqualTo("첫 메모");
    }

    @Test
    void closingWaitsForTheNewerTextOfALeadLeftBehind() {
        long first = view.detail.id();
        presenter.notesEdited("A");
        presenter.saveNotes();
        presenter.notesEdited("AB");
        presenter.rowSelected(2);
        Boolean[] safe = {null};
        presenter.saveNotesThen(saved -> safe[0] = saved);
        assertThat(safe[0]).isNull();
        tasks.runAll();
        assertThat(safe[0]).isTrue();
        assertThat(notesOf(first)).isEqualTo("AB");
    }

    @Test
    void browsingTheListDuringACallNeverRedirectsTheNotesTyped() {
        long onCall = leadIdOf("가나다");
        presenter.followCall(onCall);
        tasks.runAll();
        assertThat(view.detail.id()).isEqualTo(onCall);
        assertThat(view.selectedRow).isEqualTo(2);
        presenter.rowSelected(0); // the agent browses the list during the call
        tasks.runAll();
        presenter.notesEdited("보험료 부담, 다음 달 재통화");
        presenter.saveNotes();
        tasks.runAll();
        assertThat(view.detail.id()).isEqualTo(onCall);
        assertThat(notesOf(onCall)).isEqualTo("보험료 부담, 다음 달 재통화");
        assertThat(notesOf(leadIdOf("다람이"))).isNullOrEmpty();
    }

    @Test
    void theNextCallsLeadTakesTheScreenAndTheNotesStayWithTheLeadTheyWereTypedFor() {
        long firstCall = leadIdOf("김민수");
        long secondCall = leadIdOf("가나다");
        presenter.followCall(firstCall);
        tasks.runAll();
        presenter.notesEdited("배우자 동의 필요");
        presenter.followCall(secondCall); // a number key recorded the outcome; the next lead shows
        tasks.runAll();
        assertThat(view.detail.id()).isEqualTo(secondCall);
        assertThat(notesOf(firstCall)).isEqualTo("배우자 동의 필요");
        presenter.followCall(-1); // the queue is empty: the list leads again
        presenter.rowSelected(0);
        tasks.runAll();
        assertThat(view.detail.name()).isEqualTo("다람이");
    }

    @Test
    void theNotesLeftBehindNeverLandOnTheNextLeadWhileItIsStillLoading() {
        long first = leadIdOf("다람이");
        long next = leadIdOf("김민수");
        presenter.followCall(first);
        tasks.runAll();
        presenter.notesEdited("남편과 상의 후 결정");
        presenter.followCall(next); // the next call's lead is being read…
        presenter.saveNotes(); // …when the notes field loses the focus
        tasks.runAll();
        assertThat(notesOf(first)).isEqualTo("남편과 상의 후 결정");
        assertThat(notesOf(next)).isNullOrEmpty();
        assertThat(view.detail.id()).isEqualTo(next);
    }

    private long leadIdOf(String name) {
        return SeededLeads.idOf(store, name);
    }
}
