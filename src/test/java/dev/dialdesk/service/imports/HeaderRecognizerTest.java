package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import dev.dialdesk.domain.imports.HeaderRecognizer;
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
        ColumnMapping mapping = HeaderRecognizer.suggest(List.of("고객명", "이름", "휴대폰", "상담희망시간"));
        assertThat(mapping.fieldsByColumn()).containsOnly(Map.entry(0, LeadField.NAME), Map.entry(2, LeadField.PHONE));
    }

    @Test
    void headersAreNormalisedBeforeMatchingBracketsDigitsSpacesAndPunctuationAside() {
        Map<String, LeadField> headers = Map.of("연락처(휴대폰)", LeadField.PHONE, "고객명(한글)", LeadField.NAME,
                "전화번호1", LeadField.PHONE, "핸드폰 번호", LeadField.PHONE, "H.P", LeadField.PHONE, "HP", LeadField.PHONE,
                "휴대전화", LeadField.PHONE, "[필수] 생년월일", LeadField.BIRTH_DATE, "주민번호", LeadField.RESIDENT_NUMBER,
                "주민등록번호(앞7자리)", LeadField.RESIDENT_NUMBER);
        headers.forEach((header, field) -> assertThat(HeaderRecognizer.recognise(header)).as(header).contains(field));
    }

    @Test
    void ofSeveralPhoneColumnsTheMobileIsTheLeadsNumberAndTheOthersAlternates() {
        ColumnMapping mapping = HeaderRecognizer.suggest(List.of("고객명", "자택전화", "전화번호", "휴대폰", "직장전화"));
        assertThat(mapping.fieldsByColumn()).containsOnly(Map.entry(0, LeadField.NAME),
                Map.entry(1, LeadField.ALTERNATE_PHONE), Map.entry(2, LeadField.ALTERNATE_PHONE),
                Map.entry(3, LeadField.PHONE), Map.entry(4, LeadField.ALTERNATE_PHONE));
    }

    @Test
    void aTitleOrMetaRowDoesNotLookLikeAHeader() {
        assertThat(HeaderRecognizer.looksLikeHeader(List.of("2026년 11월 배정 DB"))).isFalse();
        assertThat(HeaderRecognizer.looksLikeHeader(List.of("배정일", "2026-11-20"))).isFalse();
        assertThat(HeaderRecognizer.looksLikeHeader(List.of("No", "고객명(한글)", "연락처(휴대폰)"))).isTrue();
    }
}
