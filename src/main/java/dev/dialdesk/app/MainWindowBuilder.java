package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.ShortcutSheet;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import dev.dialdesk.ui.imports.ImportFlow;
import dev.dialdesk.ui.leads.LeadScreen;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * Builds the main window: the lead screen, the import flow and the menus, from the composition
 * root's services. Call on the event thread; nothing here touches the database.
 */
public final class MainWindowBuilder {

    /** The built window and the parts start-up and tests reach for. */
    public record MainWindow(MainFrame frame, LeadScreen leads, ImportFlow imports) {
    }

    private final CompositionRoot root;
    private final ErrorReporter errors;
    private final Preferences prefs;
    private final Theme theme;
    private final FileChoosers choosers;

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

    /** The window of {@code agent}; its lead list starts loading with {@link LeadScreen#load()}. */
    public MainWindow build(Agent agent) {
        Messages messages = root.messages();
        MainFrame[] frame = new MainFrame[1];
        LeadScreen[] leads = new LeadScreen[1];
        ImportFlow imports = new ImportFlow(messages, errors, root::leadImportService, agent::id,
                () -> frame[0], choosers, () -> leads[0].load());
        BaseAction importLeads = BaseAction.of("app.import", messages, imports::start);
        leads[0] = new LeadScreen(messages, root.leadDirectory(), errors, agent.id(), prefs, importLeads);
        BaseAction quit = BaseAction.of("app.quit", messages, () -> frame[0].dispose());
        BaseAction toggleTheme = BaseAction.of("app.toggleTheme", messages, theme::toggle);
        BaseAction shortcuts = BaseAction.of("app.shortcuts", messages, () -> ShortcutSheet.show(frame[0], messages));
        List<MainFrame.MenuSpec> menus = List.of(
                new MainFrame.MenuSpec("menu.file", Arrays.asList(importLeads, null, quit)),
                new MainFrame.MenuSpec("menu.view", Arrays.asList(toggleTheme)),
                new MainFrame.MenuSpec("menu.help", Arrays.asList(shortcuts)));
        frame[0] = new MainFrame(messages, leads[0], menus);
        frame[0].setStatus(messages.get("leads.agentStatus", agent.name(), agent.id().value()));
        frame[0].addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                leads[0].focusSearch();
            }
        });
        return new MainWindow(frame[0], leads[0], imports);
    }
}
