package dev.dialdesk.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The cooling-off window (청약철회): 15 days after delivery or 30 after the contract; 45 for 65+ by phone. */
class CoolingOffRuleTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 2025-03-11 10:00 in Seoul. */
    private static final Instant MARCH_11 = Instant.parse("2025-03-11T01:00:00Z");

    private static Contract contract(LocalDate delivered, LocalDate birthDate, Integer age, boolean byPhone) {
        Sale sale = new Sale("실손보험", 30_000, MARCH_11, SEOUL, "", "", byPhone);
        AfterSale after = new AfterSale(null, null, null, delivered, birthDate, age, HappyCall.PENDING);
        return new Contract(1, 1, new AgentId("A1"), null, sale, QaCase.awaiting(MARCH_11), after, MARCH_11, MARCH_11, 1);
    }

    @Test
    void anEarlyDeliveryEndsTheWindowFifteenDaysLater() {
        Contract c = contract(LocalDate.parse("2025-03-14"), LocalDate.parse("1980-05-05"), null, true);
        assertThat(CoolingOffRule.DEFAULT.lastDay(c)).isEqualTo("2025-03-29");
    }

    @Test
    void aLateDeliveryIsCappedAtThirtyDaysAfterTheContract() {
        Contract c = contract(LocalDate.parse("2025-04-01"), null, null, true);
        assertThat(CoolingOffRule.DEFAULT.lastDay(c)).isEqualTo("2025-04-10");
    }

    @Test
    void whileTheDeliveryDateIsUnknownTheWindowRunsThirtyDays() {
        Contract c = contract(null, null, null, true);
        assertThat(CoolingOffRule.DEFAULT.lastDay(c)).isEqualTo("2025-04-10");
        assertThat(CoolingOffRule.DEFAULT.seniorWindow(c)).isFalse();
    }

    @Test
    void aCustomerOfSixtyFiveSoldByPhoneHasFortyFiveDays() {
        Contract byBirthDate = contract(LocalDate.parse("2025-03-14"), LocalDate.parse("1960-03-11"), null, true);
        assertThat(CoolingOffRule.DEFAULT.lastDay(byBirthDate)).isEqualTo("2025-04-25");
        assertThat(CoolingOffRule.DEFAULT.seniorWindow(byBirthDate)).isTrue();
        Contract byAge = contract(null, null, 70, true);
        assertThat(CoolingOffRule.DEFAULT.lastDay(byAge)).isEqualTo("2025-04-25");
    }

    @Test
    void sixtyFourOrNotByPhoneKeepsTheNormalWindow() {
        Contract sixtyFour = contract(null, LocalDate.parse("1960-03-12"), null, true);
        assertThat(CoolingOffRule.DEFAULT.lastDay(sixtyFour)).isEqualTo("2025-04-10");
        Contract faceToFace = contract(null, null, 70, false);
        assertThat(CoolingOffRule.DEFAULT.lastDay(faceToFace)).isEqualTo("2025-04-10");
    }

    @Test
    void theWindowsAreConfigurable() {
        CoolingOffRule rule = new CoolingOffRule(10, 20, 60, 40);
        assertThat(rule.lastDay(contract(null, null, 61, true))).isEqualTo("2025-04-20");
        assertThat(rule.lastDay(contract(LocalDate.parse("2025-03-12"), null, null, true))).isEqualTo("2025-03-22");
    }
}
