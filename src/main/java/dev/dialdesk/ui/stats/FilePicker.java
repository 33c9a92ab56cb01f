package dev.dialdesk.ui.stats;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** Asks which files (and, where allowed, folders) to open; tests answer without a dialog. */
@FunctionalInterface
interface FilePicker {

    /** The chosen files and folders; empty when cancelled. */
    List<Path> pick(Component parent, String title, boolean foldersToo, String extension);

    /** A file chooser with several files at once. */
    FilePicker CHOOSER = (parent, title, foldersToo, extension) -> {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setMultiSelectionEnabled(foldersToo);
        chooser.setFileSelectionMode(foldersToo ? JFileChooser.FILES_AND_DIRECTORIES : JFileChooser.FILES_ONLY);
        chooser.setFileFilter(new FileNameExtensionFilter("*." + extension, extension));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        File[] chosen = foldersToo ? chooser.getSelectedFiles() : new File[] {chooser.getSelectedFile()};
        return Arrays.stream(chosen).map(File::toPath).toList();
    };
}
