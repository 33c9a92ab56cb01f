package dev.dialdesk.domain;

/** A lead's gender as the centre's files give it (남/여, M/F …), or unknown. */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    public String messageKey() {
        return "lead.gender." + name();
    }
}
