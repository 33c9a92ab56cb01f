package dev.dialdesk.storage;

import java.util.Map;

/**
 * Where the centre's rules are kept as settings (calling hours, the QA deadline rule, the cooling-off
 * rule, the premium target): on a team server a table only the team lead may change; on a desk's own
 * database simply the desk's settings file. Values are the settings' text form, by key name.
 */
public interface CentreSettingStore {

    /** Every value the centre has set, by key name. */
    Map<String, String> load();

    /**
     * Sets one value (the team lead). {@code expectedVersion} is the version read before (0: the key had
     * no value); a value changed meanwhile by someone else throws {@link ConflictException}.
     */
    void save(String key, String value, int expectedVersion, String by);

    /** The version of a key's value (0 when the centre has none), for {@link #save}. */
    int version(String key);
}
