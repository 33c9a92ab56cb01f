package dev.dialdesk.service.imports;

import static dev.dialdesk.service.imports.ImportFixture.AGENT;
import static dev.dialdesk.service.imports.ImportFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadPhones;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.leads.LeadFilter;
import dev.dialdesk.service.leads.LeadSearch;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.storage.LeadQuery;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lead's other numbers (a 자택전화 column, a second number in the phone cell) and its extension,
 * imported from a real file into a real SQLite file: searchable in the lead list, listed with the lead
 * when the customer asks not to be called, and the extension kept for the dialer.
 */
class AlternatePhonesTest {

    @TempDir
    Path dir;
    private ImportFixture fixture;
    private JdbcLeadStore leads;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ImportFixture(dir);
        leads = new JdbcLeadStore(fixture.database, CLOCK);
        fixture.importFile(fixture.write("leads.csv", """
                고객명,휴대폰,자택전화
                홍길동,010-1234-5678,02-123-4567
                김철수,010-2222-3333 / 010-4444-5555,
                이영희,02-555-6666 내선 205,
                """));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private List<String> search(String text) {
        LeadSnapshot snapshot = new LeadDirectory(leads).load(AGENT);
        return Arrays.stream(LeadSearch.find(snapshot, LeadFilter.ALL.withText(text))).mapToObj(snapshot::name).toList();
    }

    private Lead lead(String e164) {
        List<Lead> found = new ArrayList<>();
        leads.forEachLead(LeadQuery.all(), l -> {
            if (l.phone().e164().equals(e164)) {
                found.add(l);
            }
        });
        return found.get(0);
    }

    @Test
    void digitsOfAHomeNumberFindTheLeadInTheList() {
        assertThat(search("123-4567")).containsExactly("홍길동");
        assertThat(search("021234567")).containsExactly("홍길동");
    }

    @Test
    void theSecondNumberOfAPhoneCellFindsTheLead() {
        assertThat(search("4444-5555")).containsExactly("김철수");
        assertThat(search("010-4444")).containsExactly("김철수");
    }

    @Test
    void digitsNeverMatchAcrossTwoAlternatesOrTheLeadsOwnNumber() {
        assertThat(search("56780212")).isEmpty();
    }

    @Test
    void theExtensionOfTheNumberIsKeptForTheDialer() {
        assertThat(LeadPhones.extension(lead("+8225556666").extra())).isEqualTo("205");
        assertThat(LeadPhones.extension(lead("+821012345678").extra())).isEmpty();
    }

    @Test
    void aDoNotCallOutcomeListsTheHomeNumberTooAndAuditsEachAddition() {
        recordDoNotCall(lead("+821012345678"));
        assertThat(queryAll("SELECT number FROM do_not_call ORDER BY number"))
                .containsExactly("+821012345678", "+8221234567");
        assertThat(queryAll("SELECT event || ' ' || number_masked FROM call_audit ORDER BY id")).containsExactly(
                "DNC_ADDED " + PhoneNumber.ofE164("+821012345678").masked(),
                "DNC_ADDED " + PhoneNumber.ofE164("+8221234567").masked());
    }

    @Test
    void aDoNotCallOutcomeListsTheSecondNumberOfTheCell() {
        recordDoNotCall(lead("+821022223333"));
        assertThat(queryAll("SELECT number FROM do_not_call ORDER BY number"))
                .containsExactly("+821022223333", "+821044445555");
    }

    private void recordDoNotCall(Lead lead) {
        JdbcCallLog log = new JdbcCallLog(fixture.database);
        var start = CLOCK.instant();
        log.record(new CallAttempt(0, UUID.randomUUID(), lead.id(), AGENT, start, start.plusSeconds(30), "DO_NOT_CALL", ""),
                new JdbcDispositionStore(fixture.database).find("DO_NOT_CALL").orElseThrow());
    }

    private List<String> queryAll(String sql) {
        return fixture.database.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        });
    }
}
