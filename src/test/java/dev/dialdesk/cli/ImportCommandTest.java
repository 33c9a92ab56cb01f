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
        assertThat(text).contains("Imported 1 leads into batch «Monday» (#1)", "1 duplicates, 1 rejected")
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
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import FILE --agent ID [--batch NAME] [--json]");
    }
}
