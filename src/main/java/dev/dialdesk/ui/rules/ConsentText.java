package dev.dialdesk.ui.rules;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.Consent;

/** A lead's consent in one line for the lead detail: "2025-02-03 · 보험비교 사이트 · 퍼미션 A". */
public final class ConsentText {

    private ConsentText() {
    }

    public static String describe(Messages messages, Consent consent) {
        if (consent.date() == null && !consent.isRecorded()) {
            return messages.get("rules.consent.MISSING");
        }
        String date = consent.date() != null ? consent.date().toString()
                : messages.get("rules.consent.MISSING") + (consent.rawDate() == null ? "" : " (" + consent.rawDate() + ")");
        return messages.get("rules.consent.describe", date, orDash(consent.source()), orDash(consent.grade()));
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
