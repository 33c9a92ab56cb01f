package dev.dialdesk.app.bench;

import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link JdbcDatabase} that hands the stores a connection which records every prepared statement
 * they run: its SQL, its parameters, the time from execute to the last row read, and the rows; and
 * the time of each transaction as a whole (what the begin, the commit and the pool's resets add).
 * For the benchmarks only: it tells which of the dashboard's statements costs what on an engine,
 * and gives {@link ServerPlans} the statements to explain with the parameters they ran with.
 */
final class StatementLog implements JdbcDatabase {

    /** One statement as it ran: SQL, parameters by position, milliseconds, rows read. */
    record Run(String sql, Map<Integer, Object> parameters, double millis, int rows) {
    }

    private final JdbcDatabase delegate;
    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final List<Double> transactions = new CopyOnWriteArrayList<>();

    StatementLog(JdbcDatabase delegate) {
        this.delegate = delegate;
    }

    @Override
    public Engine engine() {
        return delegate.engine();
    }

    @Override
    public <T> T read(JdbcWork<T> work) {
        return timed(() -> delegate.read(connection -> work.run(recording(connection))));
    }

    @Override
    public <T> T write(JdbcWork<T> work) {
        return timed(() -> delegate.write(connection -> work.run(recording(connection))));
    }

    private <T> T timed(java.util.function.Supplier<T> transaction) {
        long start = System.nanoTime();
        try {
            return transaction.get();
        } finally {
            transactions.add((System.nanoTime() - start) / 1e6);
        }
    }

    /** Forgets what was recorded (before the run to look at). */
    void clear() {
        runs.clear();
        transactions.clear();
    }

    List<Run> runs() {
        return List.copyOf(runs);
    }

    List<Double> transactions() {
        return List.copyOf(transactions);
    }

    /** The statements of the last recording, one line each: milliseconds, rows, SQL (shortened). */
    String describe() {
        StringBuilder text = new StringBuilder();
        double statements = 0;
        for (Run run : runs) {
            statements += run.millis();
            String sql = run.sql().length() > 150 ? run.sql().substring(0, 150) + " …" : run.sql();
            text.append(String.format(java.util.Locale.ROOT, "    %8.2f ms %6d rows  %s%n", run.millis(), run.rows(), sql));
        }
        double whole = transactions.stream().mapToDouble(Double::doubleValue).sum();
        text.append(String.format(java.util.Locale.ROOT,
                "    %d statements in %d transactions: %.2f ms in the statements, %.2f ms in the transactions%n",
                runs.size(), transactions.size(), statements, whole));
        return text.toString();
    }

    private Connection recording(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                return proxy(PreparedStatement.class, result, new StatementRecorder(sql));
            }
            return result;
        });
    }

    /** Keeps the parameters set and times an execution until its result set is read to the end or closed. */
    private final class StatementRecorder implements Handler {
        private final String sql;
        private final Map<Integer, Object> parameters = new TreeMap<>();

        StatementRecorder(String sql) {
            this.sql = sql;
        }

        @Override
        public Object handle(Object target, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length == 2 && args[0] instanceof Integer index) {
                parameters.put(index, args[1]);
            }
            if (!name.equals("executeQuery")) {
                return invoke(target, method, args);
            }
            long start = System.nanoTime();
            ResultSet rs = (ResultSet) invoke(target, method, args);
            Map<Integer, Object> bound = new TreeMap<>(parameters);
            int[] rows = {0};
            boolean[] done = {false};
            return proxy(ResultSet.class, rs, (set, m, a) -> {
                Object value = invoke(set, m, a);
                if (m.getName().equals("next") && Boolean.TRUE.equals(value)) {
                    rows[0]++;
                } else if ((m.getName().equals("next") || m.getName().equals("close")) && !done[0]) {
                    done[0] = true;
                    runs.add(new Run(sql, bound, (System.nanoTime() - start) / 1e6, rows[0]));
                }
                return value;
            });
        }
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (self, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Statements of {@link #runs} with the same SQL once each, in their first order. */
    static List<Run> distinct(List<Run> runs) {
        List<Run> once = new ArrayList<>();
        for (Run run : runs) {
            if (once.stream().noneMatch(seen -> seen.sql().equals(run.sql()) && seen.parameters().equals(run.parameters()))) {
                once.add(run);
            }
        }
        return once;
    }
}
