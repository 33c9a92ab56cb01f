package dev.dialdesk.ui.callbacks;

import dev.dialdesk.testing.ImmediateTasks;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.QuickPick;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking dialog's logic without a display, on Tuesday 2025-03-11 19:00 in Seoul. */
class BookingPresenterTest {

    @TempDir
    Path dir;
    private CallbackFixture fx;
    private long lead;
    private final FakeView view = new FakeView();

    @BeforeEach
    void setUp() {
        fx = new CallbackFixture(new CallLoopFixture(dir, "2025-03-11T19:00"));
        lead = fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private BookingPresenter presenter(CallbackKind kind) {
        BookingPresenter presenter = new BookingPresenter(fx.callbacks().service(), Messages.forLocale(Locale.ENGLISH),
                new ImmediateTasks(), Throwable::getMessage, new BookingPresenter.Target(lead, KIM, kind, null, null));
        presenter.attach(view, Optional.empty());
        return presenter;
    }

    @Test
    void theTomorrowTenQuickPickBooksAtOnce() {
        presenter(CallbackKind.NORMAL).pick(QuickPick.TOMORROW_10);
        assertThat(view.booked).isNotNull();
        assertThat(view.booked.dueAt()).isEqualTo(fx.db.seoul("2025-03-12T10:00"));
    }

    @Test
    void todayAtSixIsDisabledInTheEvening() {
        presenter(CallbackKind.NORMAL);
        assertThat(view.enabled.get(QuickPick.TODAY_18)).isFalse();
        assertThat(view.enabled.get(QuickPick.TOMORROW_10)).isTrue();
        assertThat(view.time).as("proposed: in one hour").isEqualTo(ZonedDateTime.of(2025, 3, 11, 20, 0, 0, 0,
                fx.db.clock.getZone()));
    }

    @Test
    void aTimeOutsideHoursIsRefusedInlineAndAllowedWhenTheCustomerAsked() {
        BookingPresenter presenter = presenter(CallbackKind.NORMAL);
        view.form = new BookingView.Form(LocalDate.parse("2025-03-11"), LocalTime.parse("21:30"), null, "", false);
        presenter.submit();
        assertThat(view.booked).isNull();
        assertThat(view.issues).singleElement().asString().startsWith("Outside calling hours");
        view.form = new BookingView.Form(LocalDate.parse("2025-03-11"), LocalTime.parse("21:30"), null, "", true);
        presenter.submit();
        assertThat(view.booked).isNotNull();
    }

    @Test
    void aWarningNeedsASecondEnterOnTheSameForm() {
        fx.book(fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM), KIM, "2025-03-12T10:05");
        BookingPresenter presenter = presenter(CallbackKind.NORMAL);
        view.form = new BookingView.Form(LocalDate.parse("2025-03-12"), LocalTime.parse("10:00"), null, "note", false);
        presenter.submit();
        assertThat(view.booked).isNull();
        assertThat(view.confirm).isTrue();
        presenter.submit();
        assertThat(view.booked).isNotNull();
        assertThat(view.booked.note()).isEqualTo("note");
    }

    private static final class FakeView implements BookingView {
        Form form;
        ZonedDateTime time;
        final Map<QuickPick, Boolean> enabled = new EnumMap<>(QuickPick.class);
        List<String> issues = new ArrayList<>();
        boolean confirm;
        Callback booked;

        @Override
        public Form form() {
            return form;
        }

        @Override
        public void showTime(ZonedDateTime shown) {
            time = shown;
            form = new Form(shown.toLocalDate(), shown.toLocalTime(), null, "", false);
        }

        @Override
        public void enablePick(QuickPick pick, boolean on) {
            enabled.put(pick, on);
        }

        @Override
        public void showIssues(List<String> messages, boolean loud, boolean needsConfirm) {
            issues = messages;
            confirm = needsConfirm;
        }

        @Override
        public void setBusy(boolean busy) {
        }

        @Override
        public void booked(Callback callback) {
            booked = callback;
        }
    }
}
