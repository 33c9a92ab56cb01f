package dev.dialdesk.ui.imports;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportReport;
import java.awt.Window;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/** After the import: the counts, every duplicate and rejected line with its reason, and "Save as CSV…". */
public final class ImportReportDialog extends JDialog {

    public ImportReportDialog(Window owner, Messages messages, ImportReport report, Consumer<Path> saveCsv,
                              FileChoosers choosers) {
        super(owner, messages.get("importdialog.report.title"), ModalityType.APPLICATION_MODAL);
        setName("importdialog.report");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(this);
        JPanel content = new JPanel(new MigLayout("fill, insets 16, wrap 1", "[grow,fill]", "[][][grow,fill][]"));
        JLabel batch = new JLabel(messages.get("importdialog.report.batch", report.batchName(),
                CharsetNames.display(report.charset())));
        content.add(batch);
        JLabel counts = new JLabel(messages.get("importdialog.report.counts",
                report.imported(), report.duplicates(), report.rejected()));
        counts.setName("importdialog.report.counts");
        counts.setFont(counts.getFont().deriveFont(java.awt.Font.BOLD, counts.getFont().getSize2D() * 1.2f));
        content.add(counts, "gapbottom 8");
        if (report.issues().isEmpty()) {
            JLabel clean = new JLabel(messages.get("importdialog.report.clean"));
            clean.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
            content.add(clean, "align center");
        } else {
            JTable issues = new JTable(new IssueTableModel(messages, report.issues()));
            issues.setName("importdialog.report.issues");
            issues.setAutoCreateRowSorter(true);
            issues.getColumnModel().getColumn(0).setMaxWidth(80);
            issues.getColumnModel().getColumn(1).setPreferredWidth(90);
            issues.getColumnModel().getColumn(1).setMaxWidth(140);
            issues.getColumnModel().getColumn(2).setPreferredWidth(460);
            content.add(new JScrollPane(issues), "h 160:320:");
        }
        JButton save = new JButton(messages.get("importdialog.report.saveCsv"));
        save.setName("importdialog.report.saveCsv");
        save.setEnabled(!report.issues().isEmpty());
        save.addActionListener(e -> choosers.saveCsv(this, "import-report.csv").ifPresent(saveCsv));
        JButton close = new JButton(messages.get("importdialog.report.close"));
        close.setName("importdialog.report.close");
        close.addActionListener(e -> dispose());
        content.add(save, "split 2, tag left, growx 0");
        content.add(close, "tag ok, growx 0");
        setContentPane(content);
        getRootPane().setDefaultButton(close);
        pack();
        setSize(Math.max(getWidth(), 680), Math.max(getHeight(), 300));
        setLocationRelativeTo(owner);
    }
}
