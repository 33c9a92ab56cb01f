package dev.dialdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.HeldTasks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of note saves, without a database: a save chained after another expects the text that one
 * stored (so the store's conditional update sees no false conflict), and only the newest waiting text
 * is saved.
 */
class NotesKeeperTest {

    private final HeldTasks tasks = new HeldTasks();
    private final List<String> stored = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final NotesKeeper keeper = new NotesKeeper(tasks, (lead, before, text) -> stored.add(lead + ":" + before + "→" + text),
            new NotesKeeper.Listener() {
                @Override
                public void saved(long leadId, String text, boolean more) {
                    told.add("saved " + text + (more ? " (more)" : ""));
                }

                @Override
                public void failed(long leadId, String text, Throwable failure) {
                    told.add("failed " + text);
                }
            });

    @Test
    void aSaveChainedAfterAnotherExpectsTheTextThatOneStored() {
        keeper.save(7, "", "A");
        keeper.save(7, "", "AB");
        keeper.save(7, "", "ABC"); // only the newest waiting text is saved
        keeper.save(8, "x", "y"); // another lead's save runs at once, beside it
        tasks.runAll();
        assertThat(stored).containsExactly("7:→A", "8:x→y", "7:A→ABC");
        assertThat(told).containsExactly("saved A (more)", "saved y", "saved ABC");
        boolean[] idle = {false};
        keeper.whenIdle(ok -> idle[0] = ok);
        assertThat(idle[0]).isTrue();
    }
}
