package dev.dialdesk.ui.imports;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The file choosers of the import flow, remembering the last folder for this session. Tests replace
 * it to hand a file without a native dialog.
 */
public class FileChoosers {

    private final Messages messages;
    private File lastFolder;

    public FileChoosers(Messages messages) {
        this.messages = messages;
    }

    /** The kinds of file the imports read, for the chooser's filter. */
    static final String[] LEAD_FILE_EXTENSIONS = {"csv", "tsv", "txt", "xlsx", "xls", "json", "jsonl"};

    /** Asks for a lead file (CSV, TSV, text, Excel, JSON); empty when cancelled. */
    public Optional<Path> openLeadFile(Component parent) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("importdialog.chooser");
        chooser.setDialogTitle(messages.get("importdialog.chooser.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(messages.get("importdialog.chooser.filter"),
                LEAD_FILE_EXTENSIONS));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastFolder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    /** Asks where to save a CSV; confirms before replacing a file; empty when cancelled. */
    public Optional<Path> saveCsv(Component parent, String suggestedName) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("importdialog.saveChooser");
        chooser.setSelectedFile(new File(lastFolder, suggestedName));
        chooser.setFileFilter(new FileNameExtensionFilter("CSV", "csv"));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        File file = chooser.getSelectedFile();
        if (!file.getName().contains(".")) {
            file = new File(file.getParentFile(), file.getName() + ".csv");
        }
        if (file.exists() && JOptionPane.showConfirmDialog(parent, messages.get("importdialog.replace", file.getName()),
                messages.get("importdialog.report.saveCsv"), JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        return Optional.of(file.toPath());
    }
}
