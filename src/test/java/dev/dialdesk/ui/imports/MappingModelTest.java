package dev.dialdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.imports.ColumnMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingModelTest {

    private final MappingModel model = new MappingModel(List.of("이름", "연락처", "휴대폰", "상담희망시간"),
            new ColumnMapping(Map.of(0, LeadField.NAME, 1, LeadField.PHONE)));

    @Test
    void startsFromTheSuggestedMappingWithOtherColumnsKeptAsExtra() {
        assertThat(model.fieldOf(0)).isEqualTo(LeadField.NAME);
        assertThat(model.fieldOf(2)).isNull();
        assertThat(model.hasPhone()).isTrue();
    }

    @Test
    void aFieldFillsOneColumnOnly() {
        int freed = model.set(2, LeadField.PHONE);
        assertThat(freed).isEqualTo(1);
        assertThat(model.fieldOf(1)).isNull();
        assertThat(model.toMapping().columnOf(LeadField.PHONE)).contains(2);
    }

    @Test
    void withoutAPhoneColumnNothingCanBeImported() {
        model.set(1, null);
        assertThat(model.hasPhone()).isFalse();
        assertThat(model.toMapping().hasPhone()).isFalse();
    }
}
