package dev.dialdesk.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup file, named {@code STEM-yyyy-MM-dd-HHmmss-KIND.db} (e.g.
 * {@code dialdesk-2025-03-04-085500-daily.db}) so that a person can tell what it is from the name,
 * and so that the names sort by time.
 *
 * @param takenAt the local time of the centre's clock when it was taken
 */
public record BackupFile(Path file, LocalDateTime takenAt, BackupKind kind) {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?-([a-z-]+)\\.db");

    /** The file name for a backup of the database {@code stem} taken at {@code takenAt}. */
    static String name(String stem, LocalDateTime takenAt, BackupKind kind, int sequence) {
        String suffix = sequence > 1 ? "-" + sequence : "";
        return stem + "-" + STAMP.format(takenAt) + suffix + "-" + kind.word() + ".db";
    }

    /** Reads a backup's name; anything else in the folder (other databases, unfinished copies) is not one. */
    static Optional<BackupFile> parse(Path file, String stem) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches() || !matcher.group(1).equals(stem)) {
            return Optional.empty();
        }
        BackupKind kind = BackupKind.ofWord(matcher.group(4));
        if (kind == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupFile(file, LocalDateTime.parse(matcher.group(2), STAMP), kind));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
