package dev.dialdesk.service.stats;

import dev.dialdesk.service.settings.SettingKey;

/** The statistics' settings. */
public final class StatsSettingKeys {

    private StatsSettingKeys() {
    }

    /** Monthly premium (won) each agent should sell per working day: the target of the dashboard. */
    public static final SettingKey<Integer> PREMIUM_TARGET_PER_DAY = SettingKey.integer("stats.premiumTargetPerDay", 100_000);
}
