package dev.dialdesk.service.settings;

import java.util.Map;

/** Where settings are kept (a small JSON file in the data folder). */
public interface SettingsStore {

    Map<String, String> load();

    void save(Map<String, String> values);
}
