package dev.dialdesk.cli;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.backup.BackupService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code dialdesk restore FILE [--check]}: checks FILE (an SQLite database, integrity_check ok, schema
 * not newer than this build) before anything is replaced; then, holding the database lock so that no
 * Dialdesk has the database open, keeps the current database as a safety copy and puts FILE in its
 * place in one atomic rename. {@code --check} only checks.
 */
public final class RestoreCommand implements Command {

    /** Takes the database lock for the duration of the restore; refuses when another Dialdesk holds it. */
    @FunctionalInterface
    public interface LockTaker {
        AutoCloseable lock();
    }

    private final BackupService backups;
    private final LockTaker locks;
    private final Messages messages;

    public RestoreCommand(BackupService backups, LockTaker locks, Messages messages) {
        this.backups = backups;
        this.locks = locks;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String synopsis() {
        return "restore FILE [--check]";
    }

    @Override
    public String description() {
        return "check a backup and put it in place of the database (the current one is kept as a safety copy)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, Set.of(), Set.of("--check"));
        if (parsed.positional().size() != 1) {
            throw new Cli.UsageException("restore takes exactly one FILE");
        }
        Path candidate = Path.of(parsed.positional().get(0)).toAbsolutePath();
        int version = backups.verify(candidate);
        out.println(messages.get("restore.checked", candidate.toString(), version));
        if (parsed.flag("--check")) {
            return 0;
        }
        try (AutoCloseable lock = locks.lock()) {
            Path safetyCopy = backups.restore(candidate);
            out.println(messages.get("restore.done", candidate.toString(), safetyCopy.toString()));
        }
        return 0;
    }
}
