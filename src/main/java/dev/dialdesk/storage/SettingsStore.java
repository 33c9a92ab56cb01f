package dev.dialdesk.storage;

import java.util.Map;

/** Where settings are kept (a small JSON file in the data folder). */
public interface SettingsStore {

    /**
     * The values kept, in file order; empty when nothing is kept yet.
     *
     * @throws UnreadableSettingsException when the file exists but cannot be read as settings
     */
    Map<String, String> load();

    /** Replaces what is kept with {@code values}, whole or not at all; throws when it could not. */
    void save(Map<String, String> values);

    /** The settings file exists but is not a settings object (hand-edited, cut short). */
    final class UnreadableSettingsException extends RuntimeException {
        public UnreadableSettingsException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
