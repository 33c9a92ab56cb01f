package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.service.leads.LeadSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A view that remembers what the presenter last asked it to show. */
final class RecordingView implements LeadListView {

    LeadSnapshot snapshot;
    int[] rows = new int[0];
    String count;
    String emptyMessage;
    boolean offerImport;
    boolean tableShown;
    List<LeadBatch> batches = List.of();
    LeadColumn sortColumn;
    boolean sortAscending;
    int selectedRow = -1;
    Lead detail;
    String detailBatch;
    final List<NotesState> notesStates = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int notesFocused;

    List<String> names() {
        List<String> names = new ArrayList<>();
        for (int row : rows) {
            names.add(snapshot.name(row));
        }
        return names;
    }

    NotesState lastNotesState() {
        return notesStates.isEmpty() ? null : notesStates.get(notesStates.size() - 1);
    }

    @Override
    public void showRows(LeadSnapshot newSnapshot, int[] newRows) {
        snapshot = newSnapshot;
        rows = newRows;
    }

    final java.util.List<Integer> changedRows = new java.util.ArrayList<>();
    boolean agentColumn;

    @Override
    public void showRowChanged(int snapshotRow) {
        changedRows.add(snapshotRow);
    }

    @Override
    public void showAgentColumn(boolean shown) {
        agentColumn = shown;
    }

    @Override
    public void showCount(String text) {
        count = text;
    }

    @Override
    public void showEmptyState(String message, boolean offer) {
        emptyMessage = message;
        offerImport = offer;
        tableShown = false;
    }

    @Override
    public void showTable() {
        emptyMessage = null;
        tableShown = true;
    }

    @Override
    public void showBatches(List<LeadBatch> newBatches) {
        batches = newBatches;
    }

    @Override
    public void showSort(LeadColumn column, boolean ascending) {
        sortColumn = column;
        sortAscending = ascending;
    }

    @Override
    public void selectRow(int viewRow) {
        selectedRow = viewRow;
    }

    @Override
    public void showDetail(Lead lead, String batchName) {
        detail = lead;
        detailBatch = batchName;
    }

    /** The open lead's fields shown again, its notes field left as it was. */
    Lead refreshedFields;

    @Override
    public void refreshDetail(Lead lead, String batchName) {
        refreshedFields = lead;
        detailBatch = batchName;
    }

    @Override
    public void clearDetail() {
        detail = null;
    }

    @Override
    public void showNotesState(NotesState state) {
        notesStates.add(state);
    }

    @Override
    public void showProblem(String message) {
        problems.add(message);
    }

    @Override
    public void focusNotes() {
        notesFocused++;
    }
}
