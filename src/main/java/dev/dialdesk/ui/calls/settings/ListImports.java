package dev.dialdesk.ui.calls.settings;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.DoNotCallService;
import dev.dialdesk.service.calls.HolidayService;
import dev.dialdesk.ui.common.TaskRunner;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Tools → import a do-not-call list (CSV or a list of numbers) or a holiday list (ICS or CSV): a file
 * chooser, the import off the event thread, then the counts (errors are shown once by the runner).
 */
public final class ListImports {

    private final Messages messages;
    private final TaskRunner tasks;
    private final Supplier<Component> parent;
    private final DoNotCallService doNotCall;
    private final HolidayService holidays;
    private final AgentId agent;
    private final Runnable afterImport;
    private File lastFolder;

    /** @param afterImport runs after a successful import (the call panel re-reads its lead) */
    public ListImports(Messages messages, TaskRunner tasks, Supplier<Component> parent, DoNotCallService doNotCall,
                       HolidayService holidays, AgentId agent, Runnable afterImport) {
        this.messages = messages;
        this.tasks = tasks;
        this.parent = parent;
        this.doNotCall = doNotCall;
        this.holidays = holidays;
        this.agent = agent;
        this.afterImport = afterImport;
    }

    public void importDoNotCall() {
        choose("callsettings.import.dnc.title", "csv", "txt").ifPresent(file -> tasks.run("Importing a do-not-call list",
                () -> doNotCall.importFile(file, agent), result -> done(messages.get("callsettings.import.dnc.done",
                        file.getFileName().toString(), result.read(), result.added(), result.rejected(),
                        result.leadsFlagged()))));
    }

    public void importHolidays() {
        choose("callsettings.import.holidays.title", "ics", "csv", "txt").ifPresent(file -> tasks.run(
                "Importing holidays", () -> holidays.importFile(file), result -> done(messages.get(
                        "callsettings.import.holidays.done", file.getFileName().toString(), result.read(),
                        result.added()))));
    }

    private void done(String summary) {
        JOptionPane.showMessageDialog(parent.get(), summary, messages.get("callsettings.import.title"),
                JOptionPane.INFORMATION_MESSAGE);
        afterImport.run();
    }

    private Optional<Path> choose(String titleKey, String... extensions) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setDialogTitle(messages.get(titleKey));
        chooser.setFileFilter(new FileNameExtensionFilter(String.join(", ", extensions), extensions));
        if (chooser.showOpenDialog(parent.get()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastFolder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }
}
