package dev.dialdesk.service.settings;

import dev.dialdesk.storage.CentreSettingStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The centre's rules on a desk's own database: simply the desk's settings file (one agent is their own
 * centre). No version to check: one desk writes its own file.
 */
public final class LocalCentreSettings implements CentreSettingStore {

    private final Settings settings;

    public LocalCentreSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, String> load() {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingKey<?> key : CentreSettingKeys.ALL) {
            settings.ownText(key).ifPresent(text -> values.put(key.name(), text));
        }
        return values;
    }

    @Override
    public void save(String key, String value, int expectedVersion, String by) {
        settings.setText(CentreSettingKeys.byName(key).orElseThrow(), value);
    }

    @Override
    public int version(String key) {
        return 0;
    }
}
