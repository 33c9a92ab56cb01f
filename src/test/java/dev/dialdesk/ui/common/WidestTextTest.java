package dev.dialdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

/** The widest of a column's texts, as the fitting of a long table measures it. */
class WidestTextTest {

    @Test
    void theWidestRegionOfAListIsTheOneThatMeasuresWidestNotTheLastOrTheLongestByCharacters() {
        List<String> regions = List.of("서울", "부산 해운대구", "WWW", "iiiiiiiiii");
        // a width that counts a Hangul syllable or a W as wide, an i as narrow
        String widest = WidestText.of(regions.size(), regions::get,
                text -> text.chars().map(c -> c == 'i' ? 1 : c == ' ' ? 2 : 5).sum());
        assertThat(widest).isEqualTo("부산 해운대구");
    }

    @Test
    void anEmptyListOrAMissingTextIsMeasuredAsNoText() {
        assertThat(WidestText.of(0, row -> "never read", String::length)).isEmpty();
        assertThat(WidestText.of(2, row -> null, String::length)).isEmpty();
    }

    @Test
    void aColumnOfCheckBoxesHasNoWidestTextAndANumberColumnReadsItsNumbersAsText() {
        DefaultTableModel model = new DefaultTableModel(new Object[][] {{true, 7, "NO_ANSWER"}, {false, 120, null}},
                new Object[] {"Final", "Delay", "Code"}) {
            @Override
            public Class<?> getColumnClass(int column) {
                return column == 0 ? Boolean.class : column == 1 ? Integer.class : String.class;
            }
        };
        assertThat(WidestText.ofColumn(model, 0, String::length)).isNull();
        assertThat(WidestText.ofColumn(model, 1, String::length)).isEqualTo("120");
        assertThat(WidestText.ofColumn(model, 2, String::length)).isEqualTo("NO_ANSWER");
    }
}
