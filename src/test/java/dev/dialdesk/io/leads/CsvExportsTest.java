package dev.dialdesk.io.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dialdesk.service.imports.ImportFixture;
import dev.dialdesk.service.imports.ImportReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files Dialdesk writes: opened in a spreadsheet by a team lead, so nothing in them may run. */
class CsvExportsTest {

    @TempDir
    Path dir;

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        Path target = dir.resolve("export.csv");
        new ExcelCsvWriter().write(target, List.of("name", "note"), List.of(
                List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0"),
                List.of("-2+3", "@SUM(A1:A9)"),
                List.of("김민준", "a = b")));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,note\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'+1+cmd|' /C calc'!A0\r\n"
                + "'-2+3,'@SUM(A1:A9)\r\n"
                + "김민준,a = b\r\n");
    }

    @Test
    void theImportReportIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        try (ImportFixture fixture = new ImportFixture(dir)) {
            ImportReport report = fixture.importFile(fixture.write("r.csv", "연락처\n010-1111-2222\n없음\n"));
            Path target = dir.resolve("report.csv");

            fixture.service.saveReportCsv(report, target);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        }
    }
}
