package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.WorkingHours;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContactStore;
import dev.dialdesk.storage.jdbc.JdbcContactStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link ContactStore} contract (the internal address book), run on every engine: the centre's book,
 * written by the team lead's desk and read by the agent's.
 */
public abstract class ContactStoreContract {

    private static final PhoneNumber PRODUCTION = PhoneNumber.ofE164("+82212345678");
    private static final PhoneNumber DELIVERY = PhoneNumber.ofE164("+82223456789");
    private static final WorkingHours EARLY = new WorkingHours(LocalTime.of(7, 0), LocalTime.of(16, 0), null, null);

    @TempDir
    Path dir;
    private StoreEngine engine;
    private ContactStore book;
    private ContactStore agentsView;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        book = new JdbcContactStore(engine.teamLead());
        agentsView = new JdbcContactStore(engine.desk());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static InternalContact contact(String name, String team, PhoneNumber phone, WorkingHours hours) {
        return new InternalContact(0, name, team, phone, hours, 0);
    }

    @Test
    void anImportAddsNewNumbersUpdatesChangedOnesAndCountsNothingForTheSameBookTwice() {
        List<InternalContact> first = List.of(contact("박생산", "production", PRODUCTION, WorkingHours.OFFICE),
                contact("최배송", "delivery", DELIVERY, EARLY));
        assertThat(book.importAll(first)).isEqualTo(2);
        assertThat(book.importAll(first)).isZero();

        assertThat(book.importAll(List.of(contact("박생산", "production", PRODUCTION, EARLY)))).isEqualTo(1);

        assertThat(agentsView.all()).extracting(InternalContact::team).containsExactly("delivery", "production");
        InternalContact production = agentsView.findByPhone(PRODUCTION).orElseThrow();
        assertThat(production.hours()).isEqualTo(EARLY);
        assertThat(production.version()).isEqualTo(2);
        assertThat(agentsView.find(production.id())).contains(production);
    }

    @Test
    void aSavedContactKeepsItsLunchAndAnEditFromAStaleReadIsAConflict() {
        InternalContact saved = book.save(contact("박생산", "production", PRODUCTION, WorkingHours.OFFICE));
        assertThat(saved.id()).isPositive();
        assertThat(saved.hours().hasLunch()).isEqualTo(WorkingHours.OFFICE.hasLunch());
        assertThat(saved.hours()).isEqualTo(WorkingHours.OFFICE);

        InternalContact moved = book.save(new InternalContact(saved.id(), saved.name(), "materials", saved.phone(),
                EARLY, saved.version()));
        assertThat(moved.version()).isEqualTo(saved.version() + 1);
        assertThat(moved.team()).isEqualTo("materials");

        assertThatThrownBy(() -> book.save(new InternalContact(saved.id(), "someone else", "production", saved.phone(),
                saved.hours(), saved.version()))).isInstanceOf(ConflictException.class);
        assertThat(agentsView.find(saved.id()).orElseThrow().name()).isEqualTo("박생산");
    }
}
