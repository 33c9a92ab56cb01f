-- Issue 13: moving a desk onto the server, and stale edits in words.
--
-- 1. desk_upload: what `team upload --from DESK.db` copied from a desk's SQLite file, one row per
--    (desk, kind, local id) naming the server row it became (or, existing = true, the server row it
--    was matched to: a lead already on the server under the same number, a call already here by its
--    client id, a callback or contract already here by its report id). A second upload of the same
--    desk finds its rows here and adds nothing. Server-only (a desk's own file never holds it; no
--    SQLite counterpart) and the team lead's alone: agents get no grant and no policy.
CREATE TABLE desk_upload (
    desk_id      TEXT NOT NULL,       -- the desk file: its agent ID and the agent row's created_at
    kind         TEXT NOT NULL,       -- batch, lead, call, callback, contract
    local_id     TEXT NOT NULL,       -- the row's id in the desk file
    server_id    BIGINT NOT NULL,     -- the row's id on the server
    existing     BOOLEAN NOT NULL DEFAULT false,
    uploaded_at  BIGINT NOT NULL,
    PRIMARY KEY (desk_id, kind, local_id)
);
REVOKE ALL ON desk_upload FROM PUBLIC;
REVOKE ALL ON desk_upload FROM dialdesk_agent;
GRANT SELECT, INSERT, UPDATE, DELETE ON desk_upload TO dialdesk_lead;
ALTER TABLE desk_upload ENABLE ROW LEVEL SECURITY;
CREATE POLICY desk_upload_team_lead ON desk_upload TO dialdesk_lead USING (true) WITH CHECK (true);

-- 2. Who made the last change of a lead, a callback or a contract (updated_at says when), so that a
--    stale edit from another desk is refused naming the change, its time and its agent. Set by the
--    server itself on every update that bumps the row version (a claim or a lease renewal does not),
--    from the session's login: the agent's ID, else the login role (the owner). Server-only: on a
--    desk's own file every change is that desk's agent's (the row's agent_id).
ALTER TABLE lead ADD COLUMN updated_by TEXT;
ALTER TABLE callback ADD COLUMN updated_by TEXT;
ALTER TABLE contract ADD COLUMN updated_by TEXT;

CREATE FUNCTION dialdesk_mark_updated_by() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    NEW.updated_by := coalesce((SELECT id FROM agent WHERE login_role = session_user::text), session_user::text);
    RETURN NEW;
END
$$;

CREATE TRIGGER lead_updated_by BEFORE UPDATE ON lead
    FOR EACH ROW WHEN (NEW.version IS DISTINCT FROM OLD.version) EXECUTE FUNCTION dialdesk_mark_updated_by();
CREATE TRIGGER callback_updated_by BEFORE UPDATE ON callback
    FOR EACH ROW WHEN (NEW.version IS DISTINCT FROM OLD.version) EXECUTE FUNCTION dialdesk_mark_updated_by();
CREATE TRIGGER contract_updated_by BEFORE UPDATE ON contract
    FOR EACH ROW WHEN (NEW.version IS DISTINCT FROM OLD.version) EXECUTE FUNCTION dialdesk_mark_updated_by();

-- A lead an agent can no longer see (the team lead reassigned it while its notes were open): when and
-- by whom it was last changed, so the refusal can say so. Only those two facts, never the customer or
-- the new owner.
CREATE FUNCTION dialdesk_lead_change(p_lead BIGINT) RETURNS TABLE(updated_at BIGINT, updated_by TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT l.updated_at, l.updated_by FROM lead l WHERE l.id = p_lead $$;
REVOKE ALL ON FUNCTION dialdesk_lead_change(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_lead_change(BIGINT) TO dialdesk_agent, dialdesk_lead;

-- 3. An agent's day report on the server (report export on the agent's login) reads the premiums that
--    came with imported calls: agents read those of their own calls (call_attempt's policies decide),
--    the team lead all of them. Before this an agent's export on the server was refused.
GRANT SELECT ON imported_premium TO dialdesk_agent;
ALTER TABLE imported_premium ENABLE ROW LEVEL SECURITY;
CREATE POLICY imported_premium_team_lead ON imported_premium TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY imported_premium_agent_read ON imported_premium FOR SELECT TO dialdesk_agent
    USING (EXISTS (SELECT 1 FROM call_attempt c WHERE c.client_id = imported_premium.client_id));
