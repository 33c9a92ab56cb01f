package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.testing.LogFiles;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The shipped logging configuration ({@code LoggingSetup}) never logs SQL or its parameters (a customer's name or number). */
class LoggingConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void theDriverAndJdbcLoggersAreQuietBelowWarn() {
        LoggerContext context = LogFiles.applicationConfiguration(new LoggerContext());
        for (String name : new String[] {"org.sqlite", "org.sqlite.core.NativeDB", "org.sqlite.jdbc3.JDBC3PreparedStatement",
                "java.sql", "dev.dialdesk.storage.sqlite"}) {
            Logger logger = context.getLogger(name);
            assertThat(logger.isDebugEnabled()).as("%s logs at DEBUG (SQL and parameters)", name).isFalse();
        }
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.sqlite").getEffectiveLevel().isGreaterOrEqual(Level.WARN)).isTrue();
        context.stop();
    }

    @Test
    void savingAndReadingALeadLogsNeitherTheStatementNorItsParameters() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        appender.start();
        root.addAppender(appender);
        try (SqliteDatabase database = SqliteDatabase.open(dir.resolve("dialdesk.db"))) {
            database.write(connection -> {
                try (PreparedStatement agent = connection.prepareStatement(
                        "INSERT INTO agent(id, name, created_at) VALUES (?, ?, 0)")) {
                    agent.setString(1, "A1024");
                    agent.setString(2, "홍길동비밀");
                    agent.executeUpdate();
                }
                return null;
            });
            database.read(connection -> {
                try (PreparedStatement query = connection.prepareStatement("SELECT name FROM agent WHERE name = ?")) {
                    query.setString(1, "홍길동비밀");
                    try (ResultSet rs = query.executeQuery()) {
                        return rs.next();
                    }
                }
            });
        } finally {
            root.detachAppender(appender);
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("홍길동비밀") || message.contains("INSERT INTO agent"));
    }
}
