package dev.dialdesk.ui.leads;

import dev.dialdesk.testing.ImmediateTasks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead screen's logic on a real SQLite file, without a display. */
class LeadListPresenterTest {

    @TempDir
    Path folder;

    private SqliteDatabase database;
    private JdbcLeadStore store;
    private final RecordingView view = new RecordingView();
    private final ImmediateTasks tasks = new ImmediateTasks();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private LeadListPresenter presenter;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("dialdesk.db"));
        store = new JdbcLeadStore(database, TestClocks.seoul("2024-03-04T10:00"));
        presenter = new LeadListPresenter(view, new LeadDirectory(store), tasks, english, SeededLeads.AGENT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void seedThree() {
        SeededLeads.seed(database, "다람이", "+821012345678", "김민수", "+821098765432", "가나다", "+8221234567");
    }

    @Test
    void anEmptyDatabaseSaysToImportAFile() {
        presenter.load();
        assertThat(view.emptyMessage).isEqualTo("No leads yet: import a file (Ctrl+I)");
        assertThat(view.offerImport).isTrue();
        assertThat(view.count).isEqualTo("0 / 0 leads");
        assertThat(view.detail).isNull();
    }

    @Test
    void anEmptyListOnTheTeamServerSaysF2TakesALeadFromThePool() {
        presenter.onTeamServer();
        presenter.load();
        assertThat(view.emptyMessage).isEqualTo("No leads of yours yet: F2 takes the next one from the shared pool.");
        assertThat(view.offerImport).as("on the server the team lead imports").isFalse();
        assertThat(view.count).isEqualTo("0 / 0 leads");
    }

    @Test
    void loadShowsEveryLeadAndOpensTheFirst() {
        seedThree();
        presenter.load();
        assertThat(view.tableShown).isTrue();
        assertThat(view.names()).containsExactly("다람이", "김민수", "가나다");
        assertThat(view.count).isEqualTo("3 / 3 leads");
        assertThat(view.batches).extracting(b -> b.name()).containsExactly(SeededLeads.BATCH_NAME);
        assertThat(view.selectedRow).isZero();
        assertThat(view.detail.name()).isEqualTo("다람이");
        assertThat(view.detail.extra()).containsEntry("상담희망시간", "오후 2시 이후");
        assertThat(view.detailBatch).isEqualTo(SeededLeads.BATCH_NAME);
    }

    @Test
    void typingPartOfTheNumberNarrowsTheListAndCountsIt() {
        seedThree();
        presenter.load();
        presenter.searchChanged("010-9876");
        assertThat(view.names()).containsExactly("김민수");
        assertThat(view.count).isEqualTo("1 / 3 leads");
        assertThat(view.detail.name()).isEqualTo("김민수");
        presenter.searchChanged("+82 2-123");
        assertThat(view.names()).containsExactly("가나다");
    }

    @Test
    void noMatchSaysWhatWasSearched() {
        seedThree();
        presenter.load();
        presenter.searchChanged(" 박지성 ");
        assertThat(view.emptyMessage).startsWith("No lead matches «박지성»");
        assertThat(view.offerImport).isFalse();
        assertThat(view.detail).isNull();
        presenter.searchChanged("");
        assertThat(view.tableShown).isTrue();
        presenter.statusChosen(LeadStatus.REFUSED);
        assertThat(view.emptyMessage).startsWith("No lead in this status and batch");
    }

    @Test
    void headerClicksSortAscendingDescendingThenImportOrder() {
        seedThree();
        presenter.load();
        presenter.sortRequested(LeadColumn.NAME);
        assertThat(view.names()).containsExactly("가나다", "김민수", "다람이");
        assertThat(view.sortColumn).isEqualTo(LeadColumn.NAME);
        assertThat(view.sortAscending).isTrue();
        presenter.sortRequested(LeadColumn.NAME);
        assertThat(view.names()).containsExactly("다람이", "김민수", "가나다");
        presenter.sortRequested(LeadColumn.NAME);
        assertThat(view.names()).containsExactly("다람이", "김민수", "가나다");
        assertThat(view.sortColumn).isNull();
    }

    @Test
    void notesAreSavedToTheDatabaseWithTheirState() {
        seedThree();
        presenter.load();
        long id = view.detail.id();
        presenter.openSelected();
        assertThat(view.notesFocused).isEqualTo(1);
        presenter.notesEdited("토요일 10시에 다시 전화 요청");
        assertThat(view.lastNotesState()).isEqualTo(NotesState.UNSAVED);
        presenter.saveNotes();
        assertThat(view.notesStates).containsSubsequence(NotesState.SAVING, NotesState.SAVED);
        assertThat(store.findLead(id).orElseThrow().notes()).isEqualTo("토요일 10시에 다시 전화 요청");
        assertThat(presenter.hasUnsavedNotes()).isFalse();
    }

    @Test
    void movingToAnotherLeadSavesTheNotesLeftBehind() {
        seedThree();
        presenter.load();
        long first = view.detail.id();
        presenter.notesEdited("남편과 상의 후 결정");
        presenter.rowSelected(1);
        assertThat(view.detail.name()).isEqualTo("김민수");
        assertThat(store.findLead(first).orElseThrow().notes()).isEqualTo("남편과 상의 후 결정");
    }

    @Test
    void aFailedSaveKeepsTheTextAndSaysSo() {
        seedThree();
        presenter.load();
        presenter.notesEdited("저장 안 될 메모");
        database.close();
        presenter.saveNotes();
        assertThat(view.lastNotesState()).isEqualTo(NotesState.FAILED);
        assertThat(presenter.hasUnsavedNotes()).isTrue();
    }

    @Test
    void reloadAfterAnImportKeepsTheSearchAndTheOpenLead() {
        seedThree();
        presenter.load();
        presenter.searchChanged("김");
        long open = view.detail.id();
        presenter.load();
        assertThat(view.names()).containsExactly("김민수");
        assertThat(view.detail.id()).isEqualTo(open);
    }

    @Test
    void aReloadKeepsTheRowsAndTheSelectionOnScreenUntilTheNewRowsArrive() {
        seedThree();
        presenter.load();
        view.selectRow(1); // the agent clicks the second row
        presenter.rowSelected(1);
        long open = view.detail.id();
        java.util.List<String> whileReloading = new java.util.ArrayList<>();

        presenter.load(() -> {
            whileReloading.add(view.tableShown + " " + view.emptyMessage + " " + view.names() + " " + view.selectedRow);
            return new LeadDirectory(store).load(SeededLeads.AGENT);
        });

        assertThat(whileReloading).containsExactly("true null [다람이, 김민수, 가나다] 1");
        assertThat(view.tableShown).isTrue();
        assertThat(view.selectedRow).isEqualTo(1);
        assertThat(view.detail.id()).isEqualTo(open);
    }

    @Test
    void onlyAListThatIsReallyEmptyShowsTheEmptyState() {
        seedThree();
        presenter.load();
        sql("DELETE FROM lead");

        presenter.load();

        assertThat(view.tableShown).isFalse();
        assertThat(view.emptyMessage).isEqualTo("No leads yet: import a file (Ctrl+I)");
    }

    @Test
    void aReloadOvertakenByANewerOneIsNotShown() {
        seedThree();
        dev.dialdesk.testing.HeldTasks held = new dev.dialdesk.testing.HeldTasks();
        LeadListPresenter later = new LeadListPresenter(view, new LeadDirectory(store), held, english, SeededLeads.AGENT);
        later.load();
        held.runAll();
        dev.dialdesk.service.leads.LeadSnapshot withAll = new LeadDirectory(store).load(SeededLeads.AGENT);
        sql("DELETE FROM lead WHERE name = '가나다'");
        later.load(() -> withAll); // read before 가나다 left …
        later.load(); // … and after

        held.runNewest(); // the newer reload arrives first
        held.runAll();

        assertThat(view.names()).containsExactly("다람이", "김민수");
        assertThat(view.count).isEqualTo("2 / 2 leads");
    }

    @Test
    void aReloadReadBeforeACallLandingAfterItDoesNotPutTheOldStatusBack() {
        seedThree();
        dev.dialdesk.testing.HeldTasks held = dev.dialdesk.testing.HeldTasks.outcomesOnly();
        LeadListPresenter later = new LeadListPresenter(view, new LeadDirectory(store), held, english, SeededLeads.AGENT);
        later.load();
        held.runAll();
        later.load(); // a reload (a booking saved, an import) reads the list before the call is recorded …
        sql("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 1 WHERE name = '김민수'");
        later.leadChanged(leadIdOf("김민수")); // … the call's own row read comes after it

        held.runNewest(); // the row first,
        held.runAll(); // then the older list, and what it starts

        int row = view.snapshot.rowOf(leadIdOf("김민수"));
        assertThat(view.snapshot.status(row)).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(view.snapshot.attempts(row)).isEqualTo(1);
    }

    @Test
    void aRecordedCallUpdatesJustThatLeadsStatusAndAttempts() {
        seedThree();
        presenter.load();
        sql("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 2 WHERE name = '김민수'");
        presenter.leadChanged(leadIdOf("김민수"));
        int row = view.snapshot.rowOf(leadIdOf("김민수"));
        assertThat(view.changedRows).containsExactly(row);
        assertThat(view.snapshot.status(row)).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(view.snapshot.attempts(row)).isEqualTo(2);
        assertThat(view.snapshot.attempts(view.snapshot.rowOf(leadIdOf("다람이")))).isZero();
    }

    @Test
    void aCallOnTheOpenLeadShowsItsNewStatusInTheDetailAndLeavesTheNotesBeingTyped() {
        seedThree();
        presenter.load();
        presenter.rowSelected(view.names().indexOf("김민수"));
        dev.dialdesk.domain.Lead opened = view.detail;
        presenter.notesEdited("통화 중에 적는 메모");
        sql("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 2 WHERE name = '김민수'");
        presenter.leadChanged(leadIdOf("김민수"));
        assertThat(view.refreshedFields.status()).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(view.detail).as("the notes field is not filled again").isSameAs(opened);
        assertThat(presenter.hasUnsavedNotes()).isTrue();
        presenter.leadChanged(leadIdOf("다람이")); // a call on another lead leaves the open one's detail
        assertThat(view.refreshedFields.name()).isEqualTo("김민수");
    }

    @Test
    void theAgentColumnShowsOnlyInATeamLeadsListOfSeveralAgents() {
        seedThree();
        presenter.load();
        assertThat(view.agentColumn).isFalse();
        sql("INSERT INTO agent(id, name, created_at) VALUES ('B2048', '김상담', 0)");
        sql("UPDATE lead SET agent_id = 'B2048' WHERE name = '가나다'");
        presenter.load();
        assertThat(view.agentColumn).isTrue();
        assertThat(view.snapshot.agent(view.snapshot.rowOf(leadIdOf("가나다")))).isEqualTo("김상담 (B2048)");
    }

    private void sql(String statement) {
        database.write(connection -> {
            try (java.sql.Statement s = connection.createStatement()) {
                return s.executeUpdate(statement);
            }
        });
    }

    private long leadIdOf(String name) {
        return SeededLeads.idOf(store, name);
    }
}
