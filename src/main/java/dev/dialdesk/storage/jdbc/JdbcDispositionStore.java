package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.RetryRule;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.DispositionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link DispositionStore} over the {@code disposition} table, the same SQL on both engines. The rows
 * are few and read on every recorded call, so they are cached and the cache is dropped on every
 * change. On the team server they are the centre's: a desk reads them, the team lead changes them.
 */
public final class JdbcDispositionStore implements DispositionStore {

    private static final String COLUMNS = "code, position, label, contact, final, sale, do_not_call, lead_status, "
            + "retry, retry_delay_minutes, max_attempts, version";

    private final JdbcDatabase database;
    private volatile List<Disposition> cache;

    public JdbcDispositionStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<Disposition> all() {
        List<Disposition> current = cache;
        if (current == null) {
            current = load();
            cache = current;
        }
        return current;
    }

    private List<Disposition> load() {
        return database.read(connection -> {
            List<Disposition> list = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM disposition WHERE active = 1 ORDER BY position, code");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    list.add(map(rs));
                }
            }
            return List.copyOf(list);
        });
    }

    @Override
    public Optional<Disposition> find(String code) {
        for (Disposition disposition : all()) {
            if (disposition.code().equals(code)) {
                return Optional.of(disposition);
            }
        }
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM disposition WHERE code = ?")) {
                statement.setString(1, code);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.<Disposition>empty();
                }
            }
        });
    }

    /**
     * Saves over the row at {@code d.version()}, or adds a new code. A row changed meanwhile (another
     * desk's settings) is not overwritten: a conflict is thrown and the cache is dropped.
     */
    @Override
    public void save(Disposition d) {
        try {
            database.write(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE disposition SET position = ?, "
                        + "label = ?, contact = ?, final = ?, sale = ?, do_not_call = ?, lead_status = ?, retry = ?, "
                        + "retry_delay_minutes = ?, max_attempts = ?, active = 1, version = version + 1 "
                        + "WHERE code = ? AND version = ?")) {
                    bind(update, 1, d);
                    update.setString(11, d.code());
                    update.setLong(12, d.version());
                    if (update.executeUpdate() == 1) {
                        return null;
                    }
                }
                insertNew(connection, d);
                return null;
            });
        } finally {
            cache = null;
        }
    }

    /** Binds position … max_attempts (10 parameters) from {@code first}. */
    private static void bind(PreparedStatement s, int first, Disposition d) throws SQLException {
        s.setInt(first, d.position());
        s.setString(first + 1, d.customLabel());
        s.setInt(first + 2, d.contact() ? 1 : 0);
        s.setInt(first + 3, d.finalOutcome() ? 1 : 0);
        s.setInt(first + 4, d.sale() ? 1 : 0);
        s.setInt(first + 5, d.doNotCall() ? 1 : 0);
        s.setString(first + 6, d.leadsTo().name());
        s.setString(first + 7, d.retry().kind().name());
        if (d.retry().delay() == null) {
            s.setNull(first + 8, java.sql.Types.INTEGER);
        } else {
            s.setLong(first + 8, d.retry().delay().toMinutes());
        }
        s.setInt(first + 9, d.retry().maxAttempts());
    }

    /** A code not in the table yet; one that is there was changed since {@code d} was read. */
    private void insertNew(Connection connection, Disposition d) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO disposition(code, position, label, "
                + "contact, final, sale, do_not_call, lead_status, retry, retry_delay_minutes, max_attempts, active, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1) ON CONFLICT(code) DO NOTHING")) {
            insert.setString(1, d.code());
            bind(insert, 2, d);
            if (insert.executeUpdate() == 1) {
                return;
            }
        }
        Disposition current = null;
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM disposition WHERE code = ?")) {
            s.setString(1, d.code());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    current = map(rs);
                }
            }
        }
        throw new ConflictException(new Message("error.conflict.disposition", d.code()), "disposition", d.code(),
                "settings at version " + d.version(), current, null, null);
    }

    @Override
    public void deactivate(String code) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE disposition SET active = 0, version = version + 1 WHERE code = ?")) {
                statement.setString(1, code);
                statement.executeUpdate();
            }
            return null;
        });
        cache = null;
    }

    private static Disposition map(ResultSet rs) throws SQLException {
        RetryRule.Kind kind = RetryRule.Kind.valueOf(rs.getString(9));
        long delay = rs.getLong(10);
        Duration retryDelay = rs.wasNull() ? null : Duration.ofMinutes(delay);
        RetryRule retry = new RetryRule(kind, retryDelay, rs.getInt(11));
        return new Disposition(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4) == 1, rs.getInt(5) == 1,
                rs.getInt(6) == 1, rs.getInt(7) == 1, LeadStatus.valueOf(rs.getString(8)), retry, rs.getLong(12));
    }
}
