package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import java.sql.PreparedStatement;

/**
 * Writes leads straight into a test database (the importer lives in another branch): one agent, one
 * batch, leads given as name and E.164 number, with an extra field on the first.
 */
public final class SeededLeads {

    public static final AgentId AGENT = new AgentId("A1024");
    public static final String BATCH_NAME = "3월 4일 신규 DB";

    private SeededLeads() {
    }

    /** {@code leads} alternate name and E.164 number: "김민수", "+821012345678", … */
    public static void seed(JdbcDatabase database, String... leads) {
        database.write(connection -> {
            try (PreparedStatement agent = connection.prepareStatement(
                    "INSERT INTO agent(id, name, created_at) VALUES (?, '홍길동', 0)")) {
                agent.setString(1, AGENT.value());
                agent.executeUpdate();
            }
            try (PreparedStatement batch = connection.prepareStatement("INSERT INTO lead_batch(id, name, agent_id, "
                    + "imported_at, imported_count) VALUES (1, ?, ?, 0, ?)")) {
                batch.setString(1, BATCH_NAME);
                batch.setString(2, AGENT.value());
                batch.setInt(3, leads.length / 2);
                batch.executeUpdate();
            }
            try (PreparedStatement lead = connection.prepareStatement("INSERT INTO lead(batch_id, agent_id, phone, "
                    + "name, birth_date, region, product, source, extra, status, created_at, updated_at) "
                    + "VALUES (1, ?, ?, ?, '1975-03-02', '서울', '암보험', 'TV 광고', ?, 'NEW', 0, 0)")) {
                for (int i = 0; i + 1 < leads.length; i += 2) {
                    lead.setString(1, AGENT.value());
                    lead.setString(2, leads[i + 1]);
                    lead.setString(3, leads[i]);
                    lead.setString(4, i == 0 ? "{\"상담희망시간\":\"오후 2시 이후\"}" : null);
                    lead.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The id of the lead called {@code name} in {@code store} (-1 when there is none). */
    public static long idOf(dev.dialdesk.storage.LeadStore store, String name) {
        long[] id = {-1};
        store.forEachLead(dev.dialdesk.storage.LeadQuery.all(), lead -> {
            if (lead.name().equals(name)) {
                id[0] = lead.id();
            }
        });
        return id[0];
    }
}
