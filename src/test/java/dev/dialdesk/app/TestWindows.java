package dev.dialdesk.app;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.assertj.swing.edt.GuiActionRunner;

/** The real main window for GUI tests: a composition root on a test folder, the window, a recording dialer. */
final class TestWindows {

    private TestWindows() {
    }

    /** A root on {@code folder}'s database, in Korean, on {@code clock}, the centre in {@code zone}. */
    static CompositionRoot root(Path folder, Clock clock, ZoneId zone) {
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", "ko");
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder,
                database, false);
        CompositionRoot root = new CompositionRoot(options, paths, clock);
        root.settings().set(SettingKeys.CENTRE_ZONE, zone);
        return root;
    }

    /** Builds the window of the registered agent on the event thread (the call loop built off it first). */
    static MainWindowBuilder.MainWindow build(CompositionRoot root, Preferences prefs) {
        root.calls();
        return GuiActionRunner.execute(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            ErrorReporter errors = new ErrorReporter(root.messages(), root.paths().logDir());
            MainWindowBuilder.MainWindow w = new MainWindowBuilder(root, errors, prefs, theme,
                    new FileChoosers(root.messages())).build(root.currentAgent().orElseThrow());
            w.leads().load();
            return w;
        });
    }

    /** Numbers are "dialled" into {@code dialled}, in the clipboard dialer's place, never by a real phone. */
    static void recordDials(CompositionRoot root, List<PhoneNumber> dialled) {
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
    }
}
