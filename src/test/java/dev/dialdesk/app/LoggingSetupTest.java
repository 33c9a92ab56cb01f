package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logback configures itself from {@link LoggingSetup} (found as a service, no XML parsed at start): the
 * log file in the data folder's log folder, owner-only; an IT department's own file named by
 * {@code -Dlogback.configurationFile} replaces it.
 */
class LoggingSetupTest {

    @TempDir
    Path dir;

    private final String logDirBefore = System.getProperty(LoggingSetup.LOG_DIR_PROPERTY);
    private final String configFileBefore = System.getProperty("logback.configurationFile");

    @AfterEach
    void restore() {
        restore(LoggingSetup.LOG_DIR_PROPERTY, logDirBefore);
        restore("logback.configurationFile", configFileBefore);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void aStartingDeskLogsIntoItsOwnerOnlyFileInTheLogFolder() throws Exception {
        Path logs = dir.resolve("logs");
        System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, logs.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // SLF4J's binding sets it in the app
        new ContextInitializer(context).autoConfig();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(context.getStatusManager().getCopyOfStatusList()).as("nothing to warn about at start")
                .allMatch(status -> status.getLevel() == ch.qos.logback.core.status.Status.INFO);
        assertThat(root.getAppender("FILE")).isInstanceOf(OwnerOnlyLogFileAppender.class);
        context.getLogger("dev.dialdesk.app.Main").info("Dialdesk started for agent A1024");
        context.getLogger("org.sqlite.core.NativeDB").info("a driver's chatter");
        context.stop();

        String written = Files.readString(logs.resolve("dialdesk.log"));
        assertThat(written).contains("INFO ", "Main - Dialdesk started for agent A1024")
                .doesNotContain("a driver's chatter");
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("dialdesk.log"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineReplacesTheBuiltInOne() throws Exception {
        Path xml = dir.resolve("it-logback.xml");
        Files.writeString(xml, "<configuration><appender name=\"IT\" class=\"ch.qos.logback.core.read.ListAppender\"/>"
                + "<root level=\"WARN\"><appender-ref ref=\"IT\"/></root></configuration>");
        System.setProperty("logback.configurationFile", xml.toString());
        LoggerContext context = new LoggerContext();
        new ContextInitializer(context).autoConfig();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("IT")).isNotNull();
        assertThat(root.getAppender("FILE")).isNull();
        context.stop();
    }
}
