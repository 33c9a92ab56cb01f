package dev.dialdesk.service.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.rules.AttemptTrail;
import dev.dialdesk.domain.rules.Consent;
import dev.dialdesk.domain.rules.ConsentRule;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.GoingCold;
import dev.dialdesk.domain.rules.QaRisk;
import dev.dialdesk.domain.rules.WithdrawalRisk;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.ContractStore;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.FloorStatsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marks of the floor's rules on a lead (consent, avoiding calls, QA at risk, withdrawal risk) and
 * the team lead's list of QA cases at risk today. Not on the event thread.
 */
public final class LeadMarksService {

    private static final int HISTORY = 50;
    private static final Duration BEST_HOURS_WINDOW = Duration.ofDays(60);
    private static final Duration BEST_HOURS_REFRESH = Duration.ofMinutes(30);
    /** The longest cooling-off window (45 days for a senior sold by phone) and a margin. */
    private static final Duration COOLING_OFF_REACH = Duration.ofDays(47);
    private static final int BEST_HOURS = 3;
    private static final int BEST_HOURS_MIN_DIALS = 5;

    private final CallLog log;
    private final DispositionStore dispositions;
    private final ContractStore contracts;
    private final FloorStatsStore stats;
    private final ContractRules contractRules;
    private final Settings settings;
    private final Clock clock;
    private volatile BestHours bestHours;

    private record BestHours(Instant at, List<Integer> hours) {
    }

    /** An open QA case at risk: the contract, its lead, its deadline and why. */
    public record QaAtRisk(long contractId, long leadId, AgentId agent, String product, Instant deadline,
                           Set<QaRisk.Reason> reasons, java.util.SortedSet<Integer> answeredHours) {
    }

    /** A live contract at risk of withdrawal, and why. */
    public record WithdrawalAtRisk(long contractId, long leadId, AgentId agent, Set<WithdrawalRisk.Reason> reasons) {
    }

    public LeadMarksService(CallLog log, DispositionStore dispositions, ContractStore contracts, FloorStatsStore stats,
                            ContractRules contractRules, Settings settings, Clock clock) {
        this.log = log;
        this.dispositions = dispositions;
        this.contracts = contracts;
        this.stats = stats;
        this.contractRules = contractRules;
        this.settings = settings;
        this.clock = clock;
    }

    /** The consent the lead's file gave, and what the centre's rule says of it today. */
    public ConsentRule.Verdict consent(Lead lead) {
        return consentRule().check(Consent.fromExtras(lead.extra()), today());
    }

    public LeadMarks marks(Lead lead) {
        Instant now = clock.instant();
        ZoneId zone = settings.get(SettingKeys.CENTRE_ZONE);
        AttemptTrail trail = trail(lead.id());
        GoingCold cold = new GoingCold(Math.max(1, settings.get(RulesSettingKeys.COLD_ATTEMPTS)));
        boolean avoiding = cold.avoiding(trail);
        Optional<Contract> qaCase = contracts.openCaseOfLead(lead.id());
        Set<QaRisk.Reason> qaRisk = qaCase.map(c -> qaRisk(c, trail, now)).orElse(Set.of());
        Set<WithdrawalRisk.Reason> withdrawal = EnumSet.noneOf(WithdrawalRisk.Reason.class);
        WithdrawalRisk rule = new WithdrawalRisk(contractRules.coolingOff(), unanswered());
        for (long id : stats.liveContracts(now.minus(COOLING_OFF_REACH), Optional.empty(), lead.id())) {
            contracts.find(id).ifPresent(c -> withdrawal.addAll(rule.check(c, trail, now.atZone(zone).toLocalDate())));
        }
        Consent consent = Consent.fromExtras(lead.extra());
        return new LeadMarks(consent, consentRule().check(consent, today()), avoiding, trail.unansweredInARow(),
                trail.answeredHours(zone), avoiding || !qaRisk.isEmpty() ? teamBestHours(now, zone) : List.of(),
                qaCase.map(c -> c.qa().deadline()).orElse(null), qaRisk, withdrawal);
    }

    /** The agent's leads avoiding calls (for the lead list's mark). */
    public Set<Long> avoidingLeads(AgentId agent) {
        return stats.avoidingLeads(agent, Math.max(1, settings.get(RulesSettingKeys.COLD_ATTEMPTS)));
    }

    /** The open QA cases at risk now, of one agent or all, the nearest deadline first. */
    public List<QaAtRisk> qaAtRisk(Optional<AgentId> agent) {
        Instant now = clock.instant();
        List<QaAtRisk> atRisk = new ArrayList<>();
        for (Contract c : agent.map(contracts::openCases).orElseGet(contracts::openCasesOfEveryAgent)) {
            AttemptTrail trail = trail(c.leadId());
            Set<QaRisk.Reason> reasons = qaRisk(c, trail, now);
            if (!reasons.isEmpty()) {
                atRisk.add(new QaAtRisk(c.id(), c.leadId(), c.agentId(), c.sale().product(), c.qa().deadline(), reasons,
                        trail.answeredHours(c.sale().zone())));
            }
        }
        atRisk.sort(java.util.Comparator.comparing(QaAtRisk::deadline));
        return atRisk;
    }

    /** Live contracts still in cooling-off and at risk of withdrawal, of one agent or all. */
    public List<WithdrawalAtRisk> withdrawalAtRisk(Optional<AgentId> agent) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.get(SettingKeys.CENTRE_ZONE)).toLocalDate();
        WithdrawalRisk rule = new WithdrawalRisk(contractRules.coolingOff(), unanswered());
        List<WithdrawalAtRisk> atRisk = new ArrayList<>();
        for (long id : stats.liveContracts(now.minus(COOLING_OFF_REACH), agent, 0)) {
            Optional<Contract> contract = contracts.find(id);
            if (contract.isPresent()) {
                Set<WithdrawalRisk.Reason> reasons = rule.check(contract.get(), trail(contract.get().leadId()), today);
                if (!reasons.isEmpty()) {
                    atRisk.add(new WithdrawalAtRisk(id, contract.get().leadId(), contract.get().agentId(), reasons));
                }
            }
        }
        return atRisk;
    }

    private Set<QaRisk.Reason> qaRisk(Contract c, AttemptTrail trail, Instant now) {
        LocalDate notice = c.qa().noticeDate() == null ? c.contractDate() : c.qa().noticeDate();
        Instant since = notice.atStartOfDay(c.sale().zone()).toInstant();
        return new QaRisk(unanswered(), Duration.ofDays(1)).check(c.qa().deadline(), since, trail, now);
    }

    /** The team's best contact hours for leads called after they had been warm, over the last 60 days. */
    public List<Integer> teamBestHours(Instant now, ZoneId zone) {
        BestHours current = bestHours;
        if (current == null || current.at().plus(BEST_HOURS_REFRESH).isBefore(now) || now.isBefore(current.at())) {
            ContactHours hours = new ContactHours(zone);
            stats.attempts(now.minus(BEST_HOURS_WINDOW), now, Optional.empty(), true,
                    (agent, at, contact) -> hours.add(at, contact));
            current = new BestHours(now, hours.best(BEST_HOURS, BEST_HOURS_MIN_DIALS).stream()
                    .map(ContactHours.Hour::hour).toList());
            bestHours = current;
        }
        return current.hours();
    }

    private AttemptTrail trail(long leadId) {
        Map<String, Disposition> byCode = AttemptTrail.byCode(dispositions.all());
        return AttemptTrail.of(log.history(leadId, HISTORY), byCode);
    }

    private int unanswered() {
        return Math.max(1, settings.get(RulesSettingKeys.RISK_UNANSWERED));
    }

    private ConsentRule consentRule() {
        return new ConsentRule(Math.max(0, settings.get(RulesSettingKeys.CONSENT_MAX_AGE_DAYS)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.get(SettingKeys.CENTRE_ZONE)));
    }
}
