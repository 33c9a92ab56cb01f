package dev.dialdesk.storage;

import dev.dialdesk.domain.calls.Disposition;
import java.util.List;
import java.util.Optional;

/** The editable dispositions (seeded with the defaults by the {@code 002-calls} migration). */
public interface DispositionStore {

    /** The active dispositions in screen order. */
    List<Disposition> all();

    Optional<Disposition> find(String code);

    /**
     * Adds a disposition, or replaces the one at {@code disposition.version()} (the settings screen).
     *
     * @throws dev.dialdesk.storage.ConflictException when that row was changed meanwhile: nothing was written
     */
    void save(Disposition disposition);

    /** Hides a disposition from the screen; the call log keeps referring to it. */
    void deactivate(String code);
}
