package dev.dialdesk.service.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.rules.HappyCallRule;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.storage.ContractStore;
import dev.dialdesk.storage.HappyCallStore;
import dev.dialdesk.service.settings.Settings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The insurer's happy call (해피콜) on a contract: every try kept, the result on the contract. */
public final class HappyCallService {

    private static final Logger LOG = LoggerFactory.getLogger(HappyCallService.class);

    private final HappyCallStore store;
    private final ContractStore contracts;
    private final Settings settings;
    private final Clock clock;

    public HappyCallService(HappyCallStore store, ContractStore contracts, Settings settings, Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.settings = settings;
        this.clock = clock;
    }

    public List<HappyCallTry> tries(long contractId) {
        return store.tries(contractId);
    }

    /**
     * Records a try and returns the happy call's state after it.
     *
     * @throws UserFacingException when the happy call already ended, or someone recorded a try meanwhile
     */
    public HappyCall record(long contractId, HappyCallTry.Outcome outcome, AgentId by) {
        Contract contract = contracts.find(contractId).orElseThrow(() -> new UserFacingException(
                new Message("rules.happyCall.noContract", contractId), "No contract " + contractId));
        HappyCall before = contract.afterSale().happyCall();
        if (before != HappyCall.PENDING) {
            throw new UserFacingException(new Message("rules.happyCall.ended." + before.name()),
                    "Happy call of contract " + contractId + " already " + before);
        }
        HappyCallTry attempt = new HappyCallTry(contractId, clock.instant(), outcome, by.value());
        List<HappyCallTry> tries = new ArrayList<>(store.tries(contractId));
        tries.add(attempt);
        HappyCall after = new HappyCallRule(Math.max(1, settings.get(RulesSettingKeys.HAPPY_CALL_MAX_TRIES)))
                .state(tries);
        if (!store.record(attempt, before, after)) {
            throw new UserFacingException(new Message("rules.happyCall.conflict", contractId),
                    "Happy call of contract " + contractId + " changed meanwhile");
        }
        LOG.info("Happy call try {} on contract {}: {} -> {}", tries.size(), contractId, outcome, after);
        return after;
    }
}
