package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.ui.AboutDialog;
import dev.dialdesk.ui.AppIcon;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.ScreenHost;
import dev.dialdesk.ui.ShortcutSheet;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.calls.DispositionFollowUp;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import dev.dialdesk.ui.imports.ImportFlow;
import dev.dialdesk.ui.leads.LeadScreen;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javax.swing.JComponent;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;

/**
 * Builds the main window: the screens (the lead list now; callbacks, contracts and stats join with
 * {@link ScreenHost#add}) on the left, the call panel always in view on the right, the menus, and the
 * closing hook that saves pending notes before the database closes. Call on the event thread; nothing
 * here touches the database.
 */
public final class MainWindowBuilder {

    /** The built window and the parts start-up and tests reach for. */
    public record MainWindow(MainFrame frame, LeadScreen leads, ImportFlow imports, CallPanel calls,
                             ScreenHost screens) {
    }

    private final CompositionRoot root;
    private final ErrorReporter errors;
    private final Preferences prefs;
    private final Theme theme;
    private final FileChoosers choosers;
    /** Null: the feature screens' own follow-ups (callback booking, contract entry). */
    private DispositionFollowUp followUp;
    private final MainFrame[] frame = new MainFrame[1];
    private final LeadScreen[] leads = new LeadScreen[1];
    /** The lead screen's import and its action, built with it (by {@link #leadScreenFirst} or {@link #build}). */
    private ImportFlow imports;
    private BaseAction importLeads;

    /**
     * @param prefs    where window and column layout are remembered (tests pass a throwaway node)
     * @param choosers the file choosers (tests pass ones that answer without a native dialog)
     */
    public MainWindowBuilder(CompositionRoot root, ErrorReporter errors, Preferences prefs, Theme theme,
                             FileChoosers choosers) {
        this.root = root;
        this.errors = errors;
        this.prefs = prefs;
        this.theme = theme;
        this.choosers = choosers;
    }

    /** What happens after 예약콜 and 청약 are recorded (callback booking, contract entry). */
    public MainWindowBuilder followUp(DispositionFollowUp next) {
        this.followUp = next;
        return this;
    }

    /**
     * Builds the lead screen of {@code agent} now, before the rest of the window (start-up: on the event
     * thread once the database is open, while the services are still being built); {@link #build} then
     * uses it. Needs only the open database's {@code directory}.
     */
    public MainWindowBuilder leadScreenFirst(Agent agent, LeadDirectory directory) {
        Messages messages = root.messages();
        imports = new ImportFlow(messages, errors, root::leadImportService, agent::id,
                () -> frame[0], choosers, () -> leads[0].load());
        importLeads = BaseAction.of("app.import", messages, imports::start);
        leads[0] = new LeadScreen(messages, directory, errors, agent.id(), prefs, importLeads);
        if (root.onServer()) {
            leads[0].presenter().onTeamServer();
        }
        return this;
    }

    /** The window of {@code agent}; its lead list starts loading with {@link LeadScreen#load()}. */
    public MainWindow build(Agent agent) {
        Messages messages = root.messages();
        if (leads[0] == null) {
            leadScreenFirst(agent, root.leadDirectory());
        }
        FeatureScreens features = new FeatureScreens(root, () -> frame[0]);
        CallScreenWiring calls = new CallScreenWiring(root, errors, agent, leads[0],
                followUp != null ? followUp : features, () -> frame[0]);
        ScreenHost screens = new ScreenHost(messages);
        screens.add(new ScreenHost.Screen("leads", messages.get("screen.leads"), leads[0]));
        features.build(errors, agent.id(), calls::panel, screens);
        features.markWithoutTime(leads[0]::markWithoutTime);
        CaseScreenWiring cases = new CaseScreenWiring(root, errors, agent, calls::panel, choosers::openLeadFile, screens);
        BaseAction quit = BaseAction.of("app.quit", messages, () -> close(frame[0], leads[0], calls.panel(), features));
        BaseAction toggleTheme = BaseAction.of("app.toggleTheme", messages, theme::toggle);
        BaseAction shortcuts = BaseAction.of("app.shortcuts", messages, () -> ShortcutSheet.show(frame[0], messages,
                calls.panel().presenter()::outcomeOf));
        BaseAction about = BaseAction.of("app.about", messages, () -> AboutDialog.show(frame[0], messages,
                AboutDialog.Info.of(Main.class, root.paths().dataDir())));
        dev.dialdesk.ui.outbox.OutboxStatusLabel outbox = root.onServer() ? new dev.dialdesk.ui.outbox.OutboxStatusLabel(
                messages, new dev.dialdesk.ui.common.BackgroundTaskRunner(errors, null), root.clock().getZone()) : null;
        List<javax.swing.Action> tools = new java.util.ArrayList<>(calls.toolActions());
        if (outbox != null) { // the status label's list, from the keyboard too
            tools.addAll(Arrays.asList(null, BaseAction.of("app.outbox", messages, outbox::showNotSent)));
        }
        List<MainFrame.MenuSpec> menus = List.of(
                new MainFrame.MenuSpec("menu.file", Arrays.asList(importLeads, null, quit)),
                new MainFrame.MenuSpec("menu.tools", tools),
                new MainFrame.MenuSpec("menu.view", Arrays.asList(toggleTheme, null,
                        language("ko", messages, () -> frame[0]), language("en", messages, () -> frame[0]))),
                new MainFrame.MenuSpec("menu.help", Arrays.asList(shortcuts, null, about)));
        JComponent qaColumn = CallRulesWiring.withQaRisk(root, errors, agent, features.qaDeadlines());
        frame[0] = new MainFrame(messages, split(screens, rightColumn(calls.panel(), cases.card(), qaColumn)), menus);
        frame[0].setStatus(messages.get("leads.agentStatus", agent.name(), agent.id().value()));
        calls.panel().claimKeys(frame[0].getRootPane());
        frame[0].setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame[0].addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                leads[0].focusSearch();
            }

            @Override
            public void windowClosing(WindowEvent e) {
                close(frame[0], leads[0], calls.panel(), features);
            }

            @Override
            public void windowClosed(WindowEvent e) {
                errors.windowClosed(); // late failures of its work are logged, not shown over the next window
            }
        });
        features.install(frame[0]);
        if (outbox != null) { // on the team server: "3 waiting to be sent" (the desk's outbox) in the status bar
            frame[0].addStatusComponent(outbox);
            outbox.follow(root::outbox);
        }
        cases.install(frame[0]);
        LiveWiring.install(root, errors, agent, frame[0], leads[0], calls.panel(), features, cases::refresh);
        // The icon (an SVG drawn in eight sizes) waits for the list: the first data is not kept waiting.
        leads[0].presenter().onFirstLoad(() -> EventQueue.invokeLater(() -> showIcon(frame[0])));
        calls.panel().presenter().start();
        return new MainWindow(frame[0], leads[0], imports, calls.panel(), screens);
    }

    /** View → Language: remembered for this data folder, shown from the next start. */
    private BaseAction language(String code, Messages messages, java.util.function.Supplier<MainFrame> frame) {
        return BaseAction.of("app.language." + code, messages, () -> {
            DeskPreferences.chooseLanguage(prefs, code);
            if (!code.equals(messages.locale().getLanguage())) {
                javax.swing.JOptionPane.showMessageDialog(frame.get(), messages.get("app.language.restart"),
                        messages.get("action.app.language." + code + ".name"), javax.swing.JOptionPane.INFORMATION_MESSAGE);
            }
        });
    }

    /** The window's icon, drawn on a worker. */
    private void showIcon(MainFrame frame) {
        CompletableFuture.supplyAsync(AppIcon::windowImages).whenComplete((images, failure) -> {
            if (failure != null) {
                errors.log("Drawing the window icon", failure);
            } else {
                EventQueue.invokeLater(() -> frame.setIconImages(images));
            }
        });
    }

    /** The screens on the left, the call panel on the right; the screens take what the window gains. */
    private static JComponent split(ScreenHost screens, CallColumn calls) {
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, screens, calls);
        split.setName("main.split");
        split.setResizeWeight(1.0);
        split.setContinuousLayout(true);
        split.setBorder(null);
        // The screens give way instead (their tables scroll): a narrow window never clips the call column.
        screens.setMinimumSize(new Dimension(320, 0));
        calls.placeIn(split);
        return split;
    }

    /** The call panel, with the case of the call and the open QA cases' countdowns under it: always in view. */
    private static CallColumn rightColumn(CallPanel calls, JComponent caseCard, JComponent qaDeadlines) {
        javax.swing.JPanel south = new javax.swing.JPanel(new java.awt.BorderLayout());
        south.add(caseCard, java.awt.BorderLayout.NORTH);
        south.add(qaDeadlines, java.awt.BorderLayout.CENTER);
        return new CallColumn(calls, south);
    }

    /**
     * Closes the window (the launcher then closes the database): asks first when a dialled call has
     * no outcome, and saves notes still being typed; if they cannot be saved the window stays open,
     * with the failure shown beside the notes.
     */
    private static void close(MainFrame frame, LeadScreen leads, CallPanel calls, FeatureScreens features) {
        if (!calls.confirmClose()) {
            return;
        }
        leads.presenter().saveNotesThen(saved -> {
            if (saved) {
                features.stop();
                frame.dispose();
            }
        });
    }
}
