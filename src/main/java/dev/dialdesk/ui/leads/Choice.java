package dev.dialdesk.ui.leads;

/** An entry of a filter combo: the value (null for "all") and what the agent reads. */
record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
