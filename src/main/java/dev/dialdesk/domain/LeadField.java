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
    EXTERNAL_ID,
    /** Another number of the customer (a second phone column, the second number of a cell). */
    ALTERNATE_PHONE,
    /**
     * A resident registration number (주민등록번호) column: never stored (개인정보보호법 Art. 24-2); only the
     * birth date and gender are taken from it when the file has none.
     */
    RESIDENT_NUMBER;

    /** Message key of the field label. */
    public String messageKey() {
        return "lead.field." + name();
    }
}
