package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.CoolingOffRule;
import dev.dialdesk.domain.contracts.QaDeadlineRule;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.HolidayStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The QA deadline and cooling-off rules as the settings say, and the deadline of a contract. */
public final class ContractRules {

    private static final Logger LOG = LoggerFactory.getLogger(ContractRules.class);

    private final Settings settings;
    private final HolidayStore holidays;

    public ContractRules(Settings settings, HolidayStore holidays) {
        this.settings = settings;
        this.holidays = holidays;
    }

    /** The rule in force; a setting that makes no sense falls back to the default rule (logged). */
    public QaDeadlineRule qaRule() {
        try {
            return new QaDeadlineRule(settings.get(ContractSettingKeys.QA_DEADLINE_DAYS),
                    settings.get(ContractSettingKeys.QA_DEADLINE_COUNTING),
                    settings.get(ContractSettingKeys.QA_DEADLINE_START),
                    settings.get(ContractSettingKeys.QA_DEADLINE_END),
                    LocalTime.parse(settings.get(ContractSettingKeys.QA_OFFICE_CLOSE)));
        } catch (RuntimeException e) {
            LOG.warn("QA deadline settings are invalid ({}); using the default rule", e.getMessage());
            return QaDeadlineRule.DEFAULT;
        }
    }

    public CoolingOffRule coolingOff() {
        try {
            return new CoolingOffRule(settings.get(ContractSettingKeys.COOLING_OFF_DELIVERY_DAYS),
                    settings.get(ContractSettingKeys.COOLING_OFF_CONTRACT_DAYS),
                    settings.get(ContractSettingKeys.COOLING_OFF_SENIOR_AGE),
                    settings.get(ContractSettingKeys.COOLING_OFF_SENIOR_DAYS));
        } catch (RuntimeException e) {
            LOG.warn("Cooling-off settings are invalid ({}); using the default rule", e.getMessage());
            return CoolingOffRule.DEFAULT;
        }
    }

    /**
     * The agent this desk belongs to (set at first start), empty before that. Automatic changes (the
     * deadline's returns, recomputed deadlines) touch only this agent's contracts.
     */
    public Optional<AgentId> deskAgent() {
        String id = settings.get(SettingKeys.AGENT_ID);
        return AgentId.isValid(id) ? Optional.of(new AgentId(id)) : Optional.empty();
    }

    public ZoneId centreZone() {
        return settings.get(SettingKeys.CENTRE_ZONE);
    }

    /** The public holidays, read once for a batch of deadlines (only business-day counting needs them). */
    public Predicate<LocalDate> holidays(QaDeadlineRule rule) {
        if (rule.counting() != QaDeadlineRule.Counting.BUSINESS) {
            return day -> false;
        }
        Set<LocalDate> all = holidays.all();
        return all::contains;
    }

    /** The re-recording deadline of {@code contract} under {@code rule}, in the contract's zone. */
    public ZonedDateTime deadline(Contract contract, QaDeadlineRule rule, Predicate<LocalDate> isHoliday) {
        return rule.deadline(contract.contractDate(), contract.qa().noticeDate(), contract.sale().zone(), isHoliday);
    }

    /** The deadline under the rule in force (reads the holidays when business days count). */
    public ZonedDateTime deadline(Contract contract) {
        QaDeadlineRule rule = qaRule();
        return deadline(contract, rule, holidays(rule));
    }
}
