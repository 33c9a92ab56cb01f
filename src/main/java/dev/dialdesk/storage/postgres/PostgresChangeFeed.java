package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.live.Change;
import dev.dialdesk.storage.ChangeFeed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's changes, read from its journal ({@code live_change}, PostgreSQL 014) on a pgjdbc connection of
 * its own (not one of the pool's: it stays for the whole day), on a daemon thread. A desk that saw changes in
 * the last {@link #BUSY} reads the journal every {@link #BUSY_READ_MS} ms; a quiet one waits for the server's
 * wake-up ({@code LISTEN dialdesk}: a writer sends it when the journal had been quiet for 100 ms) and reads it
 * at least every {@link #QUIET_READ_MS} ms, which also finds a dead link. Writers never queue on the
 * notification lock on a busy floor (014's header says why). A failed read or wait (the server closed the
 * connection, restarted, or the backend was terminated) is a lost link at once; it reconnects with back-off
 * (0.25 s doubling to {@link #MAX_BACKOFF}) and, once back, announces {@link Change#resync()}: the desk reads
 * everything again rather than the journal's rows of the time it was away.
 */
public final class PostgresChangeFeed implements ChangeFeed {

    public static final String CHANNEL = "dialdesk";
    static final Duration BUSY = Duration.ofSeconds(1);
    static final int BUSY_READ_MS = 75;
    static final int QUIET_READ_MS = 2_000;
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** Rows per read; a full read is followed by the next at once. */
    static final int READ_LIMIT = 1_000;
    /** The journal's newest number, also when its rows were cleaned away or lost in a crash (UNLOGGED). */
    private static final String NEWEST = "SELECT coalesce(pg_sequence_last_value('live_change_seq_seq'), 0)";
    private static final String READ_NEW =
            "SELECT seq, payload FROM live_change WHERE seq > ? ORDER BY seq LIMIT " + READ_LIMIT;
    private static final String READ_NEW_AND_MISSING =
            "SELECT seq, payload FROM live_change WHERE seq > ? OR seq = ANY(?) ORDER BY seq LIMIT " + READ_LIMIT;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);

    private final PostgresLogin login;
    private final Clock clock;
    private volatile boolean closed;
    private volatile Connection connection;
    private Thread thread;

    public PostgresChangeFeed(PostgresLogin login, Clock clock) {
        this.login = login;
        this.clock = clock;
    }

    @Override
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("The change feed is started already");
        }
        thread = new Thread(() -> run(listener), "dialdesk-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Listener listener) {
        Instant lostSince = null;
        long backoffMs = 250;
        while (!closed) {
            try (Connection listening = listen()) {
                // Where the journal is, before anyone is told the feed is there: a change made after
                // "back" (or after the listener is seen) is always newer than this.
                long newest = newest(listening);
                connection = listening;
                if (lostSince != null) {
                    LOG.info("Live updates from {} are back", login.describe());
                    listener.back();
                    listener.changed(Change.resync());
                    lostSince = null;
                }
                backoffMs = 250;
                await(listening, newest, listener);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (lostSince == null) {
                    lostSince = clock.instant();
                    LOG.warn("Live updates from {} lost: {}", login.describe(), e.getMessage());
                    listener.lost(lostSince);
                }
                pause(backoffMs);
                backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
            } finally {
                connection = null;
            }
        }
    }

    private Connection listen() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", login.password());
        properties.setProperty("ApplicationName", "Dialdesk live updates");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "10"); // a read of the journal never takes 10 s: the link is dead
        // By the driver itself: the shaded jar leaves pgjdbc out of DriverManager's list.
        Connection opened = new org.postgresql.Driver().connect(login.jdbcUrl(), properties);
        if (opened == null) {
            throw new SQLException("Not a PostgreSQL address: " + login.describe());
        }
        try (Statement statement = opened.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /** Reads the journal until closed; throws when the link breaks. */
    private void await(Connection listening, long newest, Listener listener) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        JournalCursor cursor = new JournalCursor(newest);
        // Busy at first: on a busy floor nobody sends a wake-up, and a desk that has just (re)connected reads
        // at once rather than at its first quiet read.
        long lastNews = System.nanoTime();
        try (PreparedStatement readNew = listening.prepareStatement(READ_NEW);
             PreparedStatement readNewAndMissing = listening.prepareStatement(READ_NEW_AND_MISSING)) {
            while (!closed) {
                boolean busy = System.nanoTime() - lastNews < BUSY.toNanos();
                pg.getNotifications(busy ? BUSY_READ_MS : QUIET_READ_MS); // a wake-up, or the time to read
                int full;
                do {
                    List<JournalCursor.Row> rows = read(cursor, readNew, readNewAndMissing, listening);
                    full = rows.size();
                    List<JournalCursor.Row> fresh = cursor.accept(rows, System.nanoTime());
                    if (!fresh.isEmpty()) {
                        lastNews = System.nanoTime();
                    }
                    fresh.forEach(row -> deliver(row.payload(), listener));
                } while (full == READ_LIMIT && !closed);
            }
        }
    }

    private static long newest(Connection listening) throws SQLException {
        try (Statement statement = listening.createStatement();
             ResultSet rs = statement.executeQuery(NEWEST)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<JournalCursor.Row> read(JournalCursor cursor, PreparedStatement readNew,
                                                PreparedStatement readNewAndMissing, Connection listening)
            throws SQLException {
        long[] missing = cursor.missing();
        PreparedStatement read = missing.length == 0 ? readNew : readNewAndMissing;
        read.setLong(1, cursor.after());
        if (missing.length > 0) {
            read.setArray(2, listening.createArrayOf("bigint", java.util.Arrays.stream(missing).boxed().toArray()));
        }
        List<JournalCursor.Row> rows = new ArrayList<>();
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                rows.add(new JournalCursor.Row(rs.getLong(1), rs.getString(2)));
            }
        }
        return rows;
    }

    private static void deliver(String payload, Listener listener) {
        Change.parse(payload).ifPresentOrElse(listener::changed,
                () -> LOG.warn("A notification this build does not read was ignored ({} characters)",
                        payload == null ? 0 : payload.length()));
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** The backend's process id of the listening connection, or -1 while there is none (tests end it). */
    public int listenerPid() {
        Connection now = connection;
        if (now == null) {
            return -1;
        }
        try {
            return now.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        running.interrupt();
        try {
            running.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
