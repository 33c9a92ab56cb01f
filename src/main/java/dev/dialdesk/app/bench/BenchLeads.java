package dev.dialdesk.app.bench;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.LeadStatus;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Realistic leads written straight into the tables (the importer is measured elsewhere): Korean names
 * with the common surnames' frequencies, unique mobile numbers, a batch per 10,000 leads. Seeded, so
 * every run gets the same data.
 */
public final class BenchLeads {

    private static final String[] SURNAMES = {"김", "김", "김", "이", "이", "박", "최", "정", "강", "조", "윤", "장",
        "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고", "문", "남궁"};
    private static final String[] GIVEN = {"민", "서", "지", "현", "준", "영", "수", "은", "하", "윤", "도", "예",
        "승", "우", "진", "혜", "성", "경", "미", "정", "희", "철", "동", "연", "주", "태", "나", "다", "라", "호"};
    private static final String[] REGIONS = {"서울", "부산", "인천", "대구", "대전", "광주", "울산", "경기 수원",
        "경기 성남", "강원 춘천", "충북 청주", "전북 전주", "경남 창원", "제주"};
    private static final String[] PRODUCTS = {"암보험", "실손보험", "종신보험", "치아보험", "운전자보험", "연금보험",
        "어린이보험 2형", "어린이보험 10형"};
    private static final String[] SOURCES = {"TV 광고", "온라인", "제휴사", "지인 소개", "문자"};
    private static final int PER_BATCH = 10_000;

    private BenchLeads() {
    }

    /** A realistic Korean name: a surname and two given syllables. */
    public static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** The {@code index}-th of up to 100,000,000 distinct mobile numbers, as E.164. */
    public static String mobile(int index) {
        long eight = (index * 48_271L + 12_345_678L) % 100_000_000L;
        return String.format("+8210%08d", eight);
    }

    /** Inserts {@code count} leads for {@code agent} in one transaction. */
    public static void insert(dev.dialdesk.storage.jdbc.JdbcDatabase database, AgentId agent, int count) {
        database.write(connection -> {
            long now = System.currentTimeMillis();
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT OR IGNORE INTO agent(id, name, created_at) VALUES (?, '홍길동', ?)")) {
                statement.setString(1, agent.value());
                statement.setLong(2, now);
                statement.executeUpdate();
            }
            try (PreparedStatement batch = connection.prepareStatement("INSERT INTO lead_batch(id, name, agent_id, "
                    + "source_file, charset, imported_at, imported_count) VALUES (?, ?, ?, ?, 'x-windows-949', ?, ?)")) {
                for (int b = 0; b * PER_BATCH < count; b++) {
                    LocalDate day = LocalDate.of(2024, 3, 4).plusDays(b);
                    batch.setLong(1, b + 1);
                    batch.setString(2, day + " 신규 DB");
                    batch.setString(3, agent.value());
                    batch.setString(4, "db-" + day + ".csv");
                    batch.setLong(5, now);
                    batch.setInt(6, Math.min(PER_BATCH, count - b * PER_BATCH));
                    batch.executeUpdate();
                }
            }
            insertLeads(connection, agent, count, now);
            return null;
        });
    }

    private static void insertLeads(java.sql.Connection connection, AgentId agent, int count, long now)
            throws java.sql.SQLException {
        Random random = new Random(42);
        LeadStatus[] statuses = LeadStatus.values();
        try (PreparedStatement lead = connection.prepareStatement("INSERT INTO lead(batch_id, agent_id, source_line, "
                + "phone, name, birth_date, gender, region, product, source, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                lead.setLong(1, i / PER_BATCH + 1);
                lead.setString(2, agent.value());
                lead.setInt(3, i % PER_BATCH + 2);
                lead.setString(4, mobile(i));
                lead.setString(5, name(random));
                lead.setString(6, LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)).toString());
                lead.setString(7, random.nextBoolean() ? "FEMALE" : "MALE");
                lead.setString(8, REGIONS[random.nextInt(REGIONS.length)]);
                lead.setString(9, PRODUCTS[random.nextInt(PRODUCTS.length)]);
                lead.setString(10, SOURCES[random.nextInt(SOURCES.length)]);
                lead.setString(11, random.nextInt(3) == 0 ? statuses[random.nextInt(statuses.length)].name() : "NEW");
                lead.setLong(12, now);
                lead.setLong(13, now);
                lead.addBatch();
                if (i % 5_000 == 4_999) {
                    lead.executeBatch();
                }
            }
            lead.executeBatch();
        }
    }
}
