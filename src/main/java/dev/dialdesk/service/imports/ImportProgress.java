package dev.dialdesk.service.imports;

/** Progress of a running import, and the agent's wish to cancel it. Called from the import thread. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long bytesRead, long totalBytes, long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Reports how far the file has been read. */
    void update(long bytesRead, long totalBytes, long rows);

    /** When true, the import stops and the database stays as it was. */
    boolean cancelled();
}
