package dev.dialdesk.ui.imports;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.ImportPreview;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.imports.LeadImportService;
import dev.dialdesk.ui.common.BackgroundTask;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.Window;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.JOptionPane;

/**
 * Importing a lead file from the window (File → Import leads…, Ctrl+I): choose the file, check the
 * column mapping on a preview, import with progress and Cancel, read the report. Then the lead list
 * refreshes. Every file and database step runs off the event thread.
 */
public final class ImportFlow {

    /** Rows shown in the mapping dialog's preview. */
    static final int PREVIEW_ROWS = 20;

    private final Messages messages;
    private final ErrorReporter errors;
    private final Supplier<LeadImportService> service;
    private final Supplier<AgentId> agent;
    private final Supplier<Window> owner;
    private final FileChoosers choosers;
    private final Runnable onImported;

    /**
     * @param service    looked up off the event thread when an import starts
     * @param onImported runs on the event thread after a batch was imported (refresh the list)
     */
    public ImportFlow(Messages messages, ErrorReporter errors, Supplier<LeadImportService> service,
                      Supplier<AgentId> agent, Supplier<Window> owner, FileChoosers choosers, Runnable onImported) {
        this.messages = messages;
        this.errors = errors;
        this.service = service;
        this.agent = agent;
        this.owner = owner;
        this.choosers = choosers;
        this.onImported = onImported;
    }

    /** Asks for a file, then continues with {@link #importFile(Path)}. Call on the event thread. */
    public void start() {
        Edt.assertEdt();
        choosers.openLeadFile(owner.get()).ifPresent(this::importFile);
    }

    /** Previews {@code file}, asks for the mapping, imports. Call on the event thread. */
    public void importFile(Path file) {
        importFile(file, null, 0);
    }

    /** The same with a workbook's sheet and a header row (0: found); read again when the agent changes them. */
    private void importFile(Path file, String sheet, int headerRow) {
        Edt.assertEdt();
        new BackgroundTask<ImportPreview>(errors, owner.get(), "Previewing an import file") {
            @Override
            protected ImportPreview work() {
                return service.get().preview(file, PREVIEW_ROWS, sheet, headerRow);
            }

            @Override
            protected void done(ImportPreview preview) {
                new MappingDialog(owner.get(), messages, preview).ask().ifPresent(choice -> {
                    if (choice.reread()) {
                        importFile(file, choice.sheet(), choice.headerRow());
                    } else {
                        run(new ImportRequest(file, agent.get(), choice.batchName(), choice.mapping(), choice.sheet(),
                                headerRow));
                    }
                });
            }
        }.start();
    }

    private void run(ImportRequest request) {
        ImportProgressDialog progress = new ImportProgressDialog(owner.get(), messages,
                request.file().getFileName().toString());
        new BackgroundTask<ImportReport>(errors, owner.get(), "Importing a lead file") {
            @Override
            protected ImportReport work() {
                return service.get().importFile(request, progress.progress());
            }

            @Override
            protected void done(ImportReport report) {
                progress.finish();
                onImported.run();
                showReport(report);
            }

            @Override
            protected void failed(Throwable error) {
                progress.finish();
                if (progress.cancelRequested() && error instanceof ImportFailedException) {
                    errors.log("Import cancelled by the agent", error);
                    JOptionPane.showMessageDialog(owner.get(), messages.get("importdialog.cancelled"),
                            messages.get("importdialog.progress.title"), JOptionPane.INFORMATION_MESSAGE);
                } else {
                    super.failed(error);
                }
            }
        }.start();
        progress.showUntilFinished();
    }

    private void showReport(ImportReport report) {
        new ImportReportDialog(owner.get(), messages, report, target -> saveReport(report, target), choosers)
                .setVisible(true);
    }

    private void saveReport(ImportReport report, Path target) {
        new BackgroundTask<Path>(errors, owner.get(), "Saving an import report") {
            @Override
            protected Path work() {
                service.get().saveReportCsv(report, target);
                return target;
            }

            @Override
            protected void done(Path saved) {
                JOptionPane.showMessageDialog(owner.get(), messages.get("importdialog.report.saved", saved.toString()),
                        messages.get("importdialog.report.title"), JOptionPane.INFORMATION_MESSAGE);
            }
        }.start();
    }
}
