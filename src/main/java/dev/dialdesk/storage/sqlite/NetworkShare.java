package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's locking is unreliable on network file systems, and a database there can be corrupted by
 * two machines writing at once. This finds out whether the database lies on one, to warn the agent.
 *
 * <p>Linux: the file system type of the folder (nfs, cifs, smb, sshfs, 9p …). Windows: a UNC path
 * ({@code \\server\share}) or a drive whose file system the JVM reports as remote-only types. macOS:
 * smbfs, afpfs, nfs, webdav.
 */
public final class NetworkShare {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkShare.class);
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "sshfs", "fuse.sshfs", "9p", "afpfs", "webdav", "davfs", "fuse.davfs", "ncpfs", "afs", "fuse.rclone");

    private NetworkShare() {
    }

    /** A warning for the agent when {@code database} lies on a network share. */
    public static Optional<Message> warningFor(Path database) {
        Path absolute = database.toAbsolutePath();
        String type = fileSystemType(absolute);
        if (!isNetwork(System.getProperty("os.name", ""), absolute.toString(), type)) {
            return Optional.empty();
        }
        LOG.warn("The database {} lies on a network file system ({}); SQLite may corrupt it there", absolute, type);
        return Optional.of(new Message("warning.db.networkShare", absolute.toString(), type));
    }

    /** Whether a path on a file system of type {@code fsType} is a network share. */
    static boolean isNetwork(String osName, String path, String fsType) {
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        if (windows && (path.startsWith("\\\\") || path.startsWith("//"))) {
            return true;
        }
        String type = fsType == null ? "" : fsType.toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(type) || type.startsWith("nfs") || type.startsWith("fuse.sshfs");
    }

    /** The type of the nearest existing folder's file store, or "" when unknown. */
    private static String fileSystemType(Path path) {
        Path probe = path;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        if (probe == null) {
            return "";
        }
        try {
            FileStore store = Files.getFileStore(probe);
            return store.type();
        } catch (IOException e) {
            LOG.debug("Cannot read the file system type of {}: {}", probe, e.getMessage());
            return "";
        }
    }
}
