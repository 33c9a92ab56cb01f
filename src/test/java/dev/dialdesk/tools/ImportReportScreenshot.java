package dev.dialdesk.tools;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.app.MainWindowBuilder;
import dev.dialdesk.app.Theme;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;

/**
 * Takes the screenshot of the import report after importing the sample file through the window's
 * dialogs: {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/classes:DEPS
 * dev.dialdesk.tools.ImportReportScreenshot docs/screenshots/import-report.png [ko|en]}.
 */
public final class ImportReportScreenshot {

    private ImportReportScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String language = args.length > 1 ? args[1] : "ko";
        Path folder = Files.createTempDirectory("dialdesk-shot");
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", language);
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder, database, false);
        CompositionRoot root = new CompositionRoot(options, paths, Clock.systemDefaultZone());
        root.registerAgent(new Agent(new AgentId("A1024"), "홍길동"));
        root.calls();
        Preferences prefs = Preferences.userRoot().node("dev/dialdesk-test/screenshot-" + System.nanoTime());
        MainWindowBuilder.MainWindow window = Edt.call(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            MainWindowBuilder.MainWindow built = new MainWindowBuilder(root, new ErrorReporter(root.messages(),
                    paths.logDir()), prefs, theme, new FileChoosers(root.messages())).build(root.currentAgent().orElseThrow());
            built.frame().setBounds(0, 0, 1280, 800);
            built.leads().load();
            built.frame().setVisible(true);
            return built;
        });
        Thread.sleep(1_500);
        Path sample = Path.of("sample-data", "leads-cp949.csv").toAbsolutePath();
        SwingUtilities.invokeLater(() -> window.imports().importFile(sample));
        Thread.sleep(2_000);
        Edt.call(() -> {
            ((AbstractButton) find("importdialog.mapping.import")).doClick();
            return null;
        });
        Thread.sleep(3_000);
        Rectangle bounds = Edt.call(() -> SwingUtilities.getWindowAncestor(find("importdialog.report.counts")).getBounds());
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(image, "png", target.toFile());
        prefs.removeNode();
        System.exit(0);
    }

    private static Component find(String name) {
        for (Window window : Window.getWindows()) {
            Component found = find(window, name);
            if (found != null && found.isShowing()) {
                return found;
            }
        }
        throw new IllegalStateException("not showing: " + name);
    }

    private static Component find(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
