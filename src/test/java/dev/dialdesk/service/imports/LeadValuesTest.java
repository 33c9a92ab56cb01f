package dev.dialdesk.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Gender;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadValuesTest {

    @Test
    void birthDatesAreReadInEveryAcceptedForm() {
        LocalDate expected = LocalDate.of(1975, 3, 2);
        for (String text : new String[] {"1975-03-02", "19750302", "1975.03.02", "1975/03/02", "1975.03.02.", "1975-3-2",
            " 1975-03-02 "}) {
            assertThat(LeadValues.birthDate(text).date()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void aDateThatDoesNotExistIsReportedNeverMovedToAnotherDay() {
        for (String text : new String[] {"1975-02-30", "19750230", "1975.13.01", "2023-02-29", "1975/04/31"}) {
            LeadValues.BirthDate parsed = LeadValues.birthDate(text);
            assertThat(parsed.date()).as(text).isNull();
            assertThat(parsed.problem()).as(text).isEqualTo(LeadValues.DateProblem.NONEXISTENT);
        }
        assertThat(LeadValues.birthDate("2024-02-29").date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void unreadableDatesAreNotGuessed() {
        for (String text : new String[] {"75-03-02", "760714", "03/02/1975", "1975-03", "abc", "1975-03.02"}) {
            assertThat(LeadValues.birthDate(text).problem()).as(text).isEqualTo(LeadValues.DateProblem.UNREADABLE);
        }
        assertThat(LeadValues.birthDate("  ")).isEqualTo(new LeadValues.BirthDate(null, null));
    }

    @Test
    void gendersAsTheCentreWritesThem() {
        for (String male : new String[] {"남", "남자", "남성", "M", "m", "male", "Male"}) {
            assertThat(LeadValues.gender(male)).as(male).isEqualTo(Gender.MALE);
        }
        for (String female : new String[] {"여", "여자", "여성", "F", "female", "FEMALE"}) {
            assertThat(LeadValues.gender(female)).as(female).isEqualTo(Gender.FEMALE);
        }
        assertThat(LeadValues.gender("")).isEqualTo(Gender.UNKNOWN);
        assertThat(LeadValues.gender("?")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void birthDatesInTheFormsPeopleTypeWithTheCenturyThatMakesThePersonUnder100() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 20);
        java.util.Map<String, String> forms = java.util.Map.of(
                "760714", "1976-07-14", "930923", "1993-09-23", "150101", "2015-01-01",
                "1975년 3월 2일", "1975-03-02", "75년 3월 2일", "1975-03-02", "75.03.02", "1975-03-02",
                "27455", "1975-03-02", "1975-03-02 00:00:00", "1975-03-02");
        forms.forEach((text, iso) -> assertThat(LeadValues.birthDate(text, today).date()).as(text)
                .isEqualTo(java.time.LocalDate.parse(iso)));
        assertThat(LeadValues.birthDate("언젠가", today).problem()).isEqualTo(LeadValues.DateProblem.UNREADABLE);
    }
}
