package dev.dialdesk.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.text.SectionRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The day report's section rules hold without any database: the same checks refuse a bad record for
 * the SQLite store and for a PostgreSQL one, before either sees it.
 */
class SectionRulesTest {

    private static Map<String, Object> contract() {
        Map<String, Object> r = new HashMap<>();
        r.put("id", "7f1c2a52-8a4e-4b0c-9f5e-2d6a9c1e0b11");
        r.put("lead_phone", "+821012345678");
        r.put("contracted_at", "2025-03-06T14:05:00+09:00");
        r.put("zone", "Asia/Seoul");
        r.put("product", "실손보험");
        r.put("premium_won", 45_000L);
        r.put("qa_state", "AWAITING_QA");
        r.put("qa_deadline_at", "2025-03-10T00:00:00+09:00");
        r.put("updated_at", "2025-03-06T14:05:00+09:00");
        return r;
    }

    private static Map<String, Object> callback() {
        Map<String, Object> r = new HashMap<>();
        r.put("id", "0b9d1c3e-51f2-4a77-8c1d-6e2f3a4b5c6d");
        r.put("lead_phone", "+821098765432");
        r.put("due_at", "2025-03-07T10:00:00+09:00");
        r.put("status", "PENDING");
        r.put("customer_asked", true);
        r.put("updated_at", "2025-03-06T16:00:00+09:00");
        return r;
    }

    @Test
    void wellFormedContractAndCallbackRecordsPass() {
        assertThat(SectionRecords.validate("contracts", List.of(contract()), SectionRules.CONTRACTS)).isEmpty();
        assertThat(SectionRecords.validate("callbacks", List.of(callback()), SectionRules.CALLBACKS)).isEmpty();
    }

    @Test
    void aContractWithAnUnknownQaStateOrAnImpossiblePremiumIsRefusedByItsPath() {
        Map<String, Object> unknownState = contract();
        unknownState.put("qa_state", "LOST");
        Map<String, Object> hugePremium = contract();
        hugePremium.put("premium_won", 10_000_000_000_000L);

        List<Message> problems = SectionRecords.validate("contracts", List.of(contract(), unknownState, hugePremium),
                SectionRules.CONTRACTS);

        assertThat(problems).containsExactly(new Message("reports.section.badField", "contracts[1].qa_state"),
                new Message("reports.section.badField", "contracts[2].premium_won"));
    }

    @Test
    void aCallbackWithAWordForABooleanIsRefused() {
        Map<String, Object> record = callback();
        record.put("customer_asked", "yes");

        assertThat(SectionRecords.validate("callbacks", List.of(record), SectionRules.CALLBACKS))
                .containsExactly(new Message("reports.section.badField", "callbacks[0].customer_asked"));
    }
}
