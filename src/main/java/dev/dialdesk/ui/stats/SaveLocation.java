package dev.dialdesk.ui.stats;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;

/** Asks where to save an export; tests answer without a dialog. */
@FunctionalInterface
public interface SaveLocation {

    Optional<Path> ask(Component parent, String title, String suggestedName);

    /** A file chooser. */
    SaveLocation CHOOSER = (parent, title, suggestedName) -> {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggestedName));
        return chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    };
}
