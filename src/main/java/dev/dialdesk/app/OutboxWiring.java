package dev.dialdesk.app;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.service.outbox.OutboxReplay;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.jdbc.JdbcQueueStore;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import dev.dialdesk.storage.sqlite.SqliteOutboxStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The outbox of a desk on the team server: its journal file and the server's own stores to send to. */
public final class OutboxWiring {

    /** How often what waits is sent again while the server is away. */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private OutboxWiring() {
    }

    /** Opens {@code journal} and starts sending what waits (also what the last session left there). */
    public static Outbox open(PostgresDatabase server, Path journal, Clock clock, Messages messages) {
        Outbox outbox = Outbox.onServer(SqliteOutboxStore.open(journal), stores(server, clock), clock, messages);
        outbox.startSending(EVERY);
        return outbox;
    }

    /** The server's stores an outbox sends to, unwrapped. */
    public static OutboxReplay.Server stores(PostgresDatabase server, Clock clock) {
        return new OutboxReplay.Server(server, new JdbcCallLog(server), new JdbcDispositionStore(server),
                new JdbcQueueStore(server), new JdbcLeadStore(server, clock), new JdbcCallbackStore(server),
                new JdbcContractStore(server), new JdbcDoNotCallStore(server, clock), new PostgresLeadClaims(server));
    }
}
