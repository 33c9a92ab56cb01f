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
    void aLeadLeftAtNoAnswerByABusyLineOrAPhoneOffSaysSoLikeTheCallCard() {
        LeadSnapshot.Builder builder = new LeadSnapshot.Builder();
        builder.add(row(1, "NO_ANSWER", "BUSY"));
        builder.add(row(2, "NO_ANSWER", "PHONE_OFF"));
        builder.add(row(3, "NO_ANSWER", "NO_ANSWER"));
        builder.add(row(4, "REFUSED", "REFUSED"));
        builder.add(row(5, "NEW", null));
        LeadSnapshot called = builder.build(List.of());
        LeadTableModel english = new LeadTableModel(Messages.forLocale(Locale.ENGLISH));
        english.setRows(called, new int[] {0, 1, 2, 3, 4});
        model.setRows(called, new int[] {0, 1, 2});

        List<Object> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(english.getValueAt(i, LeadColumn.STATUS.ordinal()));
        }

        assertThat(statuses).containsExactly("Busy", "Phone off", "No answer", "Refused", "New");
        assertThat(model.getValueAt(0, LeadColumn.STATUS.ordinal())).isEqualTo("통화중");
        assertThat(model.getValueAt(1, LeadColumn.STATUS.ordinal())).isEqualTo("전원꺼짐");
        assertThat(model.getValueAt(2, LeadColumn.STATUS.ordinal())).isEqualTo("부재");
        assertThat(english.statusOf(1, dev.dialdesk.domain.LeadStatus.NO_ANSWER)).as("the detail says the same")
                .isEqualTo("Busy");
        assertThat(english.statusOf(1, dev.dialdesk.domain.LeadStatus.REFUSED)).as("the lead moved on").isNull();
        assertThat(english.statusOf(99, dev.dialdesk.domain.LeadStatus.NEW)).isNull();
    }

    @Test
    void aRecordedCallChangesTheStatusToTheNewOutcome() {
        LeadSnapshot.Builder builder = new LeadSnapshot.Builder();
        builder.add(row(1, "NO_ANSWER", "BUSY"));
        LeadSnapshot called = builder.build(List.of());
        model.setRows(called, new int[] {0});

        called.update(row(1, "NO_ANSWER", "NO_ANSWER"));

        assertThat(model.getValueAt(0, LeadColumn.STATUS.ordinal())).isEqualTo("부재");
    }

    private static dev.dialdesk.storage.LeadStore.ListRow row(long id, String status, String last) {
        return new dev.dialdesk.storage.LeadStore.ListRow(id, 1, "+8210555500" + (10 + id), "고객" + id,
                dev.dialdesk.domain.LeadStatus.valueOf(status), "", "", "", null, "A1024", 1, null, last);
    }

    @Test
    void theWidestTextOfAColumnIsFoundOverEveryLeadAlsoThoseASearchHides() {
        LeadSnapshot.Builder builder = new LeadSnapshot.Builder();
        builder.add(new dev.dialdesk.storage.LeadStore.ListRow(1, 1, "+821055550011", "다람이",
                dev.dialdesk.domain.LeadStatus.NEW, "대전 서구", "암보험", "", null, "A1024", 0));
        builder.add(new dev.dialdesk.storage.LeadStore.ListRow(2, 1, "+821055550012", "김민수",
                dev.dialdesk.domain.LeadStatus.CALLBACK, "부산 해운대구", "운전자보험", "", null, "A1024", 1));
        LeadSnapshot listed = builder.build(List.of());
        LeadTableModel english = new LeadTableModel(Messages.forLocale(Locale.ENGLISH));
        english.setRows(listed, new int[] {0}); // a search shows 다람이 alone

        assertThat(english.widestText(LeadColumn.REGION, String::length)).isEqualTo("부산 해운대구");
        assertThat(english.widestText(LeadColumn.PRODUCT, String::length)).isEqualTo("운전자보험");
        assertThat(english.widestText(LeadColumn.STATUS, String::length)).isEqualTo("Callback");
        english.markWithoutTime(java.util.Set.of(2L));
        assertThat(english.widestText(LeadColumn.STATUS, String::length)).as("a callback without a time")
                .isEqualTo("Callback · TBD");
        assertThat(new LeadTableModel(Messages.forLocale(Locale.ENGLISH)).widestText(LeadColumn.REGION, String::length))
                .as("an empty list").isEmpty();
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
