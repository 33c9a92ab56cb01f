package dev.dialdesk.service.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The user's settings, read once at start and written back on every change. Unknown or unreadable
 * values fall back to the key's default; values the file holds for keys this build does not know are
 * kept, so that an older Dialdesk does not erase a newer one's settings.
 */
public final class Settings {

    private final SettingsStore store;
    private final Map<String, String> values;
    private final CopyOnWriteArrayList<Consumer<SettingKey<?>>> listeners = new CopyOnWriteArrayList<>();

    public Settings(SettingsStore store) {
        this.store = store;
        this.values = new LinkedHashMap<>(store.load());
    }

    /** Settings held in memory only: for tests and the demo. */
    public static Settings inMemory() {
        return new Settings(new SettingsStore() {
            @Override
            public Map<String, String> load() {
                return Map.of();
            }

            @Override
            public void save(Map<String, String> values) {
                // nothing to keep
            }
        });
    }

    public synchronized <T> T get(SettingKey<T> key) {
        String text = values.get(key.name());
        if (text == null) {
            return key.defaultValue();
        }
        try {
            return key.parse(text);
        } catch (RuntimeException e) {
            return key.defaultValue();
        }
    }

    public <T> void set(SettingKey<T> key, T value) {
        Map<String, String> snapshot;
        synchronized (this) {
            if (value == null) {
                values.remove(key.name());
            } else {
                values.put(key.name(), key.format(value));
            }
            snapshot = new LinkedHashMap<>(values);
        }
        store.save(snapshot);
        listeners.forEach(listener -> listener.accept(key));
    }

    public void addListener(Consumer<SettingKey<?>> listener) {
        listeners.add(listener);
    }
}
