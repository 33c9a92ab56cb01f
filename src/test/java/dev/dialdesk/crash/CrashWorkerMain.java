package dev.dialdesk.crash;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.leads.ExcelCsvWriter;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.imports.DefaultLeadImportService;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.sqlite.DatabaseLock;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.testing.TestClocks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The child JVM of {@link CrashSafetyTest}: Dialdesk's real import and call saving on one database,
 * in a loop, until it is killed. Prints {@code READY} once the database is open, {@code BATCH id count}
 * after an import returned and {@code ACK clientId} after a call attempt's save returned: what it
 * printed was acknowledged, and must survive the kill.
 *
 * <p>Arguments: database file, work folder for lead files, run number (keeps numbers unique across runs).
 */
public final class CrashWorkerMain {

    static final AgentId AGENT = new AgentId("C0001");
    static final int LEADS_PER_FILE = 3_000;
    static final int CALLS_PER_ROUND = 25;
    private static final Clock CLOCK = TestClocks.seoul("2026-11-18T10:30"); // a Wednesday, within calling hours

    private static DatabaseLock lock;

    private CrashWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        Path databaseFile = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int run = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        lock = DatabaseLock.acquire(databaseFile, CLOCK); // held until the kill: the parent recovers it
        SqliteDatabase database = SqliteDatabase.open(databaseFile);
        new JdbcLeadStore(database, CLOCK).saveAgent(new Agent(AGENT, "Crash test"));
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        DefaultLeadImportService imports = new DefaultLeadImportService(new LeadFiles(),
                new JdbcLeadImportSink(database, CLOCK, DefaultLeadImportService.MAX_REPORTED_ISSUES),
                new ExcelCsvWriter(), settings, Messages.forLocale(Locale.ENGLISH), CLOCK);
        CallService calls = new CallLoopServices(database, settings, CLOCK).callService();
        out.println("READY");
        for (int round = 0; ; round++) {
            Path file = writeLeadFile(work, run, round);
            ImportReport report = imports.importFile(new ImportRequest(file, AGENT, "crash " + run + "/" + round, null),
                    ImportProgress.NONE);
            out.println("BATCH " + report.batchId() + " " + report.imported());
            List<Long> leads = someLeads(database);
            for (int i = 0; i < CALLS_PER_ROUND; i++) {
                ActiveCall call = calls.startCall(AGENT, leads.get(i % leads.size()));
                calls.record(call, DefaultDispositions.NO_ANSWER, "crash test " + run + "/" + round + "/" + i);
                out.println("ACK " + call.clientId());
            }
            Files.delete(file);
        }
    }

    /** A lead file whose numbers no other run or round uses (fewer than 100 rounds a run). */
    private static Path writeLeadFile(Path work, int run, int round) throws IOException {
        StringBuilder csv = new StringBuilder("이름,연락처,지역\n");
        long base = ((long) run * 100 + round) * LEADS_PER_FILE;
        for (int i = 0; i < LEADS_PER_FILE; i++) {
            long n = 20_000_000 + (base + i) % 70_000_000;
            csv.append("고객").append(i).append(",010-").append(n / 10_000).append('-')
                    .append(String.format("%04d", n % 10_000)).append(",서울\n");
        }
        Path file = work.resolve("leads-" + run + "-" + round + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Up to 50 leads of the agent that can still be dialled. */
    private static List<Long> someLeads(SqliteDatabase database) {
        return database.read(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM lead WHERE agent_id = ? ORDER BY id DESC LIMIT 50")) {
                statement.setString(1, AGENT.value());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }
}
