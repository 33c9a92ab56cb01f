package dev.dialdesk.service.settings;

import java.time.ZoneId;

/** Every user setting Dialdesk knows, with its default. Business data lives in SQLite, not here. */
public final class SettingKeys {

    private SettingKeys() {
    }

    /** The agent's ID as the centre knows it; empty until the first start asks for it. */
    public static final SettingKey<String> AGENT_ID = SettingKey.string("agent.id", "");

    /** The agent's name. */
    public static final SettingKey<String> AGENT_NAME = SettingKey.string("agent.name", "");

    /** The centre's time zone: calling hours and deadlines are computed in it. */
    public static final SettingKey<ZoneId> CENTRE_ZONE = SettingKey.zone("centre.zone", ZoneId.systemDefault());

    /** Region for phone numbers written without a country code (ISO 3166, e.g. KR). */
    public static final SettingKey<String> PHONE_REGION = SettingKey.string("phone.region", "KR");

    /**
     * The team server to work on from the next start ({@code postgresql://agent01@server/dialdesk}),
     * empty for the local file. Never a password: that comes from PGPASSWORD, ~/.pgpass or a prompt.
     * {@code --db} on the command line wins over it.
     */
    public static final SettingKey<String> TEAM_SERVER = SettingKey.string("team.server", "");
}
