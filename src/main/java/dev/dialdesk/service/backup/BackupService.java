package dev.dialdesk.service.backup;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.DatabaseBackups;
import dev.dialdesk.storage.PrivateFiles;
import dev.dialdesk.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one database in {@code <data folder>/backups/}: the daily one at start-up, one
 * before every schema migration, one on request, the safety copy a restore leaves, and the rotation
 * (see {@link BackupRotation}). Every backup is checked before it counts; a bad one is deleted and
 * reported. Time comes from the injected clock.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final DatabaseBackups backups;
    private final Path folder;
    private final String stem;
    private final Clock clock;

    /**
     * @param databaseName the database's file name ({@code dialdesk.db}); its stem starts each backup's name
     */
    public BackupService(DatabaseBackups backups, Path folder, String databaseName, Clock clock) {
        this.backups = backups;
        this.folder = folder;
        this.stem = databaseName.endsWith(".db") ? databaseName.substring(0, databaseName.length() - 3) : databaseName;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Takes the day's backup when the newest daily or manual backup is from before today. Meant for a
     * background thread at start-up.
     *
     * @return the new backup, or empty when today's exists already or there is no database yet
     */
    public synchronized Optional<Path> dailyBackupIfDue() {
        if (!backups.databaseExists()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> newest = list().stream().filter(b -> b.kind().rotated())
                .map(b -> b.takenAt().toLocalDate()).max(Comparator.naturalOrder());
        if (newest.isPresent() && !newest.get().isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(backupNow(BackupKind.DAILY));
    }

    /** Called by the migration hook: a copy of the database as it was before {@code from} → {@code to}. */
    public synchronized Path beforeMigration(int fromVersion, int toVersion) {
        Path backup = backupNow(BackupKind.PRE_MIGRATION);
        LOG.info("Backed up the database before migrating schema {} to {}: {}", fromVersion, toVersion,
                backup.getFileName());
        return backup;
    }

    /** Takes a backup now, checks it, then applies the rotation. */
    public synchronized Path backupNow(BackupKind kind) {
        Path target = newTarget(kind);
        long start = System.nanoTime();
        backups.backupTo(target);
        LOG.info("Backup {} written and checked in {} ms ({} bytes)", target.getFileName(),
                (System.nanoTime() - start) / 1_000_000, sizeOf(target));
        rotate();
        return target;
    }

    /**
     * Checks {@code candidate}, then puts it in the database's place; the replaced database is kept as
     * a {@link BackupKind#BEFORE_RESTORE} copy in the backup folder. The caller holds the database lock.
     *
     * @return the safety copy of the replaced database
     */
    public synchronized Path restore(Path candidate) {
        int version = backups.verify(candidate);
        LOG.info("Restore candidate {} passed integrity_check (schema {})", candidate.getFileName(), version);
        Path safetyCopy = newTarget(BackupKind.BEFORE_RESTORE);
        backups.replaceWith(candidate, safetyCopy);
        rotate();
        return safetyCopy;
    }

    /** Checks a file as {@link #restore} would, without touching anything. @return its schema version */
    public int verify(Path candidate) {
        return backups.verify(candidate);
    }

    /** Deletes the backups the rotation does not keep; returns what it deleted. */
    public synchronized List<Path> rotate() {
        deleteUnfinishedCopies();
        List<BackupFile> all = list();
        Set<BackupFile> keep = BackupRotation.keep(all);
        List<Path> deleted = new ArrayList<>();
        for (BackupFile backup : all) {
            if (!keep.contains(backup)) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted.add(backup.file());
                } catch (IOException e) {
                    LOG.warn("Rotation could not delete {}: {}", backup.file().getFileName(), e.getMessage());
                }
            }
        }
        if (!deleted.isEmpty()) {
            LOG.info("Backup rotation deleted {} old backup(s)", deleted.size());
        }
        return deleted;
    }

    /** A backup interrupted by a crash or by quitting leaves a {@code .part} file: never a backup. */
    private void deleteUnfinishedCopies() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith(stem + "-")
                    && f.getFileName().toString().endsWith(".db.part")).toList()) {
                Files.deleteIfExists(part);
                LOG.info("Deleted the unfinished backup {}", part.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not clean unfinished backups in {}: {}", folder, e.getMessage());
        }
    }

    /** The backups of this database in the folder, oldest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> BackupFile.parse(file, stem)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::takenAt)).toList();
        } catch (IOException e) {
            throw new StorageException(new Message("backup.folderUnreadable", folder.toString()),
                    "Cannot list the backup folder " + folder, e);
        }
    }

    private Path newTarget(BackupKind kind) {
        try {
            PrivateFiles.createPrivateDirectories(folder);
        } catch (IOException e) {
            throw new StorageException(new Message("backup.folderUnreadable", folder.toString()),
                    "Cannot create the backup folder " + folder, e);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (int sequence = 1; ; sequence++) {
            Path target = folder.resolve(BackupFile.name(stem, now, kind, sequence));
            if (!Files.exists(target)) {
                return target;
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
