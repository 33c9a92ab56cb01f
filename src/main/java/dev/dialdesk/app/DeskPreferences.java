package dev.dialdesk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The window's own preferences (theme, language, window and column layout), one node per data folder:
 * the demo and a real desk on the same computer never share them.
 */
public final class DeskPreferences {

    private static final String LANGUAGE = "language";

    private DeskPreferences() {
    }

    /** The node of {@code dataDir}, named by a hash of its absolute path (no folder name in the registry). */
    public static Preferences of(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return Preferences.userRoot().node("dev/dialdesk/desks/" + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The language chosen in View → Language ("ko", "en"), if one was. */
    public static Optional<String> language(Preferences prefs) {
        return Optional.ofNullable(prefs.get(LANGUAGE, null)).filter(l -> l.equals("ko") || l.equals("en"));
    }

    public static void chooseLanguage(Preferences prefs, String language) {
        prefs.put(LANGUAGE, language);
    }

    /** {@code options} with the chosen language, unless {@code --lang} named one. */
    public static AppOptions withLanguage(AppOptions options, Preferences prefs) {
        if (options.language() != null) {
            return options;
        }
        return language(prefs).map(l -> new AppOptions(options.database(), l, options.demo(), options.startupReport(),
                options.help(), options.command(), options.server())).orElse(options);
    }
}
