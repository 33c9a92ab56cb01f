package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.calls.StopScope;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link DoNotCallStore} contract (수신거부), run on every engine by a subclass per engine. */
public abstract class DoNotCallStoreContract {

    private static final PhoneNumber MOBILE = PhoneNumber.parse("010-2222-3333", "KR").number();
    private static final PhoneNumber LANDLINE = PhoneNumber.parse("02-123-4567", "KR").number();
    private static final PhoneNumber OTHER_MOBILE = PhoneNumber.parse("010-4444-5555", "KR").number();
    private static final String CANCER = "CANCER_CARE";
    private static final String WHOLE_LIFE = "WHOLE_LIFE";

    @TempDir
    Path dir;
    private StoreEngine engine;
    private DoNotCallStore list;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        list = engine.doNotCall();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aNumberIsListedOnceWithWhoAndWhenAndAuditedOnceMasked() {
        Instant at = engine.clock().instant();
        assertThat(list.add(MOBILE, "disposition", AGENT)).isTrue();
        engine.clock().advance(Duration.ofMinutes(5));
        assertThat(list.add(MOBILE, "manual", AGENT)).as("already listed").isFalse();

        assertThat(list.contains(MOBILE)).isTrue();
        assertThat(list.find(MOBILE)).contains(new DoNotCallEntry(MOBILE, "disposition", at, AGENT));
        assertThat(list.count()).isEqualTo(1);
        assertThat(engine.callAudit().since(at)).containsExactly(
                new AuditEvent(at, AGENT, 0, MOBILE.masked(), AuditEvent.Type.DNC_ADDED, "disposition"));
    }

    @Test
    void anUnlistedNumberIsNotFound() {
        list.add(MOBILE, "manual", AGENT);
        assertThat(list.contains(OTHER_MOBILE)).isFalse();
        assertThat(list.find(OTHER_MOBILE)).isEmpty();
    }

    @Test
    void addingManyCountsOnlyTheNewNumbersAndAuditsEachOfThem() {
        list.add(MOBILE, "manual", AGENT);
        Instant at = engine.clock().instant();

        int added = list.addAll(List.of(MOBILE, LANDLINE, OTHER_MOBILE, LANDLINE), "import:dnc.csv", AGENT);

        assertThat(added).isEqualTo(2);
        assertThat(list.count()).isEqualTo(3);
        assertThat(list.find(LANDLINE)).map(DoNotCallEntry::source).contains("import:dnc.csv");
        assertThat(engine.callAudit().since(at)).extracting(AuditEvent::maskedNumber)
                .containsExactly(MOBILE.masked(), LANDLINE.masked(), OTHER_MOBILE.masked());
    }

    @Test
    void flaggingMarksTheAgentsListedLeadsDoNotCallOnce() {
        long listed = engine.lead(AGENT, MOBILE);
        long free = engine.lead(AGENT, OTHER_MOBILE);
        list.add(MOBILE, "import:dnc.csv", AGENT);

        assertThat(list.flagListedLeads()).isEqualTo(1);
        assertThat(list.flagListedLeads()).as("already flagged").isZero();

        assertThat(engine.leadStatus(listed)).isEqualTo("DO_NOT_CALL");
        assertThat(engine.leadStatus(free)).isEqualTo("NEW");
    }

    @Test
    void aNumberListedByAnotherAgentIsInForceHereToo() {
        long lead = engine.lead(OTHER, LANDLINE);
        list.add(LANDLINE, "disposition", AGENT);
        assertThat(list.find(LANDLINE)).map(DoNotCallEntry::agentId).contains(AGENT);
        assertThat(engine.leadStatus(lead)).isEqualTo("NEW");
        assertThat(list.contains(LANDLINE)).isTrue();
    }

    @Test
    void aStopRequestForOneProductForbidsOnlyThatProductUntilAnAllMarketingOneIsAdded() {
        Instant at = engine.clock().instant();
        assertThat(list.addForProduct(MOBILE, CANCER, "disposition", AGENT)).isTrue();
        assertThat(list.addForProduct(MOBILE, CANCER, "manual", AGENT)).as("already listed for it").isFalse();

        assertThat(list.findFor(MOBILE, CANCER)).contains(
                new DoNotCallEntry(MOBILE, "disposition", at, AGENT, StopScope.PRODUCT, CANCER, null));
        assertThat(list.findFor(MOBILE, WHOLE_LIFE)).as("another product may still be offered").isEmpty();
        assertThat(list.contains(MOBILE)).as("listed in some scope").isTrue();
        assertThat(engine.callAudit().since(at)).extracting(AuditEvent::reason).containsExactly("disposition (product)");

        engine.clock().advance(Duration.ofMinutes(1));
        assertThat(list.add(MOBILE, "manual", AGENT)).as("all marketing beside the product request").isTrue();
        assertThat(list.findFor(MOBILE, WHOLE_LIFE)).map(DoNotCallEntry::scope).contains(StopScope.ALL_MARKETING);
        assertThat(list.find(MOBILE)).map(DoNotCallEntry::scope).contains(StopScope.ALL_MARKETING);
        assertThat(list.count()).as("numbers, not rows").isEqualTo(1);
    }

    @Test
    void anOptOutListsNumbersStopAllMarketingAndKeepTheListsDate() {
        LocalDate listDate = LocalDate.of(2026, 3, 1);
        Instant at = engine.clock().instant();
        list.add(LANDLINE, "manual", AGENT);

        int added = list.addOptOutList(List.of(MOBILE, LANDLINE, OTHER_MOBILE), listDate, "donotcall:optout.csv", AGENT);

        assertThat(added).as("the landline was listed already").isEqualTo(2);
        assertThat(list.find(MOBILE)).contains(new DoNotCallEntry(MOBILE, "donotcall:optout.csv", at, AGENT,
                StopScope.ALL_MARKETING, "", listDate));
        assertThat(list.findFor(OTHER_MOBILE, CANCER)).map(DoNotCallEntry::listDate).contains(listDate);
        assertThat(list.find(LANDLINE)).map(DoNotCallEntry::listDate).as("kept as first listed").isEmpty();
    }

    @Test
    void flaggingHonoursEachLeadsProduct() {
        long cancerLead = engine.lead(AGENT, MOBILE);
        long lifeLead = engine.lead(AGENT, LANDLINE);
        long anyLead = engine.lead(AGENT, OTHER_MOBILE);
        engine.leadProduct(cancerLead, CANCER);
        engine.leadProduct(lifeLead, WHOLE_LIFE);
        list.addForProduct(MOBILE, CANCER, "disposition", AGENT);
        list.addForProduct(LANDLINE, CANCER, "disposition", AGENT);
        list.addForProduct(OTHER_MOBILE, CANCER, "disposition", AGENT);

        assertThat(list.flagListedLeads()).isEqualTo(1);

        assertThat(engine.leadStatus(cancerLead)).isEqualTo("DO_NOT_CALL");
        assertThat(engine.leadStatus(lifeLead)).as("stopped for another product only").isEqualTo("NEW");
        assertThat(engine.leadStatus(anyLead)).as("a lead without a product: only all marketing stops it").isEqualTo("NEW");
    }
}
