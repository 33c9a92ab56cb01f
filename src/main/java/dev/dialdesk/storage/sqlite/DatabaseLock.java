package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.DatabaseInUseException;
import dev.dialdesk.storage.PrivateFiles;
import dev.dialdesk.storage.StorageException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Dialdesk per database: {@code dialdesk.db.lock} beside the database holds the owner's pid, host
 * and start time, and an OS lock ({@link FileChannel#tryLock}) that lives exactly as long as the owning
 * process. A second Dialdesk finds the OS lock taken and is refused with the owner's details; after a
 * crash the OS lock is gone, so the stale file is simply taken over.
 *
 * <p>The OS lock covers one byte far past the text, so that on Windows (where locks are mandatory) the
 * refused process can still read who holds it.
 */
public final class DatabaseLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLock.class);
    private static final long LOCK_POSITION = 1L << 30;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code database}: {@code dialdesk.db} → {@code dialdesk.db.lock}. */
    public static Path lockFileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code database} for this process.
     *
     * @throws DatabaseInUseException when another process (or this one) holds it
     * @throws StorageException when the lock file cannot be written
     */
    public static DatabaseLock acquire(Path database, Clock clock) {
        Path lockFile = lockFileOf(database.toAbsolutePath());
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            PrivateFiles.ensureOwnerOnly(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                Properties holder = readHolder(channel);
                channel.close();
                throw inUse(database, holder);
            }
            Properties previous = readHolder(channel);
            if (previous.containsKey("pid")) {
                LOG.warn("Recovered a stale database lock left by pid {} on {} since {} (that process is gone)",
                        previous.getProperty("pid"), previous.getProperty("host"), previous.getProperty("since"));
            }
            writeHolder(channel, clock);
            return new DatabaseLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException(new Message("error.lock.cannotCreate", lockFile.toString()),
                    "Cannot take the database lock " + lockFile, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null; // this very JVM holds it: a second window of the same process
        }
    }

    private static DatabaseInUseException inUse(Path database, Properties holder) {
        return new DatabaseInUseException(database.toString(),
                holder.getProperty("pid", "?"), holder.getProperty("host", "?"), holder.getProperty("since", "?"));
    }

    private static Properties readHolder(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
        return properties;
    }

    private static void writeHolder(FileChannel channel, Clock clock) throws IOException {
        String since = OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String text = "pid=" + ProcessHandle.current().pid() + "\nhost=" + hostName() + "\nsince=" + since + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    /** The machine's name without a DNS lookup (which can hang start-up on a badly set-up network). */
    static String hostName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                Path etcHostname = Path.of("/etc/hostname");
                name = Files.isReadable(etcHostname) ? Files.readString(etcHostname).strip() : null;
            } catch (IOException e) {
                LOG.debug("Cannot read /etc/hostname: {}", e.getMessage());
            }
        }
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = "unknown host";
            }
        }
        return name;
    }

    public Path file() {
        return lockFile;
    }

    /**
     * Empties the file (an empty lock file means a clean exit) and releases the OS lock. The file
     * stays: deleting it could pull it away from a process that has just locked it.
     */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            channel.force(true);
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing the database lock {} failed: {}", lockFile, e.getMessage());
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Closing the lock file failed: {}", e.getMessage());
        }
    }
}
