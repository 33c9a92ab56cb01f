package dev.dialdesk.ui.leads;

import dev.dialdesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Saves agents' notes so that none is lost: per lead, one save at a time, in the order typed. Text
 * handed over while an earlier save of the same lead still runs waits and is saved right after it
 * (only the newest waiting text, since each holds the whole note); another lead's save never cancels
 * it. Every method runs on the event thread; the saves run through the {@link TaskRunner}.
 */
final class NotesKeeper {

    /** Writes a lead's notes (off the event thread), {@code before} the notes it expects to replace. */
    interface Store {
        void save(long leadId, String before, String text) throws Exception;
    }

    /** What the keeper tells its presenter, on the event thread. */
    interface Listener {
        /** {@code text} is in the database; {@code more} when a newer text of the lead is being saved. */
        void saved(long leadId, String text, boolean more);

        /** {@code text} could not be saved and nothing newer was waiting: it is still the agent's. */
        void failed(long leadId, String text, Throwable failure);
    }

    private final TaskRunner tasks;
    private final Store store;
    private final Listener listener;
    private final Map<Long, String> running = new HashMap<>();
    private final Map<Long, String> waiting = new HashMap<>();
    private final List<Consumer<Boolean>> whenIdle = new ArrayList<>();
    private boolean allSaved = true;

    NotesKeeper(TaskRunner tasks, Store store, Listener listener) {
        this.tasks = tasks;
        this.store = store;
        this.listener = listener;
    }

    /**
     * Saves {@code text} as the notes of {@code leadId}, after any save of that lead still running;
     * {@code before} is what the agent saw saved (a save chained after another expects that one's text).
     */
    void save(long leadId, String before, String text) {
        if (unconfirmed(leadId).filter(text::equals).isPresent()) {
            return; // that very text is already on its way
        }
        if (running.containsKey(leadId)) {
            waiting.put(leadId, text);
        } else {
            start(leadId, before, text);
        }
    }

    /** The newest text of {@code leadId} handed over and not yet in the database. */
    Optional<String> unconfirmed(long leadId) {
        return Optional.ofNullable(waiting.getOrDefault(leadId, running.get(leadId)));
    }

    boolean busy(long leadId) {
        return running.containsKey(leadId);
    }

    /** Tells {@code then}, once no save runs, whether every one since the last idle moment succeeded. */
    void whenIdle(Consumer<Boolean> then) {
        if (running.isEmpty()) {
            then.accept(allSaved);
        } else {
            whenIdle.add(then);
        }
    }

    private void start(long leadId, String before, String text) {
        running.put(leadId, text);
        tasks.run("Saving notes", () -> {
            store.save(leadId, before, text);
            return text;
        }, saved -> finished(leadId, before, text, null), failure -> finished(leadId, before, text, failure));
    }

    private void finished(long leadId, String before, String text, Throwable failure) {
        running.remove(leadId);
        String newer = waiting.remove(leadId);
        if (newer != null) {
            if (failure == null) {
                listener.saved(leadId, text, true);
            }
            // the newer text holds the whole note; it expects what is stored now (this text, if saved)
            start(leadId, failure == null ? text : before, newer);
            return;
        }
        if (failure == null) {
            listener.saved(leadId, text, false);
        } else {
            allSaved = false;
            listener.failed(leadId, text, failure);
        }
        if (running.isEmpty()) {
            boolean result = allSaved;
            allSaved = true;
            List<Consumer<Boolean>> told = List.copyOf(whenIdle);
            whenIdle.clear();
            told.forEach(t -> t.accept(result));
        }
    }
}
