package dev.dialdesk.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.service.imports.ImportFixture;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.imports.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample files are what the generator writes, and they give the report something to show. */
class SampleDataTest {

    private static final Path SAMPLES = Path.of("sample-data");

    @TempDir
    Path dir;

    @Test
    void committedSampleFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
        SampleDataGenerator.main(new String[] {dir.toString()});
        for (String name : new String[] {"leads-cp949.csv", "leads.json"}) {
            boolean same = java.util.Arrays.equals(Files.readAllBytes(SAMPLES.resolve(name)),
                    Files.readAllBytes(dir.resolve(name)));
            assertThat(same).as("%s differs from the generator's output: run SampleDataGenerator", name).isTrue();
        }
    }

    @Test
    void theCp949SampleImportsWithDuplicatesRejectsAndAWarning() {
        try (ImportFixture fixture = new ImportFixture(dir)) {
            ImportReport report = fixture.importFile(SAMPLES.resolve("leads-cp949.csv"));
            assertThat(report.charset()).isEqualTo("x-windows-949");
            assertThat(report.imported()).isGreaterThanOrEqualTo(500);
            assertThat(report.duplicates()).isGreaterThanOrEqualTo(4);
            // two lines with possible 010 numbers outside the allocation data import with a warning (issue 11)
            assertThat(report.rejected()).isGreaterThanOrEqualTo(3);
            assertThat(report.issues()).anyMatch(issue -> issue.kind() == ImportIssue.Kind.WARNING
                    && issue.reason().key().equals("import.warning.birthDateNonexistent"));
            assertThat(fixture.leadColumn("+8221234567", "name")).isNotBlank();
        }
    }

    @Test
    void theJsonSampleHoldsTheSameLeads() {
        try (ImportFixture csv = new ImportFixture(dir.resolve("a"))) {
            ImportReport fromCsv = csv.importFile(SAMPLES.resolve("leads-cp949.csv"));
            try (ImportFixture json = new ImportFixture(dir.resolve("b"))) {
                ImportReport fromJson = json.importFile(SAMPLES.resolve("leads.json"));
                assertThat(fromJson.imported()).isEqualTo(fromCsv.imported());
                assertThat(fromJson.duplicates()).isEqualTo(fromCsv.duplicates());
                assertThat(fromJson.rejected()).isEqualTo(fromCsv.rejected());
                assertThat(json.dump().stream().filter(row -> row.startsWith("lead|")).map(SampleDataTest::withoutLine))
                        .containsExactlyElementsOf(csv.dump().stream().filter(row -> row.startsWith("lead|"))
                                .map(SampleDataTest::withoutLine).toList());
            }
        }
    }

    /** lead|id|batch|agent|source_line|… → without the line, which differs between CSV and JSON. */
    private static String withoutLine(String row) {
        String[] cells = row.split("\\|", -1);
        cells[4] = "";
        return String.join("|", cells);
    }
}
