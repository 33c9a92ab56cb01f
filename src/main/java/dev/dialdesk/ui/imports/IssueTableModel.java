package dev.dialdesk.ui.imports;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The issues of an import report: line, kind, reason in the agent's language. */
final class IssueTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"importdialog.report.column.line",
        "importdialog.report.column.kind", "importdialog.report.column.reason"};

    private final Messages messages;
    private final List<ImportIssue> issues;

    IssueTableModel(Messages messages, List<ImportIssue> issues) {
        this.messages = messages;
        this.issues = List.copyOf(issues);
    }

    @Override
    public int getRowCount() {
        return issues.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get(COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Long.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        ImportIssue issue = issues.get(row);
        return switch (column) {
            case 0 -> issue.line();
            case 1 -> messages.get("importdialog.kind." + issue.kind().name());
            default -> reason(issue);
        };
    }

    /** The reason's text; its key belongs to the importer's bundle, so a missing one shows as the key. */
    private String reason(ImportIssue issue) {
        return messages.has(issue.reason().key()) ? messages.get(issue.reason()) : issue.reason().toString();
    }
}
