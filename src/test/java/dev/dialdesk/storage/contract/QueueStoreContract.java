package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link QueueStore} contract: the work queue's pages, the do-not-call list left out by the database. */
public abstract class QueueStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private QueueStore queue;
    private int nextPhone = 1;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        queue = engine.queue();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private PhoneNumber phone() {
        return PhoneNumber.parse(String.format("010-3200-%04d", nextPhone++), "KR").number();
    }

    private long lead(dev.dialdesk.domain.AgentId agent) {
        return engine.lead(agent, phone());
    }

    private void retryAt(long leadId, Instant at) {
        engine.sqlPastRules("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 1, last_disposition = 'NO_ANSWER', "
                + "next_eligible_at = " + at.toEpochMilli() + " WHERE id = " + leadId);
    }

    private static List<Long> ids(List<QueuedRow> rows) {
        return rows.stream().map(row -> row.lead().id()).toList();
    }

    @Test
    void newLeadsComeOldestBatchFirstPageByPageWithoutListedNumbers() {
        long first = lead(AGENT);
        long listed = lead(AGENT);
        long third = lead(AGENT);
        long fourth = lead(AGENT);
        lead(OTHER);
        engine.doNotCall().add(engine.queue().find(listed).orElseThrow().lead().phone(), "manual", AGENT);

        List<QueuedRow> page = queue.newLeads(AGENT, false, null, 2);
        assertThat(ids(page)).containsExactly(first, third);
        QueuedRow last = page.get(1);
        List<QueuedRow> next = queue.newLeads(AGENT, false,
                new QueueStore.Cursor(last.lead().batchId(), last.lead().id()), 2);
        assertThat(ids(next)).containsExactly(fourth);
        assertThat(page.get(0).state().status()).isEqualTo(LeadStatus.NEW);
        assertThat(page.get(0).state().attemptCount()).isZero();
    }

    @Test
    void aStopRequestForAnotherProductDoesNotHoldTheLeadBack() {
        long cancer = lead(AGENT);
        long life = lead(AGENT);
        engine.leadProduct(cancer, "CANCER_CARE");
        engine.leadProduct(life, "WHOLE_LIFE");
        engine.doNotCall().addForProduct(queue.find(cancer).orElseThrow().lead().phone(), "CANCER_CARE", "disposition", AGENT);
        engine.doNotCall().addForProduct(queue.find(life).orElseThrow().lead().phone(), "CANCER_CARE", "disposition", AGENT);

        assertThat(ids(queue.newLeads(AGENT, false, null, 10))).containsExactly(life);
    }

    @Test
    void retriesAreDueOnlyOnceTheirTimeHasComeEarliestFirst() {
        Instant now = engine.clock().instant();
        long lastHour = lead(AGENT);
        long nextHour = lead(AGENT);
        long twoHoursAgo = lead(AGENT);
        long others = lead(OTHER);
        retryAt(lastHour, now.minus(Duration.ofHours(1)));
        retryAt(nextHour, now.plus(Duration.ofHours(1)));
        retryAt(twoHoursAgo, now.minus(Duration.ofHours(2)));
        retryAt(others, now.minus(Duration.ofHours(3)));

        List<QueuedRow> due = queue.dueRetries(AGENT, now, false, null, 10);

        assertThat(ids(due)).containsExactly(twoHoursAgo, lastHour);
        assertThat(due.get(0).state().nextEligibleAt()).isEqualTo(now.minus(Duration.ofHours(2)));
        assertThat(due.get(0).state().lastDisposition()).isEqualTo("NO_ANSWER");
        QueuedRow first = due.get(0);
        assertThat(ids(queue.dueRetries(AGENT, now, false,
                new QueueStore.Cursor(first.state().nextEligibleAt().toEpochMilli(), first.lead().id()), 10)))
                .containsExactly(lastHour);
        assertThat(ids(queue.newLeads(AGENT, false, null, 10))).as("not new any more").isEmpty();
    }

    @Test
    void aFinalLeadIsNeverDueAgain() {
        Instant now = engine.clock().instant();
        long refused = lead(AGENT);
        retryAt(refused, now.minusSeconds(60));
        engine.sqlPastRules("UPDATE lead SET status = 'REFUSED' WHERE id = " + refused);

        assertThat(queue.dueRetries(AGENT, now, false, null, 10)).isEmpty();
    }

    @Test
    void whenTheCentreIsClosedOnlyLeadsWithAZoneOfTheirOwnAreOffered() {
        long seoul = lead(AGENT);
        long abroad = lead(AGENT);
        queue.setZone(abroad, ZoneId.of("America/Los_Angeles"));

        assertThat(ids(queue.newLeads(AGENT, true, null, 10))).containsExactly(abroad);
        assertThat(ids(queue.newLeads(AGENT, false, null, 10))).containsExactly(seoul, abroad);
        assertThat(queue.find(abroad).orElseThrow().state().zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        queue.setZone(abroad, null);
        assertThat(queue.find(abroad).orElseThrow().state().zone()).isNull();
    }

    @Test
    void aLeadIsFoundByIdAndByNumberWithItsCallState() {
        PhoneNumber number = phone();
        long lead = engine.lead(AGENT, number);
        retryAt(lead, engine.clock().instant());

        QueuedRow byNumber = queue.findByPhone(number).orElseThrow();
        assertThat(byNumber.lead().id()).isEqualTo(lead);
        assertThat(byNumber.state().status()).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(byNumber.state().attemptCount()).isEqualTo(1);
        assertThat(queue.find(lead)).contains(byNumber);
        assertThat(queue.findByPhone(phone())).isEmpty();
    }
}
