package dev.dialdesk.domain.contracts;

/** The happy call (해피콜): the centre's after-sale check call to the customer. */
public enum HappyCall {
    PENDING,
    PASSED,
    FAILED;

    public String labelKey() {
        return "contracts.happyCall." + name();
    }
}
