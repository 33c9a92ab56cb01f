package dev.dialdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.GuiLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries only some screens and commands need stay off the start-up path: a child JVM opens the
 * window on a data folder with leads (as an agent's start does, ending at the first list shown) and
 * its class-loading log must hold no class of POI, jsoup, the PostgreSQL driver, HikariCP or Jackson's
 * object mapper. Not a timed test: it counts what is loaded, which a busy machine does not change.
 */
class StartPathClassesStartupTest {

    /**
     * Loaded by a workbook import, a web page, team mode, the day reports and exports: never by the window.
     * Of pgjdbc, only its {@code Driver} may load here: on the test class path {@code DriverManager} registers
     * every driver it finds (the shaded jar leaves pgjdbc out of that list, see the pom); its connections,
     * protocol and pool must not.
     */
    private static final List<String> NOT_AT_START = List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.jsoup.",
            "org.postgresql.core.", "org.postgresql.jdbc.Pg", "org.postgresql.ds.", "com.zaxxer.hikari.",
            "com.fasterxml.jackson.databind.");

    @TempDir
    Path work;

    @Test
    void openingTheWindowWithLeadsLoadsNoWorkbookWebPageTeamServerOrJacksonClass() throws Exception {
        assumeTrue(StartupBenchmark.hasDisplay(System.getProperty("os.name", ""), System.getenv()), "a display");
        Path dataDir = StartupBenchmark.prepareDataDir(work, 300);
        Path classLog = work.resolve("classes.log");

        StartupBenchmark.launch(List.of("-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + classLog),
                List.of("dev.dialdesk.app.Main", "--startup-report"),
                Map.of(AppPaths.DATA_DIR_ENV, dataDir.toString(), GuiLauncher.EXIT_AFTER_STARTUP_ENV, "1"),
                StartupBenchmark.REPORT_LINE);

        List<String> loaded = loadedClasses(classLog);
        assertThat(loaded).as("the window and its lead list were loaded")
                .contains("dev.dialdesk.ui.MainFrame", "dev.dialdesk.service.leads.LeadSnapshot");
        assertThat(loaded).filteredOn(name -> NOT_AT_START.stream().anyMatch(name::startsWith))
                .as("classes of libraries the first window does not use").isEmpty();
    }

    /** The class names of a {@code -Xlog:class+load} file ("[0.123s][info][class,load] a.B source: …"). */
    private static List<String> loadedClasses(Path log) throws Exception {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("[class,load] "))
                    .map(line -> line.substring(line.indexOf("[class,load] ") + "[class,load] ".length()))
                    .map(rest -> rest.split(" ", 2)[0])
                    .toList();
        }
    }
}
