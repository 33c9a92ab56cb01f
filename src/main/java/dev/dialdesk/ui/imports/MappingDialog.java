package dev.dialdesk.ui.imports;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.imports.ColumnMapping;
import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.ImportPreview;
import dev.dialdesk.ui.common.DocumentChange;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * Before importing: how the file was read (character set, delimiter), which lead field each column
 * fills (a combo per column: a lead field or "keep as extra"), the first rows, and the batch name.
 */
public final class MappingDialog extends JDialog {

    /**
     * What the agent confirmed; with {@code reread}, the file is to be read again with another sheet or
     * header row before any mapping is chosen.
     *
     * @param headerRow the header row the agent set, 0 when it is the one found
     */
    public record Choice(ColumnMapping mapping, String batchName, String sheet, int headerRow, boolean reread) {
        public Choice(ColumnMapping mapping, String batchName) {
            this(mapping, batchName, null, 0, false);
        }
    }

    private final Messages messages;
    private final ImportPreview preview;
    private final MappingModel mapping;
    private final List<JComboBox<FieldChoice>> combos = new ArrayList<>();
    private final JTextField batchName = new JTextField(24);
    private final JLabel problem = new JLabel(" ");
    private final JButton importButton;
    private final PreviewModel rowsModel;
    private Choice result;

    private record FieldChoice(LeadField field, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public MappingDialog(Window owner, Messages messages, ImportPreview preview) {
        super(owner, messages.get("importdialog.mapping.title"), ModalityType.APPLICATION_MODAL);
        this.messages = messages;
        this.preview = preview;
        this.mapping = new MappingModel(preview.headers(), preview.suggested());
        this.rowsModel = new PreviewModel();
        setName("importdialog.mapping");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(this);
        importButton = new JButton(messages.get("importdialog.mapping.import"));
        importButton.setName("importdialog.mapping.import");
        importButton.addActionListener(e -> confirm());
        JButton cancel = new JButton(messages.get("importdialog.cancel"));
        cancel.setName("importdialog.mapping.cancel");
        cancel.addActionListener(e -> dispose());
        JPanel content = new JPanel(new MigLayout("fill, insets 12, wrap 1", "[grow,fill]", "[][][][grow 0][][grow,fill][]"));
        JLabel file = new JLabel(describeFile());
        file.setName("importdialog.mapping.file");
        content.add(file);
        content.add(batchRow());
        content.add(sourceRow());
        content.add(new JLabel(messages.get("importdialog.mapping.intro")), "gaptop 8");
        content.add(new JScrollPane(mappingGrid()), "h 120:220:320");
        content.add(new JLabel(messages.get("importdialog.mapping.firstRows")), "gaptop 8");
        JTable rows = new JTable(rowsModel);
        rows.setName("importdialog.mapping.preview");
        rows.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        content.add(new JScrollPane(rows), "h 120:200:");
        problem.setName("importdialog.mapping.problem");
        problem.setForeground(UIManager.getColor("Dialdesk.error.foreground"));
        content.add(problem, "split 3, growx");
        content.add(cancel, "tag cancel");
        content.add(importButton, "tag ok");
        setContentPane(content);
        getRootPane().setDefaultButton(importButton);
        updateProblem();
        pack();
        setSize(Math.max(getWidth(), 760), Math.max(getHeight(), 600));
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and waits; empty when the agent cancelled. Call on the event thread. */
    public Optional<Choice> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }

    private String describeFile() {
        String fileName = preview.file().getFileName().toString();
        if (preview.format() == FileFormat.JSON) {
            return messages.get("importdialog.mapping.fileJson", fileName, CharsetNames.display(preview.charset()));
        }
        if (preview.format() == FileFormat.XLSX || preview.format() == FileFormat.XLS) {
            return messages.get("importdialog.mapping.fileSheet", fileName, preview.format().name());
        }
        if (preview.format() == FileFormat.HTML) {
            return messages.get("importdialog.mapping.fileHtml", fileName, CharsetNames.display(preview.charset()));
        }
        return messages.get("importdialog.mapping.fileCsv", fileName, CharsetNames.display(preview.charset()),
                delimiterName(preview.delimiter()));
    }

    private String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> messages.get("importdialog.delimiter.comma");
            case ';' -> messages.get("importdialog.delimiter.semicolon");
            case '\t' -> messages.get("importdialog.delimiter.tab");
            default -> "'" + delimiter + "'";
        };
    }

    /** The sheet of a workbook and the header row, each read again when changed. */
    private JPanel sourceRow() {
        JPanel row = new JPanel(new MigLayout("insets 0", "[][]16[][][]16[grow]"));
        if (!preview.sheets().isEmpty()) {
            JComboBox<String> sheets = new JComboBox<>(preview.sheets().toArray(String[]::new));
            sheets.setName("importdialog.mapping.sheet");
            sheets.setSelectedItem(preview.sheet());
            sheets.addActionListener(e -> {
                if (!java.util.Objects.equals(sheets.getSelectedItem(), preview.sheet())) {
                    reread((String) sheets.getSelectedItem(), 0);
                }
            });
            row.add(new JLabel(messages.get("importdialog.mapping.sheet")));
            row.add(sheets);
        }
        if (preview.format() != FileFormat.JSON) {
            javax.swing.JSpinner header = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(
                    (int) Math.max(1, preview.headerLine()), 1, 1_000_000, 1));
            header.setName("importdialog.mapping.headerRow");
            JButton reread = new JButton(messages.get("importdialog.mapping.reread"));
            reread.setName("importdialog.mapping.reread");
            reread.addActionListener(e -> reread(preview.sheet(), (Integer) header.getValue()));
            row.add(new JLabel(messages.get("importdialog.mapping.headerRow")));
            row.add(header, "w 70!");
            row.add(reread);
            if (preview.skippedRows() > 0) {
                row.add(new JLabel(messages.get("importdialog.mapping.skipped", preview.skippedRows())));
            }
        }
        return row;
    }

    private void reread(String sheet, int headerRow) {
        result = new Choice(null, batchName.getText().strip(), sheet, headerRow, true);
        dispose();
    }

    private JPanel batchRow() {
        JPanel row = new JPanel(new MigLayout("insets 0", "[][grow,fill]"));
        batchName.setName("importdialog.mapping.batchName");
        batchName.setText(stripExtension(preview.file().getFileName().toString()));
        batchName.getDocument().addDocumentListener(DocumentChange.onChange(this::updateProblem));
        row.add(new JLabel(messages.get("importdialog.mapping.batchName")));
        row.add(batchName);
        return row;
    }

    private JPanel mappingGrid() {
        JPanel grid = new JPanel(new MigLayout("wrap 3, insets 4", "[right][200!][grow]"));
        for (int column = 0; column < mapping.columnCount(); column++) {
            JComboBox<FieldChoice> combo = new JComboBox<>();
            combo.setName("importdialog.mapping.column." + column);
            combo.addItem(new FieldChoice(null, messages.get("importdialog.mapping.extra")));
            for (LeadField field : LeadField.values()) {
                FieldChoice choice = new FieldChoice(field, messages.get(field.messageKey()));
                combo.addItem(choice);
                if (field == mapping.fieldOf(column)) {
                    combo.setSelectedItem(choice);
                }
            }
            int index = column;
            combo.addActionListener(e -> fieldChosen(index, ((FieldChoice) combo.getSelectedItem()).field()));
            combos.add(combo);
            grid.add(new JLabel(mapping.header(column)));
            grid.add(combo);
            JLabel sample = new JLabel(sampleOf(column));
            sample.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
            grid.add(sample);
        }
        return grid;
    }

    private void fieldChosen(int column, LeadField field) {
        int freed = mapping.set(column, field);
        if (freed >= 0) {
            combos.get(freed).setSelectedIndex(0);
        }
        rowsModel.fireTableStructureChanged();
        updateProblem();
    }

    private String sampleOf(int column) {
        List<String> samples = new ArrayList<>();
        for (List<String> row : preview.rows()) {
            if (column < row.size() && !row.get(column).isBlank() && samples.size() < 2) {
                samples.add(row.get(column));
            }
        }
        return String.join(", ", samples);
    }

    private void updateProblem() {
        boolean ok = mapping.hasPhone();
        problem.setText(ok ? " " : messages.get("importdialog.mapping.noPhone"));
        importButton.setEnabled(ok && !batchName.getText().isBlank());
    }

    private void confirm() {
        if (!mapping.hasPhone()) {
            return;
        }
        result = new Choice(mapping.toMapping(), batchName.getText().strip(), preview.sheet(), 0, false);
        dispose();
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The first rows, each header showing the field its column fills. */
    private final class PreviewModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return preview.rows().size();
        }

        @Override
        public int getColumnCount() {
            return mapping.columnCount();
        }

        @Override
        public String getColumnName(int column) {
            LeadField field = mapping.fieldOf(column);
            return field == null ? mapping.header(column)
                    : mapping.header(column) + " → " + messages.get(field.messageKey());
        }

        @Override
        public Object getValueAt(int row, int column) {
            List<String> cells = preview.rows().get(row);
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
