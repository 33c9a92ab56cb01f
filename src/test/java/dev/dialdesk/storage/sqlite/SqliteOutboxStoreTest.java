package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.storage.OutboxStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox file of a desk: order, one entry per client id, refusals kept, all of it across a restart. */
class SqliteOutboxStoreTest {

    @TempDir
    Path dir;

    private final Instant at = Instant.parse("2026-03-10T01:00:00Z");

    @Test
    void whatWaitsComesBackInTheOrderItWasSavedAndOutlivesTheProgram() {
        Path file = dir.resolve("outbox.db");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (SqliteOutboxStore outbox = SqliteOutboxStore.open(file)) {
            outbox.add(first, "OUTCOME", "{\"lead\":\"7\"}", at);
            outbox.add(second, "RELEASE", "{\"lead\":\"7\"}", at.plusSeconds(1));
        }
        try (SqliteOutboxStore reopened = SqliteOutboxStore.open(file)) {
            assertThat(reopened.waiting(10)).extracting(OutboxStore.Entry::clientId).containsExactly(first, second);
            assertThat(reopened.waiting(10).get(0).createdAt()).isEqualTo(at);
            assertThat(reopened.countWaiting()).isEqualTo(2);
        }
    }

    @Test
    void theSameActionSavedTwiceIsKeptOnce() {
        try (SqliteOutboxStore outbox = SqliteOutboxStore.open(dir.resolve("outbox.db"))) {
            UUID call = UUID.randomUUID();
            OutboxStore.Entry kept = outbox.add(call, "OUTCOME", "{\"lead\":\"7\"}", at);
            OutboxStore.Entry retried = outbox.add(call, "OUTCOME", "{\"lead\":\"7\"}", at.plusSeconds(5));

            assertThat(retried.seq()).isEqualTo(kept.seq());
            assertThat(outbox.countWaiting()).isEqualTo(1);
        }
    }

    @Test
    void aSentEntryLeavesAndARefusedOneStaysWithItsReason() {
        Path file = dir.resolve("outbox.db");
        try (SqliteOutboxStore outbox = SqliteOutboxStore.open(file)) {
            OutboxStore.Entry sent = outbox.add(UUID.randomUUID(), "OUTCOME", "{\"lead\":\"7\"}", at);
            OutboxStore.Entry refused = outbox.add(UUID.randomUUID(), "CALLBACK", "{\"lead\":\"8\"}", at);
            outbox.sent(sent.seq());
            outbox.refused(refused.seq(), "리드 8 의 번호가 수신거부 목록에 올라 예약콜을 잡지 않았습니다.");

            assertThat(outbox.countWaiting()).isZero();
            assertThat(outbox.find(sent.seq())).isEmpty();
        }
        try (SqliteOutboxStore reopened = SqliteOutboxStore.open(file)) {
            assertThat(reopened.refused()).singleElement().satisfies(entry -> {
                assertThat(entry.kind()).isEqualTo("CALLBACK");
                assertThat(entry.state()).isEqualTo(OutboxStore.State.REFUSED);
                assertThat(entry.refusal()).contains("수신거부");
            });
        }
    }

    @Test
    void theFileIsTheOwnersOnly() throws Exception {
        Path file = dir.resolve("data/outbox.db");
        SqliteOutboxStore.open(file).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
