-- PostgreSQL: the centre's rules as settings on the server (issue 12, item 5). On a team server the
-- calling hours, the QA deadline rule, the cooling-off rule and the premium target are the centre's,
-- not each desk's settings.json: one row per setting key (the same key names and text values as the
-- desk's settings file; service/settings/CentreSettingKeys lists them). The team lead writes them
-- (`dialdesk team rules set KEY VALUE`), every agent reads them; no agent may change one (no grant,
-- and no policy but reading). Holidays and dispositions are centre rules in their own tables already.
CREATE TABLE centre_setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    updated_by  TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);

REVOKE ALL ON centre_setting FROM PUBLIC;
GRANT SELECT ON centre_setting TO dialdesk_agent;
GRANT SELECT, INSERT, UPDATE, DELETE ON centre_setting TO dialdesk_lead;

ALTER TABLE centre_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY centre_setting_team_lead ON centre_setting TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY centre_setting_agent_read ON centre_setting FOR SELECT TO dialdesk_agent USING (true);
