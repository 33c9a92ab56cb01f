package dev.dialdesk.service.backup;

import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep: of the daily and manual backups, the newest of each of the 7 most recent
 * days that have one, and before those the newest of each of the 4 most recent weeks (ISO weeks);
 * of the safety copies (before a migration, before a restore), the 3 newest of each kind.
 *
 * <p>Days are counted by the backups that exist, not by the calendar: after two weeks of holiday the
 * last working days' backups are still there.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int SAFETY_COPIES = 3;

    private BackupRotation() {
    }

    /** The backups of {@code all} that the rotation keeps. */
    public static Set<BackupFile> keep(List<BackupFile> all) {
        List<BackupFile> newestFirst = all.stream()
                .sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
        Set<BackupFile> keep = new HashSet<>();
        Map<LocalDate, BackupFile> newestPerDay = new LinkedHashMap<>();
        for (BackupFile backup : newestFirst) {
            if (backup.kind().rotated()) {
                newestPerDay.putIfAbsent(backup.takenAt().toLocalDate(), backup);
            }
        }
        List<BackupFile> days = List.copyOf(newestPerDay.values());
        keep.addAll(days.subList(0, Math.min(DAILY, days.size())));
        if (days.size() > DAILY) {
            keep.addAll(weekly(days.subList(DAILY, days.size())));
        }
        for (BackupKind kind : BackupKind.values()) {
            if (!kind.rotated()) {
                newestFirst.stream().filter(b -> b.kind() == kind).limit(SAFETY_COPIES).forEach(keep::add);
            }
        }
        return keep;
    }

    /** The newest of each of the {@link #WEEKLY} most recent weeks among {@code olderDays} (newest first). */
    private static List<BackupFile> weekly(List<BackupFile> olderDays) {
        Map<String, BackupFile> newestPerWeek = new LinkedHashMap<>();
        WeekFields iso = WeekFields.ISO;
        for (BackupFile backup : olderDays) {
            LocalDate date = backup.takenAt().toLocalDate();
            String week = date.get(iso.weekBasedYear()) + "-W" + date.get(iso.weekOfWeekBasedYear());
            newestPerWeek.putIfAbsent(week, backup);
        }
        return newestPerWeek.values().stream().limit(WEEKLY).toList();
    }
}
