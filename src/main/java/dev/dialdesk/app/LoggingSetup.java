package dev.dialdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;

/**
 * Dialdesk's logging, configured in code (Logback finds it as a service, before any XML file): one
 * rolling log file in the data folder ({@code dialdesk.logdir}, set by {@code Main} before logging
 * starts), the folder owner-only (0700) and every log file too (0600, {@link OwnerOnlyLogFileAppender}),
 * INFO and up, the SQLite driver and FlatLaf at WARN. It replaces a {@code logback.xml} whose parsing
 * (Joran) cost about 150 ms more CPU before the database could open (docs/startup.md). A file named by
 * {@code -Dlogback.configurationFile} still wins: then this steps aside.
 *
 * <p>Never log a customer's name or full phone number: use {@code PhoneNumber.masked()} and ids.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LoggingSetup extends ContextAwareBase implements Configurator {

    static final String LOG_DIR_PROPERTY = "dialdesk.logdir";
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{24} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        applyTo(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Configures {@code context} as Dialdesk logs (tests configure a context of their own with it). */
    public static LoggerContext applyTo(LoggerContext context) {
        String dir = System.getProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir") + "/dialdesk-logs");
        OwnerOnlyLogFileAppender file = new OwnerOnlyLogFileAppender();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/dialdesk.log");
        SizeAndTimeBasedRollingPolicy<ch.qos.logback.classic.spi.ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/dialdesk.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        file.setRollingPolicy(rolling); // also its triggering policy (size and day)
        file.setEncoder(encoder);
        file.start();
        context.getLogger("org.sqlite").setLevel(Level.WARN);
        context.getLogger("com.formdev").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return context;
    }
}
