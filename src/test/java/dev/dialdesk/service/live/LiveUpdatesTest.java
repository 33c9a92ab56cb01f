package dev.dialdesk.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.live.Change;
import dev.dialdesk.domain.live.ChangeBatch;
import dev.dialdesk.storage.ChangeFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The coalescing of live updates: a burst of a floor's changes is a few batches, a lone change goes at once. */
class LiveUpdatesTest {

    /** A feed the test speaks through, as the server would (the port, not a database). */
    private static final class SpokenFeed implements ChangeFeed {
        Listener listener;

        @Override
        public void start(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
        }
    }

    private final SpokenFeed feed = new SpokenFeed();
    private final List<ChangeBatch> batches = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> link = new LinkedBlockingQueue<>();

    private LiveUpdates started(Duration window) {
        LiveUpdates live = new LiveUpdates(feed, window);
        live.addListener(new LiveUpdates.Listener() {
            @Override
            public void changed(ChangeBatch batch) {
                batches.add(batch);
            }

            @Override
            public void linkLost(Instant since) {
                link.add("lost " + since);
            }

            @Override
            public void linkBack() {
                link.add("back");
            }
        });
        live.start();
        return live;
    }

    @Test
    void fiftyDesksWritingAtOnceGiveAFewBatchesWithEveryLeadInThem() throws Exception {
        try (LiveUpdates live = started(Duration.ofMillis(200))) {
            for (int desk = 1; desk <= 50; desk++) {
                feed.listener.changed(Change.parse("lead:" + desk + "@A" + (1000 + desk)).orElseThrow());
            }
            Thread.sleep(600);
            assertThat(batches).as("the first at once, the rest in the next window").hasSizeBetween(1, 2);
            Set<Long> ids = new HashSet<>();
            batches.forEach(b -> ids.addAll(b.ids(Change.Kind.LEAD)));
            assertThat(ids).hasSize(50);
        }
    }

    @Test
    void aLoneChangeIsNotKeptWaitingForTheWindow() throws Exception {
        try (LiveUpdates live = started(Duration.ofSeconds(5))) {
            long t0 = System.nanoTime();
            feed.listener.changed(Change.parse("dnc@A2048").orElseThrow());
            while (batches.isEmpty() && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2)) {
                Thread.sleep(5);
            }
            assertThat(batches).hasSize(1);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_000);
        }
    }

    @Test
    void theLinkStateReachesTheScreens() throws Exception {
        try (LiveUpdates live = started(LiveUpdates.WINDOW)) {
            Instant since = Instant.parse("2026-03-10T01:02:00Z");
            feed.listener.lost(since);
            feed.listener.back();
            assertThat(link.poll(2, TimeUnit.SECONDS)).isEqualTo("lost " + since);
            assertThat(link.poll(2, TimeUnit.SECONDS)).isEqualTo("back");
        }
    }
}
