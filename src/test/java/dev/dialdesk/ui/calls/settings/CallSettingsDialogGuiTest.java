package dev.dialdesk.ui.calls.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.JsonSettingsFile;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.finder.WindowFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools → Settings tells the agent what in settings.json it could not use. */
class CallSettingsDialogGuiTest {

    @TempDir
    Path dir;
    private Robot robot;
    private DialogFixture dialog;
    private CallLoopFixture fx;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @AfterEach
    void tearDown() {
        if (dialog != null) {
            dialog.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aDialMethodTheFileHoldsButDialdeskDoesNotKnowIsShownInTheDialog() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"calls.dial.method\" : \"PIGEON\"}");
        Settings settings = new Settings(new JsonSettingsFile(file));
        fx = new CallLoopFixture(dir, "2025-03-11T09:48");
        var calls = fx.services().callService();
        robot = BasicRobot.robotWithNewAwtHierarchy();

        Messages english = Messages.forLocale(Locale.ENGLISH);
        SwingUtilities.invokeLater(() -> CallSettingsDialog.open(null, english, settings, calls,
                new BackgroundTaskRunner(new ErrorReporter(english, dir), null), () -> { }));
        dialog = WindowFinder.findDialog("callsettings").withTimeout(10_000).using(robot);

        assertThat(dialog.label("callsettings.problem").text())
                .contains("settings.json holds \"PIGEON\" for calls.dial.method");
        assertThat(dialog.comboBox("callsettings.method").target().getSelectedItem()).isEqualTo(DialMethod.CLIPBOARD);
        assertThat(settings.get(CallSettingKeys.DIAL_METHOD)).isEqualTo(DialMethod.CLIPBOARD);
    }
}
