package dev.dialdesk.domain.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one facade through which every text a person reads is looked up.
 *
 * <p>Texts live in several {@link ResourceBundle}s, one per feature (see {@link #BUNDLES}), each with
 * a Korean and an English file. A key must be unique across all bundles; {@code MessagesConsistencyTest}
 * checks that every key exists in every language.
 */
public final class Messages {

    /** Base names of the bundles, in lookup order. Add a feature's bundle here. */
    public static final List<String> BUNDLES = List.of(new String[] {
            "i18n.common",
            "i18n.leads",
            "i18n.imports",
            "i18n.calls",
            "i18n.importdialog",
            "i18n.safety",
            "i18n.callbacks",
            "i18n.callscreen",
            "i18n.contracts",
            "i18n.prove",
            "i18n.stats",
            "i18n.team",
            "i18n.cases",
            "i18n.rules",
            "i18n.timeline",
    });

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String base : BUNDLES) {
            loaded.add(ResourceBundle.getBundle(base, locale, NO_FALLBACK));
        }
        this.bundles = Collections.unmodifiableList(loaded);
    }

    /** Only Korean and English exist; anything that is not Korean is shown in English. */
    public static Messages forLocale(Locale requested) {
        Locale effective = "ko".equals(requested.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return new Messages(effective);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isKorean() {
        return "ko".equals(locale.getLanguage());
    }

    /** The text for {@code key}, with {@code args} filled in by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text of a message value object; arguments that are messages themselves are put in words first. */
    public String get(Message message) {
        Object[] args = message.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Message nested) {
                args[i] = get(nested);
            }
        }
        return get(message.key(), args);
    }

    public boolean has(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private String raw(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No text for key " + key, "Messages", key);
    }

    /**
     * Bundles are looked up exactly: {@code i18n.common_ko} for Korean, the root file for English,
     * never the JVM's default locale (which would make an English UI pick Korean files on a Korean PC).
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
