package dev.dialdesk.service.calls;

import dev.dialdesk.domain.calls.CallingHours;
import dev.dialdesk.domain.calls.CallingPolicy;
import dev.dialdesk.domain.calls.LegalWindow;
import dev.dialdesk.service.rules.RulesSettingKeys;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.HolidayStore;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current {@link CallingPolicy}: calling hours from the settings, holidays from the database.
 * Built once and rebuilt when the hours setting changes or holidays are imported.
 */
public final class CallingPolicyService {

    private static final Logger LOG = LoggerFactory.getLogger(CallingPolicyService.class);

    private final Settings settings;
    private final HolidayStore holidays;
    private volatile CallingPolicy policy;

    public CallingPolicyService(Settings settings, HolidayStore holidays) {
        this.settings = settings;
        this.holidays = holidays;
        settings.addListener(key -> {
            if (key == CallSettingKeys.CALLING_HOURS || key == RulesSettingKeys.LEGAL_WINDOW) {
                policy = null;
            }
        });
    }

    public CallingPolicy policy() {
        CallingPolicy current = policy;
        if (current == null) {
            current = new CallingPolicy(hours(), holidays.all(), legalWindow());
            policy = current;
        }
        return current;
    }

    /** The centre's zone: the zone of every lead that has none of its own. */
    public ZoneId centreZone() {
        return settings.get(SettingKeys.CENTRE_ZONE);
    }

    /** Forgets the cached policy (after a holiday import). */
    public void reload() {
        policy = null;
    }

    /** The law's window, narrowed by the centre's setting if it asks for less; never wider. */
    private LegalWindow legalWindow() {
        String text = settings.get(RulesSettingKeys.LEGAL_WINDOW);
        try {
            return LegalWindow.KOREA.narrowedTo(text);
        } catch (RuntimeException e) {
            LOG.warn("Legal calling window setting '{}' is invalid ({}); using {}", text, e.getMessage(),
                    LegalWindow.KOREA);
            return LegalWindow.KOREA;
        }
    }

    private CallingHours hours() {
        String text = settings.get(CallSettingKeys.CALLING_HOURS);
        try {
            return CallingHours.parse(text);
        } catch (RuntimeException e) {
            LOG.warn("Calling hours setting '{}' is invalid ({}); using the defaults", text, e.getMessage());
            return CallingHours.defaults();
        }
    }
}
