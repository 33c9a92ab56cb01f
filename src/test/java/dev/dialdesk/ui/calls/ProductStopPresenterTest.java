package dev.dialdesk.ui.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallSession.Phase;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call panel's "stop contact for this product only" key (연락금지요구 with the product scope), on a
 * real SQLite file: what the do-not-call list, the call log and the panel hold afterwards.
 */
class ProductStopPresenterTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private final RecordingCallView view = new RecordingCallView();
    private CallPresenter presenter;
    private long cancerLead;
    private long otherLead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        CallLoopServices services = db.services();
        long batch = db.batch(KIM, "2025-03-10T09:00");
        cancerLead = db.lead(batch, KIM);
        otherLead = db.lead(batch, KIM);
        db.sql("UPDATE lead SET product = '암보험' WHERE id = " + cancerLead);
        CallTexts texts = new CallTexts(Messages.forLocale(Locale.KOREAN), services.policies()::centreZone,
                id -> "3월 신규 DB", id -> id);
        presenter = new CallPresenter(view, services.session(KIM), services.callService(), services.shiftStats(),
                new ImmediateTasks(), texts, (outcome, done) -> done.run());
        presenter.useProductStop(lead -> services.doNotCall().stopForProduct(lead.phone(), lead.product(), KIM));
        presenter.start();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aStopAskedDuringTheCallRecordsTheRefusalAndTheProductStopThenShowsTheNextLead() {
        presenter.open(cancerLead);
        presenter.dial();
        view.note = "암보험은 다시 전화하지 말래요";

        presenter.stopForProduct();

        assertThat(db.count("SELECT COUNT(*) FROM call_attempt WHERE lead_id = " + cancerLead
                + " AND disposition = 'REFUSED' AND note = '암보험은 다시 전화하지 말래요'")).isEqualTo(1);
        String number = db.phoneOf(cancerLead).e164();
        assertThat(db.count("SELECT COUNT(*) FROM do_not_call WHERE number = '" + number
                + "' AND product = '암보험' AND scope = 'PRODUCT' AND agent_id = 'A1024'")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM do_not_call WHERE product = ''"))
                .as("a product stop never becomes an all-marketing stop").isZero();
        assertThat(db.count("SELECT COUNT(*) FROM call_audit WHERE event = 'DNC_ADDED'"
                + " AND reason = 'manual (product)' AND agent_id = 'A1024'")).isEqualTo(1);
        assertThat(db.queryString("SELECT status FROM lead WHERE id = " + cancerLead)).isEqualTo("DO_NOT_CALL");
        assertThat(view.notice.tone()).isEqualTo(CallModels.Tone.OK);
        assertThat(view.notice.text())
                .isEqualTo("연락금지요구 기록됨: 홍길동 고객에게 암보험 상품 전화를 더 하지 않습니다. 다른 상품은 계속 전화할 수 있습니다.");
        assertThat(view.phase).isEqualTo(Phase.LEAD_SHOWN);
        assertThat(view.card.phone()).isEqualTo(db.phoneOf(otherLead).national());
        assertThat(view.shift.dials()).isEqualTo("1");
        assertThat(view.note).isEmpty();
    }

    @Test
    void aStopOnALeadShownButNotDialledRecordsNoCallAndMovesOn() {
        presenter.open(cancerLead);

        presenter.stopForProduct();

        assertThat(db.count("SELECT COUNT(*) FROM call_attempt")).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM do_not_call WHERE product = '암보험'")).isEqualTo(1);
        assertThat(view.card.phone()).isEqualTo(db.phoneOf(otherLead).national());
        assertThat(view.phase).isEqualTo(Phase.LEAD_SHOWN);
    }

    @Test
    void aLeadWithoutAProductIsRefusedInPlaceAndNothingIsWritten() {
        presenter.open(otherLead);
        presenter.dial();

        presenter.stopForProduct();

        assertThat(view.notice.tone()).isEqualTo(CallModels.Tone.WARNING);
        assertThat(view.notice.text()).startsWith("이 DB에는 상품이 없어");
        assertThat(db.count("SELECT COUNT(*) FROM do_not_call")).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM call_attempt")).isZero();
        assertThat(view.phase).isEqualTo(Phase.IN_CALL);
    }

    @Test
    void withoutALeadOnScreenTheKeySaysSo() {
        presenter.stopForProduct();

        assertThat(view.notice.tone()).isEqualTo(CallModels.Tone.WARNING);
        assertThat(db.count("SELECT COUNT(*) FROM do_not_call")).isZero();
    }
}
