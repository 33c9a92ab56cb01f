package dev.dialdesk.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 14 item 11: the call panel's words read right in English and Korean. */
class CallWordsTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final Messages korean = Messages.forLocale(Locale.KOREAN);

    @Test
    void attemptsAreCountedWithTheRightPluralInEnglish() {
        assertThat(english.get("callscreen.lead.attempts", 0)).isEqualTo("no attempts");
        assertThat(english.get("callscreen.lead.attempts", 1)).isEqualTo("1 attempt");
        assertThat(english.get("callscreen.lead.attempts", 2)).isEqualTo("2 attempts");
        assertThat(english.get("callscreen.lead.attempts", 1200)).isEqualTo("1,200 attempts");
        assertThat(korean.get("callscreen.lead.attempts", 1)).isEqualTo("1회 시도");
    }

    @Test
    void theBookingTitleNamesTheCustomerNotTheLeadId() {
        assertThat(korean.get("callbacks.book.titleFor", "다람이 · 010-1234-5678"))
                .isEqualTo("예약 콜 잡기: 다람이 · 010-1234-5678");
        assertThat(english.get("callbacks.book.titleFor", "다람이 · 010-1234-5678"))
                .isEqualTo("Book a callback: 다람이 · 010-1234-5678");
    }

    @Test
    void callTimesShowTheWeekday() {
        java.time.LocalDateTime tuesday = java.time.LocalDateTime.parse("2025-03-11T09:10");
        assertThat(tuesday.format(dev.dialdesk.ui.common.DayTime.dayAndTime(korean))).isEqualTo("03-11 (화) 09:10");
        assertThat(tuesday.format(dev.dialdesk.ui.common.DayTime.dayAndTime(english))).isEqualTo("03-11 (Tue) 09:10");
        assertThat(tuesday.format(dev.dialdesk.ui.common.DayTime.dateAndTime(english))).isEqualTo("2025-03-11 (Tue) 09:10");
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        assertThat(english.get("calls.skip.attemptCap", 1)).isEqualTo("Attempt cap reached (1 attempt)");
        assertThat(english.get("calls.skip.attemptCap", 6)).isEqualTo("Attempt cap reached (6 attempts)");
        assertThat(english.get("leads.count", 1, 1)).isEqualTo("1 / 1 lead");
        assertThat(english.get("leads.count", 2, 1250)).isEqualTo("2 / 1,250 leads");
        assertThat(english.get("importdialog.report.counts", 3, 1, 0)).isEqualTo("3 imported · 1 duplicate · 0 rejected");
        assertThat(english.get("callbacks.book.clash", "10:00", 1)).endsWith("less than 1 minute away.");
        assertThat(english.get("callsettings.import.holidays.done", "h.ics", 1, 1)).isEqualTo("h.ics: 1 holiday read, 1 new.");
    }
}
