package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.storage.DispositionStore;
import java.util.List;
import java.util.Optional;

/**
 * The centre's dispositions, the last list read (the call panel's buttons) answered while the server
 * is away: an outcome recorded then still knows what its disposition does to the lead.
 */
final class OutboxDispositions implements DispositionStore {

    private final DispositionStore store;
    private final LastRead<List<Disposition>> lastRead = new LastRead<>();

    OutboxDispositions(DispositionStore store) {
        this.store = store;
    }

    @Override
    public List<Disposition> all() {
        return lastRead.of(store::all);
    }

    @Override
    public Optional<Disposition> find(String code) {
        Optional<Disposition> shown = all().stream().filter(d -> d.code().equals(code)).findFirst();
        return shown.isPresent() ? shown : store.find(code); // a retired one: the server's
    }

    @Override
    public void save(Disposition disposition) {
        store.save(disposition);
    }

    @Override
    public void deactivate(String code) {
        store.deactivate(code);
    }
}
