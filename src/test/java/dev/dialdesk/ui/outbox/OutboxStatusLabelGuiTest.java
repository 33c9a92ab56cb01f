package dev.dialdesk.ui.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.testing.ImmediateTasks;
import dev.dialdesk.testing.TestClocks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status bar's outbox count and the list of what the server refused, in both languages. */
class OutboxStatusLabelGuiTest {

    private final Outbox.Refused reassigned = new Outbox.Refused(Outbox.Kind.OUTCOME, 7, "김영희", "NO_ANSWER",
            Instant.parse("2026-03-10T01:02:00Z"), "김영희 is no longer your lead on the server.");

    private OutboxStatusLabel label(Locale locale) {
        return new OutboxStatusLabel(Messages.forLocale(locale), new ImmediateTasks(), TestClocks.SEOUL);
    }

    @Test
    void nothingWaitingShowsNothing() {
        OutboxStatusLabel label = label(Locale.ENGLISH);

        label.show(new OutboxStatusLabel.Counts(0, List.of()));

        assertThat(label.isVisible()).isFalse();
    }

    @Test
    void theCountSaysWhatWaitsAndWhatWasNotSent() {
        OutboxStatusLabel english = label(Locale.ENGLISH);
        OutboxStatusLabel korean = label(Locale.KOREAN);

        english.show(new OutboxStatusLabel.Counts(3, List.of(reassigned)));
        korean.show(new OutboxStatusLabel.Counts(3, List.of()));

        assertThat(english.isVisible()).isTrue();
        assertThat(english.getText()).isEqualTo("3 waiting to be sent · 1 not sent");
        assertThat(korean.getText()).isEqualTo("전송 대기 3건");
    }

    @Test
    void theListNamesWhatTheServerRefusedWhenItWasSavedAndWhy() {
        String text = label(Locale.ENGLISH).notSentText(new OutboxStatusLabel.Counts(0, List.of(reassigned)));

        assertThat(text).contains("Outcome for 김영희 NO_ANSWER (saved 03-10 10:02): 김영희 is no longer your lead");
    }
}
