package dev.dialdesk.service.settings;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.storage.CentreSettingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's rules as settings ({@link CentreSettingKeys}): listed and changed by the team lead
 * ({@code team rules}, {@code team rules set KEY VALUE}), and handed to a desk's {@link Settings} so that
 * they stand in for its own values. Over the team server's table, or on a desk's own database over its
 * settings file ({@link LocalCentreSettings}). Not on the event thread.
 */
public final class CentreRules {

    private static final Logger LOG = LoggerFactory.getLogger(CentreRules.class);

    /** One rule: its key, the value in force and whether the centre set it (else the default holds). */
    public record Rule(String key, String value, boolean set) {
    }

    private final CentreSettingStore store;

    public CentreRules(CentreSettingStore store) {
        this.store = store;
    }

    public List<Rule> list() {
        Map<String, String> values = store.load();
        List<Rule> rules = new ArrayList<>();
        for (SettingKey<?> key : CentreSettingKeys.ALL) {
            String value = values.get(key.name());
            rules.add(value != null ? new Rule(key.name(), value, true) : new Rule(key.name(), defaultText(key), false));
        }
        return rules;
    }

    private static <T> String defaultText(SettingKey<T> key) {
        return key.format(key.defaultValue());
    }

    /** Sets one rule after checking that its key is a centre rule and the value one it can use. */
    public void set(String name, String value, String by) {
        SettingKey<?> key = CentreSettingKeys.byName(name).orElseThrow(() -> new UserFacingException(
                new Message("team.error.unknownRule", name,
                        CentreSettingKeys.ALL.stream().map(SettingKey::name).collect(Collectors.joining(", "))),
                "Not a centre rule: " + name));
        String text = value.strip();
        try {
            key.parse(text);
        } catch (RuntimeException e) {
            throw new UserFacingException(new Message("team.error.badRuleValue", name, text, defaultText(key)),
                    "Bad value for centre rule " + name + ": " + e.getMessage());
        }
        store.save(name, text, store.version(name), by);
        LOG.info("Centre rule {} set by {}", name, by);
    }

    /** Team mode: the desk's settings take the centre's rules (read now) in place of its own values. */
    public void applyTo(Settings settings) {
        settings.useCentreRules(store.load());
    }
}
