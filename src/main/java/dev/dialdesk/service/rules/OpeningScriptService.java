package dev.dialdesk.service.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.rules.OpeningScript;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.OpeningScriptStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opening statement: what the script card shows when a call connects, the mark that it was said
 * (kept with the call), and the centre's editing of the texts. Not on the event thread.
 */
public final class OpeningScriptService {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningScriptService.class);

    private final OpeningScriptStore store;
    private final Settings settings;
    private final Clock clock;

    public OpeningScriptService(OpeningScriptStore store, Settings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The statement for the lead's product (its own, the centre's default, or the built-in one). */
    public OpeningScript scriptFor(String product) {
        return store.forProduct(product).orElse(new OpeningScript("", OpeningScript.DEFAULT_TEXT, 0));
    }

    /** The text to say on a call to {@code lead}, with the company, the agent and the product filled in. */
    public String textFor(Lead lead) {
        return scriptFor(lead.product()).forCall(settings.get(RulesSettingKeys.COMPANY),
                settings.get(SettingKeys.AGENT_NAME), lead.product());
    }

    public List<OpeningScript> all() {
        return store.all();
    }

    /**
     * Saves the centre's text for a product ("" for all without their own), if nobody saved it meanwhile.
     *
     * @throws UserFacingException when the text is empty or someone else changed it since it was read
     */
    public void save(String product, String text, long readVersion) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException(new Message("rules.script.empty"), "Empty opening statement");
        }
        if (!store.save(new OpeningScript(product, text.strip(), readVersion), clock.instant())) {
            throw new UserFacingException(new Message("rules.script.conflict", product == null ? "" : product),
                    "Opening statement for a product changed by someone else");
        }
        LOG.info("Opening statement saved (version {} read)", readVersion);
    }

    /** The agent marked the opening said on call {@code clientId}; {@code late}: only when the contract was recorded. */
    public boolean markSaid(UUID clientId, long leadId, AgentId agent, boolean late) {
        boolean marked = store.markSaid(clientId, leadId, agent, clock.instant(), late);
        LOG.info("Opening statement marked said on call {} of lead {}{}", clientId, leadId, late ? " (late)" : "");
        return marked;
    }

    public boolean saidOn(UUID clientId) {
        return store.saidOn(clientId);
    }
}
