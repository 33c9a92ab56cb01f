package dev.dialdesk.cli;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.backup.BackupKind;
import dev.dialdesk.service.backup.BackupService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code dialdesk backup}: takes a checked backup of the database now, into the backup folder. Works
 * while the window is open (SQLite's online backup), so it takes no lock.
 */
public final class BackupCommand implements Command {

    private final BackupService backups;
    private final Messages messages;

    public BackupCommand(BackupService backups, Messages messages) {
        this.backups = backups;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String synopsis() {
        return "backup";
    }

    @Override
    public String description() {
        return "take a checked backup of the database now (kept with the daily ones in the backups folder)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args parsed = Args.parse(args, Set.of(), Set.of());
        if (!parsed.positional().isEmpty()) {
            throw new Cli.UsageException("backup takes no arguments");
        }
        Path backup = backups.backupNow(BackupKind.MANUAL);
        out.println(messages.get("backup.done", backup.toString()));
        return 0;
    }
}
