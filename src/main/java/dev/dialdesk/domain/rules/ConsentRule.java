package dev.dialdesk.domain.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The centre's consent rule: a lead needs a readable consent date no older than {@code maxAgeDays}
 * (0: any age will do). Since 2014 insurers check each lead's marketing consent and its source.
 */
public record ConsentRule(int maxAgeDays) {

    /** What the rule says about a lead's consent. */
    public enum Verdict {
        OK,
        /** The file gave no consent date (or one that cannot be read). */
        MISSING,
        /** Older than the centre's limit. */
        TOO_OLD,
        /** Dated after today: a typing error in the file, not a consent. */
        IN_THE_FUTURE;

        public boolean flagged() {
            return this != OK;
        }

        public String labelKey() {
            return "rules.consent." + name();
        }
    }

    public ConsentRule {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("the consent age limit cannot be negative");
        }
    }

    public Verdict check(Consent consent, LocalDate today) {
        if (consent.date() == null) {
            return Verdict.MISSING;
        }
        if (consent.date().isAfter(today)) {
            return Verdict.IN_THE_FUTURE;
        }
        if (maxAgeDays > 0 && ChronoUnit.DAYS.between(consent.date(), today) > maxAgeDays) {
            return Verdict.TOO_OLD;
        }
        return Verdict.OK;
    }
}
