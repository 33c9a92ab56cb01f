package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.leads.LeadFilter;
import dev.dialdesk.service.leads.LeadSearch;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.service.leads.LeadSortKey;
import dev.dialdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;

/**
 * The logic of the lead screen, without Swing: loads the list off the event thread, searches and
 * filters on each keystroke, sorts, opens a lead and saves the agent's notes. Every method is called
 * on the event thread; slow work goes through the {@link TaskRunner}.
 */
public final class LeadListPresenter {

    private final LeadListView view;
    private final LeadDirectory directory;
    private final TaskRunner tasks;
    private final Messages messages;
    private final AgentId agent;

    private LeadSnapshot snapshot = LeadSnapshot.empty();
    private LeadFilter filter = LeadFilter.ALL;
    private int[] rows = new int[0];
    private boolean loaded;
    private boolean applying;
    /** Start-up's first rows are shown, the whole list not yet. */
    private boolean firstRowsShown;
    /** Counts the loads asked for: a reload overtaken by a newer one is not shown. */
    private long loads;
    /** The load whose list is on screen; below {@link #loads} while a newer one is on its way. */
    private long shownLoad;
    /** Leads a call changed while a load was on its way: that list was perhaps read before the call. */
    private final java.util.Set<Long> changedWhileLoading = new java.util.HashSet<>();
    private Runnable onLoaded = () -> { };
    private Runnable onFirstRows = () -> { };

    private long openLeadId = -1;
    /** The lead in the call panel, or -1: while there is one, it is the lead open here. */
    private long callLeadId = -1;
    private final OpenLeadNotes notes;
    private java.util.function.LongConsumer opener;
    /** On the team server an empty list points to F2 and the shared pool, and offers no import (the team lead's). */
    private boolean onTeamServer;

    public LeadListPresenter(LeadListView view, LeadDirectory directory, TaskRunner tasks, Messages messages,
                             AgentId agent) {
        this.view = Objects.requireNonNull(view, "view");
        this.directory = directory;
        this.tasks = tasks;
        this.messages = messages;
        this.agent = agent;
        this.notes = new OpenLeadNotes(view, directory, tasks, messages, () -> openLeadId);
    }

    /**
     * Runs once, on the event thread, when the first list has been shown (start-up timing, work put off
     * until then); several actions run in the order they were given.
     */
    public void onFirstLoad(Runnable action) {
        Runnable before = onLoaded;
        onLoaded = () -> {
            before.run();
            action.run();
        };
    }

    /**
     * Runs once, on the event thread, when start-up's first rows are shown (or, when there were none to
     * show first, the whole first list): the window's first data.
     */
    public void onFirstRows(Runnable action) {
        Runnable before = onFirstRows;
        onFirstRows = () -> {
            before.run();
            action.run();
        };
    }

    /**
     * Loads (or reloads: after an import, a live change) the list off the event thread; keeps the search
     * and the open lead. A reload leaves the rows, the selection and the scroll on screen until the new
     * rows arrive; only the first load says "loading".
     */
    public void load() {
        load(() -> directory.load(agent));
    }

    /**
     * Shows the list {@code source} gives, computed off the event thread: at start-up a snapshot whose
     * loading began while the window was being built.
     */
    public void load(java.util.concurrent.Callable<LeadSnapshot> source) {
        if (!loaded) {
            view.showEmptyState(messages.get("leads.loading"), false);
        }
        loadLatest(source);
    }

    /** Reads the list off the event thread and shows it, unless a newer load was asked for meanwhile. */
    private void loadLatest(java.util.concurrent.Callable<LeadSnapshot> source) {
        long load = ++loads;
        tasks.run("Loading the lead list", source, loadedSnapshot -> {
            if (load == loads) { // an older reload arriving late would put back an older list
                shownLoad = load;
                apply(loadedSnapshot);
                readAgainWhatChangedWhileLoading();
            }
        });
    }

    /**
     * Start-up: shows {@code firstRows} (the list's first leads in its order, read while the rest is) as
     * soon as they are there, then the whole list {@code source} gives in their place, keeping the search,
     * the selection and the open lead. A null first page, or one that comes after the whole list, is
     * ignored. {@link #onFirstLoad} waits for the whole list.
     */
    public void load(java.util.concurrent.Future<LeadSnapshot> firstRows,
                     java.util.concurrent.Callable<LeadSnapshot> source) {
        if (!loaded) {
            view.showEmptyState(messages.get("leads.loading"), false);
        }
        tasks.run("Reading the first leads", firstRows::get, this::showFirstRows);
        loadLatest(source);
    }

    private void showFirstRows(LeadSnapshot firstPage) {
        if (loaded || firstPage == null) {
            return;
        }
        firstRowsShown = true;
        show(firstPage);
        runFirstRowsActions();
    }

    private void apply(LeadSnapshot loadedSnapshot) {
        firstRowsShown = false;
        show(loadedSnapshot);
        if (!loaded) {
            loaded = true;
            runFirstRowsActions();
            onLoaded.run();
        }
    }

    private void show(LeadSnapshot shown) {
        snapshot = shown;
        applying = true;
        if (filter.batchId() != null && snapshot.batches().stream().noneMatch(b -> b.id() == filter.batchId())) {
            filter = filter.withBatch(null);
        }
        view.showBatches(snapshot.batches());
        view.showAgentColumn(snapshot.agentCount() > 1);
        refresh();
        applying = false;
    }

    private void runFirstRowsActions() {
        Runnable actions = onFirstRows;
        onFirstRows = () -> { };
        actions.run();
    }

    /**
     * A call changed a lead's status and attempts: reads that one lead again (off the event thread)
     * and repaints its row; the rest of the list stays as it is.
     */
    public void leadChanged(long leadId) {
        if (shownLoad != loads) {
            changedWhileLoading.add(leadId); // read again once that list is shown
        }
        if (!loaded || snapshot.rowOf(leadId) < 0) {
            return;
        }
        LeadSnapshot shown = snapshot;
        tasks.run("Refreshing a lead after a call", () -> directory.listRow(leadId), row -> row.ifPresent(changed -> {
            if (shown == snapshot) { // a reload meanwhile brought the new state already
                int snapshotRow = snapshot.update(changed);
                if (snapshotRow >= 0) {
                    view.showRowChanged(snapshotRow);
                }
                if (leadId == openLeadId && notes.shown()) {
                    refreshOpenLead(leadId);
                }
            }
        }));
    }

    private void readAgainWhatChangedWhileLoading() {
        java.util.List<Long> changed = java.util.List.copyOf(changedWhileLoading);
        changedWhileLoading.clear();
        changed.forEach(this::leadChanged);
    }

    /** The open lead's fields read again (its status and tries after a call); the notes field stays as typed. */
    private void refreshOpenLead(long leadId) {
        tasks.run("Refreshing the open lead after a call", () -> directory.find(leadId), found -> found.ifPresent(lead -> {
            if (leadId == openLeadId && notes.shown()) {
                view.refreshDetail(lead, batchOfLead(leadId));
            }
        }));
    }

    private String batchOfLead(long leadId) {
        int row = snapshot.rowOf(leadId);
        LeadBatch batch = row < 0 ? null : snapshot.batch(row);
        return batch == null ? "" : batch.name();
    }

    /**
     * Another desk changed leads on the team server (live updates): the rows of {@code ids} on this list
     * are read again; the whole list is loaded again when {@code all}, when a changed lead left this desk
     * (reassigned: it can no longer be read here), or when {@code mayBeNew} (leads of this desk's agent
     * were added or moved here) and some of them are not on the list.
     */
    public void leadsChanged(java.util.Set<Long> ids, boolean all, boolean mayBeNew) {
        if (!loaded) {
            return;
        }
        LeadSnapshot shown = snapshot;
        java.util.List<Long> listed = ids.stream().filter(id -> shown.rowOf(id) >= 0).toList();
        if (all || listed.size() > 20 || mayBeNew && (ids.isEmpty() || listed.size() < ids.size())) {
            load();
            return;
        }
        if (listed.isEmpty()) {
            return;
        }
        tasks.run("Refreshing leads another desk changed", () -> listed.stream().map(directory::listRow).toList(), read -> {
            if (shown != snapshot) {
                return; // a reload meanwhile brought the new state already
            }
            if (read.stream().anyMatch(Optional::isEmpty)) {
                load();
                return;
            }
            read.forEach(row -> {
                int snapshotRow = snapshot.update(row.get());
                if (snapshotRow >= 0) {
                    view.showRowChanged(snapshotRow);
                }
            });
        });
    }

    /**
     * The desk works on the team server: an empty list says that F2 takes the next lead from the shared pool,
     * without the import button (on the server the team lead imports and hands out; File → Import stays).
     */
    public void onTeamServer() {
        onTeamServer = true;
    }

    /** True when the list shows the leads of several agents (the team lead's desk sees the whole floor). */
    public boolean showsSeveralAgents() {
        return snapshot.agentCount() > 1;
    }

    public void searchChanged(String text) {
        filter = filter.withText(text);
        refresh();
    }

    public void statusChosen(LeadStatus status) {
        filter = filter.withStatus(status);
        refresh();
    }

    public void batchChosen(Long batchId) {
        filter = filter.withBatch(batchId);
        refresh();
    }

    /** A header click: ascending, then descending, then back to the import order. */
    public void sortRequested(LeadColumn column) {
        LeadSortKey key = column.sortKey();
        if (filter.sort() != key) {
            filter = filter.withSort(key, true);
        } else if (filter.ascending()) {
            filter = filter.withSort(key, false);
        } else {
            filter = filter.withSort(LeadSortKey.ID, true);
        }
        refresh();
    }

    public LeadFilter filter() {
        return filter;
    }

    public int rowCount() {
        return rows.length;
    }

    private void refresh() {
        if (!loaded && !applying && !firstRowsShown) { // nothing to search before the first list arrives
            return;
        }
        rows = LeadSearch.find(snapshot, filter);
        view.showRows(snapshot, rows);
        view.showSort(LeadColumn.of(filter.sort()), filter.ascending());
        view.showCount(firstRowsShown ? messages.get("leads.count.firstRows", rows.length, snapshot.size())
                : messages.get("leads.count", rows.length, snapshot.size()));
        if (snapshot.size() == 0) {
            view.showEmptyState(messages.get(onTeamServer ? "leads.empty.noneOnServer" : "leads.empty.none"), !onTeamServer);
        } else if (rows.length == 0 && firstRowsShown) { // the leads it looks for may be among the rest
            view.showEmptyState(messages.get("leads.loading"), false);
        } else if (rows.length == 0) {
            view.showEmptyState(filter.text().isBlank() ? messages.get("leads.empty.noMatchFilters")
                    : messages.get("leads.empty.noMatch", filter.text().strip()), false);
        } else {
            view.showTable();
        }
        reselect();
    }

    /** Keeps the open lead selected when it is still listed, else selects the first row. */
    private void reselect() {
        int viewRow = openLeadId < 0 ? -1 : viewRowOf(openLeadId);
        if (viewRow < 0 && rows.length > 0 && callLeadId < 0) {
            viewRow = 0;
        }
        view.selectRow(viewRow);
        rowSelected(viewRow);
    }

    /**
     * The agent moved the selection; unsaved notes of the lead left behind are saved first. While a
     * lead is in the call panel the open lead stays that one: browsing never redirects what is typed.
     */
    public void rowSelected(int viewRow) {
        long leadId = viewRow < 0 || viewRow >= rows.length ? -1 : snapshot.id(rows[viewRow]);
        if (callLeadId < 0) {
            openLead(leadId);
        }
    }

    /**
     * The call panel now shows {@code leadId} (-1: none): it becomes the open lead, its row is selected
     * and scrolled to; notes typed for the lead before are saved to that lead.
     */
    public void followCall(long leadId) {
        callLeadId = leadId;
        if (leadId < 0) {
            return; // the open lead stays until the agent picks another
        }
        int viewRow = viewRowOf(leadId);
        if (viewRow >= 0) {
            view.selectRow(viewRow);
        }
        openLead(leadId);
    }

    private int viewRowOf(long leadId) {
        int snapshotRow = snapshot.rowOf(leadId);
        for (int i = 0; snapshotRow >= 0 && i < rows.length; i++) {
            if (rows[i] == snapshotRow) {
                return i;
            }
        }
        return -1;
    }

    private void openLead(long leadId) {
        if (leadId == openLeadId) {
            return;
        }
        saveNotes();
        openLeadId = leadId;
        notes.leaving();
        if (leadId < 0) {
            view.clearDetail();
            return;
        }
        tasks.run("Opening a lead", () -> directory.find(leadId), found -> showLead(leadId, found));
    }

    private void showLead(long leadId, Optional<Lead> found) {
        if (leadId != openLeadId) {
            return;
        }
        if (found.isEmpty()) {
            view.clearDetail();
            return;
        }
        notes.show(leadId, found.get(), lead -> view.showDetail(lead, batchOfLead(leadId)));
    }

    /**
     * Where Enter and a double-click on a lead send it: the call screen ({@code CallSession.open}, the
     * same gate as the queue's). Without one, Enter puts the focus in the notes.
     */
    public void onOpen(java.util.function.LongConsumer leadOpener) {
        opener = leadOpener;
    }

    /** Enter or a double-click on a lead: into the call panel (or the notes get the focus). */
    public void openSelected() {
        if (openLeadId < 0) {
            return;
        }
        if (opener != null) {
            opener.accept(openLeadId);
        } else {
            view.focusNotes();
        }
    }

    /** The name of a batch of the list in memory, or null. Safe on the event thread. */
    public String batchName(long batchId) {
        return snapshot.batches().stream().filter(b -> b.id() == batchId).map(LeadBatch::name).findFirst().orElse(null);
    }

    /**
     * Saves notes still being typed, then tells {@code then} whether they are safe (true also when
     * there was nothing to save): the window calls it before it closes the database.
     */
    public void saveNotesThen(java.util.function.Consumer<Boolean> then) {
        notes.saveThen(then);
    }

    public void notesEdited(String text) {
        notes.edited(text);
    }

    /** The open lead's notes differ from what is saved or on its way to be saved. */
    public boolean hasUnsavedNotes() {
        return notes.unsaved();
    }

    /**
     * Saves the open lead's notes when they changed (Ctrl+S, leaving the field, moving to another lead);
     * while an earlier save of the lead runs, the text is saved right after it.
     */
    public void saveNotes() {
        notes.save();
    }
}
