package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.OutboxStore;
import dev.dialdesk.storage.PrivateFiles;
import dev.dialdesk.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox as a small SQLite file of its own in the data folder ({@code outbox.db}), not the desk's
 * database: one table, one connection, every call synchronised. Each add is committed before it
 * returns, so an outcome in the outbox survives the program being closed or killed.
 */
public final class SqliteOutboxStore implements OutboxStore {

    private static final String COLUMNS = "seq, client_id, kind, payload, created_at, state, refusal";

    private final Path file;
    private final Connection connection;

    private SqliteOutboxStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates, owner-only) the outbox file. */
    public static SqliteOutboxStore open(Path file) {
        try {
            if (file.getParent() != null) {
                PrivateFiles.createPrivateDirectories(file.getParent());
            }
            boolean created = !Files.exists(file);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "client_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, payload TEXT NOT NULL, "
                        + "created_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'WAITING', refusal TEXT)");
                s.execute("CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, seq)");
            }
            if (created) {
                PrivateFiles.restrictToOwner(file);
            }
            return new SqliteOutboxStore(file, connection);
        } catch (SQLException | IOException e) {
            throw new StorageException(new Message("error.storage.open", file.toString()),
                    "Cannot open the outbox " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Entry add(UUID clientId, String kind, String payload, Instant createdAt) {
        Optional<Entry> earlier = select("SELECT " + COLUMNS + " FROM outbox WHERE client_id = '" + clientId + "'")
                .stream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get(); // the same action saved twice (a retry): kept once
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO outbox(client_id, kind, payload, created_at) VALUES (?, ?, ?, ?) RETURNING seq")) {
            s.setString(1, clientId.toString());
            s.setString(2, kind);
            s.setString(3, payload);
            s.setLong(4, createdAt.toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Entry(rs.getLong(1), clientId, kind, payload, createdAt, State.WAITING, null);
            }
        } catch (SQLException e) {
            throw failed("add to", e);
        }
    }

    @Override
    public synchronized List<Entry> waiting(int limit) {
        return select("SELECT " + COLUMNS + " FROM outbox WHERE state = 'WAITING' ORDER BY seq LIMIT " + limit);
    }

    @Override
    public synchronized int countWaiting() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox WHERE state = 'WAITING'")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    @Override
    public synchronized List<Entry> refused() {
        return select("SELECT " + COLUMNS + " FROM outbox WHERE state = 'REFUSED' ORDER BY seq");
    }

    @Override
    public synchronized Optional<Entry> find(long seq) {
        return select("SELECT " + COLUMNS + " FROM outbox WHERE seq = " + seq).stream().findFirst();
    }

    @Override
    public synchronized void sent(long seq) {
        sent(List.of(seq));
    }

    @Override
    public synchronized void sent(List<Long> seqs) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
                for (long seq : seqs) {
                    s.setLong(1, seq);
                    s.addBatch();
                }
                s.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("update", e);
        }
    }

    @Override
    public synchronized void refused(long seq, String reason) {
        // Only an entry still waiting is refused: one already sent or refused stays as it is.
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE outbox SET state = 'REFUSED', refusal = ? WHERE seq = ? AND state = 'WAITING'")) {
            s.setString(1, reason);
            s.setLong(2, seq);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("update", e);
        }
    }

    private List<Entry> select(String sql) {
        List<Entry> entries = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                entries.add(new Entry(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)), State.valueOf(rs.getString(6)), rs.getString(7)));
            }
            return entries;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private StorageException failed(String what, SQLException e) {
        return new StorageException(new Message("error.storage.open", file.toString()),
                "Cannot " + what + " the outbox " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }
}
