package dev.dialdesk.domain;

/** The fields of a lead that an import file can fill. Extra columns become extra fields. */
public enum LeadField {
    NAME,
    PHONE,
    BIRTH_DATE,
    GENDER,
    REGION,
    PRODUCT,
    SOURCE,
    NOTES,
    EXTERNAL_ID;

    /** Message key of the field label. */
    public String messageKey() {
        return "lead.field." + name();
    }
}
