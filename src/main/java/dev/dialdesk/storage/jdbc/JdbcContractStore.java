package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.AfterSale;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractListing;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContractStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ContractStore} over the {@code contract} and {@code contract_audit} tables. */
public final class JdbcContractStore implements ContractStore {

    private static final String OPEN = "c.qa_state = 'RE_RECORDING_REQUIRED'";

    private final JdbcDatabase database;

    public JdbcContractStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public Contract insert(Contract contract, String actor, Instant at) {
        return database.write(connection -> insert(connection, contract, actor, at, null)).orElseThrow();
    }

    /**
     * On the team server: the contract entry of a desk's outbox, saved once by its client id (ON
     * CONFLICT DO NOTHING on {@code contract.client_id}, 011-client-ids.sql); a second send returns the first.
     */
    @Override
    public Contract insertOnce(java.util.UUID clientId, Contract contract, String actor, Instant at) {
        if (database.engine() != JdbcDatabase.Engine.POSTGRESQL) {
            throw new UnsupportedOperationException("Client ids of contracts are kept on the team server only");
        }
        return database.write(connection -> {
            Optional<Contract> saved = insert(connection, contract, actor, at, clientId);
            if (saved.isPresent()) {
                return saved.get();
            }
            return first(connection, ContractRows.SELECT + " WHERE c.client_id = ?", clientId.toString()).orElseThrow();
        });
    }

    /** Inserts the contract and its audit entry; empty when one of {@code clientId} (not null) was there. */
    private static Optional<Contract> insert(Connection connection, Contract contract, String actor, Instant at,
                                             java.util.UUID clientId) throws SQLException {
        Contract toSave = contract;
        if (contract.afterSale().customerBirthDate() == null) {
            toSave = contract.withAfterSale(withBirthDate(contract.afterSale(), leadBirthDate(connection,
                    contract.leadId())));
        }
        String marks = "?, ".repeat(ContractRows.COLUMN_COUNT - 1) + "?";
        long id;
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO contract(" + ContractRows.COLUMNS
                + (clientId == null ? "" : ", client_id") + ") VALUES (" + marks + (clientId == null ? "" : ", ?")
                + ") " + (clientId == null ? "" : "ON CONFLICT (client_id) DO NOTHING ") + "RETURNING id")) {
            int next = ContractRows.bind(s, 1, toSave);
            if (clientId != null) {
                s.setString(next, clientId.toString());
            }
            try (ResultSet keys = s.executeQuery()) {
                if (!keys.next()) {
                    return Optional.empty();
                }
                id = keys.getLong(1);
            }
        }
        Contract saved = toSave.withId(id);
        insertAudit(connection, List.of(new ContractChange(id, at, actor, "created", null,
                saved.state().name())));
        return Optional.of(saved);
    }

    private static AfterSale withBirthDate(AfterSale after, LocalDate birthDate) {
        return new AfterSale(after.withdrawalDate(), after.withdrawalReason(), after.cancelledAt(),
                after.policyDeliveryDate(), birthDate, after.customerAge(), after.happyCall());
    }

    private static LocalDate leadBirthDate(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT birth_date FROM lead WHERE id = ?")) {
            s.setLong(1, leadId);
            try (ResultSet rs = s.executeQuery()) {
                String text = rs.next() ? rs.getString(1) : null;
                return text == null || text.isBlank() ? null : LocalDate.parse(text);
            }
        }
    }

    @Override
    public Optional<Contract> find(long id) {
        return database.read(connection -> first(connection, ContractRows.SELECT + " WHERE c.id = ?", id));
    }

    @Override
    public Contract update(Contract contract, List<ContractChange> changes) {
        String assignments = ContractRows.COLUMNS.replace(", ", " = ?, ") + " = ?";
        return database.write(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE contract SET " + assignments + ", version = version + 1 WHERE id = ? AND version = ?")) {
                int next = ContractRows.bind(s, 1, contract);
                s.setLong(next, contract.id());
                s.setLong(next + 1, contract.version());
                if (s.executeUpdate() != 1) {
                    throw conflict(connection, contract, changes);
                }
            }
            insertAudit(connection, changes);
            return contract.withVersion(contract.version() + 1);
        });
    }

    /** The update of {@code attempted} matched no row: say what the contract is now, and who changed it last. */
    private static ConflictException conflict(Connection connection, Contract attempted, List<ContractChange> changes)
            throws SQLException {
        Optional<Contract> current = first(connection, ContractRows.SELECT + " WHERE c.id = ?", attempted.id());
        Optional<ContractChange> last = lastChange(connection, attempted.id());
        Message message = current.map(c -> new Message("error.conflict.contract", new Message(c.state().labelKey()),
                        last.map(ContractChange::actor).orElse("?")))
                .orElseGet(() -> new Message("error.conflict.contract.gone"));
        return new ConflictException(message, "contract", attempted.id(),
                changes.stream().map(ContractChange::field).toList() + " at version " + attempted.version(),
                current.orElse(null), last.map(ContractChange::actor).orElse(null),
                current.map(Contract::updatedAt).orElse(null));
    }

    private static Optional<ContractChange> lastChange(Connection connection, long contractId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT at, actor, field, old_value, new_value "
                + "FROM contract_audit WHERE contract_id = ? ORDER BY at DESC, id DESC LIMIT 1")) {
            s.setLong(1, contractId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(change(contractId, rs)) : Optional.empty();
            }
        }
    }

    private static ContractChange change(long contractId, ResultSet rs) throws SQLException {
        return new ContractChange(contractId, Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5));
    }

    @Override
    public List<ContractListing> list(boolean openOnly, AgentId agent) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ContractRows.SELECT_COLUMNS)
                .append(", l.name FROM contract c LEFT JOIN lead l ON l.id = c.lead_id WHERE 1 = 1");
        if (openOnly) {
            sql.append(" AND ").append(OPEN);
        }
        if (agent != null) {
            sql.append(" AND c.agent_id = ?");
        }
        sql.append(openOnly ? " ORDER BY c.qa_deadline_at, c.id" : " ORDER BY c.contract_at DESC, c.id DESC");
        return database.read(connection -> {
            List<ContractListing> rows = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                if (agent != null) {
                    s.setString(1, agent.value());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ContractListing(ContractRows.read(rs), rs.getString(ContractRows.SELECT_COUNT + 1)));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public List<Contract> openCasesDueBy(AgentId agent, Instant now) {
        return database.read(connection -> all(connection, ContractRows.SELECT + " WHERE " + OPEN
                + " AND c.qa_deadline_at <= ? AND c.agent_id = ? ORDER BY c.qa_deadline_at",
                now.toEpochMilli(), agent.value()));
    }

    @Override
    public Optional<Instant> earliestOpenDeadline(AgentId agent) {
        return database.read(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT min(c.qa_deadline_at) FROM contract c WHERE " + OPEN + " AND c.agent_id = ?")) {
                s.setString(1, agent.value());
                try (ResultSet rs = s.executeQuery()) {
                    long millis = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
                }
            }
        });
    }

    @Override
    public List<Contract> openCases(AgentId agent) {
        return database.read(connection -> all(connection,
                ContractRows.SELECT + " WHERE " + OPEN + " AND c.agent_id = ? ORDER BY c.qa_deadline_at",
                agent.value()));
    }

    @Override
    public List<Contract> openCasesOfEveryAgent() {
        return database.read(connection -> all(connection,
                ContractRows.SELECT + " WHERE " + OPEN + " ORDER BY c.qa_deadline_at"));
    }

    @Override
    public int updateDeadlines(List<Contract> withNewDeadlines) {
        return database.write(connection -> {
            int changed = 0;
            try (PreparedStatement s = connection.prepareStatement("UPDATE contract SET qa_deadline_at = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ? AND " + OPEN.replace("c.", ""))) {
                for (Contract contract : withNewDeadlines) {
                    s.setLong(1, contract.qa().deadline().toEpochMilli());
                    s.setLong(2, contract.id());
                    s.setLong(3, contract.version());
                    changed += s.executeUpdate();
                }
            }
            return changed;
        });
    }

    @Override
    public Optional<Contract> openCaseOfLead(long leadId) {
        return database.read(connection -> first(connection, ContractRows.SELECT + " WHERE c.lead_id = ? AND "
                + OPEN + " ORDER BY c.contract_at DESC LIMIT 1", leadId));
    }

    @Override
    public long premiumWon(AgentId agent, Instant from, Instant to) {
        return database.read(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT coalesce(sum(premium_won), 0) FROM contract "
                    + "WHERE agent_id = ? AND contract_at >= ? AND contract_at < ? AND qa_state <> 'CANCELLED'")) {
                s.setString(1, agent.value());
                s.setLong(2, from.toEpochMilli());
                s.setLong(3, to.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public List<ContractChange> audit(long contractId) {
        return database.read(connection -> {
            List<ContractChange> changes = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT at, actor, field, old_value, new_value "
                    + "FROM contract_audit WHERE contract_id = ? ORDER BY at, id")) {
                s.setLong(1, contractId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        changes.add(change(contractId, rs));
                    }
                }
            }
            return changes;
        });
    }

    private static void insertAudit(Connection connection, List<ContractChange> changes) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO contract_audit"
                + "(contract_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ContractChange change : changes) {
                s.setLong(1, change.contractId());
                s.setLong(2, change.at().toEpochMilli());
                s.setString(3, change.actor());
                s.setString(4, change.field());
                s.setString(5, change.oldValue());
                s.setString(6, change.newValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Optional<Contract> first(Connection connection, String sql, Object... args) throws SQLException {
        List<Contract> found = all(connection, sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Contract> all(Connection connection, String sql, Object... args) throws SQLException {
        List<Contract> contracts = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    contracts.add(ContractRows.read(rs));
                }
            }
        }
        return contracts;
    }
}
