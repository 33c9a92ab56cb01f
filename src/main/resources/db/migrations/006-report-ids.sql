-- Version 6: stable ids of callbacks and contracts between desks (day reports, issue 6).
-- A callback or contract gets its report_id (a UUID) when it is first exported, or keeps the one it
-- came with when imported from another desk's day report, so that re-importing never duplicates it.
ALTER TABLE callback ADD COLUMN report_id TEXT;
ALTER TABLE contract ADD COLUMN report_id TEXT;
CREATE UNIQUE INDEX callback_report_id ON callback(report_id) WHERE report_id IS NOT NULL;
CREATE UNIQUE INDEX contract_report_id ON contract(report_id) WHERE report_id IS NOT NULL;
-- Day reports carry what changed in their days: contracts and callbacks touched then, not only made then.
CREATE INDEX contract_agent_updated ON contract(agent_id, updated_at);
CREATE INDEX callback_agent_updated ON callback(agent_id, updated_at);
