package dev.dialdesk.ui.callbacks;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import dev.dialdesk.testing.HeldTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda presenter on a real database, with tasks that finish when the test says. */
class AgendaPresenterTest {

    @TempDir
    Path dir;
    private CallbackFixture fx;
    private final HeldTasks tasks = new HeldTasks();
    private final List<Agenda> shown = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new CallbackFixture(new CallLoopFixture(dir, "2025-03-11T09:48"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void anAgendaThatArrivesAfterANewerLoadWasStartedIsDropped() {
        long lead = fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM);
        AgendaPresenter presenter = new AgendaPresenter(fx.callbacks().service(), fx.callbacks().agenda(),
                Messages.forLocale(Locale.ENGLISH), tasks, Throwable::toString, KIM, leadId -> { });
        presenter.attach(new ShownAgendas());
        List<Agenda> heard = new ArrayList<>();
        presenter.addListener(heard::add);

        presenter.refresh();                 // the screen opens
        presenter.refresh();                 // a booking elsewhere asks again
        tasks.runNewest();
        Agenda newest = presenter.current();
        fx.book(lead, KIM, "2025-03-11T10:00");
        tasks.runOldest();                   // the first load comes back last

        assertThat(shown).containsExactly(newest);
        assertThat(heard).containsExactly(newest);
        assertThat(presenter.current()).isSameAs(newest);
    }

    private final class ShownAgendas implements AgendaView {
        @Override
        public void show(Agenda agenda) {
            shown.add(agenda);
        }

        @Override
        public void showMessage(List<String> texts) {
            throw new AssertionError(texts);
        }

        @Override
        public boolean confirm(List<String> texts) {
            return false;
        }

        @Override
        public Optional<String> askCancelReason() {
            return Optional.empty();
        }

        @Override
        public void pickTime(Callback callback, String customer) {
            throw new AssertionError("no rescheduling in this test");
        }
    }
}
