package dev.dialdesk.app.bench;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.leads.LeadFilter;
import dev.dialdesk.service.leads.LeadSearch;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.leads.LeadTableModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JTable;

/**
 * The lead window's speed with {@code min(size.leads, 100,000)} leads: loading the list snapshot, and
 * a search keystroke (search + table model update, on the event thread) while typing "김", "김민",
 * "5678", "010-1234" one character at a time. Baseline: the {@code sqlite3} CLI scanning the same
 * file with {@code LIKE} on the name and the national digits.
 */
public final class LeadSearchBenchmark implements Benchmark {

    static final int MAX_LEADS = 100_000;
    static final List<String> TYPED = List.of("김", "김민", "5678", "010-1234");
    private static final int VISIBLE_ROWS = 40;

    @Override
    public String id() {
        return "leadsearch";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int count = Math.min(context.size().leads, MAX_LEADS);
        Path file = context.workDir().resolve("leadsearch.db");
        Files.deleteIfExists(file);
        AgentId agent = new AgentId("A1024");
        List<BenchResult> results = new ArrayList<>();
        LeadSnapshot snapshot;
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            BenchLeads.insert(database, agent, count);
            LeadDirectory directory = new LeadDirectory(new JdbcLeadStore(database, Clock.systemUTC()));
            LeadSnapshot[] loaded = new LeadSnapshot[1];
            double[] load = Stopwatch.time(context.repetitions(), () -> loaded[0] = directory.load(agent));
            snapshot = loaded[0];
            double loadBaseline = context.hasSqlite3() ? Sqlite3Timer.median(context.sqlite3(), file,
                    "SELECT id, batch_id, agent_id, phone, name, birth_date, gender, region, product, source, "
                            + "extra, status FROM lead ORDER BY id", context.repetitions(), true) : Double.NaN;
            results.add(new BenchResult(String.format(Locale.ROOT, "load lead list snapshot (%,d leads)", count),
                    Stopwatch.median(load), baselineName(context, "sqlite3 SELECT all rows"), loadBaseline,
                    "window with data < 1.5 s from launch", null));
        }
        Messages messages = Messages.forLocale(Locale.KOREAN);
        LeadTableModel model = Edt.call(() -> {
            LeadTableModel m = new LeadTableModel(messages);
            new JTable(m);
            return m;
        });
        for (String typed : TYPED) {
            results.add(keystrokes(context, file, snapshot, model, typed, count));
        }
        return results;
    }

    private BenchResult keystrokes(BenchContext context, Path file, LeadSnapshot snapshot, LeadTableModel model,
                                   String typed, int count) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int rep = 0; rep < context.repetitions() + 1; rep++) {
            for (int length = 1; length <= typed.length(); length++) {
                String prefix = typed.substring(0, length);
                double millis = Edt.call(() -> timeKeystroke(snapshot, model, prefix));
                if (rep > 0) {
                    times.add(millis);
                }
            }
        }
        double median = Stopwatch.median(times.stream().mapToDouble(Double::doubleValue).toArray());
        double baseline = context.hasSqlite3() ? sqliteKeystrokes(context, file, typed) : Double.NaN;
        return new BenchResult(String.format(Locale.ROOT, "search keystroke typing «%s» (%,d leads)", typed, count),
                median, baselineName(context, "sqlite3 LIKE scan"), baseline, "< 50 ms", median < 50);
    }

    /** One keystroke as the screen does it: search, hand the index to the model, paint the visible rows. */
    private static double timeKeystroke(LeadSnapshot snapshot, LeadTableModel model, String text) {
        long start = System.nanoTime();
        int[] rows = LeadSearch.find(snapshot, LeadFilter.ALL.withText(text));
        model.setRows(snapshot, rows);
        for (int row = 0; row < Math.min(VISIBLE_ROWS, model.getRowCount()); row++) {
            for (int column = 0; column < model.getColumnCount(); column++) {
                model.getValueAt(row, column);
            }
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double sqliteKeystrokes(BenchContext context, Path file, String typed) throws Exception {
        List<String> queries = new ArrayList<>();
        for (int length = 1; length <= typed.length(); length++) {
            String prefix = typed.substring(0, length);
            String digits = prefix.replaceAll("[^0-9]", "");
            String like = (digits.isEmpty() ? prefix : digits).replace("'", "''");
            queries.add("SELECT count(*) FROM lead WHERE name LIKE '%" + like + "%' "
                    + "OR replace(phone, '+82', '0') LIKE '%" + like + "%'");
        }
        return Sqlite3Timer.median(context.sqlite3(), file, String.join(";\n", queries), context.repetitions(), false);
    }

    private static String baselineName(BenchContext context, String name) {
        return context.hasSqlite3() ? name : null;
    }
}
