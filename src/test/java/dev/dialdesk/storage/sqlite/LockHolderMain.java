package dev.dialdesk.storage.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A second "Dialdesk" for {@link DatabaseLockTest}: takes the lock, says so, and waits to be killed. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        DatabaseLock lock = DatabaseLock.acquire(Path.of(args[0]), Clock.systemUTC());
        System.out.println("LOCKED " + ProcessHandle.current().pid());
        System.out.flush();
        System.in.read();
        lock.close();
    }
}
