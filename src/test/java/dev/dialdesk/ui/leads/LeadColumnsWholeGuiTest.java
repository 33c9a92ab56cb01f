package dev.dialdesk.ui.leads;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.testing.ClippingChecker;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.ui.common.ErrorReporter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.AbstractAction;
import javax.swing.JFrame;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lead list in a window too narrow for its columns (they then scroll sideways): no text of it is cut,
 * neither a batch's long region nor "예약콜 · 시간 미정" when a call turns a lead into a callback without a
 * time (the mark arrives first, the lead's new row after it, as when the booking dialog opens).
 */
class LeadColumnsWholeGuiTest {

    @TempDir
    Path folder;

    private SqliteDatabase database;
    private Preferences prefs;
    private LeadScreen screen;
    private JFrame frame;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("dialdesk.db"));
        SeededLeads.seed(database, "다람이", "+821012345678", "김민수", "+821098765432", "박서연", "+821033334444");
        database.write(connection -> {
            try (PreparedStatement region = connection.prepareStatement("UPDATE lead SET region = ?, product = ? WHERE name = ?")) {
                region.setString(1, "부산 해운대구");
                region.setString(2, "운전자보험");
                region.setString(3, "박서연");
                region.executeUpdate();
            }
            return null;
        });
        prefs = Preferences.userRoot().node("dev/dialdesk-test/lead-columns-" + System.nanoTime());
        LeadDirectory directory = new LeadDirectory(new JdbcLeadStore(database, TestClocks.seoul("2025-03-11T10:00")),
                () -> TestClocks.SEOUL, TestClocks.seoul("2025-03-11T10:00"));
        Messages korean = Messages.forLocale(Locale.KOREAN);
        frame = GuiActionRunner.execute(() -> {
            FlatLaf.registerCustomDefaultsSource("dev.dialdesk.ui.theme");
            FlatLightLaf.setup();
            screen = new LeadScreen(korean, directory, new ErrorReporter(korean, folder), SeededLeads.AGENT, prefs,
                    new AbstractAction("import") {
                        @Override
                        public void actionPerformed(java.awt.event.ActionEvent e) {
                        }
                    });
            JFrame shown = new JFrame("leads");
            shown.setContentPane(screen);
            shown.setBounds(0, 0, 800, 400);
            shown.setVisible(true);
            ((javax.swing.JSplitPane) org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                    .findByName(shown, "leads.split")).setDividerLocation(300); // narrower than the columns: they scroll sideways
            screen.load();
            return shown;
        });
    }

    @AfterEach
    void close() throws BackingStoreException {
        GuiActionRunner.execute(() -> frame.dispose());
        database.close();
        prefs.removeNode();
    }

    @Test
    void aLongRegionAndACallbackWithoutATimeReadWholeInANarrowList() {
        waitFor("three leads listed", () -> GuiActionRunner.execute(() -> table().getRowCount() == 3));
        assertThat(cutTexts()).as("the list as loaded").isEmpty();

        long kim = SeededLeads.idOf(new JdbcLeadStore(database, TestClocks.seoul("2025-03-11T10:00")), "김민수");
        database.write(connection -> {
            try (PreparedStatement callback = connection.prepareStatement("UPDATE lead SET status = 'CALLBACK' WHERE id = ?")) {
                callback.setLong(1, kim);
                callback.executeUpdate();
            }
            return null;
        });
        GuiActionRunner.execute(() -> {
            screen.markWithoutTime(Set.of(kim)); // the mark first: the list still holds 김민수 as new
            screen.presenter().leadChanged(kim);
        });
        waitFor("김민수 marked", () -> GuiActionRunner.execute(() -> "예약콜 · 시간 미정".equals(
                table().getModel().getValueAt(1, LeadColumn.STATUS.ordinal()))));

        assertThat(cutTexts()).as("after the call made 김민수 a callback without a time").isEmpty();
        assertThat(GuiActionRunner.execute(() -> table().getAutoResizeMode())).as("scrolls sideways")
                .isEqualTo(JTable.AUTO_RESIZE_OFF);
    }

    private JTable table() {
        return (JTable) org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                .findByName(frame, "leads.table");
    }

    private List<String> cutTexts() {
        return GuiActionRunner.execute(() -> ClippingChecker.check(frame, "the lead list", 1600, 1000,
                Set.of("leads.table")).stream().filter(problem -> problem.contains("leads.table")).toList());
    }
}
