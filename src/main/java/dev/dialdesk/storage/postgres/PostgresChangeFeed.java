package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.live.Change;
import dev.dialdesk.storage.ChangeFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN dialdesk} on a pgjdbc connection of its own (not one of the pool's: it stays in LISTEN for
 * the whole day), waiting with {@link PGConnection#getNotifications(int)} on a daemon thread. A wait that
 * fails (the server closed the connection, restarted, or the backend was terminated) is a lost link at once;
 * after {@link #QUIET_CHECK} without any notification the connection is asked whether it still answers, so a
 * dead network is found too. It reconnects with back-off (0.25 s doubling to {@link #MAX_BACKOFF}) and,
 * once back, announces {@link Change#resync()}: the server never replays what was sent while away.
 */
public final class PostgresChangeFeed implements ChangeFeed {

    public static final String CHANNEL = "dialdesk";
    static final Duration QUIET_CHECK = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final int WAIT_MS = 500;
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
                connection = listening;
                if (lostSince != null) {
                    LOG.info("Live updates from {} are back", login.describe());
                    listener.back();
                    listener.changed(Change.resync());
                    lostSince = null;
                }
                backoffMs = 250;
                await(listening, listener);
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

    /** Waits for notifications until closed; throws when the link breaks. */
    private void await(Connection listening, Listener listener) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MS);
            if (notifications != null && notifications.length > 0) {
                lastHeard = System.nanoTime();
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter(), listener);
                }
            } else if (System.nanoTime() - lastHeard > QUIET_CHECK.toNanos()) {
                if (!listening.isValid(2)) {
                    throw new SQLException("The server did not answer within 2 s");
                }
                lastHeard = System.nanoTime();
            }
        }
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
