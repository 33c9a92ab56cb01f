package dev.dialdesk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import dev.dialdesk.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Logback's rolling file appender, with the log folder {@code rwx------} and each log file
 * {@code rw-------} (POSIX) before Logback opens it: at start and after every roll-over. The logs hold
 * ids and masked numbers only, but they are still the agent's business alone. Used by {@link LoggingSetup}.
 */
public final class OwnerOnlyLogFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        PrivateFiles.createPrivateDirectories(file.getParent());
        PrivateFiles.ensureOwnerOnly(file);
        super.openFile(fileName);
    }
}
