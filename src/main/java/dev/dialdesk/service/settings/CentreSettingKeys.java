package dev.dialdesk.service.settings;

import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.contracts.ContractSettingKeys;
import dev.dialdesk.service.stats.StatsSettingKeys;
import java.util.List;
import java.util.Optional;

/**
 * The settings that are the centre's rules, not a desk's preference: on a team server they come from
 * the server ({@code centre_setting}, set by the team lead) in place of the desk's settings file. Holidays
 * and dispositions are centre rules too, kept in their own tables.
 */
public final class CentreSettingKeys {

    private CentreSettingKeys() {
    }

    /** In the order {@code team rules} lists them. */
    public static final List<SettingKey<?>> ALL = List.of(
            CallSettingKeys.CALLING_HOURS,
            ContractSettingKeys.QA_DEADLINE_DAYS,
            ContractSettingKeys.QA_DEADLINE_COUNTING,
            ContractSettingKeys.QA_DEADLINE_START,
            ContractSettingKeys.QA_DEADLINE_END,
            ContractSettingKeys.QA_OFFICE_CLOSE,
            ContractSettingKeys.COOLING_OFF_DELIVERY_DAYS,
            ContractSettingKeys.COOLING_OFF_CONTRACT_DAYS,
            ContractSettingKeys.COOLING_OFF_SENIOR_AGE,
            ContractSettingKeys.COOLING_OFF_SENIOR_DAYS,
            StatsSettingKeys.PREMIUM_TARGET_PER_DAY);

    public static Optional<SettingKey<?>> byName(String name) {
        return ALL.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    public static boolean isCentreRule(String name) {
        return byName(name).isPresent();
    }
}
