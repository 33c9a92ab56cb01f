package dev.dialdesk.app.bench;

import dev.dialdesk.storage.postgres.PostgresLogin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark as the baseline of the team benchmark: {@code pgbench -i} in a scratch
 * database of the same server, then {@code pgbench -N} (simple update: no branch/teller contention)
 * with as many clients as agents; the scratch database is dropped again. The password goes to pgbench
 * in its environment ({@code PGPASSWORD}), never on its command line.
 */
public final class PgBench {

    public static final int SECONDS = 10;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String executable;

    public PgBench(String executable) {
        this.executable = executable;
    }

    public double simpleUpdateTps(PostgresLogin admin, int clients, int seconds) throws IOException, SQLException,
            InterruptedException {
        String database = "dd_pgbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        sql(admin, "CREATE DATABASE " + database);
        try {
            run(admin, database, "-i", "-q", "-s", "10");
            String output = run(admin, database, "-N", "-T", String.valueOf(seconds), "-c", String.valueOf(clients),
                    "-j", String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())));
            Matcher matcher = TPS.matcher(output);
            if (!matcher.find()) {
                throw new IOException("pgbench printed no TPS: " + output);
            }
            return Double.parseDouble(matcher.group(1));
        } finally {
            sql(admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private String run(PostgresLogin admin, String database, String... args) throws IOException, InterruptedException {
        String[] hostPort = hostPort(admin.jdbcUrl());
        List<String> command = new ArrayList<>(List.of(executable, "-h", hostPort[0], "-p", hostPort[1],
                "-U", admin.user()));
        command.addAll(List.of(args));
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", admin.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("pgbench " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    private static String[] hostPort(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        String authority = rest.substring(0, rest.indexOf('/'));
        int colon = authority.lastIndexOf(':');
        return colon < 0 || authority.endsWith("]") ? new String[] {authority, "5432"}
                : new String[] {authority.substring(0, colon), authority.substring(colon + 1)};
    }

    private static void sql(PostgresLogin admin, String sql) throws SQLException {
        try (Connection connection = TeamBenchmark.connect(admin);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
