package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The leads this desk read last (the one on screen among them), with the state an outcome kept in the
 * outbox left them in: what the desk knows of a lead while the server is away.
 */
final class LastKnownLeads {

    private static final int SIZE = 256;

    private final Map<Long, QueuedRow> rows = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, QueuedRow> eldest) {
            return size() > SIZE;
        }
    };

    synchronized void remember(QueuedRow row) {
        rows.put(row.lead().id(), row);
    }

    synchronized Optional<QueuedRow> find(long leadId) {
        return Optional.ofNullable(rows.get(leadId));
    }

    /** An outcome was kept: the lead is, as far as this desk knows, in {@code state}. */
    synchronized void moved(LeadCallState state) {
        QueuedRow row = rows.get(state.leadId());
        if (row != null) {
            rows.put(state.leadId(), new QueuedRow(row.lead(), state));
        }
    }
}
