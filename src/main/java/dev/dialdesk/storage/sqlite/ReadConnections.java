package dev.dialdesk.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small bounded set of read connections, lent for the length of one read and given back after it,
 * so that threads that come and go (background tasks, imports) leave no connection behind. A read
 * nested in another on the same thread uses the same connection. Closing waits for lent connections
 * to come back: a connection another thread is reading on is never closed under it.
 */
final class ReadConnections {

    private static final Logger LOG = LoggerFactory.getLogger(ReadConnections.class);

    /** Opens a new connection with the database's pragmas. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** The connection this thread holds, and how deep its reads are nested. */
    private static final class Lent {
        final Connection connection;
        int depth;

        Lent(Connection connection) {
            this.connection = connection;
        }
    }

    private final Opener opener;
    private final int max;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final Map<Thread, Lent> lent = new IdentityHashMap<>();
    private final ThreadLocal<Lent> mine = new ThreadLocal<>();
    private int open;
    private boolean closed;

    ReadConnections(Opener opener, int max) {
        this.opener = opener;
        this.max = max;
    }

    /** A connection for this thread's read: its own if it is already reading, else one from the set. */
    Connection borrow() throws SQLException {
        Lent held = mine.get();
        if (held != null) {
            held.depth++;
            return held.connection;
        }
        Connection connection = take();
        Lent fresh = new Lent(connection);
        fresh.depth = 1;
        mine.set(fresh);
        synchronized (this) {
            lent.put(Thread.currentThread(), fresh);
        }
        return connection;
    }

    private Connection take() throws SQLException {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("database is closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (open < max) {
                    open++;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while waiting for a read connection", e);
                }
            }
        }
        try {
            return opener.open();
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                open--;
                notifyAll();
            }
            throw e;
        }
    }

    /** The end of a read begun by {@link #borrow()}; the outermost one gives the connection back. */
    void giveBack() {
        Lent held = mine.get();
        if (held == null || --held.depth > 0) {
            return;
        }
        mine.remove();
        synchronized (this) {
            lent.remove(Thread.currentThread());
            if (closed) {
                open--;
                closeQuietly(held.connection);
            } else {
                idle.push(held.connection);
            }
            notifyAll();
        }
    }

    /** Connections open now (lent and idle): at most the bound. */
    synchronized int openCount() {
        return open;
    }

    /**
     * Closes the idle connections at once and each lent one when its read ends, waiting up to
     * {@code patience} for that; one still lent after it is left to close when it comes back.
     */
    void close(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        synchronized (this) {
            closed = true;
            while (!idle.isEmpty()) {
                open--;
                closeQuietly(idle.pop());
            }
            notifyAll();
            while (!lent.isEmpty()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("{} read(s) still running after {}; their connections close when they end",
                            lent.size(), patience);
                    return;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a read connection failed: {}", e.getMessage());
        }
    }
}
