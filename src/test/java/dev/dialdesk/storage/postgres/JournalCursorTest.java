package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The desk's place in the change journal, whose rows commit out of number order. */
class JournalCursorTest {

    private static JournalCursor.Row row(long seq) {
        return new JournalCursor.Row(seq, "lead:" + seq);
    }

    @Test
    void aRowThatCommitsAfterANewerOneIsStillDeliveredOnce() {
        JournalCursor cursor = new JournalCursor(100);
        assertThat(cursor.accept(List.of(row(101), row(103)), 0)).extracting(JournalCursor.Row::seq)
                .containsExactly(101L, 103L);
        assertThat(cursor.after()).isEqualTo(103);
        assertThat(cursor.missing()).containsExactly(102L);

        // The next read asks for 102 again; it has committed meanwhile, beside a newer row and 103 once more.
        assertThat(cursor.accept(List.of(row(102), row(103), row(104)), 1)).extracting(JournalCursor.Row::seq)
                .containsExactly(102L, 104L);
        assertThat(cursor.missing()).isEmpty();
        assertThat(cursor.accept(List.of(row(102)), 2)).as("never twice").isEmpty();
    }

    @Test
    void aNumberNeverUsedIsForgottenAfterTheLongestTransaction() {
        JournalCursor cursor = new JournalCursor(0);
        cursor.accept(List.of(row(2)), 0);
        assertThat(cursor.missing()).containsExactly(1L);
        cursor.accept(List.of(), JournalCursor.GAP_WAIT_NANOS - 1);
        assertThat(cursor.missing()).containsExactly(1L);
        cursor.accept(List.of(), JournalCursor.GAP_WAIT_NANOS);
        assertThat(cursor.missing()).as("a rolled-back transaction's number").isEmpty();
    }

    @Test
    void aJumpTooWideToTrackIsNotTrackedNumberByNumber() {
        JournalCursor cursor = new JournalCursor(0);
        assertThat(cursor.accept(List.of(row(JournalCursor.MAX_TRACKED + 5L)), 0)).hasSize(1);
        assertThat(cursor.missing()).isEmpty();
        assertThat(cursor.after()).isEqualTo(JournalCursor.MAX_TRACKED + 5L);
    }
}
