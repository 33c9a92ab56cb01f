package dev.dialdesk.storage;

import dev.dialdesk.domain.i18n.Message;

/**
 * Another Dialdesk (or another window of this one) already has the database open: only one program
 * may write to a database file. The message names the other process so the agent can find it.
 */
public final class DatabaseInUseException extends StorageException {

    private final String holder;

    /**
     * @param holder the other process as its lock file describes it: "pid 1234 on host desk-07 since …"
     */
    public DatabaseInUseException(String file, String pid, String host, String since) {
        super(new Message("error.lock.inUse", file, pid, host, since),
                "Database " + file + " is in use by pid " + pid + " on " + host + " since " + since, null);
        this.holder = "pid " + pid + " on " + host + " since " + since;
    }

    public String holder() {
        return holder;
    }
}
