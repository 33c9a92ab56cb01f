package dev.dialdesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    @Test
    void fortyWorkingDaysLeaveTheLastSevenDaysAndFourWeeksBeforeThem() {
        List<BackupFile> all = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 3, 3); // a Monday
        for (int i = 0; i < 40; i++) {
            all.add(backup(day.plusDays(i).atTime(8, 55), BackupKind.DAILY));
        }

        Set<BackupFile> keep = BackupRotation.keep(all);

        assertThat(keep).hasSize(7 + 4);
        assertThat(keep).extracting(b -> b.takenAt().toLocalDate()).contains(
                LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 5), // the 7 newest days
                LocalDate.of(2025, 4, 4), LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 23),
                LocalDate.of(2025, 3, 16)); // the newest of each of the 4 weeks before them
        assertThat(keep).extracting(b -> b.takenAt().toLocalDate()).doesNotContain(LocalDate.of(2025, 3, 15));
    }

    @Test
    void aLongHolidayDoesNotDeleteTheLastWorkingDaysBackups() {
        List<BackupFile> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(backup(LocalDateTime.of(2025, 7, 1 + i, 9, 0), BackupKind.DAILY));
        }
        all.add(backup(LocalDateTime.of(2025, 8, 18, 9, 0), BackupKind.DAILY)); // back from holiday

        Set<BackupFile> keep = BackupRotation.keep(all);

        assertThat(keep).hasSize(8); // the 7 newest days, and July 1st as the newest of its week
    }

    @Test
    void onlyTheNewestBackupOfADayIsKeptAndManualOnesCountAsThatDays() {
        List<BackupFile> all = List.of(
                backup(LocalDateTime.of(2025, 3, 4, 8, 55), BackupKind.DAILY),
                backup(LocalDateTime.of(2025, 3, 4, 17, 30), BackupKind.MANUAL));

        assertThat(BackupRotation.keep(all)).extracting(BackupFile::kind).containsExactly(BackupKind.MANUAL);
    }

    @Test
    void theThreeNewestSafetyCopiesOfEachKindAreKept() {
        List<BackupFile> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            all.add(backup(LocalDateTime.of(2025, 3, i, 9, 0), BackupKind.PRE_MIGRATION));
            all.add(backup(LocalDateTime.of(2025, 3, i, 9, 1), BackupKind.BEFORE_RESTORE));
        }

        Set<BackupFile> keep = BackupRotation.keep(all);

        assertThat(keep).hasSize(6);
        assertThat(keep).extracting(b -> b.takenAt().getDayOfMonth()).containsOnly(3, 4, 5);
    }

    @Test
    void namesCarryTheDateAndKindAndReadBack() {
        LocalDateTime at = LocalDateTime.of(2025, 3, 4, 8, 55, 7);
        String name = BackupFile.name("dialdesk", at, BackupKind.PRE_MIGRATION, 2);

        assertThat(name).isEqualTo("dialdesk-2025-03-04-085507-2-pre-migration.db");
        assertThat(BackupFile.parse(Path.of(name), "dialdesk")).get()
                .extracting(BackupFile::takenAt, BackupFile::kind).containsExactly(at, BackupKind.PRE_MIGRATION);
        assertThat(BackupFile.parse(Path.of(name), "other")).isEmpty();
        assertThat(BackupFile.parse(Path.of(name + ".part"), "dialdesk")).isEmpty();
    }

    private static BackupFile backup(LocalDateTime at, BackupKind kind) {
        return new BackupFile(Path.of(BackupFile.name("dialdesk", at, kind, 1)), at, kind);
    }
}
