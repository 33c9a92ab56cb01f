package dev.dialdesk.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderRecognizerTest {

    private static final Map<LeadField, List<String>> SYNONYMS = Map.of(
            LeadField.NAME, List.of("이름", "성명", "고객명", "name", "Name", "NAME"),
            LeadField.PHONE, List.of("연락처", "전화번호", "휴대폰", "핸드폰", "휴대폰번호", "핸드폰 번호", "전화", "phone",
                    "Mobile", "Phone Number"),
            LeadField.BIRTH_DATE, List.of("생년월일", "birth", "birth_date", "Birth Date", "dob", "DOB"),
            LeadField.GENDER, List.of("성별", "gender", "sex", "Sex"),
            LeadField.REGION, List.of("지역", "주소", "region"),
            LeadField.PRODUCT, List.of("상품", "관심상품", "관심 상품", "product"),
            LeadField.SOURCE, List.of("유입경로", "유입 경로", "출처", "source"),
            LeadField.NOTES, List.of("비고", "메모", "notes", "memo"),
            LeadField.EXTERNAL_ID, List.of("고객번호", "id", "ID", "external_id", "external-id"));

    @Test
    void everyKoreanAndEnglishSynonymIsRecognisedIgnoringCaseAndSpaces() {
        SYNONYMS.forEach((field, names) -> names.forEach(name ->
                assertThat(HeaderRecognizer.recognise(" " + name + " ")).as(name).contains(field)));
    }

    @Test
    void unknownColumnsAreNotGuessed() {
        assertThat(HeaderRecognizer.recognise("상담희망시간")).isEmpty();
        assertThat(HeaderRecognizer.recognise("")).isEmpty();
    }

    @Test
    void theFirstColumnNamingAFieldWinsAndTheRestStayExtra() {
        ColumnMapping mapping = HeaderRecognizer.suggest(List.of("고객명", "휴대폰", "전화번호", "상담희망시간"));
        assertThat(mapping.fieldsByColumn()).containsOnly(Map.entry(0, LeadField.NAME), Map.entry(1, LeadField.PHONE));
    }
}
