package dev.dialdesk.storage;

import dev.dialdesk.domain.live.Change;
import java.time.Instant;

/**
 * The changes the team server announces (its change journal, read by {@code storage/postgres/PostgresChangeFeed}),
 * typed, on a thread of the feed's own; on a desk's own file nothing ({@link #none()}). The port the live
 * updates ({@code service/live/LiveUpdates}) need: it lives here, beside the other store ports, because the
 * PostgreSQL layer may use the storage ports and the domain only.
 */
public interface ChangeFeed extends AutoCloseable {

    /** Told on the feed's thread; must not block it for long. */
    interface Listener {
        void changed(Change change);

        /** The link to the server broke at {@code since} (a failed wait); the feed keeps retrying. */
        void lost(Instant since);

        /** The link is back; a {@link Change#resync()} follows, as what was missed is not replayed. */
        void back();
    }

    /** Starts listening (once). */
    void start(Listener listener);

    /** Stops listening and ends the feed's thread. */
    @Override
    void close();

    /** A desk on its own file: nobody else writes it. */
    static ChangeFeed none() {
        return new ChangeFeed() {
            @Override
            public void start(Listener listener) {
            }

            @Override
            public void close() {
            }
        };
    }
}
