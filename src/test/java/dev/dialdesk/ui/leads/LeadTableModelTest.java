package dev.dialdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.service.leads.TestLeads;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.event.TableModelEvent;
import org.junit.jupiter.api.Test;

class LeadTableModelTest {

    private final LeadTableModel model = new LeadTableModel(Messages.forLocale(Locale.KOREAN));
    private final LeadSnapshot leads = TestLeads.snapshot();

    @Test
    void rowsAreTheIndexGivenNotACopyOfTheLeads() {
        model.setRows(leads, new int[] {3, 0});
        assertThat(model.getRowCount()).isEqualTo(2);
        assertThat(model.getValueAt(0, LeadColumn.NAME.ordinal())).isEqualTo("가나다");
        assertThat(model.getValueAt(1, LeadColumn.NAME.ordinal())).isEqualTo("다람이");
        assertThat(model.snapshotRow(0)).isEqualTo(3);
        assertThat(model.viewRowOf(0)).isEqualTo(1);
    }

    @Test
    void cellsShowTheNationalNumberStatusLabelAndBatchName() {
        model.setRows(leads, new int[] {2});
        assertThat(model.getValueAt(0, LeadColumn.PHONE.ordinal())).isEqualTo("010-5555-1234");
        assertThat(model.getValueAt(0, LeadColumn.STATUS.ordinal())).isEqualTo("신규");
        assertThat(model.getValueAt(0, LeadColumn.BATCH.ordinal())).isEqualTo("월요일 신규 DB");
        assertThat(model.getValueAt(0, LeadColumn.PRODUCT.ordinal())).isEqualTo("상품1");
        assertThat((String) model.getValueAt(0, LeadColumn.BIRTH_DATE.ordinal())).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(model.getColumnName(LeadColumn.PHONE.ordinal())).isEqualTo("연락처");
    }

    @Test
    void aNewIndexTellsTheTableOnce() {
        List<TableModelEvent> events = new ArrayList<>();
        model.addTableModelListener(events::add);
        model.setRows(leads, new int[] {0, 1, 2});
        assertThat(events).hasSize(1);
        assertThat(model.getRowCount()).isEqualTo(3);
    }
}
