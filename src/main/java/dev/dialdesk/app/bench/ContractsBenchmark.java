package dev.dialdesk.app.bench;

import dev.dialdesk.domain.contracts.QaCase;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.contracts.ContractSummary;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.ui.contracts.ContractsModel;
import dev.dialdesk.ui.contracts.ContractsTableModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contracts view at the size (10,000 contracts at FULL): loading it (query + model build),
 * the minute tick that recomputes every countdown from memory, and the sqlite3 CLI running the same
 * list query on the same file. One contract in ten has an open QA case; a second tick figure treats
 * all of them as open (the worst case).
 */
public final class ContractsBenchmark implements Benchmark {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = LocalDateTime.of(2025, 3, 11, 11, 0).atZone(SEOUL).toInstant();
    private static final String LIST_SQL = "SELECT c.*, l.name FROM contract c LEFT JOIN lead l ON l.id = c.lead_id "
            + "ORDER BY c.contract_at DESC, c.id DESC;\n";
    private static final int LOADS = 30;
    private static final int TICKS = 500;
    private static final int WARM_UP = 10;

    @Override
    public String id() {
        return "contracts";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int contracts = context.size().contracts;
        Path file = context.workDir().resolve("contracts.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        double[] loads = new double[LOADS];
        double[] ticks = new double[TICKS];
        double[] worstTicks = new double[TICKS];
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            generate(database, contracts);
            Settings settings = Settings.inMemory();
            settings.set(SettingKeys.CENTRE_ZONE, SEOUL);
            Clock clock = Clock.fixed(NOW, SEOUL);
            ContractService service = new ContractService(new JdbcContractStore(database),
                    new ContractRules(settings, new JdbcHolidayStore(database)), clock);
            Messages messages = Messages.forLocale(Locale.KOREAN);
            ContractsModel model = new ContractsModel();
            for (int i = -WARM_UP; i < LOADS; i++) {
                long start = System.nanoTime();
                model.replace(service.list(false, null), NOW);
                new ContractsTableModel(model, messages, clock).fireTableDataChanged();
                if (i >= 0) {
                    loads[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            timeTicks(model, ticks);
            ContractsModel allOpen = new ContractsModel();
            allOpen.replace(allOpen(service.list(false, null)), NOW);
            timeTicks(allOpen, worstTicks);
        }
        double baseline = context.hasSqlite3() ? sqlite3List(context, file) : Double.NaN;
        String scale = String.format(Locale.ROOT, "%,d contracts", contracts);
        double load = Stopwatch.median(loads);
        double tick = Stopwatch.median(ticks);
        double worst = Stopwatch.median(worstTicks);
        List<BenchResult> rows = new ArrayList<>();
        rows.add(new BenchResult("contracts view load: query + model, median (" + scale + ")", load,
                context.hasSqlite3() ? "sqlite3 CLI: same list query (incl. process start)" : null, baseline,
                "< 100 ms", load < 100));
        rows.add(new BenchResult("minute tick, 10 % open QA cases, median (" + scale + ")", tick, null, Double.NaN,
                "< 5 ms", tick < 5));
        rows.add(new BenchResult("minute tick, all open QA cases, median (" + scale + ")", worst, null, Double.NaN,
                "< 5 ms", worst < 5));
        return rows;
    }

    private static void timeTicks(ContractsModel model, double[] into) {
        for (int i = -WARM_UP * 10; i < into.length; i++) {
            Instant at = NOW.plusSeconds(60L * (i + WARM_UP * 10));
            long start = System.nanoTime();
            model.tick(at);
            if (i >= 0) {
                into[i] = (System.nanoTime() - start) / 1e6;
            }
        }
    }

    private static List<ContractSummary> allOpen(List<ContractSummary> rows) {
        List<ContractSummary> open = new ArrayList<>(rows.size());
        for (ContractSummary row : rows) {
            QaCase qa = row.contract().qa();
            QaCase opened = new QaCase(QaState.RE_RECORDING_REQUIRED, "bench", null, qa.deadline(), null, null, null);
            open.add(new ContractSummary(row.contract().withQa(opened), row.customerName(), row.deadline(),
                    row.coolingOffLastDay(), row.seniorWindow()));
        }
        return open;
    }

    /** Agents, one batch, a lead per contract, and contracts of the last 60 days in every QA state. */
    private static void generate(SqliteDatabase database, int contracts) {
        long now = NOW.toEpochMilli();
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                for (int a = 0; a < 5; a++) {
                    s.execute("INSERT INTO agent(id, name, created_at) VALUES ('A" + a + "', 'Agent " + a + "', 0)");
                }
                s.execute("INSERT INTO lead_batch(id, name, agent_id, imported_at) VALUES (1, 'batch', 'A0', 0)");
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                            + "INSERT INTO lead(id, batch_id, agent_id, phone, name, status, created_at, updated_at) "
                            + "SELECT i, 1, 'A' || (i % 5), '+8210' || (20000000 + i), '고객' || i, 'CONTRACTED', 0, 0 "
                            + "FROM n")) {
                p.setInt(1, contracts);
                p.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                            + "INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, "
                            + "application_no, qa_state, qa_deadline_at, happy_call, created_at, updated_at) "
                            + "SELECT i, 'A' || (i % 5), '종신보험 플랜 ' || (i % 7), 20000 + (i % 50) * 1000, "
                            + "? - (i % 60) * 86400000 - (i % 480) * 60000, 'Asia/Seoul', 'AP-' || i, "
                            + "CASE i % 10 WHEN 0 THEN 'RE_RECORDING_REQUIRED' WHEN 1 THEN 'AWAITING_QA' "
                            + "WHEN 2 THEN 'RE_RECORDED' WHEN 3 THEN 'RETURNED' WHEN 4 THEN 'WITHDRAWN' ELSE 'PASSED' END, "
                            + "? - (i % 60) * 86400000 + 4 * 86400000, 'PENDING', ?, ? FROM n")) {
                p.setInt(1, contracts);
                p.setLong(2, now);
                p.setLong(3, now);
                p.setLong(4, now);
                p.setLong(5, now);
                p.executeUpdate();
            }
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    private static double sqlite3List(BenchContext context, Path file) throws Exception {
        Path script = context.workDir().resolve("contracts-list.sql");
        Files.writeString(script, LIST_SQL, StandardCharsets.UTF_8);
        double[] times = Stopwatch.time(LOADS, () -> runSqlite3(context, file, script));
        return Stopwatch.median(times);
    }

    private static void runSqlite3(BenchContext context, Path file, Path script) throws IOException,
            InterruptedException {
        Process process = new ProcessBuilder(context.sqlite3().toString(), file.toString())
                .redirectInput(script.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (process.waitFor() != 0) {
            throw new IOException("sqlite3 failed on " + script);
        }
    }
}
