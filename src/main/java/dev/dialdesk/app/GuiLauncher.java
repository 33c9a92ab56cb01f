package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.ui.FirstRunDialog;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.imports.FileChoosers;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.EventQueue;
import java.awt.Font;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javax.swing.JOptionPane;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the window: the look and feel installs on the event thread from the first moment, while the
 * main thread starts logging and reads the settings and a worker then opens the database and loads the
 * lead list; the first start asks who the agent is; then the main frame shows.
 */
public final class GuiLauncher {

    /** Set to 1 to quit as soon as the first window has shown (start-up measurements, AppCDS training). */
    public static final String EXIT_AFTER_STARTUP_ENV = "DIALDESK_EXIT_AFTER_STARTUP";
    /** The list's first leads, shown while the rest is read: more than a full window shows. */
    public static final int FIRST_ROWS = 200;
    /**
     * Start-up's workers, a thread each: the lead list and the services must run side by side, and the
     * common pool has a single worker on two cores (it ran them one after the other: 2026-12-01).
     */
    private static final java.util.concurrent.Executor START_WORKERS = task -> {
        Thread thread = new Thread(task, "dialdesk-start");
        thread.setDaemon(true);
        thread.start();
    };

    private final AppOptions options;
    private final AppPaths paths;
    private final Clock clock;
    private final StartupReport report;
    /** Theme, language, window and columns: per data folder, so the demo and a real desk keep their own. */
    private final Preferences prefs;
    private Logger log;
    private CompletableFuture<Void> databaseReady;
    private CompletableFuture<LeadDirectory> databaseOpen;
    private MainWindowBuilder windowBuilder;
    private CompletableFuture<LeadSnapshot> leadsReady;
    /** The list's first {@link #FIRST_ROWS} leads; null when the list holds fewer or there is no agent yet. */
    private final CompletableFuture<LeadSnapshot> firstRowsReady = new CompletableFuture<>();
    private final CompletableFuture<Void> firstRowsShown = new CompletableFuture<>();
    private final CompletableFuture<Void> windowShown = new CompletableFuture<>();

    public GuiLauncher(AppOptions options, AppPaths paths, Clock clock) {
        this.paths = paths;
        this.prefs = DeskPreferences.of(paths.dataDir());
        this.options = DeskPreferences.withLanguage(options, prefs);
        this.clock = clock;
        this.report = new StartupReport(options.startupReport());
    }

    public void launch() {
        // The look and feel installs first, on the event thread, while this thread starts logging and
        // reads the settings and another opens the database: the three overlap instead of queuing.
        CompletableFuture<CompositionRoot> rootReady = new CompletableFuture<>();
        EventQueue.invokeLater(() -> {
            new Theme(prefs).install();
            report.mark("look and feel");
            rootReady.thenAccept(root -> EventQueue.invokeLater(() -> afterLookAndFeel(root)));
        });
        log = LoggerFactory.getLogger(GuiLauncher.class);
        report.mark("jvm + logging");
        CompositionRoot root;
        try {
            // On the team server without PGPASSWORD or ~/.pgpass: a password dialog before the window.
            root = new CompositionRoot(options, paths, clock, dev.dialdesk.ui.ServerPasswordDialog::askAndWait);
        } catch (RuntimeException e) {
            log.error("Dialdesk could not start", e);
            System.exit(1);
            return;
        }
        report.mark("settings + messages");
        databaseOpen = CompletableFuture.supplyAsync(() -> {
            root.database();
            root.seedDemoIfNeeded();
            report.mark("database open");
            return root.leadDirectory();
        }, START_WORKERS);
        // The lead list, the longest read of start-up, loads from the moment the database is open, beside
        // the services below and the building of the window (it reads no row the services' start writes);
        // its first rows are shown while the rest is read.
        leadsReady = databaseOpen.thenApplyAsync(directory -> {
            LeadSnapshot leads = root.currentAgent().map(agent -> directory.load(agent.id(), FIRST_ROWS, first -> {
                report.mark("first leads read");
                firstRowsReady.complete(first);
                // The rest is read once those rows are on screen: on two cores the window's building
                // would otherwise share them with this read (docs/startup.md).
                awaitAtMost(firstRowsShown, 5);
            })).orElse(null);
            report.mark("lead list read");
            return leads;
        }, START_WORKERS).whenComplete((leads, failure) -> firstRowsReady.complete(null));
        databaseReady = databaseOpen.thenRunAsync(() -> {
            // Builds the call loop, callbacks and contracts here, off the event thread; the desk's
            // QA cases whose deadline passed while Dialdesk was closed are returned.
            root.calls();
            root.contracts().service().startUp();
            report.mark("services ready");
        }, START_WORKERS);
        rootReady.complete(root);
        // Until the first window shows, this thread keeps the JVM alive: while a first start migrates
        // the database or seeds the demo, the event thread may have no window and nothing to do, and AWT
        // then ends it after a second; with only the (daemon) workers left, the JVM would end with
        // status 0 and no window (seen with Java 25 on a busy machine). Every failure path exits itself.
        windowShown.join();
    }

    /** Waits for {@code event}, at most {@code seconds}: start-up goes on without it rather than hang. */
    private static void awaitAtMost(CompletableFuture<?> event, int seconds) {
        try {
            event.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // go on: the list is read as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the event thread, once the look and feel is installed and the settings are read. */
    private void afterLookAndFeel(CompositionRoot root) {
        ErrorReporter errors = new ErrorReporter(root.messages(), paths.logDir());
        installCrashHandler(errors);
        ensureKoreanFont(root.messages());
        windowBuilder = new MainWindowBuilder(root, errors, prefs, new Theme(prefs), new FileChoosers(root.messages()));
        // The lead screen is built as soon as the database is open, while the services are still being
        // built; the rest of the window waits for them (queued after it: the services need the database).
        databaseOpen.thenAccept(directory -> root.currentAgent().ifPresent(agent ->
                EventQueue.invokeLater(() -> {
                    windowBuilder.leadScreenFirst(agent, directory);
                    report.mark("lead screen built");
                })));
        databaseReady.whenComplete((ignored, failure) -> EventQueue.invokeLater(() -> {
            if (failure != null) {
                errors.report(null, "Opening the database", failure.getCause() != null ? failure.getCause() : failure);
                System.exit(1);
            }
            showMainWindow(root, errors, leadsReady);
        }));
    }

    private void showMainWindow(CompositionRoot root, ErrorReporter errors, CompletableFuture<LeadSnapshot> leadsReady) {
        Messages messages = root.messages();
        if (root.currentAgent().isEmpty()) {
            Optional<FirstRunDialog.Answer> entered = FirstRunDialog.ask(null, messages,
                    root.settings().get(dev.dialdesk.service.calls.CallSettingKeys.CALLING_HOURS));
            if (entered.isEmpty()) {
                System.exit(0);
                return;
            }
            new BackgroundTaskRunner(errors, null).run("Registering the agent", () -> {
                // the zone first: every screen reads it from the settings
                root.settings().set(dev.dialdesk.service.settings.SettingKeys.CENTRE_ZONE, entered.get().zone());
                root.registerAgent(entered.get().agent());
                return entered.get();
            }, registered -> showMainWindow(root, errors, CompletableFuture.completedFuture(null)), failure -> {
                // already logged by the runner: show it, then stop (no window without an agent)
                JOptionPane.showMessageDialog(null, errors.describe(failure), messages.get("error.title"),
                        JOptionPane.ERROR_MESSAGE);
                System.exit(1);
            });
            return;
        }
        MainWindowBuilder.MainWindow window = windowBuilder.build(root.currentAgent().get());
        MainFrame frame = window.frame();
        window.leads().presenter().onFirstRows(() -> {
            report.markFirstData("leads shown", System.out);
            firstRowsShown.complete(null);
            log.info("Dialdesk showed its leads {} ms after launch", report.sinceLaunchMillis());
        });
        window.leads().presenter().onFirstLoad(() -> {
            report.mark("all leads shown");
            report.print(System.out);
            // Start-up measurements (DIALDESK_EXIT_AFTER_STARTUP=1) end once the whole list is shown.
            if ("1".equals(System.getenv(EXIT_AFTER_STARTUP_ENV))) {
                EventQueue.invokeLater(frame::dispose);
            }
        });
        window.leads().presenter().load(firstRowsReady, () -> {
            LeadSnapshot preloaded = leadsReady.join();
            return preloaded != null ? preloaded : root.leadDirectory().load(root.currentAgent().get().id());
        });
        frame.restoreBounds(prefs);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                frame.saveBounds(prefs);
                // Closing waits for the last writes and reads: never on the event thread.
                Thread closer = new Thread(() -> {
                    root.close();
                    System.exit(0);
                }, "dialdesk-close");
                closer.start();
            }
        });
        frame.setVisible(true);
        windowShown.complete(null);
        report.mark("window shown");
        afterWindowShown(root, errors, frame);
    }

    /**
     * Data safety once the window is up (issue 7): warn about a database on a network share and take
     * the day's backup on a background thread.
     */
    private void afterWindowShown(CompositionRoot root, ErrorReporter errors, MainFrame frame) {
        Messages messages = root.messages();
        if (root.onServer()) {
            // The server's data is IT's to back up; no file here can sit on a network share. A clock off
            // the server's is said without stopping the desk (a non-modal notice that takes no focus).
            for (Message warning : root.storageWarnings()) {
                javax.swing.JDialog notice = new JOptionPane(messages.get(warning), JOptionPane.WARNING_MESSAGE)
                        .createDialog(frame, messages.get("warning.team.clock.title"));
                notice.setModal(false);
                notice.setAutoRequestFocus(false);
                notice.setVisible(true);
            }
            return;
        }
        for (Message warning : root.storageWarnings()) {
            JOptionPane.showMessageDialog(frame, messages.get(warning), messages.get("warning.db.networkShare.title"),
                    JOptionPane.WARNING_MESSAGE);
        }
        new BackgroundTaskRunner(errors, frame).run("Daily backup", () -> root.backups().dailyBackupIfDue(),
                backup -> backup.ifPresent(file -> log.info("Daily backup written: {}", file.getFileName())));
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
