package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.WorkingHours;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContactStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ContactStore} over {@code internal_contact} (the internal address book), the same SQL on both
 * engines. On the team server the book is the centre's: every desk reads it, only the team lead's
 * connection changes it (an agent's save or import is refused by the server, nothing written).
 */
public final class JdbcContactStore implements ContactStore {

    private static final String SELECT = "SELECT id, name, team, phone, work_start, work_end, lunch_start, lunch_end, "
            + "version FROM internal_contact ";

    private final JdbcDatabase database;

    public JdbcContactStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<InternalContact> all() {
        return database.read(connection -> query(connection, SELECT + "ORDER BY team, name, id"));
    }

    @Override
    public Optional<InternalContact> find(long id) {
        return database.read(connection -> query(connection, SELECT + "WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public Optional<InternalContact> findByPhone(PhoneNumber phone) {
        return database.read(connection -> query(connection, SELECT + "WHERE phone = ?", phone.e164())).stream().findFirst();
    }

    @Override
    public int importAll(List<InternalContact> contacts) {
        return database.write(connection -> {
            int changed = 0;
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO internal_contact(name, team, phone, "
                    + "work_start, work_end, lunch_start, lunch_end) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(phone) DO "
                    + "UPDATE SET name = excluded.name, team = excluded.team, work_start = excluded.work_start, "
                    + "work_end = excluded.work_end, lunch_start = excluded.lunch_start, lunch_end = excluded.lunch_end, "
                    + "version = internal_contact.version + 1 WHERE (internal_contact.name, internal_contact.team, "
                    + "internal_contact.work_start, internal_contact.work_end, coalesce(internal_contact.lunch_start, ''), "
                    + "coalesce(internal_contact.lunch_end, '')) <> (excluded.name, excluded.team, excluded.work_start, "
                    + "excluded.work_end, coalesce(excluded.lunch_start, ''), coalesce(excluded.lunch_end, ''))")) {
                for (InternalContact contact : contacts) {
                    bind(s, contact);
                    changed += s.executeUpdate();
                }
            }
            return changed;
        });
    }

    @Override
    public InternalContact save(InternalContact contact) {
        return database.write(connection -> {
            if (contact.id() == 0) {
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO internal_contact(name, team, phone, "
                        + "work_start, work_end, lunch_start, lunch_end) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                    bind(s, contact);
                    return query(connection, SELECT + "WHERE id = ?", JdbcCaseStore.returnedId(s)).get(0);
                }
            }
            try (PreparedStatement s = connection.prepareStatement("UPDATE internal_contact SET name = ?, team = ?, "
                    + "phone = ?, work_start = ?, work_end = ?, lunch_start = ?, lunch_end = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")) {
                bind(s, contact);
                s.setLong(8, contact.id());
                s.setLong(9, contact.version());
                if (s.executeUpdate() != 1) {
                    throw new ConflictException(new Message("cases.error.conflict"),
                            "contact " + contact.id() + " version " + contact.version());
                }
            }
            return query(connection, SELECT + "WHERE id = ?", contact.id()).get(0);
        });
    }

    private static void bind(PreparedStatement s, InternalContact c) throws SQLException {
        s.setString(1, c.name());
        s.setString(2, c.team());
        s.setString(3, c.phone().e164());
        s.setString(4, c.hours().start().toString());
        s.setString(5, c.hours().end().toString());
        ReportIds.setText(s, 6, c.hours().hasLunch() ? c.hours().lunchStart().toString() : null);
        ReportIds.setText(s, 7, c.hours().hasLunch() ? c.hours().lunchEnd().toString() : null);
    }

    private static List<InternalContact> query(Connection connection, String sql, Object... args) throws SQLException {
        List<InternalContact> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String lunchStart = rs.getString(7);
                    String lunchEnd = rs.getString(8);
                    WorkingHours hours = new WorkingHours(LocalTime.parse(rs.getString(5)), LocalTime.parse(rs.getString(6)),
                            lunchStart == null ? null : LocalTime.parse(lunchStart),
                            lunchEnd == null ? null : LocalTime.parse(lunchEnd));
                    found.add(new InternalContact(rs.getLong(1), rs.getString(2), rs.getString(3),
                            PhoneNumber.ofE164(rs.getString(4)), hours, rs.getLong(9)));
                }
            }
        }
        return found;
    }
}
