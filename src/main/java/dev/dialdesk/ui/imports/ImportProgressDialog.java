package dev.dialdesk.ui.imports;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportProgress;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The running import: a progress bar over the bytes read, the rows so far, and Cancel. The import
 * thread reports through {@link #progress()}; a timer on the event thread shows it ten times a second.
 */
public final class ImportProgressDialog extends JDialog {

    private final Messages messages;
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong totalBytes = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private volatile boolean cancelRequested;
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel rowsLabel = new JLabel(" ");
    private final JButton cancel;
    private final Timer timer;

    public ImportProgressDialog(Window owner, Messages messages, String fileName) {
        super(owner, messages.get("importdialog.progress.title"), ModalityType.APPLICATION_MODAL);
        this.messages = messages;
        setName("importdialog.progress");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        Dialogs.closeOnEscape(this); // Escape cancels the import, as the close box does
        bar.setName("importdialog.progress.bar");
        bar.setStringPainted(true);
        rowsLabel.setName("importdialog.progress.rows");
        cancel = new JButton(messages.get("importdialog.cancel"));
        cancel.setName("importdialog.progress.cancel");
        cancel.addActionListener(e -> requestCancel());
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                requestCancel();
            }
        });
        JPanel content = new JPanel(new MigLayout("insets 16, wrap 1, fillx", "[420:420:,grow,fill]"));
        content.add(new JLabel(messages.get("importdialog.progress.file", fileName)));
        content.add(bar);
        content.add(rowsLabel, "split 2, growx");
        content.add(cancel, "tag cancel");
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
        timer = new Timer(100, e -> showProgress());
    }

    /** What the import thread reports to and asks whether to stop. */
    public ImportProgress progress() {
        return new ImportProgress() {
            @Override
            public void update(long read, long total, long rowCount) {
                bytesRead.set(read);
                totalBytes.set(total);
                rows.set(rowCount);
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** Shows the dialog until {@link #finish()}; returns then. Call on the event thread. */
    public void showUntilFinished() {
        timer.start();
        setVisible(true);
    }

    public void finish() {
        timer.stop();
        dispose();
    }

    private void requestCancel() {
        cancelRequested = true;
        cancel.setEnabled(false);
        rowsLabel.setText(messages.get("importdialog.progress.cancelling"));
    }

    private void showProgress() {
        long total = totalBytes.get();
        if (total > 0) {
            bar.setValue((int) Math.min(1000, bytesRead.get() * 1000 / total));
            bar.setString((bar.getValue() / 10) + " %");
        } else {
            bar.setIndeterminate(true);
        }
        if (!cancelRequested) {
            rowsLabel.setText(messages.get("importdialog.progress.rows", rows.get()));
        }
    }
}
