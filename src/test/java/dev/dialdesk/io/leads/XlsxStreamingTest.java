package dev.dialdesk.io.leads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.SheetFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000,000-row {@code .xlsx} streams: imported whole in a separate JVM limited to {@code -Xmx256m}
 * (the workbook is written by POI's SXSSF in a temporary folder, never committed).
 */
class XlsxStreamingTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aMillionRowSheetImportsUnder256MegabytesOfHeap() throws Exception {
        Path workbook = SheetFiles.largeXlsx(dir.resolve("million.xlsx"), ROWS);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                XlsxImportMain.class.getName(), workbook.toString(), dir.resolve("million.db").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean finished = process.waitFor(8, TimeUnit.MINUTES);
        String log = java.nio.file.Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);
        assertThat(finished).as("import finished in time: %s", log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).as("no OutOfMemoryError").doesNotContain("OutOfMemoryError")
                .contains("imported " + ROWS + " rejected 0 heap");
        assertThat(new File(workbook.toString()).length()).isGreaterThan(10L << 20);
    }
}
