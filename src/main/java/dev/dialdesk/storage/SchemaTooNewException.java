package dev.dialdesk.storage;

import dev.dialdesk.domain.i18n.Message;

/** The database was written by a newer Dialdesk; it is refused and left untouched. */
public final class SchemaTooNewException extends StorageException {

    public SchemaTooNewException(String file, int found, int supported) {
        super(new Message("error.storage.schemaTooNew", file, found, supported),
                "Database " + file + " has schema version " + found + ", this build supports up to " + supported,
                null);
    }
}
