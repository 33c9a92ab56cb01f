package dev.dialdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.testing.TestClocks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialdesk import} run in-process, on a database and data folder in a temp folder. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("cli.db").toString()));
        all.addAll(List.of(args));
        AppOptions options = AppOptions.parse(all.toArray(String[]::new));
        AppPaths paths = new AppPaths(dir.resolve("data"), options.database());
        out.reset();
        err.reset();
        try (CompositionRoot root = new CompositionRoot(options, paths, TestClocks.seoul("2026-11-20T09:00"))) {
            Cli cli = new Cli(root.commands(), root.messages(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return cli.run(options.command(), options.help());
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void importWithRejectedLinesSucceedsAndPrintsTheCountsAndTheLines() throws IOException {
        Path leads = file("leads.csv", "이름,연락처\n김민준,010-1234-5678\n이서연,없음\n박지훈,01012345678\n");
        int exit = run("--lang", "en", "import", leads.toString(), "--agent", "A1024", "--batch", "Monday");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(text).contains("Imported 1 lead into batch «Monday» (#1)", "1 duplicate, 1 rejected")
                .contains("line 3 (Rejected): The phone number \"없음\" contains letters.")
                .contains("line 4 (Duplicate): Duplicate of line 2.");
    }

    @Test
    void jsonOutputIsOneObjectWithCountsAndErrorsInTheChosenLanguage() throws IOException {
        Path leads = file("leads.csv", "이름,연락처\n김민준,010-1234-5678\n이서연,\n");
        int exit = run("--lang", "ko", "import", leads.toString(), "--agent", "A1024", "--json");
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(json.get("imported").asLong()).isEqualTo(1);
        assertThat(json.get("duplicates").asLong()).isZero();
        assertThat(json.get("rejected").asLong()).isEqualTo(1);
        assertThat(json.get("errors")).hasSize(1);
        assertThat(json.get("errors").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(json.get("errors").get(0).get("reason").asText()).isEqualTo("연락처가 없습니다.");
        assertThat(json.get("batch").get("name").asText()).isEqualTo("leads.csv");
        assertThat(json.get("charset").asText()).isEqualTo("UTF-8");
    }

    @Test
    void reimportingTheSameFileImportsNothingAndExitsNonZero() throws IOException {
        Path leads = file("leads.csv", "연락처\n010-1234-5678\n");
        assertThat(run("import", leads.toString(), "--agent", "A1024")).isZero();
        assertThat(run("--lang", "en", "import", leads.toString(), "--agent", "A1024")).isEqualTo(ImportCommand.NOTHING_IMPORTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No lead was imported");
    }

    @Test
    void aBadFileFailsWithItsMessageAndJsonSaysSoToo() throws IOException {
        Path missing = dir.resolve("nowhere.csv");
        assertThat(run("--lang", "en", "import", missing.toString(), "--agent", "A1024")).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The file " + missing + " does not exist");

        Path noPhone = file("no-phone.csv", "이름\n김민준\n");
        assertThat(run("--lang", "en", "import", noPhone.toString(), "--agent", "A1024", "--json")).isEqualTo(Cli.FAILED);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("imported").asLong()).isZero();
        assertThat(json.get("error").asText()).contains("No phone column");
    }

    @Test
    void wrongCommandLinesAreUsageErrors() throws IOException {
        Path leads = file("leads.csv", "연락처\n010-1234-5678\n");
        assertThat(run("import", leads.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("import", "--agent", "A1024")).isEqualTo(Cli.USAGE);
        assertThat(run("import", leads.toString(), "--agent", "bad id!")).isEqualTo(Cli.USAGE);
    }

    @Test
    void helpListsTheImportCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("import FILE [--agent ID] [--assign A1,A2,… [--per-agent N] | --pool] [--batch NAME]");
    }

    @Test
    void withJsonADatabaseOpenInAnotherDialdeskIsAJsonObjectOnStdoutForEveryCommand() throws Exception {
        Path leads = file("leads.csv", "연락처\n010-1234-5678\n");
        Path history = file("history.csv", "agent,phone,started_at,duration_seconds,disposition\n");
        try (var held = dev.dialdesk.storage.sqlite.DatabaseLock.acquire(dir.resolve("cli.db"),
                TestClocks.seoul("2026-11-20T09:00"))) {
            for (String[] command : new String[][] {
                    {"import", leads.toString(), "--agent", "A1024", "--json"},
                    {"import-calls", history.toString(), "--json"},
                    {"dnc", "import", leads.toString(), "--json"}}) {
                out.reset();
                assertThat(run(prepend("--lang", "en", command))).as(command[0]).isEqualTo(Cli.FAILED);
                JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
                assertThat(json.get("ok").asBoolean()).as(command[0]).isFalse();
                assertThat(json.get("command").asText()).isEqualTo(command[0]);
                assertThat(json.get("error").asText()).as(command[0]).isNotBlank();
            }
        }
    }

    @Test
    void aWorkbookSheetAndHeaderRowAreChosenOnTheCommandLine() throws Exception {
        Path workbook = dev.dialdesk.testing.SheetFiles.xlsx(dir.resolve("db.xlsx"),
                new dev.dialdesk.testing.SheetFiles.SheetData("안내", List.of(List.of("배정 안내"))),
                new dev.dialdesk.testing.SheetFiles.SheetData("배정", List.of(List.of("제목"), List.of("성함", "번호"),
                        List.of("김민준", "010-1234-5678"))));
        int exit = run("--lang", "en", "import", workbook.toString(), "--agent", "A1024", "--sheet", "배정",
                "--header-row", "2", "--json");
        assertThat(exit).as("\"번호\" alone is no known phone header").isEqualTo(Cli.FAILED);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("error").asText()).contains("No phone column");
        out.reset();
        Path named = dev.dialdesk.testing.SheetFiles.xlsx(dir.resolve("named.xlsx"),
                new dev.dialdesk.testing.SheetFiles.SheetData("안내", List.of(List.of("배정 안내"))),
                new dev.dialdesk.testing.SheetFiles.SheetData("배정", List.of(List.of("제목"), List.of("성함", "휴대폰"),
                        List.of("김민준", "010-1234-5678"))));
        assertThat(run("--lang", "en", "import", named.toString(), "--agent", "A1024", "--sheet", "2", "--header-row", "2",
                "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("imported").asLong()).isEqualTo(1);
        assertThat(run("import", named.toString(), "--agent", "A1024", "--header-row", "x")).isEqualTo(Cli.USAGE);
    }

    private static String[] prepend(String a, String b, String... rest) {
        List<String> all = new ArrayList<>(List.of(a, b));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Test
    void handingLeadsToOtherAgentsOrThePoolIsRefusedOnADesksOwnFileAndNothingIsImported() throws IOException {
        Path leads = file("morning.csv", "이름,연락처\n김민준,010-1234-5678\n이서연,010-2345-6789\n");

        int split = run("--lang", "en", "import", leads.toString(), "--agent", "A1024", "--assign", "A1024,A2048");
        assertThat(split).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs the team server", "Nothing was imported");

        int pool = run("--lang", "en", "import", leads.toString(), "--agent", "A1024", "--pool");
        assertThat(pool).isEqualTo(Cli.FAILED);

        int own = run("--lang", "en", "import", leads.toString(), "--agent", "A1024", "--assign", "A1024");
        assertThat(own).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 2 leads");
    }

    @Test
    void perAgentWithoutAssignIsAWrongCommandLine() throws IOException {
        Path leads = file("morning.csv", "이름,연락처\n김민준,010-1234-5678\n");

        assertThat(run("import", leads.toString(), "--agent", "A1024", "--per-agent", "10")).isEqualTo(Cli.USAGE);
        assertThat(run("import", leads.toString(), "--assign", "A1,A2", "--pool")).isEqualTo(Cli.USAGE);
    }
}
