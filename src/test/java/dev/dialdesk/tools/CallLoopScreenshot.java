package dev.dialdesk.tools;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.app.MainWindowBuilder;
import dev.dialdesk.app.Theme;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;

/**
 * Takes the screenshots of the main window: a batch of 1,250 leads imported on Monday afternoon through
 * the ordinary import (as the demo seeds its database: every status comes from a recorded call, the batch
 * arrives on the clock's day), a morning's calls worked at 09:10 on a Tuesday (two of them
 * contracts, one a callback booked for the afternoon), then at 11:30 the next lead (a retry, with its
 * history) dialled for 83 seconds, with one screen in view. {@code xvfb-run -a -s "-screen 0
 * 1920x1080x24" java -cp target/test-classes:target/classes:DEPS dev.dialdesk.tools.CallLoopScreenshot
 * docs/screenshots/call-loop.png [ko|en [WIDTH HEIGHT [light|dark [leads|callbacks|contracts|stats|booking|settings]]]]}.
 * {@code booking} shows the lead list with the callback booking of the call open over it, its calendar
 * unfolded (the date picker in the theme's colours); {@code settings} the call settings dialog (dialling,
 * calling hours, the outcomes table) open over it, from its menu item.
 */
public final class CallLoopScreenshot {

    private static final AgentId AGENT = new AgentId("A1024");

    private CallLoopScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String language = args.length > 1 ? args[1] : "ko";
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 1280;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 800;
        boolean dark = args.length > 4 && args[4].equals("dark");
        String screen = args.length > 5 ? args[5] : "leads";
        Path folder = Files.createTempDirectory("dialdesk-shot");
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", language);
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder, database, false);
        MutableClock clock = MutableClock.seoul("2025-03-10T16:30");
        CompositionRoot root = new CompositionRoot(options, paths, clock);
        root.settings().set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        // the company the opening statement names, as the demo sets it (else "{company}" shows)
        root.settings().set(dev.dialdesk.service.rules.RulesSettingKeys.COMPANY, "다이얼생명");
        root.registerAgent(new Agent(AGENT, "홍길동"));
        importMondaysBatch(root, folder);
        clock.set("2025-03-11T09:10");
        workTheMorning(root, clock);
        clock.set("2025-03-11T11:30");
        root.calls(); // builds the call loop, callbacks and contracts off the event thread
        Preferences prefs = Preferences.userRoot().node("dev/dialdesk-test/screenshot-" + System.nanoTime());
        prefs.putBoolean("theme.dark", dark);
        MainWindowBuilder.MainWindow window = Edt.call(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            MainWindowBuilder.MainWindow built = new MainWindowBuilder(root, new ErrorReporter(root.messages(),
                    paths.logDir()), prefs, theme, new FileChoosers(root.messages())).build(root.currentAgent().orElseThrow());
            built.frame().setBounds(0, 0, width, height);
            built.leads().load();
            built.frame().setVisible(true);
            built.screens().show(screen.equals("booking") || screen.equals("settings") ? "leads" : screen);
            return built;
        });
        Thread.sleep(2_000);
        Edt.call(() -> {
            window.calls().presenter().next();
            return null;
        });
        Thread.sleep(800);
        Edt.call(() -> {
            window.calls().presenter().dial();
            return null;
        });
        Thread.sleep(500);
        clock.advance(Duration.ofSeconds(83));
        Thread.sleep(1_200);
        if (screen.equals("booking")) {
            openBookingCalendar(window);
        }
        if (screen.equals("stats")) {
            showToday(window); // the dashboard opens on yesterday (the morning meeting's day): the shift is today
        }
        if (screen.equals("settings")) {
            openSettings(window);
        }
        // bringing the frame forward would fold the calendar, or hide the dialog
        capture(window, target, !screen.equals("booking") && !screen.equals("settings"));
        prefs.removeNode();
        root.close();
        System.exit(0);
    }

    /** Monday's batch, 1,250 generated leads in the centre's CP949, through the import the agent uses. */
    private static void importMondaysBatch(CompositionRoot root, Path folder) throws java.io.IOException {
        Path file = folder.resolve("2025-03-10 신규 DB.csv");
        dev.dialdesk.app.bench.LeadDataGenerator.writeCsv(file, java.nio.charset.Charset.forName("MS949"), 1_250, 42, 0);
        root.leadImportService().importFile(new dev.dialdesk.service.imports.ImportRequest(file, AGENT,
                "2025-03-10 신규 DB", null), dev.dialdesk.service.imports.ImportProgress.NONE);
    }

    /** Twelve calls: mostly no answer, some contacts, one refusal, two contracts, one callback booked. */
    private static void workTheMorning(CompositionRoot root, MutableClock clock) {
        CallSession session = root.calls().session(AGENT);
        String[] outcomes = {"NO_ANSWER", "BUSY", "CONTRACT", "THINKING", "NO_ANSWER", "PHONE_OFF", "REFUSED",
            "CALLBACK", "NO_ANSWER", "CONTRACT", "BUSY", "NO_ANSWER"};
        for (String outcome : outcomes) {
            session.next();
            session.dial();
            clock.advance(Duration.ofSeconds(outcome.equals("NO_ANSWER") || outcome.equals("BUSY") ? 25 : 140));
            dev.dialdesk.domain.calls.CallAttempt recorded = session.record(outcome,
                    outcome.equals("THINKING") ? "남편과 상의 후 결정" : "");
            long lead = recorded.leadId();
            if (outcome.equals("CONTRACT")) {
                root.contracts().service().createFromCall(recorded.id(), lead, AGENT, "무배당 종신보험",
                        lead % 2 == 0 ? 52_000 : 38_500, clock.instant(), "AP-" + lead, "");
            } else if (outcome.equals("CALLBACK")) {
                root.callbacks().service().book(new dev.dialdesk.domain.callbacks.BookingRequest(lead, AGENT,
                        clock.instant().atZone(TestClocks.SEOUL).withHour(15).withMinute(0), null, "오후 3시 통화 요청",
                        true, dev.dialdesk.domain.callbacks.CallbackKind.NORMAL, null), true);
            }
            clock.advance(Duration.ofSeconds(20));
        }
    }

    /** Picks "today" in the dashboard's range, as the agent would to see the shift so far. */
    private static void showToday(MainWindowBuilder.MainWindow window) throws Exception {
        Edt.call(() -> {
            findNamed(window.frame(), "statsRange").ifPresent(box -> ((javax.swing.JComboBox<?>) box)
                    .setSelectedItem(dev.dialdesk.domain.DateRange.Preset.TODAY));
            return null;
        });
        Thread.sleep(2_000);
    }

    private static java.util.Optional<java.awt.Component> findNamed(java.awt.Container in, String name) {
        for (java.awt.Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return java.util.Optional.of(child);
            }
            if (child instanceof java.awt.Container container) {
                java.util.Optional<java.awt.Component> found = findNamed(container, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Opens the call settings dialog from its menu item, as the agent does (it is modal: later, on the event thread). */
    private static void openSettings(MainWindowBuilder.MainWindow window) throws Exception {
        javax.swing.SwingUtilities.invokeLater(() -> {
            javax.swing.JMenuBar bar = window.frame().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                for (int j = 0; j < bar.getMenu(i).getItemCount(); j++) {
                    javax.swing.JMenuItem item = bar.getMenu(i).getItem(j);
                    if (item != null && item.getAction() instanceof dev.dialdesk.ui.action.BaseAction action
                            && action.id().equals("calls.settings")) {
                        item.doClick();
                        return;
                    }
                }
            }
            throw new IllegalStateException("no menu item calls.settings");
        });
        Thread.sleep(3_000); // the outcomes read off the event thread, then the dialog shown
    }

    /** Opens the callback booking of the call (as 7 does) and unfolds its calendar. */
    private static void openBookingCalendar(MainWindowBuilder.MainWindow window) throws Exception {
        javax.swing.SwingUtilities.invokeLater(() -> window.calls().presenter().disposition(7));
        Thread.sleep(3_000); // the outcome recorded and the list updated, on a busy machine too
        Edt.call(() -> {
            for (java.awt.Window shown : java.awt.Window.getWindows()) {
                if (shown instanceof javax.swing.JDialog dialog && dialog.isShowing()) {
                    findPicker(dialog).ifPresent(com.github.lgooddatepicker.components.DatePicker::openPopup);
                }
            }
            return null;
        });
        Thread.sleep(800);
    }

    private static java.util.Optional<com.github.lgooddatepicker.components.DatePicker> findPicker(java.awt.Container in) {
        for (java.awt.Component child : in.getComponents()) {
            if (child instanceof com.github.lgooddatepicker.components.DatePicker picker) {
                return java.util.Optional.of(picker);
            }
            if (child instanceof java.awt.Container container) {
                java.util.Optional<com.github.lgooddatepicker.components.DatePicker> found = findPicker(container);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void capture(MainWindowBuilder.MainWindow window, Path target, boolean toFront) throws Exception {
        if (toFront) {
            Edt.call(() -> {
                window.frame().toFront();
                return null;
            });
        }
        Thread.sleep(300);
        Rectangle bounds = Edt.call(() -> window.frame().getBounds());
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(image, "png", target.toFile());
    }
}
