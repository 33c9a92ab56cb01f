package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.FirstRunDialog;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.EventQueue;
import java.awt.Font;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the window: the database opens on a worker thread while the look and feel installs on the
 * event thread; the first start asks who the agent is; then the main frame shows.
 */
public final class GuiLauncher {

    private final AppOptions options;
    private final AppPaths paths;
    private final Clock clock;
    private final StartupReport report;
    private final Preferences prefs = Preferences.userRoot().node("dev/dialdesk");
    private Logger log;

    public GuiLauncher(AppOptions options, AppPaths paths, Clock clock) {
        this.options = options;
        this.paths = paths;
        this.clock = clock;
        this.report = new StartupReport(options.startupReport());
    }

    public void launch() {
        log = LoggerFactory.getLogger(GuiLauncher.class);
        report.mark("jvm + logging");
        CompositionRoot root = new CompositionRoot(options, paths, clock);
        CompletableFuture<Void> databaseReady = CompletableFuture.runAsync(() -> {
            root.database();
            root.seedDemoIfNeeded();
            report.mark("database open");
        });
        EventQueue.invokeLater(() -> {
            new Theme(prefs).install();
            report.mark("look and feel");
            ErrorReporter errors = new ErrorReporter(root.messages(), paths.logDir());
            installCrashHandler(errors);
            ensureKoreanFont(root.messages());
            databaseReady.whenComplete((ignored, failure) -> EventQueue.invokeLater(() -> {
                if (failure != null) {
                    errors.report(null, "Opening the database", failure.getCause() != null ? failure.getCause() : failure);
                    System.exit(1);
                }
                showMainWindow(root, errors);
            }));
        });
    }

    private void showMainWindow(CompositionRoot root, ErrorReporter errors) {
        Messages messages = root.messages();
        if (root.currentAgent().isEmpty()) {
            Optional<Agent> entered = FirstRunDialog.ask(null, messages);
            if (entered.isEmpty()) {
                System.exit(0);
                return;
            }
            CompletableFuture.runAsync(() -> root.registerAgent(entered.get()))
                    .whenComplete((ignored, failure) -> EventQueue.invokeLater(() -> {
                        if (failure != null) {
                            errors.report(null, "Registering the agent", failure.getCause());
                            System.exit(1);
                        }
                        showMainWindow(root, errors);
                    }));
            return;
        }
        Theme theme = new Theme(prefs);
        JComponent screen = new JPanel();
        MainFrame[] frame = new MainFrame[1];
        BaseAction quit = BaseAction.of("app.quit", messages, () -> frame[0].dispose());
        BaseAction toggleTheme = BaseAction.of("app.toggleTheme", messages, theme::toggle);
        List<MainFrame.MenuSpec> menus = List.of(
                new MainFrame.MenuSpec("menu.file", Arrays.asList(quit)),
                new MainFrame.MenuSpec("menu.view", Arrays.asList(toggleTheme)));
        frame[0] = new MainFrame(messages, screen, menus);
        frame[0].restoreBounds(prefs);
        frame[0].addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                frame[0].saveBounds(prefs);
                root.close();
                System.exit(0);
            }
        });
        frame[0].setVisible(true);
        report.mark("window shown");
        report.print(System.out);
        log.info("Dialdesk started in {} ms", report.sinceLaunchMillis());
    }

    /** Switches to an installed Korean font when the default cannot show Hangul, or warns. */
    private void ensureKoreanFont(Messages messages) {
        if (FontCheck.defaultFontShowsKorean()) {
            return;
        }
        Optional<String> family = FontCheck.findKoreanFamily();
        if (family.isPresent()) {
            Font current = UIManager.getFont("defaultFont");
            int size = current != null ? current.getSize() : 13;
            UIManager.put("defaultFont", new Font(family.get(), Font.PLAIN, size));
            log.info("Default font cannot show Korean; using {}", family.get());
            return;
        }
        String hint = FontCheck.packageHint(System.getProperty("os.name", ""));
        log.warn("No font that can show Korean is installed; install {}", hint);
        JOptionPane.showMessageDialog(null, messages.get("startup.noKoreanFont", hint),
                messages.get("startup.noKoreanFont.title"), JOptionPane.WARNING_MESSAGE);
    }

    /** Anything uncaught is logged and shown once, never swallowed. */
    private static void installCrashHandler(ErrorReporter errors) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            errors.log("Uncaught on thread " + thread.getName(), error);
            EventQueue.invokeLater(() -> UncaughtDialog.show(errors, error));
        });
    }
}
