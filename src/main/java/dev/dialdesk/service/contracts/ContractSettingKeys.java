package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.contracts.QaDeadlineRule;
import dev.dialdesk.service.settings.SettingKey;

/** The contracts' user settings: the QA deadline rule and the cooling-off rule (docs/qa-deadlines.md). */
public final class ContractSettingKeys {

    private ContractSettingKeys() {
    }

    /** Days after the start day by which the re-recording must be made (0-60). */
    public static final SettingKey<Integer> QA_DEADLINE_DAYS = SettingKey.integer("contracts.qa.days", 4);

    /** Calendar days (weekends count) or business days (Saturdays, Sundays and public holidays skipped). */
    public static final SettingKey<QaDeadlineRule.Counting> QA_DEADLINE_COUNTING = SettingKey.enumeration(
            "contracts.qa.counting", QaDeadlineRule.Counting.class, QaDeadlineRule.Counting.CALENDAR);

    /** Count from the contract date, or from the day QA gave notice. */
    public static final SettingKey<QaDeadlineRule.Start> QA_DEADLINE_START = SettingKey.enumeration(
            "contracts.qa.start", QaDeadlineRule.Start.class, QaDeadlineRule.Start.CONTRACT_DATE);

    /** The deadline is the end of the last day (the next day's 00:00, exclusive), or the end of office hours on it. */
    public static final SettingKey<QaDeadlineRule.End> QA_DEADLINE_END = SettingKey.enumeration(
            "contracts.qa.end", QaDeadlineRule.End.class, QaDeadlineRule.End.END_OF_DAY);

    /** When office hours end ({@code HH:mm}), for the office-hours end. */
    public static final SettingKey<String> QA_OFFICE_CLOSE = SettingKey.string("contracts.qa.officeClose", "18:00");

    /** Cooling-off: days after the policy is delivered. */
    public static final SettingKey<Integer> COOLING_OFF_DELIVERY_DAYS =
            SettingKey.integer("contracts.coolingOff.deliveryDays", 15);

    /** Cooling-off: days after the contract date (the outer limit). */
    public static final SettingKey<Integer> COOLING_OFF_CONTRACT_DAYS =
            SettingKey.integer("contracts.coolingOff.contractDays", 30);

    /** Cooling-off: the age from which phone sales get the longer window. */
    public static final SettingKey<Integer> COOLING_OFF_SENIOR_AGE =
            SettingKey.integer("contracts.coolingOff.seniorAge", 65);

    /** Cooling-off: days after the contract date for those customers, sold by phone. */
    public static final SettingKey<Integer> COOLING_OFF_SENIOR_DAYS =
            SettingKey.integer("contracts.coolingOff.seniorDays", 45);
}
