package dev.dialdesk.ui.leads;

/** Where the agent's notes on the open lead stand. */
public enum NotesState {
    /** No lead open, or notes as loaded. */
    CLEAN,
    /** Edited, not yet saved. */
    UNSAVED,
    SAVING,
    SAVED,
    /** The last save failed; the text is kept so that nothing typed is lost. */
    FAILED;

    public String messageKey() {
        return "leads.notes.state." + name();
    }
}
