package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The notes of the lead open on the lead screen, for {@link LeadListPresenter}: what is saved, what is
 * typed, and their saves through the {@link NotesKeeper} (conditional on the notes the editor started
 * from). Which lead is open is the presenter's; every method is called on the event thread.
 */
final class OpenLeadNotes {

    private final LeadListView view;
    private final LeadDirectory directory;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LongSupplier openLead;
    private final NotesKeeper keeper;
    private String saved = "";
    private String edited = "";
    /** False from the moment another lead is opened until its notes are on screen. */
    private boolean shown;

    OpenLeadNotes(LeadListView view, LeadDirectory directory, TaskRunner tasks, Messages messages,
                  LongSupplier openLead) {
        this.view = view;
        this.directory = directory;
        this.tasks = tasks;
        this.messages = messages;
        this.openLead = openLead;
        // the store's conditional save (notes expected before) plugs in here: directory.saveNotes(id, before, text)
        this.keeper = new NotesKeeper(tasks, directory::saveNotes, new NotesKeeper.Listener() {
            @Override
            public void saved(long leadId, String text, boolean more) {
                notesSaved(leadId, text, more);
            }

            @Override
            public void failed(long leadId, String text, Throwable failure) {
                notesFailed(leadId, text, failure);
            }
        });
    }

    /** Another lead is being opened: the field still holds the one left behind, nothing of it is the new one's. */
    void leaving() {
        shown = false;
    }

    /** Whether the open lead's notes are on screen (its detail was shown). */
    boolean shown() {
        return shown;
    }

    /**
     * Shows the open lead read from the store through {@code detail}, with the notes still on their way to
     * be saved in place of the stored ones (they are the newer text).
     */
    void show(long leadId, Lead stored, Consumer<Lead> detail) {
        saved = stored.notes() == null ? "" : stored.notes();
        edited = keeper.unconfirmed(leadId).orElse(saved);
        detail.accept(edited.equals(saved) ? stored : withNotes(stored, edited));
        shown = true;
        view.showNotesState(keeper.busy(leadId) ? NotesState.SAVING : NotesState.CLEAN);
    }

    void edited(String text) {
        if (!shown) {
            return;
        }
        edited = text == null ? "" : text;
        long leadId = openLead.getAsLong();
        if (leadId >= 0 && !keeper.busy(leadId)) {
            view.showNotesState(edited.equals(saved) ? NotesState.CLEAN : NotesState.UNSAVED);
        }
    }

    /** The open lead's notes differ from what is saved or on its way to be saved. */
    boolean unsaved() {
        long leadId = openLead.getAsLong();
        return leadId >= 0 && shown && !edited.equals(keeper.unconfirmed(leadId).orElse(saved));
    }

    /** Saves the open lead's notes when they changed; while an earlier save of the lead runs, right after it. */
    void save() {
        if (!unsaved()) {
            return;
        }
        view.showNotesState(NotesState.SAVING);
        keeper.save(openLead.getAsLong(), saved, edited);
    }

    /** Saves what is typed, then tells {@code then} whether every save went through and nothing is left. */
    void saveThen(Consumer<Boolean> then) {
        save();
        keeper.whenIdle(allSaved -> then.accept(allSaved && !unsaved()));
    }

    private void notesSaved(long leadId, String text, boolean more) {
        if (leadId == openLead.getAsLong()) {
            saved = text;
            view.showNotesState(more ? NotesState.SAVING : edited.equals(saved) ? NotesState.SAVED : NotesState.UNSAVED);
        }
    }

    /**
     * In place when the lead is still open; else the agent is told, with the text, since it left the
     * screen. A save refused in words (the notes were changed elsewhere meanwhile, the disk is full)
     * is said once; the notes as stored now become the base of the next save, so that saving again
     * knowingly replaces them, and the typed text stays in the field.
     */
    private void notesFailed(long leadId, String text, Throwable failure) {
        if (leadId != openLead.getAsLong()) {
            view.showProblem(messages.get("leads.notes.failedLeft", text));
            return;
        }
        view.showNotesState(NotesState.FAILED);
        userFacing(failure).ifPresent(refused -> {
            view.showProblem(messages.get(refused.userMessage()));
            tasks.run("Reloading notes", () -> directory.find(leadId).map(Lead::notes).orElse(""), current -> {
                if (leadId == openLead.getAsLong()) {
                    saved = current == null ? "" : current;
                }
            });
        });
    }

    private static Optional<UserFacingException> userFacing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException userFacing) {
                return Optional.of(userFacing);
            }
        }
        return Optional.empty();
    }

    private static Lead withNotes(Lead l, String text) {
        return new Lead(l.id(), l.batchId(), l.agentId(), l.phone(), l.externalId(), l.name(), l.birthDate(),
                l.gender(), l.region(), l.product(), l.source(), text, l.extra(), l.status(), l.createdAt(),
                l.updatedAt(), l.version());
    }
}
