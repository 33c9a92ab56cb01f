package dev.dialdesk.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportIssue.Kind;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lead import flags leads whose number is already on the do-not-call list (수신거부). */
class DoNotCallOnImportTest {

    @TempDir
    Path dir;
    private ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aListedNumberIsImportedAsDoNotCallWithAWarningOnItsLine() throws IOException {
        new JdbcDoNotCallStore(fixture.database, ImportFixture.CLOCK)
                .addAll(List.of(PhoneNumber.parse("010-2222-3333", "KR").number()), "import:dnc.csv", ImportFixture.AGENT);
        Path file = fixture.write("today.csv", "이름,연락처\n김민준,010-1111-2222\n이서연,+82 10 2222 3333\n");

        ImportReport report = fixture.importFile(file);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.issues()).containsExactly(
                new ImportIssue(3, Kind.WARNING, new Message("import.warning.doNotCall")));
        assertThat(statusOf("+821022223333")).isEqualTo("DO_NOT_CALL");
        assertThat(statusOf("+821011112222")).isEqualTo("NEW");
    }

    private String statusOf(String e164) {
        return fixture.database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT status FROM lead WHERE phone = ?")) {
                statement.setString(1, e164);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
