package dev.dialdesk.io.leads;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.DefaultLeadImportService;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Imports one file into a new database and prints "imported N": run in a JVM with a small heap. */
public final class XlsxImportMain {

    private XlsxImportMain() {
    }

    public static void main(String[] args) {
        Clock clock = TestClocks.seoul("2026-11-20T09:00");
        try (SqliteDatabase database = SqliteDatabase.open(Path.of(args[1]))) {
            DefaultLeadImportService service = new DefaultLeadImportService(new LeadFiles(),
                    new JdbcLeadImportSink(database, clock, DefaultLeadImportService.MAX_REPORTED_ISSUES),
                    new ExcelCsvWriter(), Settings.inMemory(), Messages.forLocale(Locale.ENGLISH), clock);
            ImportReport report = service.importFile(new ImportRequest(Path.of(args[0]), new AgentId("A1024"), null, null),
                    ImportProgress.NONE);
            System.out.println("imported " + report.imported() + " rejected " + report.rejected()
                    + " heap " + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        }
    }
}
