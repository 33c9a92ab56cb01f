package dev.dialdesk.app.bench;

import dev.dialdesk.storage.postgres.PostgresLogin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of statements a {@link StatementLog} recorded, on the server, as a
 * given login (RLS applies as it does to that desk), each twice: with the plan made for its
 * parameters (what pgjdbc's first executions get) and with the generic plan (what a server-side
 * prepared statement may switch to after five executions). The plans go to a file; the planning and
 * execution times to the progress output.
 */
final class ServerPlans {

    private ServerPlans() {
    }

    static void explain(PostgresLogin login, String who, List<StatementLog.Run> runs, Path file,
                        java.io.PrintStream progress) throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        progress.println("  plans as " + who + " (planning / execution ms, custom | generic), in " + file);
        try (Connection connection = DriverManager.getConnection(login.jdbcUrl(), login.user(), login.password());
             Statement s = connection.createStatement()) {
            int n = 0;
            for (StatementLog.Run run : StatementLog.distinct(runs)) {
                String name = "dd_plan_" + n++;
                s.execute("PREPARE " + name + " AS " + numbered(run.sql()));
                String execute = "EXECUTE " + name + arguments(run.parameters());
                text.append("-- ").append(who).append(": ").append(run.sql()).append('\n')
                        .append("-- parameters ").append(run.parameters()).append('\n');
                String custom = plan(s, "force_custom_plan", execute, text);
                String generic = plan(s, "force_generic_plan", execute, text);
                s.execute("DEALLOCATE " + name);
                progress.printf(Locale.ROOT, "    %-22s | %-22s %s%n", custom, generic,
                        run.sql().length() > 90 ? run.sql().substring(0, 90) + " …" : run.sql());
            }
            s.execute("RESET plan_cache_mode");
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    private static String plan(Statement s, String mode, String execute, StringBuilder text) throws SQLException {
        s.execute("SET plan_cache_mode = " + mode);
        text.append("-- ").append(mode).append('\n');
        String planning = "?";
        String execution = "?";
        try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + execute)) {
            while (rs.next()) {
                String line = rs.getString(1);
                text.append(line).append('\n');
                if (line.startsWith("Planning Time:")) {
                    planning = line.replaceAll("[^0-9.]", "");
                } else if (line.startsWith("Execution Time:")) {
                    execution = line.replaceAll("[^0-9.]", "");
                }
            }
        }
        text.append('\n');
        return planning + " / " + execution;
    }

    /** The JDBC placeholders as $1, $2 … (the stores' SQL holds no question mark in a literal). */
    static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                out.append('$').append(++n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String arguments(Map<Integer, Object> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("(");
        for (Object value : parameters.values()) {
            out.append(out.length() == 1 ? "" : ", ");
            out.append(value instanceof Number ? value.toString() : "'" + String.valueOf(value).replace("'", "''") + "'");
        }
        return out.append(')').toString();
    }
}
