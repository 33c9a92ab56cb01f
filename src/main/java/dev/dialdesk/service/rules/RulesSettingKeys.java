package dev.dialdesk.service.rules;

import dev.dialdesk.service.settings.SettingKey;

/**
 * The centre's settings for the rules of a telephone sale of insurance and the floor's numbers (issue
 * 16; defaults for Korea, see {@code docs/compliance.md}).
 */
public final class RulesSettingKeys {

    private RulesSettingKeys() {
    }

    /** The law's calling window at the customer's local time; a centre may only narrow it. */
    public static final SettingKey<String> LEGAL_WINDOW = SettingKey.string("rules.legalWindow", "08:00-21:00");

    /** Consent older than this many days is flagged (0: never too old). */
    public static final SettingKey<Integer> CONSENT_MAX_AGE_DAYS = SettingKey.integer("rules.consent.maxAgeDays", 365);

    /** When true, a lead whose consent is missing or too old is not offered by the queue. */
    public static final SettingKey<Boolean> CONSENT_REQUIRED = SettingKey.bool("rules.consent.required", false);

    /** Unanswered attempts in a row after a warm contact that mark a lead as avoiding calls. */
    public static final SettingKey<Integer> COLD_ATTEMPTS = SettingKey.integer("rules.cold.attempts", 3);

    /** Hours an avoiding lead rests between two attempts (the queue spaces them out). */
    public static final SettingKey<Integer> COLD_SPACING_HOURS = SettingKey.integer("rules.cold.spacingHours", 24);

    /** Unanswered attempts in a row that put an open QA case, or a contract in cooling-off, at risk. */
    public static final SettingKey<Integer> RISK_UNANSWERED = SettingKey.integer("rules.risk.unanswered", 2);

    /** The queue prefers, at this hour, leads that answered at this hour before (off by default). */
    public static final SettingKey<Boolean> PREFER_ANSWERED_HOUR = SettingKey.bool("rules.queue.preferAnsweredHour", false);

    /** The company named in the opening statement ({company}). */
    public static final SettingKey<String> COMPANY = SettingKey.string("rules.company", "");

    /** Happy-call tries without an answer after which it counts as failed. */
    public static final SettingKey<Integer> HAPPY_CALL_MAX_TRIES = SettingKey.integer("rules.happyCall.maxTries", 5);
}
