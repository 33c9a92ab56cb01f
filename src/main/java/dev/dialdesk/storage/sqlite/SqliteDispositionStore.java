package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.RetryRule;
import dev.dialdesk.storage.DispositionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link DispositionStore} over the {@code disposition} table. The rows are few and read on every
 * recorded call, so they are cached and the cache is dropped on every change.
 */
public final class SqliteDispositionStore implements DispositionStore {

    private static final String COLUMNS = "code, position, label, contact, final, sale, do_not_call, lead_status, "
            + "retry, retry_delay_minutes, max_attempts";

    private final SqliteDatabase database;
    private volatile List<Disposition> cache;

    public SqliteDispositionStore(SqliteDatabase database) {
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

    @Override
    public void save(Disposition d) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT OR REPLACE INTO disposition(" + COLUMNS + ", active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                statement.setString(1, d.code());
                statement.setInt(2, d.position());
                statement.setString(3, d.customLabel());
                statement.setInt(4, d.contact() ? 1 : 0);
                statement.setInt(5, d.finalOutcome() ? 1 : 0);
                statement.setInt(6, d.sale() ? 1 : 0);
                statement.setInt(7, d.doNotCall() ? 1 : 0);
                statement.setString(8, d.leadsTo().name());
                statement.setString(9, d.retry().kind().name());
                if (d.retry().delay() == null) {
                    statement.setNull(10, java.sql.Types.INTEGER);
                } else {
                    statement.setLong(10, d.retry().delay().toMinutes());
                }
                statement.setInt(11, d.retry().maxAttempts());
                statement.executeUpdate();
            }
            return null;
        });
        cache = null;
    }

    @Override
    public void deactivate(String code) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE disposition SET active = 0 WHERE code = ?")) {
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
                rs.getInt(6) == 1, rs.getInt(7) == 1, LeadStatus.valueOf(rs.getString(8)), retry);
    }
}
