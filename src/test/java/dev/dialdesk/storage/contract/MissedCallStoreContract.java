package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.MissedCall;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.storage.MissedCallStore;
import dev.dialdesk.storage.jdbc.JdbcMissedCallStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link MissedCallStore} contract (the return-call inbox), run on every engine on the agent's desk. */
public abstract class MissedCallStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private MissedCallStore inbox;
    private PhoneNumber customer;
    private PhoneNumber stranger;
    private Instant at;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        inbox = new JdbcMissedCallStore(engine.desk());
        customer = PhoneNumber.ofE164("+821055551001");
        engine.lead(StoreEngine.AGENT, customer);
        stranger = PhoneNumber.ofE164("+821098760000");
        at = engine.clock().instant();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theSameMissedCallImportedTwiceIsOneAndANumbersCallsAreOneReturnCall() {
        List<MissedCall> export = List.of(MissedCall.of(customer, at, "", MissedCall.Source.EXPORT),
                MissedCall.of(customer, at.plusSeconds(600), "홍길동", MissedCall.Source.EXPORT),
                MissedCall.of(stranger, at.plusSeconds(300), "", MissedCall.Source.SMS));
        assertThat(inbox.add(export)).isEqualTo(3);
        assertThat(inbox.add(export)).isZero();

        List<ReturnCall> open = inbox.open();
        assertThat(open).extracting(ReturnCall::phone).containsExactly(customer, stranger);
        ReturnCall first = open.get(0);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.firstAt()).isEqualTo(at);
        assertThat(first.lastAt()).isEqualTo(at.plusSeconds(600));
        assertThat(first.name()).isEqualTo("홍길동");
        assertThat(first.match()).isEqualTo(ReturnCall.Match.UNKNOWN);
    }

    @Test
    void aCallBackClosesTheMissedCallsBeforeItAndALaterOneStaysOpen() {
        inbox.add(List.of(MissedCall.of(customer, at, "", MissedCall.Source.EXPORT),
                MissedCall.of(customer, at.plus(Duration.ofMinutes(10)), "", MissedCall.Source.TYPED),
                MissedCall.of(customer, at.plus(Duration.ofMinutes(40)), "", MissedCall.Source.EXPORT)));

        assertThat(inbox.markReturned(customer, at.plus(Duration.ofMinutes(20)))).isEqualTo(2);
        assertThat(inbox.markReturned(customer, at.plus(Duration.ofMinutes(20)))).isZero();

        assertThat(inbox.open()).singleElement().satisfies(call -> {
            assertThat(call.count()).isEqualTo(1);
            assertThat(call.firstAt()).isEqualTo(at.plus(Duration.ofMinutes(40)));
        });
        assertThat(inbox.markReturned(stranger, at.plus(Duration.ofHours(1)))).isZero();
    }
}
