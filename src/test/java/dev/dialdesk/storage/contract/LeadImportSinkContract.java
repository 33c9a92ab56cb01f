package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.LeadImportSink;
import dev.dialdesk.storage.LeadImportSink.Chunk;
import dev.dialdesk.storage.LeadImportSink.NewBatch;
import dev.dialdesk.storage.LeadImportSink.NewLead;
import dev.dialdesk.storage.LeadImportSink.Result;
import dev.dialdesk.storage.LeadImportSink.StoredIssue;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link LeadImportSink} contract (a lead file written as one batch, in one transaction), run on
 * every engine: a desk's own import on SQLite, the team lead's on the server.
 */
public abstract class LeadImportSinkContract {

    /** Reasons as plain keys with the storage's arguments, so the test reads what the store found. */
    protected static final LeadImportSink.DuplicateReasons REASONS = new LeadImportSink.DuplicateReasons() {
        @Override
        public Message sameFile(long firstLine) {
            return new Message("same", firstLine);
        }

        @Override
        public Message earlierBatch(String batchName, Instant importedAt, long line) {
            return new Message("earlier", batchName, line);
        }

        @Override
        public Message onDoNotCallList() {
            return new Message("dnc");
        }
    };

    @TempDir
    Path dir;
    protected StoreEngine engine;
    protected LeadImportSink sink;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        sink = engine.leadImports();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    protected static PhoneNumber mobile(int n) {
        return PhoneNumber.parse(String.format("010-5555-%04d", n), "KR").number();
    }

    protected static NewLead lead(long line, PhoneNumber phone) {
        return new NewLead(line, phone, null, "고객" + line, LocalDate.parse("1980-05-01"), Gender.FEMALE, "서울",
                "암보험", "web", null, Map.of("등급", "A"));
    }

    /** A file of {@code count} leads with fresh numbers, lines 2 … count + 1. */
    protected static List<NewLead> leads(int count) {
        List<NewLead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(lead(i + 2, mobile(i)));
        }
        return leads;
    }

    protected Result importBatch(NewBatch batch, List<NewLead> leads, List<StoredIssue> issues, long rejected) {
        try (LeadImportSink.Session session = sink.begin(batch, REASONS)) {
            session.add(new Chunk(leads, issues));
            return session.finish(rejected);
        }
    }

    protected long count(String where) {
        return Long.parseLong(engine.scalar("SELECT COUNT(*) FROM lead WHERE " + where));
    }

    @Test
    void everyLeadOfTheFileIsStoredAsNewWithItsFieldsAndTheBatchCounts() {
        Result result = importBatch(new NewBatch("월요일 DB", StoreEngine.AGENT, "monday.csv", "UTF-8"), leads(3),
                List.of(new StoredIssue(5, "REJECTED", new Message("import.reason.noPhone"))), 1);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.duplicates()).isZero();
        long batch = result.batchId();
        assertThat(count("batch_id = " + batch + " AND agent_id = '" + StoreEngine.AGENT.value() + "' AND status = 'NEW'"))
                .isEqualTo(3);
        assertThat(engine.scalar("SELECT name || '/' || birth_date || '/' || gender || '/' || product FROM lead "
                + "WHERE source_line = 2")).isEqualTo("고객2/1980-05-01/FEMALE/암보험");
        assertThat(engine.scalar("SELECT imported_count || '/' || duplicate_count || '/' || rejected_count || '/' "
                + "|| agent_id FROM lead_batch WHERE id = " + batch)).isEqualTo("3/0/1/" + StoreEngine.AGENT.value());
        assertThat(sink.issuesOf(batch)).extracting(StoredIssue::line, StoredIssue::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "REJECTED"));
    }

    @Test
    void aNumberSeenEarlierInTheFileOrInAnEarlierBatchIsADuplicateNamingWhere() {
        importBatch(new NewBatch("어제 DB", StoreEngine.AGENT, "yesterday.csv", "UTF-8"), List.of(lead(2, mobile(1))),
                List.of(), 0);

        Result today = importBatch(new NewBatch("오늘 DB", StoreEngine.AGENT, "today.csv", "UTF-8"),
                List.of(lead(2, mobile(2)), lead(3, mobile(2)), lead(4, mobile(1))), List.of(), 0);

        assertThat(today.imported()).isEqualTo(1);
        assertThat(today.duplicates()).isEqualTo(2);
        assertThat(sink.issuesOf(today.batchId())).extracting(issue -> issue.line() + " " + issue.reason().key()
                        + " " + List.of(issue.reason().args()))
                .containsExactly("3 same [2]", "4 earlier [어제 DB, 2]");
    }

    @Test
    void aLeadWhoseNumberIsOnTheDoNotCallListIsKeptButFlaggedWithAWarning() {
        engine.doNotCall().add(mobile(1), "manual", StoreEngine.AGENT);

        Result result = importBatch(new NewBatch("DB", StoreEngine.AGENT, "f.csv", "UTF-8"), leads(3), List.of(), 0);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.doNotCall()).isEqualTo(1);
        assertThat(engine.scalar("SELECT status FROM lead WHERE phone = '" + mobile(1).e164() + "'"))
                .isEqualTo("DO_NOT_CALL");
        assertThat(sink.issuesOf(result.batchId())).extracting(StoredIssue::line, StoredIssue::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "WARNING"));
    }

    @Test
    void anImportClosedBeforeItsEndLeavesTheDatabaseAsItWas() {
        try (LeadImportSink.Session session = sink.begin(new NewBatch("DB", StoreEngine.AGENT, "f.csv", "UTF-8"),
                REASONS)) {
            session.add(new Chunk(leads(50), List.of()));
        }

        assertThat(count("1 = 1")).isZero();
        assertThat(engine.scalar("SELECT COUNT(*) FROM lead_batch")).isEqualTo("0");
        assertThat(engine.scalar("SELECT COUNT(*) FROM import_issue")).isEqualTo("0");
    }

    @Test
    void aFileOfManyChunksIsOneBatchInFileOrder() {
        List<NewLead> all = leads(2_500);
        try (LeadImportSink.Session session = sink.begin(new NewBatch("big", StoreEngine.AGENT, "big.csv", "UTF-8"),
                REASONS)) {
            for (int from = 0; from < all.size(); from += 1_000) {
                session.add(new Chunk(all.subList(from, Math.min(all.size(), from + 1_000)), List.of()));
            }
            Result result = session.finish(0);
            assertThat(result.imported()).isEqualTo(2_500);
            assertThat(count("batch_id = " + result.batchId())).isEqualTo(2_500);
        }
    }
}
