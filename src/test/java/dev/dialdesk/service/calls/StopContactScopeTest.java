package dev.dialdesk.service.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.calls.StopScope;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop-contact request (연락금지요구) reaches one product or all marketing; 두낫콜 numbers keep their list's date. */
class StopContactScopeTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private long dentalLead;
    private PhoneNumber phone;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        dentalLead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        db.sql("UPDATE lead SET product = '치아보험' WHERE id = " + dentalLead);
        phone = db.phoneOf(dentalLead);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private DoNotCallService dnc() {
        return db.services().doNotCall();
    }

    @Test
    void aStopForAnotherProductLeavesTheLeadCallable() {
        assertThat(dnc().stopForProduct(phone, "암보험", KIM)).isTrue();
        assertThat(db.services().callService().startCall(KIM, dentalLead).leadId()).isEqualTo(dentalLead);
        assertThat(db.queryString("SELECT status FROM lead WHERE id = " + dentalLead)).isEqualTo("NEW");
        assertThat(dnc().check(phone)).get().extracting(DoNotCallEntry::scope).isEqualTo(StopScope.PRODUCT);
    }

    @Test
    void aStopForTheLeadsOwnProductTakesItOutOfTheQueueAndBlocksTheDial() {
        dnc().stopForProduct(phone, "치아보험", KIM);
        assertThat(db.queryString("SELECT status FROM lead WHERE id = " + dentalLead)).isEqualTo("DO_NOT_CALL");
        assertThatThrownBy(() -> db.services().callService().startCall(KIM, dentalLead))
                .isInstanceOfSatisfying(DialBlockedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DialBlockedException.Reason.DO_NOT_CALL));
        assertThat(db.services().workQueue().next(KIM)).isEmpty();
    }

    @Test
    void aNumberTypedWithoutALeadIsRefusedOnAnyStopBecauseItsProductIsUnknown() {
        PhoneNumber stranger = PhoneNumber.parse("010-7777-0001", "KR").number();
        db.services().doNotCallStore().addForProduct(stranger, "암보험", "manual", KIM);
        assertThatThrownBy(() -> db.services().callService().startCall(KIM, stranger))
                .isInstanceOf(DialBlockedException.class);
    }

    @Test
    void theOptOutListImportsForAllMarketingWithItsDate() throws Exception {
        Path list = dir.resolve("donotcall-2025-03.csv");
        Files.writeString(list, "번호\n" + phone.national() + "\n010-8888-0002\n", StandardCharsets.UTF_8);
        DoNotCallService.ImportResult result = dnc().importOptOutList(list, LocalDate.of(2025, 3, 1), KIM);
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.leadsFlagged()).isEqualTo(1);
        DoNotCallEntry entry = dnc().check(phone).orElseThrow();
        assertThat(entry.scope()).isEqualTo(StopScope.ALL_MARKETING);
        assertThat(entry.listDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(entry.source()).isEqualTo("donotcall:donotcall-2025-03.csv");
        assertThat(db.count("SELECT count(*) FROM call_audit WHERE event = 'DNC_ADDED'")).isEqualTo(2);
    }

    @Test
    void anAllMarketingRequestBesideAProductOneIsTheOneThatCounts() {
        dnc().stopForProduct(phone, "암보험", KIM);
        db.services().doNotCallStore().add(phone, "manual", KIM);
        assertThat(dnc().check(phone)).get().extracting(DoNotCallEntry::scope).isEqualTo(StopScope.ALL_MARKETING);
        assertThat(dnc().size()).isEqualTo(1);
        assertThat(db.queryString("SELECT status FROM lead WHERE id = " + dentalLead)).isEqualTo("NEW");
    }
}
