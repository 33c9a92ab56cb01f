package dev.dialdesk.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consent per lead: recognised from the file's own headers, flagged when missing or older than the centre's limit. */
class ConsentRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 11);
    private final ConsentRule yearLimit = new ConsentRule(365);

    @Test
    void theKoreanHeadersOfAPermissionListAreRecognised() {
        Consent consent = Consent.fromExtras(Map.of("동의일자", "2025.02.03", "수집경로", "보험비교 사이트", "DB등급", "퍼미션 A"));
        assertThat(consent.date()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(consent.source()).isEqualTo("보험비교 사이트");
        assertThat(consent.grade()).isEqualTo("퍼미션 A");
        assertThat(yearLimit.check(consent, TODAY)).isEqualTo(ConsentRule.Verdict.OK);
    }

    @Test
    void englishHeadersAndEveryWayOfWritingADateAreRead() {
        assertThat(Consent.fromExtras(Map.of("Consent Date", "2024-12-31")).date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Consent.parseDate("2025. 3. 1.")).contains(LocalDate.of(2025, 3, 1));
        assertThat(Consent.parseDate("20250301")).contains(LocalDate.of(2025, 3, 1));
        assertThat(Consent.parseDate("2025/3/1 14:20")).contains(LocalDate.of(2025, 3, 1));
        assertThat(Consent.parseDate("어제")).isEmpty();
    }

    @Test
    void aConsentOneDayOlderThanTheLimitIsTooOld() {
        assertThat(yearLimit.check(dated(TODAY.minusDays(365)), TODAY)).isEqualTo(ConsentRule.Verdict.OK);
        assertThat(yearLimit.check(dated(TODAY.minusDays(366)), TODAY)).isEqualTo(ConsentRule.Verdict.TOO_OLD);
        assertThat(new ConsentRule(0).check(dated(TODAY.minusYears(9)), TODAY)).isEqualTo(ConsentRule.Verdict.OK);
    }

    @Test
    void aLeadWithoutAConsentDateOrWithAnUnreadableOneIsFlaggedAsMissing() {
        assertThat(yearLimit.check(Consent.fromExtras(Map.of("메모", "VIP")), TODAY)).isEqualTo(ConsentRule.Verdict.MISSING);
        Consent unreadable = Consent.fromExtras(Map.of("동의일자", "작년 봄"));
        assertThat(unreadable.isRecorded()).isTrue();
        assertThat(unreadable.rawDate()).isEqualTo("작년 봄");
        assertThat(yearLimit.check(unreadable, TODAY).flagged()).isTrue();
    }

    @Test
    void aConsentDatedTomorrowIsATypingErrorNotAConsent() {
        assertThat(yearLimit.check(dated(TODAY.plusDays(1)), TODAY)).isEqualTo(ConsentRule.Verdict.IN_THE_FUTURE);
    }

    private static Consent dated(LocalDate date) {
        return new Consent(null, date, date.toString(), null);
    }
}
