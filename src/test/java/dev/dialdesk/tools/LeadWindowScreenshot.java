package dev.dialdesk.tools;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.app.MainWindowBuilder;
import dev.dialdesk.app.Theme;
import dev.dialdesk.app.bench.BenchLeads;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;

/**
 * Takes the README screenshot of the lead window: {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp
 * target/test-classes:target/classes:DEPS dev.dialdesk.tools.LeadWindowScreenshot docs/screenshots/leads.png [ko|en [WIDTH HEIGHT]]}.
 */
public final class LeadWindowScreenshot {

    private LeadWindowScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String language = args.length > 1 ? args[1] : "ko";
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 1280;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 800;
        Path folder = Files.createTempDirectory("dialdesk-shot");
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", language);
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder, database, false);
        CompositionRoot root = new CompositionRoot(options, paths, Clock.systemDefaultZone());
        BenchLeads.insert(root.database(), new AgentId("A1024"), 1_250);
        root.registerAgent(new Agent(new AgentId("A1024"), "홍길동"));
        root.calls(); // builds the call loop, callbacks and contracts off the event thread
        Preferences prefs = Preferences.userRoot().node("dev/dialdesk-test/screenshot-" + System.nanoTime());
        MainWindowBuilder.MainWindow window = Edt.call(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            MainWindowBuilder.MainWindow built = new MainWindowBuilder(root, new ErrorReporter(root.messages(),
                    paths.logDir()), prefs, theme, new FileChoosers(root.messages())).build(root.currentAgent().orElseThrow());
            built.frame().setBounds(0, 0, width, height);
            built.leads().load();
            built.frame().setVisible(true);
            return built;
        });
        Thread.sleep(2_500);
        Edt.call(() -> {
            window.frame().toFront();
            return null;
        });
        Thread.sleep(500);
        Rectangle bounds = Edt.call(() -> window.frame().getBounds());
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(image, "png", target.toFile());
        prefs.removeNode();
        root.close();
        System.exit(0);
    }
}
