package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.callbacks.CallbackTiming;
import dev.dialdesk.service.settings.SettingKey;
import dev.dialdesk.service.settings.Settings;
import java.time.Duration;

/** The callback scheduler's user settings (kept beside the feature). */
public final class CallbackSettingKeys {

    private CallbackSettingKeys() {
    }

    /** Minutes after its due time an unattempted callback becomes missed. */
    public static final SettingKey<Integer> GRACE_MINUTES = SettingKey.integer("callbacks.graceMinutes", 30);

    /** Minutes before its due time a callback is reminded. */
    public static final SettingKey<Integer> REMINDER_LEAD_MINUTES = SettingKey.integer("callbacks.reminderLeadMinutes", 5);

    /** Minutes a snoozed reminder stays quiet. */
    public static final SettingKey<Integer> SNOOZE_MINUTES = SettingKey.integer("callbacks.snoozeMinutes", 5);

    /** The timing the settings describe now (negative values fall back to the defaults). */
    public static CallbackTiming timing(Settings settings) {
        CallbackTiming defaults = CallbackTiming.DEFAULTS;
        return new CallbackTiming(minutes(settings, GRACE_MINUTES, defaults.grace()),
                minutes(settings, REMINDER_LEAD_MINUTES, defaults.reminderLead()),
                minutes(settings, SNOOZE_MINUTES, defaults.snooze()), defaults.earlyCall());
    }

    private static Duration minutes(Settings settings, SettingKey<Integer> key, Duration fallback) {
        int value = settings.get(key);
        return value < 0 ? fallback : Duration.ofMinutes(value);
    }
}
