package dev.dialdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of {@link FilesOnTerminationTest}: opens the database in a data folder through the
 * composition root as Dialdesk does, says {@code OPEN}, and waits to be terminated.
 */
public final class TerminatedDialdeskMain {

    private TerminatedDialdeskMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataDir = Path.of(args[0]);
        CompositionRoot root = new CompositionRoot(AppOptions.parse("stats"),
                new AppPaths(dataDir, dataDir.resolve("dialdesk.db")), Clock.systemUTC());
        root.database();
        System.out.println("OPEN");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
