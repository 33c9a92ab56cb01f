package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportIssue.Kind;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadImportServiceTest {

    private static final String HEADER = "이름,연락처,생년월일,성별,지역,상품,유입경로,비고,상담희망시간\r\n";

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
    void rejectedDuplicateAndWarnedLinesAreReportedWithTheirExactLineNumbers() throws IOException {
        Path file = fixture.write("morning.csv", HEADER
                + "김민준,010-1234-5678,1975-03-02,남,서울 강남구,암보험,온라인 광고,,오전\r\n"       // 2
                + "이서연,,1980-01-01,여,,,,,\r\n"                                                 // 3 no phone
                + "\r\n"                                                                           // 4 blank
                + "박지훈,010-12ab-5678,,남,,,,\"메모, 두 줄\r\n둘째 줄\",\r\n"                       // 5-6 letters
                + "최영희,010-5970-1234,,여,,,,,\r\n"                                              // 7 not allocated yet
                + "정철수,01012345678,1975-02-30,남,,,,,\r\n"                                      // 8 duplicate of 2
                + "강미경,02-123-4567,1975-02-30,여,,,,,\r\n"                                      // 9 bad date
                + "윤동현,+82 10-1234-5678,,,,,,,\r\n", Charset.forName("x-windows-949"));        // 10 duplicate of 2
        ImportReport report = fixture.importFile(file);

        assertThat(report.charset()).isEqualTo("x-windows-949");
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.issues()).containsExactly(
                new ImportIssue(3, Kind.REJECTED, new Message("import.rejected.noPhone")),
                new ImportIssue(5, Kind.REJECTED, new Message("import.rejected.letters", "010-12ab-5678")),
                new ImportIssue(7, Kind.WARNING, new Message("import.warning.unallocated", "010-5970-1234")),
                new ImportIssue(8, Kind.DUPLICATE, new Message("import.duplicate.sameFile", "2")),
                new ImportIssue(8, Kind.WARNING, new Message("import.warning.birthDateNonexistent", "1975-02-30")),
                new ImportIssue(9, Kind.WARNING, new Message("import.warning.birthDateNonexistent", "1975-02-30")),
                new ImportIssue(10, Kind.DUPLICATE, new Message("import.duplicate.sameFile", "2")));
        assertThat(fixture.count("lead")).isEqualTo(3);
        assertThat(fixture.leadColumn("+8221234567", "birth_date")).isNull();
        assertThat(fixture.leadColumn("+821012345678", "name")).isEqualTo("김민준");
        assertThat(fixture.leadColumn("+821012345678", "gender")).isEqualTo("MALE");
        assertThat(fixture.leadColumn("+821012345678", "birth_date")).isEqualTo("1975-03-02");
        assertThat(fixture.leadColumn("+821012345678", "extra")).isEqualTo("{\"상담희망시간\":\"오전\"}");
        assertThat(fixture.service.issuesOf(report.batchId())).containsExactlyElementsOf(report.issues());
    }

    @Test
    void numbersAlreadyInTheDatabaseAreDuplicatesNamingTheirBatchAndLine() throws IOException {
        fixture.service.importFile(new ImportRequest(fixture.write("monday.csv", "연락처\n010-1111-2222\n010-3333-4444\n"),
                ImportFixture.AGENT, "월요일 DB", null), ImportProgress.NONE);
        ImportReport second = fixture.importFile(fixture.write("tuesday.csv", "phone,name\n01055556666,a\n01033334444,b\n"));

        assertThat(second.imported()).isEqualTo(1);
        assertThat(second.issues()).containsExactly(new ImportIssue(3, Kind.DUPLICATE,
                new Message("import.duplicate.earlierBatch", "월요일 DB", "2026-11-20", "3")));
        assertThat(fixture.english.get(second.issues().get(0).reason()))
                .isEqualTo("Already in batch «월요일 DB» (imported 2026-11-20, line 3).");
        assertThat(fixture.count("lead")).isEqualTo(3);
        assertThat(fixture.count("lead_batch")).isEqualTo(2);
    }

    @Test
    void aFailureInTheMiddleOfTheFileLeavesTheDatabaseExactlyAsItWas() throws IOException {
        fixture.importFile(fixture.write("before.csv", "연락처\n010-9999-0000\n"));
        List<String> before = fixture.dump();
        fixture.database.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER boom BEFORE INSERT ON lead WHEN NEW.source_line = 2500 "
                        + "BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
            }
            return null;
        });
        Path big = generated(5_000);

        assertThatThrownBy(() -> fixture.importFile(big)).hasMessageContaining("forced failure");

        assertThat(fixture.dump()).isEqualTo(before);
    }

    @Test
    void cancellingHalfwayLeavesTheDatabaseExactlyAsItWas() throws IOException {
        List<String> before = fixture.dump();
        AtomicInteger updates = new AtomicInteger();
        ImportProgress cancelAfterTwoChunks = new ImportProgress() {
            @Override
            public void update(long bytesRead, long totalBytes, long rows) {
                assertThat(bytesRead).isLessThanOrEqualTo(totalBytes);
                updates.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return updates.get() >= 2;
            }
        };

        assertThatThrownBy(() -> fixture.service.importFile(new ImportRequest(generated(5_000), ImportFixture.AGENT, null, null),
                cancelAfterTwoChunks))
                .isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).userMessage().key()).isEqualTo("import.error.cancelled"));
        assertThat(fixture.dump()).isEqualTo(before);
    }

    @Test
    void anExceptionInTheImportingThreadRollsBackToo() throws IOException {
        List<String> before = fixture.dump();
        ImportProgress failing = new ImportProgress() {
            @Override
            public void update(long bytesRead, long totalBytes, long rows) {
                throw new IllegalStateException("progress listener broke");
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> fixture.service.importFile(new ImportRequest(generated(3_000), ImportFixture.AGENT, null, null),
                failing)).hasMessage("progress listener broke");
        assertThat(fixture.dump()).isEqualTo(before);
    }

    private Path generated(int rows) throws IOException {
        Path file = dir.resolve("generated-" + rows + ".csv");
        StringBuilder text = new StringBuilder("이름,연락처\n");
        for (int i = 0; i < rows; i++) {
            text.append("고객").append(i).append(",010-2").append(String.format("%03d", i / 1000)).append('-')
                    .append(String.format("%04d", i % 1000 + 1000)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void badFilesChangeNothingAndSayWhy() throws IOException {
        fixture.importFile(fixture.write("before.csv", "연락처\n010-9999-0000\n"));
        List<String> before = fixture.dump();
        assertFails(dir.resolve("missing.csv"), "import.error.missing");
        assertFails(fixture.write("empty.csv", ""), "import.error.empty");
        assertFails(fixture.write("header-only.csv", "이름,연락처\r\n\r\n"), "import.error.noLeads");
        assertFails(fixture.write("no-phone.csv", "이름,주소\n김민준,서울\n"), "import.error.noPhoneColumn");
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertFails(binary, "import.error.binary");
        assertFails(fixture.write("broken.json", "[{\"phone\": \"010-1234-5678\"},\n{\"phone\": }]"), "import.error.malformedJson");
        assertFails(fixture.write("empty.json", "[]"), "import.error.noLeads");
        assertFails(fixture.write("keys.json", "[{\"name\": \"김민준\"}]"), "import.error.noPhoneColumn");
        assertThat(fixture.dump()).isEqualTo(before);
    }

    private void assertFails(Path file, String key) {
        assertThatThrownBy(() -> fixture.importFile(file)).as(key)
                .isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).userMessage().key()).isEqualTo(key))
                .satisfies(e -> assertThat(fixture.english.get(((ImportFailedException) e).userMessage()))
                        .contains(file.toString()));
    }

    @Test
    void jsonLeadsImportWithEnglishOrKoreanKeysAndKeepUnknownKeysAsExtraFields() throws IOException {
        Path file = fixture.write("leads.json", "[\n"
                + "  {\"name\": \"김민준\", \"phone\": \"010-1234-5678\", \"birth_date\": \"1975.03.02\", \"gender\": \"M\",\n"
                + "   \"external_id\": \"C-1\", \"상담희망시간\": \"오전\"},\n"
                + "  {\"이름\": \"이서연\", \"연락처\": \"010-1234-5678\"},\n"
                + "  {\"name\": \"박지훈\", \"phone\": \"abc\"},\n"
                + "  {\"name\": \"최영희\", \"phone\": \"+82 10-2222-3333\", \"notes\": \"저녁 선호\"}\n"
                + "]\n");
        ImportReport report = fixture.importFile(file);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.issues()).containsExactly(
                new ImportIssue(4, Kind.DUPLICATE, new Message("import.duplicate.sameFile", "2")),
                new ImportIssue(5, Kind.REJECTED, new Message("import.rejected.letters", "abc")));
        assertThat(fixture.leadColumn("+821012345678", "external_id")).isEqualTo("C-1");
        assertThat(fixture.leadColumn("+821012345678", "birth_date")).isEqualTo("1975-03-02");
        assertThat(fixture.leadColumn("+821012345678", "extra")).isEqualTo("{\"상담희망시간\":\"오전\"}");
        assertThat(fixture.leadColumn("+821022223333", "notes")).isEqualTo("저녁 선호");
    }

    @Test
    void aMappingChosenInTheDialogOverridesTheRecognisedOne() throws IOException {
        Path file = fixture.write("odd.csv", "고객,번호,연락처\n김민준,010-1111-2222,010-9999-9999\n");
        ColumnMapping chosen = new ColumnMapping(Map.of(0, LeadField.NAME, 1, LeadField.PHONE));
        ImportReport report = fixture.service.importFile(new ImportRequest(file, ImportFixture.AGENT, "odd", chosen),
                ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(fixture.leadColumn("+821011112222", "name")).isEqualTo("김민준");
        assertThat(fixture.leadColumn("+821011112222", "extra")).isEqualTo("{\"연락처\":\"010-9999-9999\"}");
    }

    @Test
    void previewShowsHowTheFileWasReadAndTheSuggestedMapping() throws IOException {
        Path file = fixture.write("p.csv", "이름;휴대폰 번호;메모\n김민준;010-1111-2222\n이서연;010-3333-4444;x\n박지훈;010-5555-6666;y\n");
        ImportPreview preview = fixture.service.preview(file, 2);
        assertThat(preview.format()).isEqualTo(FileFormat.CSV);
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.headers()).containsExactly("이름", "휴대폰 번호", "메모");
        assertThat(preview.suggested().fieldsByColumn()).containsOnly(Map.entry(0, LeadField.NAME),
                Map.entry(1, LeadField.PHONE), Map.entry(2, LeadField.NOTES));
        assertThat(preview.rows()).containsExactly(List.of("김민준", "010-1111-2222", ""), List.of("이서연", "010-3333-4444", "x"));
        assertThat(fixture.count("lead_batch")).isZero();
    }

    @Test
    void theSavedReportIsUtf8WithAByteOrderMarkInTheAgentsLanguage() throws IOException {
        ImportReport report = fixture.importFile(fixture.write("r.csv", "연락처\n010-1111-2222\n없음\n010-1111-2222\n"));
        Path target = dir.resolve("report.csv");
        fixture.service.saveReportCsv(report, target);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFLine,Kind,Reason\r\n"
                + "3,Rejected,\"The phone number \"\"없음\"\" contains letters.\"\r\n"
                + "4,Duplicate,Duplicate of line 2.\r\n");
    }
}
