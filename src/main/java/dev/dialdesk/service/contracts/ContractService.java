package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.AfterSale;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractDiff;
import dev.dialdesk.domain.contracts.ContractListing;
import dev.dialdesk.domain.contracts.CoolingOffRule;
import dev.dialdesk.domain.contracts.QaCase;
import dev.dialdesk.domain.contracts.QaDeadlineRule;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.domain.contracts.Sale;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.storage.ContractStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contracts and their QA cases: created from the 청약 disposition, edited (audited), moved through QA,
 * withdrawn or cancelled, and returned automatically when a re-recording deadline passes. Every
 * method touches the database: never call one on the Swing event thread.
 */
public final class ContractService implements PremiumSource {

    private static final Logger LOG = LoggerFactory.getLogger(ContractService.class);
    /** A contract time this far ahead of the clock is a typing mistake. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final ContractStore store;
    private final ContractRules rules;
    private final Clock clock;
    private final QaExpiry expiry;

    public ContractService(ContractStore store, ContractRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
        this.expiry = new QaExpiry(store, rules::deskAgent, clock);
    }

    /**
     * The contract closed by a call with the 청약 disposition: awaiting QA, happy call pending.
     *
     * @param attemptId the call attempt, or null when entered by hand
     * @throws UserFacingException when the product is missing, the premium is not positive or the time
     *                             lies in the future
     */
    public Contract createFromCall(Long attemptId, long leadId, AgentId agent, String product, long premiumWon,
                                   Instant contractAt, String applicationNo, String notes) {
        validate(product, premiumWon, contractAt);
        Instant now = clock.instant();
        Sale sale = new Sale(product, premiumWon, contractAt, rules.centreZone(), applicationNo, notes, true);
        Contract draft = new Contract(0, leadId, agent, attemptId, sale, QaCase.awaiting(Instant.EPOCH),
                AfterSale.initial(null), now, now, 1);
        Contract contract = draft.withQa(draft.qa().withDeadline(rules.deadline(draft).toInstant()));
        Contract saved = store.insert(contract, agent.value(), now);
        LOG.info("Contract {} created for lead {} by {}", saved.id(), leadId, agent);
        return saved;
    }

    private void validate(String product, long premiumWon, Instant contractAt) {
        if (product == null || product.isBlank()) {
            throw new UserFacingException(new Message("contracts.error.productRequired"), "product missing");
        }
        if (premiumWon <= 0) {
            throw new UserFacingException(new Message("contracts.error.premiumPositive"), "premium " + premiumWon);
        }
        if (contractAt == null || contractAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new UserFacingException(new Message("contracts.error.contractInFuture"), "contract time in future");
        }
    }

    /** Edits what was sold and the after-sale data; one audit row per changed field. */
    public Contract edit(long id, ContractEdit edit, AgentId by) {
        validate(edit.product(), edit.premiumWon(), edit.contractAt());
        return change(id, by, contract -> {
            Sale old = contract.sale();
            AfterSale after = contract.afterSale();
            return contract
                    .withSale(new Sale(edit.product(), edit.premiumWon(), edit.contractAt(), old.zone(),
                            edit.applicationNo(), edit.notes(), old.soldByPhone()))
                    .withAfterSale(new AfterSale(after.withdrawalDate(), after.withdrawalReason(),
                            after.cancelledAt(), edit.policyDeliveryDate(), edit.customerBirthDate(),
                            edit.customerAge(), edit.happyCall()));
        });
    }

    public Contract passQa(long id, AgentId by) {
        return change(id, by, Contract::passQa);
    }

    /** QA asks for a re-recording (보완녹취): the deadline starts to count down. */
    public Contract requireReRecording(long id, String reason, LocalDate noticeDate, AgentId by) {
        return change(id, by, contract -> contract.requireReRecording(reason, noticeDate));
    }

    public Contract markReRecorded(long id, Instant at, AgentId by) {
        return change(id, by, contract -> contract.reRecorded(at));
    }

    /**
     * The re-recording was made, marked from the call panel: only if the contract is still as the agent
     * saw it ({@code seenVersion}); else nothing is saved and the conflict says what it is now.
     */
    public Contract markReRecorded(long id, long seenVersion, Instant at, AgentId by) {
        return change(id, by, contract -> {
            if (contract.version() != seenVersion) {
                String last = audit(id).stream().reduce((a, b) -> b).map(ContractChange::actor).orElse("?");
                throw dev.dialdesk.service.StaleEdits.contract(new dev.dialdesk.storage.ConflictException(
                        new Message("error.conflict.contract", new Message(contract.state().labelKey()), last),
                        "contract", id, "re_recorded_at at version " + seenVersion, contract, last, contract.updatedAt()),
                        rules.centreZone(), clock.instant());
            }
            return contract.reRecorded(at);
        });
    }

    /** The lead's contract with an open QA re-recording case, if it has one (the call panel's re-recording call). */
    public Optional<Contract> openReRecordingOfLead(long leadId) {
        return store.openCaseOfLead(leadId);
    }

    /** QA rejected the contract: returned (반송). */
    public Contract reject(long id, AgentId by) {
        return change(id, by, contract -> contract.returned(ReturnReason.QA_REJECTED, clock.instant()));
    }

    /** The customer withdrew (철회). */
    public Contract withdraw(long id, LocalDate date, String reason, AgentId by) {
        return change(id, by, contract -> contract.withdrawn(date, reason));
    }

    public Contract cancel(long id, AgentId by) {
        return change(id, by, contract -> contract.cancelled(clock.instant()));
    }

    /**
     * Applies {@code move} to the contract as stored, recomputes the deadline, and saves with the audit
     * of what changed, only if nobody changed the contract since it was read.
     *
     * @throws dev.dialdesk.storage.ConflictException when it was changed meanwhile (another desk, the
     *                                                deadline's return): nothing was saved
     */
    private synchronized Contract change(long id, AgentId by, UnaryOperator<Contract> move) {
        Contract before = find(id);
        Contract moved = move.apply(before);
        Contract after = moved.withQa(moved.qa().withDeadline(rules.deadline(moved).toInstant()))
                .touched(clock.instant());
        List<ContractChange> changes = ContractDiff.between(before, after, by.value(), clock.instant());
        if (changes.isEmpty()) {
            return before;
        }
        Contract saved;
        try {
            saved = store.update(after, changes);
        } catch (dev.dialdesk.storage.ConflictException lost) {
            throw dev.dialdesk.service.StaleEdits.contract(lost, rules.centreZone(), clock.instant());
        }
        expiry.forget();
        LOG.info("Contract {} changed by {}: {}", id, by, changes.stream().map(ContractChange::field).toList());
        return saved;
    }

    /** Contracts changed outside this service (a day report was imported): look at the deadlines again. */
    public synchronized void contractsImported() {
        expiry.forget();
    }

    public Contract find(long id) {
        return store.find(id).orElseThrow(() -> new UserFacingException(
                new Message("contracts.error.noSuchContract", id), "No contract " + id));
    }

    /** Contracts with their deadline and after-sale clocks; see {@link ContractStore#list}. */
    public List<ContractSummary> list(boolean openOnly, AgentId agent) {
        CoolingOffRule coolingOff = rules.coolingOff();
        List<ContractListing> listings = store.list(openOnly, agent);
        List<ContractSummary> summaries = new ArrayList<>(listings.size());
        for (ContractListing listing : listings) {
            summaries.add(summarize(listing, coolingOff));
        }
        return summaries;
    }

    private static ContractSummary summarize(ContractListing listing, CoolingOffRule coolingOff) {
        Contract contract = listing.contract();
        ZonedDateTime deadline = contract.qa().deadline().atZone(contract.sale().zone());
        return new ContractSummary(contract, listing.customerName(), deadline, coolingOff.lastDay(contract),
                coolingOff.seniorWindow(contract));
    }

    /** The re-recording deadline of a contract, in its zone. */
    public ZonedDateTime deadline(long id) {
        Contract contract = find(id);
        return contract.qa().deadline().atZone(contract.sale().zone());
    }

    public List<ContractChange> audit(long id) {
        return store.audit(id);
    }

    /**
     * Returns (반송) every open case whose deadline has passed. Cheap when nothing is due: it remembers
     * the earliest deadline and asks the database only once that time has come. The window's minute
     * tick calls it (off the event thread).
     */
    public List<Contract> expireOverdue() {
        synchronized (this) {
            return expiry.expireDue();
        }
    }

    /**
     * At start-up of the window (never for a read-only command): recomputes the desk's own agent's open
     * cases' deadlines under the rule now in force (settings or holidays may have changed while the
     * program was closed), then returns the overdue ones.
     */
    public synchronized List<Contract> startUp() {
        Optional<AgentId> agent = rules.deskAgent();
        if (agent.isPresent()) {
            recomputeDeadlines(agent.get());
        }
        expiry.forget();
        return expiry.expireDue();
    }

    private void recomputeDeadlines(AgentId agent) {
        QaDeadlineRule rule = rules.qaRule();
        Predicate<LocalDate> holidays = rules.holidays(rule);
        List<Contract> changed = new ArrayList<>();
        for (Contract open : store.openCases(agent)) {
            Instant deadline = rules.deadline(open, rule, holidays).toInstant();
            if (!deadline.equals(open.qa().deadline())) {
                changed.add(open.withQa(open.qa().withDeadline(deadline)));
            }
        }
        if (!changed.isEmpty()) {
            int set = store.updateDeadlines(changed);
            LOG.info("Recomputed the deadline of {} open QA cases ({} changed meanwhile)", set, changed.size() - set);
        }
    }

    /** Hook for the callback scheduler: the deadline of the lead's open QA case, if it has one. */
    public Optional<ZonedDateTime> deadlineForLead(long leadId) {
        return store.openCaseOfLead(leadId).map(c -> c.qa().deadline().atZone(c.sale().zone()));
    }

    /** Hook for the callback scheduler and the home panel: the agent's open cases, most urgent first. */
    public List<OpenReRecordingCase> openReRecordingCases(AgentId agent) {
        return store.list(true, agent).stream()
                .map(ContractListing::contract)
                .map(c -> new OpenReRecordingCase(c.id(), c.leadId(), c.agentId(),
                        c.qa().deadline().atZone(c.sale().zone())))
                .toList();
    }

    /** {@link PremiumSource}: the monthly premium of the agent's contracts in [from, to), cancelled ones left out. */
    @Override
    public long premiumWon(AgentId agent, Instant from, Instant to) {
        return store.premiumWon(agent, from, to);
    }

    /** {@link PremiumSource}: the agent's contracts made in [from, to), cancelled ones left out (the dashboard's rule). */
    @Override
    public java.util.OptionalInt contractsMade(AgentId agent, Instant from, Instant to) {
        long made = store.list(false, agent).stream().map(ContractListing::contract)
                .filter(c -> c.state() != QaState.CANCELLED)
                .filter(c -> !c.sale().contractAt().isBefore(from) && c.sale().contractAt().isBefore(to))
                .count();
        return java.util.OptionalInt.of((int) made);
    }
}
