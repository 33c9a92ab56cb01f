package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.settings.TeamServerSetting;
import dev.dialdesk.storage.StorageException;
import org.junit.jupiter.api.Test;

/** Which database a desk opens: --db wins; else the team server picked in Settings; else the local file. */
class ServerDeskTest {

    private final Settings settings = Settings.inMemory();

    @Test
    void theServerPickedInTheSettingsIsUsedWhenNoDbIsGiven() {
        settings.set(SettingKeys.TEAM_SERVER, "postgresql://a1024@db.centre.local/dialdesk");

        assertThat(ServerDesk.chosen(AppOptions.parse(), settings).describe()).isEqualTo("a1024@db.centre.local:5432/dialdesk");
        assertThat(ServerDesk.chosen(AppOptions.parse("--db", "/tmp/own.db"), settings)).as("--db FILE wins").isNull();
        assertThat(ServerDesk.chosen(AppOptions.parse("--demo"), settings)).as("the demo stays local").isNull();
        assertThat(ServerDesk.chosen(AppOptions.parse("--db", "postgresql://a2048@other/floor"), settings).describe())
                .isEqualTo("a2048@other:5432/floor");
    }

    @Test
    void withoutAServerTheDeskStaysOnItsFile() {
        assertThat(ServerDesk.chosen(AppOptions.parse(), settings)).isNull();
    }

    @Test
    void aBrokenServerSettingStopsTheStartSayingWhere() {
        settings.set(SettingKeys.TEAM_SERVER, "postgresql://a1024@db.centre.local");

        assertThatThrownBy(() -> ServerDesk.chosen(AppOptions.parse(), settings))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("error.team.serverSetting"));
    }

    @Test
    void theSettingsDialogRefusesAFileNameAndAPasswordButTakesAServerOrNothing() {
        assertThat(TeamServerSetting.problem("")).isEmpty();
        assertThat(TeamServerSetting.problem("postgresql://a1024@db/dialdesk")).isEmpty();
        assertThat(TeamServerSetting.problem("jdbc:postgresql://db/dialdesk?user=a1024")).isEmpty();
        assertThat(TeamServerSetting.problem("C:\\dialdesk\\desk.db")).map(Message::key)
                .contains("callsettings.server.notAServer");
        assertThat(TeamServerSetting.problem("postgresql://a1024:secret@db/dialdesk")).map(Message::key)
                .contains("callsettings.server.password");
        assertThat(TeamServerSetting.problem("jdbc:postgresql://db/dialdesk?user=a1024&password=x")).map(Message::key)
                .contains("callsettings.server.password");
    }
}
