package dev.dialdesk.service.live;

import dev.dialdesk.domain.live.Change;
import dev.dialdesk.domain.live.ChangeBatch;
import dev.dialdesk.storage.ChangeFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What other desks change on the team server, for the screens of this one: the feed's changes coalesced
 * into at most one {@link ChangeBatch} per {@link #WINDOW} (a lone change goes out at once, a burst waits
 * for the rest of the window), and the state of the link. Listeners are told on a thread of this class,
 * never the event thread. On a desk's own file the feed is {@link ChangeFeed#none()} and nothing comes.
 */
public final class LiveUpdates implements AutoCloseable {

    /** Told off the event thread. */
    public interface Listener {
        void changed(ChangeBatch batch);

        default void linkLost(Instant since) {
        }

        default void linkBack() {
        }
    }

    public static final Duration WINDOW = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final ChangeFeed feed;
    private final long windowNanos;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dialdesk-live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Change> pending = new ArrayList<>();
    private boolean scheduled;
    private long lastDelivery = System.nanoTime() - Long.MAX_VALUE / 4;
    private boolean started;

    public LiveUpdates(ChangeFeed feed) {
        this(feed, WINDOW);
    }

    public LiveUpdates(ChangeFeed feed, Duration window) {
        this.feed = feed;
        this.windowNanos = window.toNanos();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Starts the feed (once; later calls do nothing). */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        feed.start(new ChangeFeed.Listener() {
            @Override
            public void changed(Change change) {
                offer(change);
            }

            @Override
            public void lost(Instant since) {
                delivery.execute(() -> listeners.forEach(l -> safely(() -> l.linkLost(since))));
            }

            @Override
            public void back() {
                delivery.execute(() -> listeners.forEach(l -> safely(l::linkBack)));
            }
        });
    }

    private synchronized void offer(Change change) {
        pending.add(change);
        if (!scheduled) {
            scheduled = true;
            long wait = Math.max(0, lastDelivery + windowNanos - System.nanoTime());
            delivery.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void flush() {
        ChangeBatch batch;
        synchronized (this) {
            batch = ChangeBatch.of(pending);
            pending.clear();
            scheduled = false;
            lastDelivery = System.nanoTime();
        }
        listeners.forEach(l -> safely(() -> l.changed(batch)));
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("A live update could not be shown", e);
        }
    }

    @Override
    public void close() {
        feed.close();
        delivery.shutdownNow();
    }
}
