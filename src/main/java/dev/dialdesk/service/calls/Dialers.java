package dev.dialdesk.service.calls;

import dev.dialdesk.service.settings.Settings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialers this process has (the command dialer always; clipboard and URI once the window
 * registers them) and the one the settings choose.
 */
public final class Dialers {

    private final Settings settings;
    private final Map<DialMethod, Dialer> byMethod = new EnumMap<>(DialMethod.class);

    public Dialers(Settings settings, List<Dialer> dialers) {
        this.settings = settings;
        dialers.forEach(this::register);
    }

    /** Adds or replaces the dialer of its method (the window adds clipboard and URI dialers). */
    public synchronized void register(Dialer dialer) {
        byMethod.put(dialer.method(), dialer);
    }

    /** The dialer of the chosen method; empty when this process has none (e.g. clipboard, headless). */
    public synchronized Optional<Dialer> current() {
        return Optional.ofNullable(byMethod.get(settings.get(CallSettingKeys.DIAL_METHOD)));
    }
}
