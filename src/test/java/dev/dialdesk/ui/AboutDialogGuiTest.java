package dev.dialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.GuiTestSupport;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help → About under Xvfb: what IT asks an agent for (version, data folder), in both languages. */
class AboutDialogGuiTest {

    @TempDir
    Path dataFolder;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private DialogFixture openAbout(Locale locale, AboutDialog.Info info) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame frame = GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            JFrame f = new JFrame("owner");
            f.setSize(400, 300);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
        Messages messages = Messages.forLocale(locale);
        // Modal: shown later on the event thread, so that this thread can go on and find it.
        GuiActionRunner.execute(() -> java.awt.EventQueue.invokeLater(() -> AboutDialog.show(frame, messages, info)));
        return window.dialog("aboutDialog", Timeout.timeout(10_000));
    }

    @Test
    void anInstalledVersionShowsItsNumberLicenceAndDataFolderAndEscapeClosesIt() {
        DialogFixture about = openAbout(Locale.ENGLISH, new AboutDialog.Info("0.4.2", dataFolder, "25.0.3+9 (Eclipse Adoptium)"));

        assertThat(about.target().getTitle()).isEqualTo("About Dialdesk");
        assertThat(about.label("about.version").text()).isEqualTo("0.4.2");
        assertThat(about.label("about.licence").text()).contains("Apache License 2.0");
        assertThat(about.textBox("about.dataFolder").text()).isEqualTo(dataFolder.toString());
        assertThat(about.textBox("about.dataFolder").target().isEditable()).isFalse();
        assertThat(about.label("about.java").text()).isEqualTo("25.0.3+9 (Eclipse Adoptium)");

        about.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitUntilClosed(about);
    }

    @Test
    void aDevelopmentBuildSaysSoInKorean() {
        DialogFixture about = openAbout(Locale.KOREAN, new AboutDialog.Info(null, dataFolder, "17.0.15"));

        assertThat(about.target().getTitle()).isEqualTo("Dialdesk 정보");
        assertThat(about.label("about.version").text()).isEqualTo("개발 빌드 (설치 패키지 아님)");
        about.button("about.close").click();
        waitUntilClosed(about);
    }

    private static void waitUntilClosed(DialogFixture about) {
        Pause.pause(new Condition("About closed") {
            @Override
            public boolean test() {
                return !about.target().isShowing();
            }
        }, Timeout.timeout(10_000));
    }
}
