package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.OpeningScript;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The opening statements per product, and the calls on which the agent marked it said. */
public interface OpeningScriptStore {

    /** The product's own statement, else the default one (product ""), if the centre wrote any. */
    Optional<OpeningScript> forProduct(String product);

    List<OpeningScript> all();

    /**
     * Saves a statement if its row still has {@code script.version()} (0: it must not exist yet);
     * returns false, changing nothing, when someone else saved it meanwhile.
     */
    boolean save(OpeningScript script, Instant at);

    /**
     * Records that the opening was said on the call {@code clientId}; {@code late}: confirmed when the
     * contract was recorded rather than during the call. Returns false when it was already marked.
     */
    boolean markSaid(UUID clientId, long leadId, AgentId agent, Instant at, boolean late);

    /** Was the opening marked said on this call (in the call or confirmed late)? */
    boolean saidOn(UUID clientId);
}
