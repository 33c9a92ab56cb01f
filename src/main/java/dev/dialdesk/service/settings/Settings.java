package dev.dialdesk.service.settings;

import dev.dialdesk.storage.SettingsStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's settings, read once at start and written back on every change. A value the file holds
 * that its key cannot read is logged, listed in {@link #problems()} (the settings dialog shows them)
 * and stands in for the default until a new value is saved; it is never silently overwritten. Values
 * for keys this build does not know are kept, so that an older Dialdesk does not erase a newer one's
 * settings. Saves run one at a time, and the value in memory changes only when its save succeeded.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final int LOGGED_VALUE_LENGTH = 40;

    private final SettingsStore store;
    private final Object saving = new Object();
    private volatile Map<String, String> values;
    private final Map<String, SettingProblem> problems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Boolean> logged = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<SettingKey<?>>> listeners = new CopyOnWriteArrayList<>();
    /** Team mode: the centre's rules by key, in place of this file's values for those keys; null on a desk's own. */
    private volatile Map<String, String> centreRules;

    public Settings(SettingsStore store) {
        this.store = store;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(loadFrom(store)));
    }

    private Map<String, String> loadFrom(SettingsStore store) {
        try {
            return store.load();
        } catch (SettingsStore.UnreadableSettingsException e) {
            LOG.warn("Settings file is unreadable ({}); using the defaults", e.getMessage());
            problems.put("", new SettingProblem(SettingProblem.Kind.UNREADABLE_FILE, "settings.json", e.getMessage()));
            return Map.of();
        }
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

    public <T> T get(SettingKey<T> key) {
        Map<String, String> centre = centreRules;
        String text = centre != null && CentreSettingKeys.isCentreRule(key.name())
                ? centre.get(key.name()) : values.get(key.name());
        if (text == null) {
            return key.defaultValue();
        }
        try {
            return key.parse(text);
        } catch (RuntimeException e) {
            badValue(key, text, e);
            return key.defaultValue();
        }
    }

    private void badValue(SettingKey<?> key, String text, RuntimeException e) {
        problems.put(key.name(), new SettingProblem(SettingProblem.Kind.BAD_VALUE, key.name(), text));
        if (logged.putIfAbsent(key.name() + '\u0000' + text, Boolean.TRUE) == null) {
            String shown = text.length() > LOGGED_VALUE_LENGTH ? text.substring(0, LOGGED_VALUE_LENGTH) + "…" : text;
            LOG.warn("Setting {} in the settings file has a value it cannot use (\"{}\": {}); using the default {}",
                    key.name(), shown, e.getMessage(), key.defaultValue());
        }
    }

    /**
     * Saves {@code value} (null removes it). Saves run one at a time; when the store fails the
     * exception is thrown and the value in memory stays what it was.
     */
    public <T> void set(SettingKey<T> key, T value) {
        if (centreRules != null && CentreSettingKeys.isCentreRule(key.name())) {
            throw new UserFacingException(new Message("team.error.centreRule", key.name()),
                    "Centre rule " + key.name() + " is the team server's, not this desk's");
        }
        synchronized (saving) {
            Map<String, String> next = new LinkedHashMap<>(values);
            if (value == null) {
                next.remove(key.name());
            } else {
                next.put(key.name(), key.format(value));
            }
            store.save(next);
            values = Collections.unmodifiableMap(next);
            problems.remove(key.name());
        }
        listeners.forEach(listener -> listener.accept(key));
    }

    /** Sets a value from its text form; throws {@link IllegalArgumentException} for one the key cannot read. */
    public <T> void setText(SettingKey<T> key, String text) {
        set(key, key.parse(text));
    }

    /** This file's own value of a key in its text form, if it has one (whatever the centre says). */
    public Optional<String> ownText(SettingKey<?> key) {
        return Optional.ofNullable(values.get(key.name()));
    }

    /**
     * Team mode: the centre's rules ({@link CentreSettingKeys}, read from the server off the event thread)
     * stand in for this file's values of those keys; a key the centre has not set takes its default. A
     * desk cannot change them ({@link #set} refuses).
     */
    public void useCentreRules(Map<String, String> centre) {
        centreRules = Map.copyOf(centre);
        CentreSettingKeys.ALL.forEach(key -> listeners.forEach(listener -> listener.accept(key)));
    }

    /** What in the settings file could not be used, in the order it was found. */
    public List<SettingProblem> problems() {
        synchronized (problems) {
            return List.copyOf(problems.values());
        }
    }

    public void addListener(Consumer<SettingKey<?>> listener) {
        listeners.add(listener);
    }
}
