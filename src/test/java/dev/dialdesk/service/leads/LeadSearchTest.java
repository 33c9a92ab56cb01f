package dev.dialdesk.service.leads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSearchTest {

    private final LeadSnapshot leads = TestLeads.snapshot();

    private List<String> names(LeadFilter filter) {
        return Arrays.stream(LeadSearch.find(leads, filter)).mapToObj(leads::name).toList();
    }

    private List<String> search(String text) {
        return names(LeadFilter.ALL.withText(text));
    }

    @Test
    void lastFourDigitsFindTheNumberHoweverItWasWritten() {
        assertThat(search("5678")).containsExactly("다람이");
        assertThat(search("1234")).containsExactly("다람이", "나영희");
    }

    @Test
    void dashedPrefixMatchesTheNationalDigits() {
        assertThat(search("010-1234")).containsExactly("다람이");
        assertThat(search("010 5555 1234")).containsExactly("나영희");
        assertThat(search("02-987")).containsExactly("가나다");
    }

    @Test
    void countryCodeIsMappedToTheTrunkZero() {
        assertThat(search("+82 10-1234")).containsExactly("다람이");
        assertThat(search("+821055551234")).containsExactly("나영희");
        assertThat(search("+82 2-987-6543")).containsExactly("가나다");
    }

    @Test
    void bareLeadingEightyTwoMayBeTheCountryCodeOrPartOfTheNumber() {
        assertThat(search("8210-1234")).containsExactly("다람이");
        // "8210" is tried as written and as 010…: every mobile number matches the second reading
        assertThat(search("8210")).containsExactly("다람이", "김민수", "나영희", "John Smith");
    }

    @Test
    void namesMatchBySubstringAndLatinIgnoresCase() {
        assertThat(search("민")).containsExactly("김민수");
        assertThat(search("나")).containsExactly("나영희", "가나다");
        assertThat(search("SMITH")).containsExactly("John Smith");
        assertThat(search("john 8210")).containsExactly("John Smith");
        assertThat(search("박")).isEmpty();
    }

    @Test
    void blankSearchShowsEveryLeadInImportOrder() {
        assertThat(search("  ")).containsExactly("다람이", "김민수", "나영희", "가나다", "John Smith");
    }

    @Test
    void filtersByStatusAndBatch() {
        assertThat(names(LeadFilter.ALL.withStatus(LeadStatus.NEW))).containsExactly("다람이", "나영희", "John Smith");
        assertThat(names(LeadFilter.ALL.withBatch(2L))).containsExactly("가나다", "John Smith");
        assertThat(names(LeadFilter.ALL.withBatch(2L).withStatus(LeadStatus.NEW).withText("john")))
                .containsExactly("John Smith");
        assertThat(names(LeadFilter.ALL.withBatch(99L))).isEmpty();
    }

    @Test
    void namesSortInKoreanOrderWithLatinFirst() {
        assertThat(names(LeadFilter.ALL.withSort(LeadSortKey.NAME, true)))
                .containsExactly("John Smith", "가나다", "김민수", "나영희", "다람이");
        assertThat(names(LeadFilter.ALL.withSort(LeadSortKey.NAME, false)))
                .containsExactly("다람이", "나영희", "김민수", "가나다", "John Smith");
    }

    @Test
    void numbersInTextSortNumericallyAndEmptyValuesLast() {
        List<String> byProduct = Arrays.stream(LeadSearch.find(leads, LeadFilter.ALL.withSort(LeadSortKey.PRODUCT, true)))
                .mapToObj(leads::product).toList();
        assertThat(byProduct).containsExactly("상품1", "상품2", "상품2", "상품10", "");
    }

    @Test
    void sortAndSearchCombine() {
        assertThat(names(LeadFilter.ALL.withText("1234").withSort(LeadSortKey.NAME, true)))
                .containsExactly("나영희", "다람이");
    }

    @Test
    void naturalOrderComparesTextByCollatorAndDigitsByValue() {
        NaturalOrder order = new NaturalOrder();
        assertThat(order.compare("가", "나")).isNegative();
        assertThat(order.compare("나", "다")).isNegative();
        assertThat(order.compare("2", "10")).isNegative();
        assertThat(order.compare("서울 2구역", "서울 10구역")).isNegative();
        assertThat(order.compare("apple", "Banana")).isNegative();
        assertThat(order.compare("", "가")).isPositive();
    }

    @Test
    void phoneShowsInNationalFormat() {
        assertThat(leads.phoneNational(2)).isEqualTo("010-5555-1234");
        assertThat(leads.phoneNational(3)).isEqualTo("02-987-6543");
        assertThat(leads.rowOf(4)).isEqualTo(3);
        assertThat(leads.rowOf(42)).isEqualTo(-1);
    }
}
