package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkShareTest {

    @TempDir
    Path dir;

    @Test
    void networkFileSystemsOnLinuxAreRecognised() {
        for (String type : new String[] {"nfs", "nfs4", "cifs", "smb3", "sshfs", "fuse.sshfs", "9p"}) {
            assertThat(NetworkShare.isNetwork("Linux", "/mnt/share/dialdesk.db", type)).as(type).isTrue();
        }
        for (String type : new String[] {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "apfs", "NTFS", ""}) {
            assertThat(NetworkShare.isNetwork("Linux", "/home/agent/dialdesk.db", type)).as(type).isFalse();
        }
    }

    @Test
    void aUncPathOnWindowsIsANetworkShare() {
        assertThat(NetworkShare.isNetwork("Windows 11", "\\\\fileserver\\team\\dialdesk.db", "NTFS")).isTrue();
        assertThat(NetworkShare.isNetwork("Windows 11", "C:\\Users\\agent\\dialdesk.db", "NTFS")).isFalse();
    }

    @Test
    void aLocalTempFolderGetsNoWarning() {
        assertThat(NetworkShare.warningFor(dir.resolve("dialdesk.db"))).isEmpty();
    }
}
