package dev.dialdesk.service.settings;

import dev.dialdesk.domain.i18n.Message;
import java.util.Locale;
import java.util.Optional;

/**
 * The first check of the team server typed in Settings ({@link SettingKeys#TEAM_SERVER}): blank (the
 * local file) or a {@code postgresql://} / {@code jdbc:postgresql://} address without a password. The
 * whole address (host, port, database, sslmode) is read at the next start, which names what is wrong.
 */
public final class TeamServerSetting {

    private TeamServerSetting() {
    }

    /** What is wrong with {@code value}, or empty when it may be saved. */
    public static Optional<Message> problem(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("postgresql://") && !lower.startsWith("postgres://")
                && !lower.startsWith("jdbc:postgresql://")) {
            return Optional.of(new Message("callsettings.server.notAServer"));
        }
        String beforeHost = text.substring(text.indexOf("://") + 3).split("[/?]", 2)[0];
        if (lower.contains("password=") || beforeHost.contains("@") && beforeHost.substring(0, beforeHost.lastIndexOf('@')).contains(":")) {
            return Optional.of(new Message("callsettings.server.password"));
        }
        return Optional.empty();
    }
}
