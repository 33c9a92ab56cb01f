package dev.dialdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.testing.HeldTasks;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up shows the list's first leads while the rest is read, then the whole list in their place
 * (issue 17 §3): on a real SQLite file, the first rows as the directory reads them, the tasks let go one
 * by one as the event thread would see them arrive.
 */
class LeadListFirstRowsTest {

    @TempDir
    Path folder;

    private SqliteDatabase database;
    private LeadDirectory directory;
    private final RecordingView view = new RecordingView();
    private final HeldTasks tasks = new HeldTasks();
    private LeadListPresenter presenter;
    private final List<String> events = new ArrayList<>();
    private final CompletableFuture<LeadSnapshot> firstTwo = new CompletableFuture<>();
    private LeadSnapshot whole;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("dialdesk.db"));
        directory = new LeadDirectory(new JdbcLeadStore(database, TestClocks.seoul("2024-03-04T10:00")));
        presenter = new LeadListPresenter(view, directory, tasks, Messages.forLocale(Locale.ENGLISH), SeededLeads.AGENT);
        presenter.onFirstRows(() -> events.add("first rows shown"));
        presenter.onFirstLoad(() -> events.add("whole list shown"));
        SeededLeads.seed(database, "다람이", "+821012345678", "김민수", "+821098765432", "가나다", "+8221234567");
        whole = directory.load(SeededLeads.AGENT, 2, firstTwo::complete);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDirectoryHandsOverTheListsFirstLeadsInIdOrderBeforeTheWholeList() {
        LeadSnapshot first = firstTwo.join();
        assertThat(first.size()).isEqualTo(2);
        assertThat(List.of(first.name(0), first.name(1))).containsExactly("다람이", "김민수");
        assertThat(first.id(1)).isEqualTo(whole.id(1));
        assertThat(first.batches()).isEqualTo(whole.batches());
        assertThat(whole.size()).isEqualTo(3);

        List<LeadSnapshot> handed = new ArrayList<>();
        assertThat(directory.load(SeededLeads.AGENT, 5, handed::add).size()).isEqualTo(3);
        assertThat(handed).as("a list shorter than the first rows has no first rows of its own").isEmpty();
    }

    @Test
    void theFirstLeadsShowWhileTheRestIsReadThenTheWholeListTakesTheirPlace() {
        presenter.load(firstTwo, () -> whole);
        assertThat(view.emptyMessage).isEqualTo("Loading leads…");

        tasks.runOldest(); // the first rows arrive
        assertThat(view.names()).containsExactly("다람이", "김민수");
        assertThat(view.count).isEqualTo("2 / the first 2 leads, reading the rest…");
        assertThat(view.tableShown).isTrue();
        assertThat(events).containsExactly("first rows shown");

        tasks.runAll(); // the whole list, then the first lead opens
        assertThat(view.names()).containsExactly("다람이", "김민수", "가나다");
        assertThat(view.count).isEqualTo("3 / 3 leads");
        assertThat(events).containsExactly("first rows shown", "whole list shown");
        assertThat(view.selectedRow).isZero();
        assertThat(view.detail.name()).isEqualTo("다람이");
    }

    @Test
    void theLeadPickedAmongTheFirstRowsStaysOpenAndSelectedWhenTheWholeListArrives() {
        presenter.load(firstTwo, () -> whole);
        tasks.runOldest();
        presenter.rowSelected(1);
        tasks.runNewest(); // 김민수 opens
        presenter.notesEdited("오후에 다시");

        tasks.runAll();
        assertThat(view.selectedRow).isEqualTo(1);
        assertThat(view.detail.name()).isEqualTo("김민수");
        assertThat(presenter.hasUnsavedNotes()).as("the notes typed meanwhile are still the agent's").isTrue();
    }

    @Test
    void aSearchTypedBeforeTheWholeListArrivesFindsTheLeadsReadAfter() {
        presenter.load(firstTwo, () -> whole);
        tasks.runOldest();
        presenter.searchChanged("가나다");
        assertThat(view.names()).isEmpty();
        assertThat(view.emptyMessage).as("no «no match» while the rest is read").isEqualTo("Loading leads…");

        tasks.runAll();
        assertThat(view.names()).containsExactly("가나다");
        assertThat(view.count).isEqualTo("1 / 3 leads");
    }

    @Test
    void firstRowsThatComeAfterTheWholeListAreIgnored() {
        presenter.load(firstTwo, () -> whole);
        tasks.runNewest(); // the whole list first
        tasks.runAll();
        assertThat(view.names()).containsExactly("다람이", "김민수", "가나다");
        assertThat(view.count).isEqualTo("3 / 3 leads");
        assertThat(events).containsExactly("first rows shown", "whole list shown");
    }

    @Test
    void withoutFirstRowsTheWholeListIsTheFirstData() {
        presenter.load(CompletableFuture.completedFuture(null), () -> whole);
        tasks.runAll();
        assertThat(view.names()).containsExactly("다람이", "김민수", "가나다");
        assertThat(events).containsExactly("first rows shown", "whole list shown");
    }
}
