package dev.dialdesk.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportIssue.Kind;
import dev.dialdesk.testing.SheetFiles;
import dev.dialdesk.testing.SheetFiles.Num;
import dev.dialdesk.testing.SheetFiles.SheetData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file a centre hands out, imported through the one service with a real database. */
class FileKindsImportTest {

    private static final Charset MS949 = Charset.forName("x-windows-949");

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

    /** A sheet as centres send it: a title row and a meta row above the header. */
    private static SheetData november() {
        return new SheetData("11월", List.of(
                List.of("2026년 11월 배정 DB"),
                List.of("배정일", "2026-11-20"),
                List.of("고객명(한글)", "연락처(휴대폰)", "생년월일", "고객번호", "상담희망시간"),
                List.of("김민준", new Num(1012345678, "General"), new Num(27455, "yyyy-mm-dd"),
                        new Num(21234567, "General"), "오전"),
                List.of("이서연", "010-2345-6789", "1980.01.01", new Num(7, "000000"), "")));
    }

    private static SheetData december() {
        return new SheetData("12월", List.of(
                List.of("이름", "휴대폰"),
                List.of("박지훈", "010-3456-7890")));
    }

    @Test
    void anXlsxWorkbookImportsItsFirstSheetWithCellsAsExcelShowsThem() throws IOException {
        Path file = SheetFiles.xlsx(dir.resolve("assigned.xlsx"), november(), december());
        ImportReport report = fixture.importFile(file);

        assertSheetImported(report);
    }

    @Test
    void anOldXlsWorkbookImportsTheSameWay() throws IOException {
        Path file = SheetFiles.xls(dir.resolve("assigned.xls"), november(), december());
        ImportReport report = fixture.importFile(file);

        assertSheetImported(report);
    }

    private void assertSheetImported(ImportReport report) {
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isZero();
        assertThat(report.issues()).containsExactly(
                new ImportIssue(1, Kind.WARNING, new Message("import.warning.skippedTitleRow", "2026년 11월 배정 DB")),
                new ImportIssue(2, Kind.WARNING, new Message("import.warning.skippedTitleRow", "배정일 2026-11-20")));
        assertThat(fixture.leadColumn("+821012345678", "name")).isEqualTo("김민준");
        assertThat(fixture.leadColumn("+821012345678", "birth_date")).isEqualTo("1975-03-02");
        assertThat(fixture.leadColumn("+821012345678", "external_id")).isEqualTo("21234567");
        assertThat(fixture.leadColumn("+821012345678", "extra")).isEqualTo("{\"상담희망시간\":\"오전\"}");
        assertThat(fixture.leadColumn("+821023456789", "external_id")).isEqualTo("000007");
        assertThat(fixture.leadColumn("+821034567890", "name")).as("second sheet not read").isNull();
    }

    @Test
    void theSheetIsChosenByNameOrNumberAndAnUnknownOneNamesTheSheetsThereAre() throws IOException {
        Path file = SheetFiles.xlsx(dir.resolve("two-sheets.xlsx"), november(), december());
        ImportPreview preview = fixture.service.preview(file, 10, "12월", 0);
        assertThat(preview.sheets()).containsExactly("11월", "12월");
        assertThat(preview.sheet()).isEqualTo("12월");
        assertThat(preview.headers()).containsExactly("이름", "휴대폰");

        ImportReport report = fixture.service.importFile(
                new ImportRequest(file, ImportFixture.AGENT, null, null, "2", 0), ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(fixture.leadColumn("+821034567890", "name")).isEqualTo("박지훈");

        List<String> before = fixture.dump();
        assertThatThrownBy(() -> fixture.service.importFile(
                new ImportRequest(file, ImportFixture.AGENT, null, null, "1월", 0), ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.userMessage())
                        .isEqualTo(new Message("import.error.noSheet", file.toString(), "1월", "11월, 12월")));
        assertThat(fixture.dump()).isEqualTo(before);
    }

    @Test
    void theHeaderRowCanBeNamedWhenItIsNotFound() throws IOException {
        Path file = fixture.write("custom.csv", "고객 목록\r\nNo,성함,번호\r\n1,김민준,010-1234-5678\r\n");
        ImportPreview found = fixture.service.preview(file, 10);
        assertThat(found.headerLine()).isEqualTo(1); // "성함" and "번호" are unknown words: nothing looks like a header

        ImportPreview named = fixture.service.preview(file, 10, null, 2);
        assertThat(named.headers()).containsExactly("No", "성함", "번호");
        assertThat(named.skippedRows()).isEqualTo(1);
    }

    @Test
    void theWebAdminsHtmlTableSavedAsXlsIsReadAsATableInItsMetaCharset() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body>"
                + "<table border=1><tr><th>고객명</th><th>휴대폰</th><th>지역</th></tr>"
                + "<tr><td>김민준</td><td>010-1234-5678</td><td>서울&nbsp;강남구</td></tr>"
                + "<tr><td>이서연</td><td>'01023456789</td><td></td></tr></table></body></html>";
        Path file = dir.resolve("excel-download.xls");
        Files.write(file, html.getBytes(Charset.forName("EUC-KR")));
        ImportReport report = fixture.importFile(file);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.charset()).isEqualTo("EUC-KR");
        assertThat(fixture.leadColumn("+821012345678", "region")).isEqualTo("서울 강남구");
        assertThat(fixture.leadColumn("+821023456789", "name")).isEqualTo("이서연");
    }

    @Test
    void excelsUnicodeTextUtf16WithOrWithoutByteOrderMarkIsRead() throws IOException {
        String tsv = "이름\t연락처\t지역\r\n김민준\t010-1234-5678\t서울\r\n이서연\t010-2345-6789\t부산\r\n";
        Path little = dir.resolve("unicode.txt");
        Files.write(little, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, tsv.getBytes(StandardCharsets.UTF_16LE)));
        ImportReport report = fixture.importFile(little);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.charset()).isEqualTo("UTF-16LE");
        assertThat(fixture.leadColumn("+821023456789", "region")).isEqualTo("부산");

        Path big = dir.resolve("unicode-be.csv");
        Files.write(big, "이름,연락처\n박지훈,010-3456-7890\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(fixture.importFile(big).imported()).isEqualTo(1);
        assertThat(fixture.leadColumn("+821034567890", "name")).isEqualTo("박지훈");

        Path json = dir.resolve("unicode.json");
        Files.write(json, "[{\"이름\":\"최영희\",\"연락처\":\"010-4567-8901\"}]".getBytes(StandardCharsets.UTF_16));
        assertThat(fixture.importFile(json).imported()).isEqualTo(1);
        assertThat(fixture.leadColumn("+821045678901", "name")).isEqualTo("최영희");
    }

    @Test
    void jsonIsAnArrayAWrappedArrayOrJsonLinesAndACsvStartingWithABracketIsNoJson() throws IOException {
        Path wrapped = fixture.write("wrapped.json", "{\"leads\": [{\"name\":\"김민준\",\"phone\":\"010-1234-5678\"}]}");
        assertThat(fixture.importFile(wrapped).imported()).isEqualTo(1);

        Path lines = fixture.write("leads.jsonl",
                "{\"name\":\"이서연\",\"phone\":\"010-2345-6789\"}\n{\"name\":\"박지훈\",\"phone\":\"010-3456-7890\"}\n");
        assertThat(fixture.importFile(lines).imported()).isEqualTo(2);
        assertThat(fixture.leadColumn("+821034567890", "name")).isEqualTo("박지훈");

        Path csv = fixture.write("vip.txt", "[VIP] 고객명,연락처\n[VIP] 최영희,010-4567-8901\n");
        ImportPreview preview = fixture.service.preview(csv, 5);
        assertThat(preview.format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void aNulByteRejectsOnlyItsLineBeforeAndAfterTheFirst64Kilobytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("이름,연락처\n김\u0000민준,010-1234-5678\n".getBytes(StandardCharsets.UTF_8));
        int line = 3;
        while (bytes.size() < 80_000) {
            bytes.writeBytes(String.format("고객%d,010-3%03d-%04d%n", line, line % 1000, line).getBytes(StandardCharsets.UTF_8));
            line++;
        }
        int nulLine = line;
        bytes.writeBytes("이서연,010-2345-67\u000089\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("nul.csv");
        Files.write(file, bytes.toByteArray());
        ImportReport report = fixture.importFile(file);

        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.issues()).filteredOn(issue -> issue.kind() == Kind.REJECTED)
                .extracting(ImportIssue::line).containsExactly(2L, (long) nulLine);
        assertThat(report.issues()).filteredOn(issue -> issue.kind() == Kind.REJECTED)
                .extracting(issue -> issue.reason().key()).containsOnly("import.rejected.nulByte");
        assertThat(report.imported()).isEqualTo(nulLine - 3);
    }

    @Test
    void utf8LinesPastedIntoACp949FileAreNamedNeverStoredGarbled() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("이름,연락처,지역\r\n김민준,010-1234-5678,서울\r\n".getBytes(MS949));
        bytes.writeBytes("이서연,010-2345-6789,부산\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("박지훈,010-3456-7890,대구\r\n".getBytes(MS949));
        Path file = dir.resolve("pasted.csv");
        Files.write(file, bytes.toByteArray());
        ImportReport report = fixture.importFile(file);

        assertThat(report.charset()).isEqualTo("x-windows-949");
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.issues()).containsExactly(new ImportIssue(3, Kind.REJECTED,
                new Message("import.rejected.otherCharset", "x-windows-949")));
        assertThat(fixture.leadColumn("+821023456789", "name")).isNull();
        assertThat(fixture.leadColumn("+821034567890", "region")).isEqualTo("대구");
    }

    @Test
    void residentRegistrationNumbersAreNeverStoredButGiveBirthDateAndGender() throws IOException {
        Path file = fixture.write("rrn.csv", "이름,연락처,주민번호,메모,기타\r\n"
                + "김민준,010-1234-5678,760714-1987654,,\r\n"
                + "이서연,010-2345-6789,0203154876543,본인 확인 850101-2765432 완료,\r\n"
                + "박지훈,010-3456-7890,,,930923-1765439\r\n");
        ImportReport report = fixture.importFile(file);

        assertThat(report.imported()).isEqualTo(3);
        assertThat(fixture.leadColumn("+821012345678", "birth_date")).isEqualTo("1976-07-14");
        assertThat(fixture.leadColumn("+821012345678", "gender")).isEqualTo("MALE");
        assertThat(fixture.leadColumn("+821023456789", "birth_date")).isEqualTo("2002-03-15");
        assertThat(fixture.leadColumn("+821023456789", "gender")).isEqualTo("FEMALE");
        assertThat(fixture.leadColumn("+821023456789", "notes")).isEqualTo("본인 확인 ******-******* 완료");
        assertThat(fixture.leadColumn("+821034567890", "birth_date")).isEqualTo("1993-09-23");
        assertThat(fixture.leadColumn("+821034567890", "extra")).isNull();
        assertThat(String.join("\n", fixture.dump())).doesNotContain("1987654", "4876543", "2765432", "1765439");
        assertThat(report.issues()).containsExactly(
                new ImportIssue(2, Kind.WARNING, new Message("import.warning.residentNumberDropped", "주민번호")),
                new ImportIssue(4, Kind.WARNING, new Message("import.warning.residentNumberDropped", "기타")));
    }

    @Test
    void otherPhoneColumnsExtensionsAndNotesAreKeptBesideTheNumber() throws IOException {
        Path file = fixture.write("phones.csv", "고객명,자택전화,휴대폰,생년월일\r\n"
                + "김민준,02-123-4567,010-1234-5678 (본인) 내선 123,760714\r\n"
                + "이서연,,010-2345-6789 / 010-9876-5432,1975년 3월 2일\r\n"
                + "박지훈,,010-3456-7890,언젠가\r\n");
        ImportReport report = fixture.importFile(file);

        assertThat(report.imported()).isEqualTo(3);
        assertThat(fixture.leadColumn("+821012345678", "extra"))
                .isEqualTo("{\"휴대폰 (ext)\":\"123\",\"휴대폰 (note)\":\"본인\",\"자택전화 (alt)\":\"02-123-4567\"}");
        assertThat(fixture.leadColumn("+821012345678", "birth_date")).isEqualTo("1976-07-14");
        assertThat(fixture.leadColumn("+821023456789", "extra")).isEqualTo("{\"휴대폰 (alt)\":\"010-9876-5432\"}");
        assertThat(fixture.leadColumn("+821023456789", "birth_date")).isEqualTo("1975-03-02");
        assertThat(fixture.leadColumn("+821034567890", "extra")).isEqualTo("{\"생년월일\":\"언젠가\"}");
        assertThat(report.issues()).containsExactly(
                new ImportIssue(4, Kind.WARNING, new Message("import.warning.birthDateUnreadable", "언젠가")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
