package dev.dialdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where an installation keeps its data: the platform's data folder, or {@code DIALDESK_DATA_DIR}
 * when set (tests, portable installs). The demo lives in a {@code demo/} folder of its own so that
 * it never touches the agent's real database.
 */
public record AppPaths(Path dataDir, Path database) {

    public static final String DATA_DIR_ENV = "DIALDESK_DATA_DIR";

    /** Resolves the folders for this platform; {@code databaseOverride} is the {@code --db} option. */
    public static AppPaths resolve(Map<String, String> env, String osName, Path userHome,
                                   Path databaseOverride, boolean demo) {
        Path base = env.containsKey(DATA_DIR_ENV) && !env.get(DATA_DIR_ENV).isBlank()
                ? Path.of(env.get(DATA_DIR_ENV))
                : platformDataDir(env, osName, userHome);
        Path dataDir = demo ? base.resolve("demo") : base;
        Path database = databaseOverride != null ? databaseOverride : dataDir.resolve("dialdesk.db");
        return new AppPaths(dataDir.toAbsolutePath(), database.toAbsolutePath());
    }

    public static AppPaths forThisMachine(Path databaseOverride, boolean demo) {
        return resolve(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), databaseOverride, demo);
    }

    static Path platformDataDir(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Dialdesk") : userHome.resolve("AppData/Roaming/Dialdesk");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Dialdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return dataHome.resolve("dialdesk");
    }

    public Path settingsFile() {
        return dataDir.resolve("settings.json");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Backups of the database: daily, before migrations, on request. */
    public Path backupDir() {
        return dataDir.resolve("backups");
    }
}
