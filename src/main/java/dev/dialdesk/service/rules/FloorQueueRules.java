package dev.dialdesk.service.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallingPolicy;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.rules.AttemptTrail;
import dev.dialdesk.domain.rules.Consent;
import dev.dialdesk.domain.rules.ConsentRule;
import dev.dialdesk.domain.rules.GoingCold;
import dev.dialdesk.service.calls.QueueRules;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.FloorStatsStore;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The floor's rules for the work queue: consent when the centre requires it, rest between tries for a
 * lead avoiding calls, and (a setting, off by default) the leads that answered at this hour before first.
 */
public final class FloorQueueRules implements QueueRules {

    private static final int HISTORY = 50;
    private static final int PREFERRED_LIMIT = 100;
    private static final Duration ANSWER_MEMORY = Duration.ofDays(90);
    private static final Duration PREFERRED_REFRESH = Duration.ofMinutes(5);

    private final Settings settings;
    private final FloorStatsStore stats;
    private final CallLog log;
    private final DispositionStore dispositions;
    private static final Duration DISPOSITIONS_REFRESH = Duration.ofMinutes(1);

    private volatile Preferred cache;
    private volatile Dispositions byCode;

    private record Dispositions(Instant at, Map<String, Disposition> byCode) {
    }

    private record Preferred(AgentId agent, int hour, Instant at, List<Long> leads) {
    }

    public FloorQueueRules(Settings settings, FloorStatsStore stats, CallLog log, DispositionStore dispositions) {
        this.settings = settings;
        this.stats = stats;
        this.log = log;
        this.dispositions = dispositions;
    }

    @Override
    public Optional<QueueSkipReason> holdBack(QueuedRow row, Instant now) {
        ZoneId zone = row.state().zoneOr(settings.get(SettingKeys.CENTRE_ZONE));
        if (settings.get(RulesSettingKeys.CONSENT_REQUIRED)) {
            ConsentRule.Verdict consent = new ConsentRule(settings.get(RulesSettingKeys.CONSENT_MAX_AGE_DAYS))
                    .check(Consent.fromExtras(row.lead().extra()), now.atZone(zone).toLocalDate());
            if (consent.flagged()) {
                return Optional.of(new QueueSkipReason(QueueSkipReason.Kind.CONSENT,
                        new Message("rules.skip.consent." + consent.name())));
            }
        }
        return restingAfterMissedCalls(row, now, zone);
    }

    /** A lead avoiding calls waits {@code rules.cold.spacingHours} after its last try. */
    private Optional<QueueSkipReason> restingAfterMissedCalls(QueuedRow row, Instant now, ZoneId zone) {
        int attempts = Math.max(1, settings.get(RulesSettingKeys.COLD_ATTEMPTS));
        Instant last = row.state().lastCallAt();
        Duration spacing = Duration.ofHours(Math.max(0, settings.get(RulesSettingKeys.COLD_SPACING_HOURS)));
        if (row.state().attemptCount() < attempts + 1 || last == null || !last.plus(spacing).isAfter(now)) {
            return Optional.empty();
        }
        Map<String, Disposition> byCode = dispositions(now);
        Disposition lastOutcome = byCode.get(row.state().lastDisposition());
        if (lastOutcome == null || lastOutcome.contact()) {
            return Optional.empty();
        }
        AttemptTrail trail = AttemptTrail.of(log.history(row.lead().id(), HISTORY), byCode);
        if (!new GoingCold(attempts).avoiding(trail)) {
            return Optional.empty();
        }
        Instant until = last.plus(spacing);
        return Optional.of(new QueueSkipReason(QueueSkipReason.Kind.AVOIDING_CALLS, new Message("rules.skip.avoiding",
                CallingPolicy.describe(until.atZone(zone), now.atZone(zone).toLocalDate()))));
    }

    /** The dispositions by code, read again after a minute (an edited disposition shows soon enough). */
    private Map<String, Disposition> dispositions(Instant now) {
        Dispositions current = byCode;
        if (current == null || current.at().plus(DISPOSITIONS_REFRESH).isBefore(now) || now.isBefore(current.at())) {
            current = new Dispositions(now, AttemptTrail.byCode(dispositions.all()));
            byCode = current;
        }
        return current.byCode();
    }

    @Override
    public List<Long> preferred(AgentId agent, Instant now) {
        if (!settings.get(RulesSettingKeys.PREFER_ANSWERED_HOUR)) {
            return List.of();
        }
        ZoneId zone = settings.get(SettingKeys.CENTRE_ZONE);
        int hour = now.atZone(zone).getHour();
        Preferred current = cache;
        if (current == null || !current.agent().equals(agent) || current.hour() != hour
                || current.at().plus(PREFERRED_REFRESH).isBefore(now) || now.isBefore(current.at())) {
            int offsetHours = zone.getRules().getOffset(now).getTotalSeconds() / 3600;
            current = new Preferred(agent, hour, now,
                    stats.answeredAtHour(agent, now.minus(ANSWER_MEMORY), offsetHours, hour, PREFERRED_LIMIT));
            cache = current;
        }
        return current.leads();
    }
}
