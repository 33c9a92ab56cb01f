package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.service.leads.LeadSnapshot;
import java.util.List;

/** What the lead presenter asks of its screen. The screen turns these into Swing; the presenter knows none. */
public interface LeadListView {

    /** Shows {@code rows} (indexes into {@code snapshot}, in order) in the table. */
    void showRows(LeadSnapshot snapshot, int[] rows);

    /** Repaints the row of snapshot row {@code snapshotRow}: its lead's status or attempts changed. */
    void showRowChanged(int snapshotRow);

    /** Shows the agent column (a team lead's list holds several agents' leads) or hides it. */
    void showAgentColumn(boolean shown);

    /** The row count line, e.g. "1,234 / 100,000 leads". */
    void showCount(String text);

    /** Replaces the table with a message saying what to do next. */
    void showEmptyState(String message, boolean offerImport);

    /** Shows the table again. */
    void showTable();

    void showBatches(List<LeadBatch> batches);

    /** Marks the sorted column in the header; {@code column} null for the import order. */
    void showSort(LeadColumn column, boolean ascending);

    /** Selects a row of the table (or clears the selection for -1) without asking the presenter back. */
    void selectRow(int viewRow);

    /** Shows a lead's fields, extra fields and notes. */
    void showDetail(Lead lead, String batchName);

    /** Shows the open lead's fields again (a call changed its status and tries); the notes field stays as typed. */
    void refreshDetail(Lead lead, String batchName);

    /** No lead open. */
    void clearDetail();

    void showNotesState(NotesState state);

    /** Tells the agent about a problem that has no place on screen any more (shown once, in a dialog). */
    void showProblem(String message);

    /** Moves the keyboard focus to the notes of the open lead. */
    void focusNotes();
}
