package dev.dialdesk.service.backup;

/** Why a backup was taken; the word ends its file name. */
public enum BackupKind {
    /** The automatic backup of the day, taken at start-up. Rotated: 7 daily, 4 weekly. */
    DAILY("daily", true),
    /** Taken on request ({@code dialdesk backup}). Rotated with the daily ones. */
    MANUAL("manual", true),
    /** Taken just before a schema migration changed the database. The newest few are kept. */
    PRE_MIGRATION("pre-migration", false),
    /** The database a restore replaced. The newest few are kept. */
    BEFORE_RESTORE("before-restore", false);

    private final String word;
    private final boolean rotated;

    BackupKind(String word, boolean rotated) {
        this.word = word;
        this.rotated = rotated;
    }

    public String word() {
        return word;
    }

    /** Whether the 7-daily/4-weekly rotation applies; safety copies are kept by count instead. */
    public boolean rotated() {
        return rotated;
    }

    static BackupKind ofWord(String word) {
        for (BackupKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        return null;
    }
}
