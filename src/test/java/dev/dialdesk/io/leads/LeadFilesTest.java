package dev.dialdesk.io.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadFilesTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");

    @TempDir
    Path dir;

    private Path write(String text, Charset charset) throws IOException {
        Path file = dir.resolve("leads.csv");
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static List<RawRow> rows(LeadFile file) {
        List<RawRow> rows = new ArrayList<>();
        RawRow row;
        while ((row = file.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void excelCp949ExportIsReadAsMs949() throws IOException {
        Path file = write("이름,연락처\r\n김민준,010-1234-5678\r\n", CP949);
        try (LeadFile lead = new LeadFiles().open(file)) {
            assertThat(lead.charset()).isEqualTo("x-windows-949");
            assertThat(lead.headers()).containsExactly("이름", "연락처");
            assertThat(rows(lead)).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly("김민준", "010-1234-5678"));
        }
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkIsUtf8AndTheMarkIsNotPartOfTheHeader() throws IOException {
        for (String prefix : List.of("\uFEFF", "")) {
            Path file = write(prefix + "이름,연락처\n김서연,01012345678\n", StandardCharsets.UTF_8);
            try (LeadFile lead = new LeadFiles().open(file)) {
                assertThat(lead.charset()).isEqualTo("UTF-8");
                assertThat(lead.headers()).containsExactly("이름", "연락처");
                assertThat(rows(lead).get(0).cells()).containsExactly("김서연", "01012345678");
            }
        }
    }

    @Test
    void aFileThatIsUtf8UntilItsLastLineIsStillMs949() throws IOException {
        StringBuilder text = new StringBuilder("name,phone\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("kim,010-1234-").append(1000 + i % 9000).append('\n');
        }
        byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "박지훈,010-9999-0000\n".getBytes(CP949);
        Path file = dir.resolve("mixed.csv");
        Files.write(file, concat(head, tail));
        try (LeadFile lead = new LeadFiles().open(file)) {
            assertThat(lead.charset()).isEqualTo("x-windows-949");
            List<RawRow> rows = rows(lead);
            assertThat(rows.get(rows.size() - 1).cells().get(0)).isEqualTo("박지훈");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void delimiterIsDetectedFromTheHeaderLine() throws IOException {
        for (char delimiter : new char[] {',', ';', '\t'}) {
            String others = ",;\t".replace(String.valueOf(delimiter), "");
            String note = "a" + others.charAt(0) + " b" + others.charAt(1) + " c";
            Path file = write("이름" + delimiter + "연락처" + delimiter + "비고\n김민준" + delimiter + "010-1234-5678"
                    + delimiter + note + "\n", StandardCharsets.UTF_8);
            try (LeadFile lead = new LeadFiles().open(file)) {
                assertThat(lead.delimiter()).isEqualTo(delimiter);
                assertThat(rows(lead).get(0).cells()).containsExactly("김민준", "010-1234-5678", note);
            }
        }
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaksAndLinesCountPhysically() throws IOException {
        Path file = write("이름,연락처,비고\r\n"
                + "김민준,010-1111-2222,\"오후, 2시 \"\"이후\"\"\"\r\n"
                + "\r\n"
                + "이서연,010-3333-4444,\"첫 줄\r\n둘째 줄\r\n셋째 줄\"\r\n"
                + ",,\r\n"
                + "박지훈,010-5555-6666,끝\r\n", StandardCharsets.UTF_8);
        try (LeadFile lead = new LeadFiles().open(file)) {
            List<RawRow> rows = rows(lead);
            assertThat(rows).extracting(RawRow::line).containsExactly(2L, 4L, 8L);
            assertThat(rows.get(0).cells().get(2)).isEqualTo("오후, 2시 \"이후\"");
            assertThat(rows.get(1).cells().get(2)).isEqualTo("첫 줄\n둘째 줄\n셋째 줄");
            assertThat(rows.get(2).cells()).containsExactly("박지훈", "010-5555-6666", "끝");
        }
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItStarts() throws IOException {
        Path file = write("이름,연락처\n김민준,010-1111-2222\n\"이서연,010-3333-4444\n박지훈,010-5555-6666\n",
                StandardCharsets.UTF_8);
        try (LeadFile lead = new LeadFiles().open(file)) {
            assertThat(lead.next().line()).isEqualTo(2);
            assertThatThrownBy(lead::next).isInstanceOf(ImportFailedException.class)
                    .satisfies(e -> assertThat(((ImportFailedException) e).userMessage().key()).isEqualTo("import.error.unclosedQuote"))
                    .satisfies(e -> assertThat(((ImportFailedException) e).userMessage().args()).contains("3"));
        }
    }

    @Test
    void jsonArrayIsStreamedWithTheLineEachObjectStartsOn() throws IOException {
        Path file = dir.resolve("leads.json");
        Files.writeString(file, "[\n  {\"name\": \"김민준\", \"phone\": \"010-1234-5678\"},\n"
                + "  {\"phone\": 1012345679, \"상담희망시간\": \"오전\", \"tags\": [\"vip\"]}\n]\n");
        try (LeadFile lead = new LeadFiles().open(file)) {
            assertThat(lead.format()).isEqualTo(FileFormat.JSON);
            List<RawRow> rows = rows(lead);
            assertThat(rows).extracting(RawRow::line).containsExactly(2L, 3L);
            assertThat(lead.headers()).containsExactly("name", "phone", "상담희망시간", "tags");
            assertThat(rows.get(1).cells()).containsExactly("", "1012345679", "오전", "[\"vip\"]");
        }
    }

    @Test
    void badFilesAreRefusedWithAMessageNamingTheFile() throws IOException {
        assertRefused(dir.resolve("nowhere.csv"), "import.error.missing");
        assertRefused(Files.createDirectory(dir.resolve("folder.csv")), "import.error.unreadable");
        assertRefused(write("", StandardCharsets.UTF_8), "import.error.empty");
        assertRefused(write("\uFEFF\r\n  \n", StandardCharsets.UTF_8), "import.error.empty");
        Path binary = dir.resolve("leads.xlsx.csv");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x7F, 0x01});
        assertRefused(binary, "import.error.badWorkbook"); // a ZIP is read as the workbook it claims to be
        Path executable = dir.resolve("leads.exe.csv");
        Files.write(executable, new byte[] {0x4D, 0x5A, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x7F, 0x01, 0x00, 0x00});
        assertRefused(executable, "import.error.binary");
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "[\n {\"phone\": \"010\"},\n {\"phone\" \"010\"}\n]");
        try (LeadFile lead = new LeadFiles().open(json)) {
            lead.next();
            assertThatThrownBy(lead::next).isInstanceOf(ImportFailedException.class)
                    .satisfies(e -> assertThat(((ImportFailedException) e).userMessage())
                            .isEqualTo(new dev.dialdesk.domain.i18n.Message("import.error.malformedJson", json.toString(), "3")));
        }
        Path scalar = dir.resolve("scalar.json");
        Files.writeString(scalar, "\"010-1234-5678\"");
        assertRefused(scalar, "import.error.notJsonArray");
    }

    private static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> new LeadFiles().open(file).close())
                .isInstanceOf(ImportFailedException.class)
                .satisfies(e -> {
                    ImportFailedException failure = (ImportFailedException) e;
                    assertThat(failure.userMessage().key()).isEqualTo(key);
                    assertThat(failure.userMessage().args()).contains(file.toString());
                });
    }
}
