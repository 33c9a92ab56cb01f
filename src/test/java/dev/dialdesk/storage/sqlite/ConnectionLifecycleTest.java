package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.storage.StorageException;
import dev.dialdesk.testing.GuiTestSupport;
import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read connections, closing and interrupted writes, on a real database file. */
class ConnectionLifecycleTest {

    @TempDir
    Path dir;
    private SqliteDatabase database;

    @BeforeEach
    void setUp() {
        database = SqliteDatabase.open(dir.resolve("dialdesk.db"));
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE probe(id INTEGER PRIMARY KEY, label TEXT)");
            }
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private int count() {
        return database.read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM probe")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private Integer insert(String label) {
        return database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                return s.executeUpdate("INSERT INTO probe(label) VALUES ('" + label + "')");
            }
        });
    }

    /** Inside database work, which may throw only SQLException. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** File descriptors of this process open on the database file itself (Linux). */
    private long descriptorsOnTheFile() throws IOException {
        Path file = dir.resolve("dialdesk.db").toRealPath();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    void readConnectionsOfThreadsThatEndedAreNotKeptOpen() throws Exception {
        long before = descriptorsOnTheFile();
        for (int i = 0; i < 40; i++) {
            Thread reader = new Thread(this::count, "short-lived-" + i);
            reader.start();
            reader.join();
        }

        assertThat(database.openReadConnections()).isLessThanOrEqualTo(SqliteDatabase.MAX_READ_CONNECTIONS);
        assertThat(descriptorsOnTheFile() - before).isLessThanOrEqualTo(SqliteDatabase.MAX_READ_CONNECTIONS);
    }

    @Test
    void manyReadersAtOnceShareTheBoundedSetAndAllGetTheirAnswer() throws Exception {
        insert("one");
        List<Thread> readers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < 16; i++) {
            Thread reader = new Thread(() -> {
                try {
                    for (int n = 0; n < 20; n++) {
                        assertThat(count()).isEqualTo(1);
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            readers.add(reader);
            reader.start();
        }
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(failure.get()).isNull();
        assertThat(database.openReadConnections()).isLessThanOrEqualTo(SqliteDatabase.MAX_READ_CONNECTIONS);
    }

    @Test
    void closingWaitsForAReadRunningOnAnotherThreadInsteadOfClosingItsConnection() throws Exception {
        insert("one");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch closeAsked = new CountDownLatch(1);
        AtomicReference<Object> readResult = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                readResult.set(database.read(connection -> {
                    reading.countDown();
                    await(closeAsked);
                    pause(200);
                    try (Statement s = connection.createStatement();
                         ResultSet rs = s.executeQuery("SELECT label FROM probe")) {
                        rs.next();
                        return rs.getString(1);
                    }
                }));
            } catch (Throwable e) {
                readResult.set(e);
            }
        });
        reader.start();
        reading.await(5, TimeUnit.SECONDS);
        Thread closer = new Thread(database::close);
        closer.start();
        closeAsked.countDown();
        closer.join(15_000);
        reader.join(15_000);

        assertThat(readResult.get()).isEqualTo("one");
        assertThat(closer.isAlive()).isFalse();
        assertThatThrownBy(this::count).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingOnTheEventThreadIsRefused() throws Exception {
        GuiTestSupport.requireDisplay();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                database.close();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });

        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("event thread");
        assertThat(count()).as("still open").isZero();
    }

    @Test
    void aWriteWhoseCallerWasInterruptedWhileItRanIsReportedAsCommitted() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                outcome.set(database.write(connection -> {
                    running.countDown();
                    await(mayFinish);
                    try (Statement s = connection.createStatement()) {
                        return s.executeUpdate("INSERT INTO probe(label) VALUES ('while interrupted')");
                    }
                }));
            } catch (Throwable e) {
                outcome.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        running.await(5, TimeUnit.SECONDS);
        caller.interrupt();
        Thread.sleep(100);
        mayFinish.countDown();
        caller.join(10_000);

        assertThat(outcome.get()).isEqualTo(1);
        assertThat(stillInterrupted.get()).isTrue();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aWriteWhoseCallerWasInterruptedBeforeItStartedIsReportedAsNotSavedAndNeverRuns() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = new Thread(() -> database.write(connection -> {
            firstRunning.countDown();
            await(firstMayFinish);
            return null;
        }));
        first.start();
        firstRunning.await(5, TimeUnit.SECONDS);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                insert("queued");
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        caller.start();
        Thread.sleep(200);
        caller.interrupt();
        caller.join(5_000);
        firstMayFinish.countDown();
        first.join(5_000);

        assertThat(failure.get()).isInstanceOfSatisfying(StorageException.class, e ->
                assertThat(e.userMessage().key()).isEqualTo("error.storage.interruptedNotSaved"));
        assertThat(count()).as("the withdrawn write never ran").isZero();
    }
}
