package dev.dialdesk.testing;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.app.MainWindowBuilder;
import dev.dialdesk.app.Theme;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.Dimension;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The real main window on a database in a temporary folder, for GUI tests: the centre in Seoul, the
 * agent 홍길동 (A1024), the leads {@code seed} puts in, and a dialer that records the numbers instead of
 * calling them. Close it after the test.
 */
public final class MainWindowFixture implements AutoCloseable {

    public final CompositionRoot root;
    public final MainWindowBuilder.MainWindow built;
    public final FrameFixture window;
    public final List<PhoneNumber> dialled = new CopyOnWriteArrayList<>();
    private final Preferences prefs;

    private MainWindowFixture(Path folder, String language, Clock clock, Dimension size, Consumer<CompositionRoot> seed,
                              java.util.function.Function<CompositionRoot, FileChoosers> choosers) {
        this(localDesk(folder, language, clock, seed), folder.resolve("logs"), size, choosers);
    }

    /** The window on the file in {@code folder}, its agent registered as at a first start. */
    private static CompositionRoot localDesk(Path folder, String language, Clock clock, Consumer<CompositionRoot> seed) {
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", language);
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder,
                database, false);
        CompositionRoot root = new CompositionRoot(options, paths, clock);
        root.settings().set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        seed.accept(root);
        root.registerAgent(new Agent(SeededLeads.AGENT, "홍길동"));
        return root;
    }

    /** The real window on a root built by the test (a desk on the team server); closing it closes the root. */
    public static MainWindowFixture launchOn(CompositionRoot root, Path logDir, Dimension size) {
        return new MainWindowFixture(root, logDir, size, r -> new FileChoosers(r.messages()));
    }

    private MainWindowFixture(CompositionRoot root, Path logDir, Dimension size,
                              java.util.function.Function<CompositionRoot, FileChoosers> choosers) {
        this.root = root;
        prefs = Preferences.userRoot().node("dev/dialdesk-test/window-" + System.nanoTime());
        root.calls(); // builds the call loop, callbacks and contracts off the event thread
        built = GuiActionRunner.execute(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            ErrorReporter errors = new ErrorReporter(root.messages(), logDir);
            MainWindowBuilder.MainWindow w = new MainWindowBuilder(root, errors, prefs, theme,
                    choosers.apply(root)).build(root.currentAgent().orElseThrow());
            w.leads().load();
            return w;
        });
        root.calls().dialers().register(new Dialer() {
            @Override
            public DialMethod method() {
                return DialMethod.CLIPBOARD;
            }

            @Override
            public void place(PhoneNumber number) {
                dialled.add(number);
            }
        });
        window = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), built.frame());
        window.show(size);
    }

    /** Opens the window at {@code size} in {@code language} ("ko", "en"). */
    public static MainWindowFixture launch(Path folder, String language, Clock clock, Dimension size,
                                           Consumer<CompositionRoot> seed) {
        return new MainWindowFixture(folder, language, clock, size, seed, r -> new FileChoosers(r.messages()));
    }

    /** As {@link #launch}, the window's file choosers made by {@code choosers} (a test answers them). */
    public static MainWindowFixture launch(Path folder, String language, Clock clock, Dimension size,
                                           Consumer<CompositionRoot> seed,
                                           java.util.function.Function<CompositionRoot, FileChoosers> choosers) {
        return new MainWindowFixture(folder, language, clock, size, seed, choosers);
    }

    /**
     * The same desk without a window, for service tests on every real service: the centre in Seoul,
     * the agent 홍길동 (A1024) and the {@link #fiveLeads}. Close it after the test.
     */
    public static CompositionRoot headlessDesk(Path folder, Clock clock) {
        Path database = folder.resolve("dialdesk.db");
        CompositionRoot root = new CompositionRoot(AppOptions.parse("--db", database.toString(), "--lang", "ko"),
                AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder, database, false),
                clock);
        root.settings().set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        fiveLeads(root);
        root.registerAgent(new Agent(SeededLeads.AGENT, "홍길동"));
        return root;
    }

    /**
     * The Korean window at 1280 × 800 on Tuesday 2025-03-11 10:00 in Seoul with the {@link #fiveLeads},
     * once the list and the outcome buttons are in: where a call-loop test starts.
     */
    public static MainWindowFixture launchReadyToCall(Path folder) {
        MainWindowFixture desk = launch(folder, "ko", TestClocks.seoul("2025-03-11T10:00"), new Dimension(1280, 800),
                MainWindowFixture::fiveLeads);
        waitFor("five leads listed", () -> "5 / 5건".equals(desk.window.label("leads.count").text()));
        waitFor("the outcome buttons", () -> !desk.window.robot().finder().findAll(
                c -> "calls.disposition.NO_ANSWER".equals(c.getName())).isEmpty());
        return desk;
    }

    /** Five leads of agent A1024: 다람이, 김민수, 박서연, 이도윤, 최지우. */
    public static void fiveLeads(CompositionRoot root) {
        SeededLeads.seed(root.database(), "다람이", "+821012345678", "김민수", "+821098765432",
                "박서연", "+821033334444", "이도윤", "+821055556666", "최지우", "+821077778888");
    }

    /** Where the call panel's loop stands (read on the event thread). */
    public String phase() {
        return GuiActionRunner.execute(() -> built.calls().presenter().phase().name());
    }

    public void key(int keyCode) {
        try {
            window.pressAndReleaseKeys(keyCode);
        } catch (org.assertj.swing.exception.ActionFailedException focusTaken) {
            throw new AssertionError("The key could not reach the window; showing dialogs: " + showingDialogs(), focusTaken);
        }
    }

    /** What every dialog on screen says (its title and message): the one that took the focus, when a key failed. */
    public static String showingDialogs() {
        return GuiActionRunner.execute(() -> {
            StringBuilder said = new StringBuilder();
            for (java.awt.Window shown : java.awt.Window.getWindows()) {
                if (shown instanceof java.awt.Dialog dialog && dialog.isShowing()) {
                    said.append("[").append(dialog.getTitle());
                    for (javax.swing.JOptionPane pane : org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                            .findAll(dialog, new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JOptionPane.class) {
                                @Override
                                protected boolean isMatching(javax.swing.JOptionPane component) {
                                    return true;
                                }
                            })) {
                        said.append(": ").append(pane.getMessage());
                    }
                    said.append("] ");
                }
            }
            return said + loggedErrors(said.toString());
        });
    }

    /**
     * The first error logged in each log folder a dialog names ("…the log folder: /tmp/…/logs"), with the
     * start of its stack: a CI failure then says what went wrong, although the folder is gone afterwards.
     */
    private static String loggedErrors(String dialogs) {
        StringBuilder found = new StringBuilder();
        java.util.regex.Matcher folder = java.util.regex.Pattern.compile("(/\\S+/logs)").matcher(dialogs);
        while (folder.find()) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(folder.group(1)))) {
                for (Path file : files.sorted().toList()) {
                    List<String> lines = java.nio.file.Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains(" ERROR ")) {
                            found.append(" | logged in ").append(file.getFileName()).append(": ")
                                    .append(String.join(" / ", lines.subList(i, Math.min(lines.size(), i + 12))));
                            break;
                        }
                    }
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                found.append(" | (its log folder could not be read: ").append(unreadable.getMessage()).append(")");
            }
        }
        return found.toString();
    }

    /**
     * A key with modifiers ({@code InputEvent.CTRL_MASK} …: AssertJ Swing's masks) typed where the focus is, as the agent
     * types it (the frame is not focused first, which would take the focus off the call panel).
     */
    public void key(int keyCode, int modifiers) {
        window.robot().pressAndReleaseKey(keyCode, modifiers);
    }

    /** Clicks the menu item of the action {@code id}, later on the event thread (its dialog may be modal). */
    public void menuAction(String id) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            javax.swing.JMenuBar bar = built.frame().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                javax.swing.JMenu menu = bar.getMenu(i);
                for (int j = 0; j < menu.getItemCount(); j++) {
                    javax.swing.JMenuItem item = menu.getItem(j);
                    if (item != null && item.getAction() instanceof dev.dialdesk.ui.action.BaseAction action
                            && action.id().equals(id)) {
                        item.doClick();
                        return;
                    }
                }
            }
            throw new AssertionError("no menu item for " + id);
        });
    }

    /** The first column of the first row {@code sql} returns, as text (null when none). */
    public String query(String sql) {
        return root.database().read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** A label's words as the agent reads them: a wrapping label's plain text, without the markup that wraps it. */
    public static String words(org.assertj.swing.fixture.JLabelFixture label) {
        return GuiActionRunner.execute(() -> label.target() instanceof dev.dialdesk.ui.common.WrappingLabel wrapping
                ? wrapping.plainText() : label.target().getText());
    }

    /**
     * Waits up to 10 s for {@code check}. A component the check looks up that is not on screen yet (the lead
     * list is hidden until its first rows arrive) counts as "not yet", not as a failure. On timeout the
     * failure says what was awaited and which dialogs are showing.
     */
    public static void waitFor(String what, BooleanSupplier check) {
        waitFor(what, check, () -> null);
    }

    /**
     * As {@link #waitFor(String, BooleanSupplier)}; on timeout the failure also says what {@code now} reads
     * (what the awaited component or row shows at that moment).
     */
    public static void waitFor(String what, BooleanSupplier check, java.util.function.Supplier<String> now) {
        try {
            Pause.pause(new Condition(what) {
                @Override
                public boolean test() {
                    try {
                        return check.getAsBoolean();
                    } catch (org.assertj.swing.exception.ComponentLookupException notOnScreenYet) {
                        return false;
                    }
                }
            }, Timeout.timeout(WAIT_MS));
        } catch (org.assertj.swing.exception.WaitTimedOutError timedOut) {
            throw new AssertionError("Waited " + WAIT_MS / 1000 + " s for " + what + "; it shows now: "
                    + describe(now) + "; dialogs showing: " + describe(MainWindowFixture::showingDialogs), timedOut);
        }
    }

    private static final int WAIT_MS = 10_000;

    /** What {@code reading} returns, or why it could not be read (the component is gone, …). */
    private static String describe(java.util.function.Supplier<String> reading) {
        try {
            String read = reading.get();
            return read == null ? "(not given)" : read.isEmpty() ? "(none)" : read;
        } catch (RuntimeException unreadable) {
            return "(unreadable: " + unreadable + ")";
        }
    }

    @Override
    public void close() throws BackingStoreException {
        window.cleanUp();
        root.close();
        prefs.removeNode();
    }
}
