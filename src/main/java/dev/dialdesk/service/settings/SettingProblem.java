package dev.dialdesk.service.settings;

/**
 * Something in the settings file Dialdesk could not use: the whole file, or one value. The default
 * is used meanwhile; the settings dialog shows it so that the agent can put it right.
 *
 * @param setting the setting's name, or the file's name for {@link Kind#UNREADABLE_FILE}
 * @param detail  the value as the file holds it, or why the file could not be read
 */
public record SettingProblem(Kind kind, String setting, String detail) {

    /** What went wrong. */
    public enum Kind {
        UNREADABLE_FILE,
        BAD_VALUE
    }
}
