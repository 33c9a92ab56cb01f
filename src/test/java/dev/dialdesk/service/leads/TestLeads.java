package dev.dialdesk.service.leads;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Leads for tests, written the way a centre's file gives them. */
public final class TestLeads {

    public static final AgentId AGENT = new AgentId("A1024");
    public static final LeadBatch MONDAY = new LeadBatch(1, "월요일 신규 DB", AGENT, "mon.csv", "UTF-8",
            Instant.parse("2024-03-04T00:00:00Z"), 3, 0, 0);
    public static final LeadBatch TUESDAY = new LeadBatch(2, "화요일 신규 DB", AGENT, "tue.csv", "UTF-8",
            Instant.parse("2024-03-05T00:00:00Z"), 2, 0, 0);

    private TestLeads() {
    }

    public static Lead lead(long id, long batch, String name, String phone, LeadStatus status, String product) {
        return new Lead(id, batch, AGENT, PhoneNumber.parse(phone, "KR").number(), null, name,
                LocalDate.of(1970, 1, 1).plusDays(id * 400), Gender.UNKNOWN, "서울", product, "TV", null,
                Map.of(), status, Instant.EPOCH, Instant.EPOCH, 1);
    }

    /** Five leads over two batches, in id order. */
    public static LeadSnapshot snapshot() {
        LeadSnapshot.Builder builder = new LeadSnapshot.Builder();
        builder.add(lead(1, 1, "다람이", "010-1234-5678", LeadStatus.NEW, "상품10"));
        builder.add(lead(2, 1, "김민수", "01098765432", LeadStatus.NO_ANSWER, "상품2"));
        builder.add(lead(3, 1, "나영희", "+82 10-5555-1234", LeadStatus.NEW, "상품1"));
        builder.add(lead(4, 2, "가나다", "02-987-6543", LeadStatus.CALLBACK, "상품2"));
        builder.add(lead(5, 2, "John Smith", "(010)2222-8210", LeadStatus.NEW, ""));
        return builder.build(List.of(MONDAY, TUESDAY));
    }
}
