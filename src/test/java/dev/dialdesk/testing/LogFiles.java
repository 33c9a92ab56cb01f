package dev.dialdesk.testing;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Points this JVM's Logback at a folder with the application's own logging configuration, the way
 * {@code Main} does with {@code dialdesk.logdir}, and back again on close. Tests run one at a time in
 * the surefire JVM, so reconfiguring the shared context is safe.
 */
public final class LogFiles implements AutoCloseable {

    private static final String PROPERTY = "dialdesk.logdir";
    private final String previous;

    private LogFiles(Path dir) {
        previous = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, dir.toString());
        configure();
    }

    /** From now on the application logs into {@code dir/dialdesk.log}. */
    public static LogFiles writeTo(Path dir) {
        return new LogFiles(dir);
    }

    /** A fresh Logback context configured as the application configures it ({@code LoggingSetup}). */
    public static LoggerContext applicationConfiguration(LoggerContext context) {
        context.reset();
        return dev.dialdesk.app.LoggingSetup.applyTo(context);
    }

    /** Everything written to the log files in {@code dir} (plain text files only). */
    public static String readAll(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static void configure() {
        applicationConfiguration((LoggerContext) LoggerFactory.getILoggerFactory());
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
        configure();
    }
}
