package dev.dialdesk.io.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.service.cases.ContactFileReader;
import dev.dialdesk.service.cases.MissedCallFileReader;
import dev.dialdesk.service.imports.ImportFailedException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address book and the missed-call export go through the one table reader of the imports. */
class CaseTableFilesTest {

    private static final String BOOK = "이름,팀,연락처,근무시간,점심시간\n"
            + "박생산,생산팀,02-555-1001,09:00-18:00,12:00-13:00\n"
            + "\n"
            + "정배송,배송,02-555-1003,,\n";

    @TempDir
    Path dir;

    @Test
    void anAddressBookSavedInCp949ReadsItsKoreanHeadersAndNames() throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, BOOK.getBytes(Charset.forName("x-windows-949")));

        List<ContactFileReader.Row> rows = new ContactCsvReader().read(file);

        assertThat(rows).extracting(ContactFileReader.Row::name).containsExactly("박생산", "정배송");
        assertThat(rows.get(0).team()).isEqualTo("생산팀");
        assertThat(rows.get(0).lunch()).isEqualTo("12:00-13:00");
        assertThat(rows).extracting(ContactFileReader.Row::line).containsExactly(2L, 4L);
    }

    @Test
    void anAddressBookInUtf16WithATitleRowAboveTheHeaderIsRead() throws Exception {
        Path file = dir.resolve("contacts.txt");
        Files.write(file, ("\uFEFF내선 연락처 2026-12\n" + BOOK).getBytes(StandardCharsets.UTF_16LE));

        List<ContactFileReader.Row> rows = new ContactCsvReader().read(file);

        assertThat(rows).extracting(ContactFileReader.Row::phone).containsExactly("02-555-1001", "02-555-1003");
        assertThat(rows.get(0).line()).isEqualTo(3L);
    }

    @Test
    void aMissedCallExportWithoutATimeColumnIsRefusedNamingTheColumn() throws Exception {
        Path file = dir.resolve("missed.csv");
        Files.writeString(file, "발신번호,이름\n010-1234-5678,김고객\n");

        assertThatThrownBy(() -> new MissedCallCsvReader().read(file)).isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).userMessage().key()).isEqualTo("cases.file.column"))
                .satisfies(e -> assertThat(((ImportFailedException) e).userMessage().args()).contains("time"));
    }

    @Test
    void aMissedCallExportInUtf8KeepsNumberTimeAndName() throws Exception {
        Path file = dir.resolve("missed.csv");
        Files.writeString(file, "발신번호,수신시간,이름\n010-1234-5678,2026-12-01 14:05,김고객\n");

        List<MissedCallFileReader.Row> rows = new MissedCallCsvReader().read(file);

        assertThat(rows).containsExactly(new MissedCallFileReader.Row(2, "010-1234-5678", "2026-12-01 14:05", "김고객"));
    }
}
