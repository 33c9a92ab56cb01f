package dev.dialdesk.storage.jdbc;


import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.LeadImportSink;
import dev.dialdesk.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * {@link LeadImportSink} over the {@code lead}, {@code lead_batch} and {@code import_issue} tables, on
 * either engine (the team lead's hand-out on the server, a desk's own import on its file).
 *
 * <p>A session runs one {@link JdbcDatabase#write} transaction on the writer thread that drains a
 * small bounded queue of chunks, while the importing thread keeps reading the file: parsing and
 * inserting overlap, and memory stays bounded by the queue. Duplicates are found by the unique index
 * ({@code ON CONFLICT DO NOTHING}), not by a map of every number.
 */
public final class JdbcLeadImportSink implements LeadImportSink {

    /** Chunks waiting for the writer; with chunks of ~1,000 rows this bounds memory to a few MB. */
    private static final int QUEUE_CHUNKS = 8;
    private static final String ARG_SEPARATOR = "\u001F";

    private final JdbcDatabase database;
    private final Clock clock;
    private final int maxReportedIssues;

    public JdbcLeadImportSink(JdbcDatabase database, Clock clock, int maxReportedIssues) {
        this.database = database;
        this.clock = clock;
        this.maxReportedIssues = maxReportedIssues;
    }

    @Override
    public Session begin(NewBatch batch, DuplicateReasons reasons) {
        return new QueueSession(batch, reasons);
    }

    @Override
    public boolean handsOutToAgents() {
        return database.engine() == JdbcDatabase.Engine.POSTGRESQL;
    }

    @Override
    public List<StoredIssue> issuesOf(long batchId) {
        return database.read(connection -> {
            List<StoredIssue> issues = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT line, kind, reason, args FROM import_issue WHERE batch_id = ? ORDER BY line, kind")) {
                statement.setLong(1, batchId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        issues.add(new StoredIssue(rs.getLong(1), rs.getString(2),
                                new Message(rs.getString(3), decodeArgs(rs.getString(4)))));
                    }
                }
            }
            return issues;
        });
    }

    static String encodeArgs(Message message) {
        Object[] args = message.args();
        if (args.length == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                out.append(ARG_SEPARATOR);
            }
            out.append(args[i]);
        }
        return out.toString();
    }

    static Object[] decodeArgs(String encoded) {
        if (encoded == null) {
            return new Object[0];
        }
        return Arrays.stream(encoded.split(ARG_SEPARATOR, -1)).toArray();
    }

    /** The queue's end markers. */
    private record End(long rejected) {
    }

    private enum Abort { INSTANCE }

    /** Thrown on the writer thread to roll the batch back when the importer gives up. */
    static final class ImportAborted extends RuntimeException {
        ImportAborted() {
            super("Import aborted by the importer; rolled back");
        }
    }

    private final class QueueSession implements Session {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
        private final FutureTask<Result> task;
        private boolean finished;

        QueueSession(NewBatch batch, DuplicateReasons reasons) {
            LeadBatchWriter writer = new LeadBatchWriter(database.engine(), batch, reasons, clock.millis(), maxReportedIssues);
            task = new FutureTask<>(() -> database.write(connection -> writer.run(connection, this::take)));
            Thread thread = new Thread(task, "dialdesk-import-feed");
            thread.setDaemon(true);
            thread.start();
        }

        private Object take() throws InterruptedException {
            return queue.take();
        }

        @Override
        public void add(Chunk chunk) {
            offer(chunk);
        }

        @Override
        public Result finish(long rejected) {
            offer(new End(rejected));
            Result result = await();
            finished = true;
            return result;
        }

        @Override
        public void close() {
            if (finished) {
                return;
            }
            finished = true;
            if (!task.isDone()) {
                queue.clear();
                offerQuietly();
            }
            try {
                task.get();
            } catch (ExecutionException expected) {
                // the writer rolled back (ImportAborted) or had already failed, which the importer reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void offerQuietly() {
            try {
                while (!task.isDone() && !queue.offer(Abort.INSTANCE, 50, TimeUnit.MILLISECONDS)) {
                    queue.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void offer(Object item) {
            try {
                while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    if (task.isDone()) {
                        await();
                        throw new IllegalStateException("import writer stopped before the end of the file");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("Interrupted while feeding the import", e);
            }
        }

        private Result await() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("Interrupted while waiting for the import", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new StorageException("Import write failed", cause);
            }
        }
    }

    /** What the writer thread takes from the queue. */
    @FunctionalInterface
    interface Source {
        Object take() throws InterruptedException;
    }

    static boolean isEnd(Object item) {
        return item instanceof End;
    }

    static long rejectedOf(Object item) {
        return ((End) item).rejected();
    }

    static boolean isAbort(Object item) {
        return item == Abort.INSTANCE;
    }
}
