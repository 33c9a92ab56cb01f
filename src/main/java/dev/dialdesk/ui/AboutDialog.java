package dev.dialdesk.ui;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.i18n.Messages;
import java.awt.Window;
import java.nio.file.Path;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * Help → About: the icon, the version, the licence and the data folder (the one IT backs up), and the
 * Java runtime it runs on. The folder can be selected and copied. Escape or Close closes it.
 */
public final class AboutDialog extends JDialog {

    /** What the dialog shows. {@code version} is null in a development build (no package manifest). */
    public record Info(String version, Path dataFolder, String javaRuntime) {

        /** The running program's: the version from the jar's manifest, the Java of this JVM. */
        public static Info of(Class<?> mainClass, Path dataFolder) {
            return new Info(mainClass.getPackage().getImplementationVersion(), dataFolder,
                    System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")");
        }
    }

    AboutDialog(Window owner, Messages messages, Info info) {
        super(owner, messages.get("about.title"), ModalityType.APPLICATION_MODAL);
        setName("aboutDialog");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JLabel name = new JLabel(messages.get("about.name"), new ImageIcon(AppIcon.image(64)), JLabel.LEADING);
        name.setName("about.name");
        name.putClientProperty("FlatLaf.styleClass", "h2");
        JTextField folder = new JTextField(info.dataFolder().toString());
        folder.setName("about.dataFolder");
        folder.setEditable(false);
        JButton close = new JButton(messages.get("about.close"));
        close.setName("about.close");
        close.addActionListener(event -> dispose());
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        getContentPane().add(name, "span 2, left, gapbottom 12");
        addRow(messages.get("about.version"), "about.version",
                info.version() != null ? info.version() : messages.get("about.version.development"));
        addRow(messages.get("about.licence"), "about.licence", messages.get("about.licence.text"));
        getContentPane().add(new JLabel(messages.get("about.dataFolder")));
        getContentPane().add(folder, "w 360:460:");
        addRow(messages.get("about.java"), "about.java", info.javaRuntime());
        getContentPane().add(close, "span 2, right, gaptop 12");
        getRootPane().setDefaultButton(close);
        Dialogs.closeOnEscape(this);
        pack();
        setLocationRelativeTo(owner);
    }

    private void addRow(String label, String name, String value) {
        JLabel text = new JLabel(value);
        text.setName(name);
        getContentPane().add(new JLabel(label));
        getContentPane().add(text);
    }

    /** Shows the dialog over {@code owner}; returns when it is closed. Call on the event thread. */
    public static void show(Window owner, Messages messages, Info info) {
        new AboutDialog(owner, messages, info).setVisible(true);
    }
}
