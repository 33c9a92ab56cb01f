-- PostgreSQL version 2: who may see and change what (docs/team-server.md, "Security model").
-- Group roles dialdesk_agent and dialdesk_lead (created here when missing: the migrating role needs
-- CREATEROLE); each agent logs in as their own role (the agent ID in lower case), a member of one
-- of them, mapped to the agent by agent.login_role. Row-level security enforces on the server that
-- an agent reads and changes only their own leads, calls, callbacks and contracts (a pool lead only
-- while holding its claim), reads and adds do-not-call numbers but never removes one. The team lead
-- sees and manages everything. The schema owner (who runs `team init`) bypasses RLS as table owner.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dialdesk_agent') THEN
        CREATE ROLE dialdesk_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dialdesk_lead') THEN
        CREATE ROLE dialdesk_lead NOLOGIN;
    END IF;
END
$$;

-- The agent of this connection: the one whose login role is the session's (SET ROLE cannot change
-- it). NULL for a connection that is no agent (the schema owner, an unknown role).
CREATE FUNCTION dialdesk_agent() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id FROM agent WHERE login_role = session_user::text $$;

-- The server's time in epoch milliseconds (leases are judged by one clock for every desk).
CREATE FUNCTION dialdesk_now_ms() RETURNS bigint
    LANGUAGE sql STABLE
AS $$ SELECT (extract(epoch FROM now()) * 1000)::bigint $$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON schema_version, agent, disposition, holiday TO dialdesk_agent;
GRANT SELECT ON lead_batch TO dialdesk_agent;
GRANT SELECT, UPDATE (notes, status, attempt_count, last_disposition, last_call_at, next_eligible_at, time_zone,
                      updated_at, version) ON lead TO dialdesk_agent;
GRANT SELECT ON lead TO dialdesk_agent;
GRANT SELECT, INSERT ON call_attempt, call_audit, callback_audit, contract_audit, do_not_call TO dialdesk_agent;
GRANT SELECT, INSERT, UPDATE ON callback, contract TO dialdesk_agent;
GRANT SELECT ON stats_hour TO dialdesk_agent;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dialdesk_agent;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dialdesk_lead;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO dialdesk_lead;
-- Only the schema owner moves the schema (team init); nobody else changes its version.
REVOKE INSERT, UPDATE, DELETE ON schema_version FROM dialdesk_lead;

-- Leads: own leads, and a pool lead (agent_id NULL) while this agent holds its unexpired claim.
-- Agents change only the call-loop columns (the column grants above); claims go through the
-- functions below, owner and claim columns stay out of an agent's reach.
ALTER TABLE lead ENABLE ROW LEVEL SECURITY;
CREATE POLICY lead_team_lead ON lead TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY lead_agent_read ON lead FOR SELECT TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent())
           OR (agent_id IS NULL AND claimed_by = (SELECT dialdesk_agent()) AND claim_until > (SELECT dialdesk_now_ms())));
CREATE POLICY lead_agent_update ON lead FOR UPDATE TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent())
           OR (agent_id IS NULL AND claimed_by = (SELECT dialdesk_agent()) AND claim_until > (SELECT dialdesk_now_ms())))
    WITH CHECK (agent_id = (SELECT dialdesk_agent()) OR (agent_id IS NULL AND claimed_by = (SELECT dialdesk_agent())));

ALTER TABLE lead_batch ENABLE ROW LEVEL SECURITY;
CREATE POLICY lead_batch_team_lead ON lead_batch TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY lead_batch_agent ON lead_batch FOR SELECT TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent()) OR agent_id IS NULL);

-- Calls, callbacks, contracts: the agent's own rows, made only on a lead the agent can see.
ALTER TABLE call_attempt ENABLE ROW LEVEL SECURITY;
CREATE POLICY call_attempt_team_lead ON call_attempt TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY call_attempt_agent_read ON call_attempt FOR SELECT TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent()));
CREATE POLICY call_attempt_agent_insert ON call_attempt FOR INSERT TO dialdesk_agent
    WITH CHECK (agent_id = (SELECT dialdesk_agent()) AND EXISTS (SELECT 1 FROM lead l WHERE l.id = lead_id));

ALTER TABLE callback ENABLE ROW LEVEL SECURITY;
CREATE POLICY callback_team_lead ON callback TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY callback_agent ON callback TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent()))
    WITH CHECK (agent_id = (SELECT dialdesk_agent()) AND EXISTS (SELECT 1 FROM lead l WHERE l.id = lead_id));

ALTER TABLE contract ENABLE ROW LEVEL SECURITY;
CREATE POLICY contract_team_lead ON contract TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY contract_agent ON contract TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent()))
    WITH CHECK (agent_id = (SELECT dialdesk_agent()) AND EXISTS (SELECT 1 FROM lead l WHERE l.id = lead_id));

-- Audits: an agent writes rows in their own name and reads their own.
ALTER TABLE call_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY call_audit_team_lead ON call_audit TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY call_audit_agent ON call_audit TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent())) WITH CHECK (agent_id = (SELECT dialdesk_agent()));

ALTER TABLE callback_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY callback_audit_team_lead ON callback_audit TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY callback_audit_agent ON callback_audit TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent())) WITH CHECK (agent_id = (SELECT dialdesk_agent()));

ALTER TABLE contract_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY contract_audit_team_lead ON contract_audit TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY contract_audit_agent ON contract_audit TO dialdesk_agent
    USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id))
    WITH CHECK (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id));

-- Do-not-call: every desk reads the whole list and adds to it in its own name; no agent may remove
-- or change a number (no UPDATE or DELETE grant).
ALTER TABLE do_not_call ENABLE ROW LEVEL SECURITY;
CREATE POLICY do_not_call_team_lead ON do_not_call TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY do_not_call_agent_read ON do_not_call FOR SELECT TO dialdesk_agent USING (true);
CREATE POLICY do_not_call_agent_add ON do_not_call FOR INSERT TO dialdesk_agent
    WITH CHECK (agent_id = (SELECT dialdesk_agent()));

ALTER TABLE stats_hour ENABLE ROW LEVEL SECURITY;
CREATE POLICY stats_hour_team_lead ON stats_hour TO dialdesk_lead USING (true) WITH CHECK (true);
CREATE POLICY stats_hour_agent ON stats_hour FOR SELECT TO dialdesk_agent USING (agent_id = (SELECT dialdesk_agent()));

-- The hourly roll-up, kept in the transaction that writes call_attempt (SQLite's three triggers).
-- SECURITY DEFINER: an agent's call updates the roll-up without a write grant on it.
CREATE FUNCTION dialdesk_stats_hour_apply(p_hour bigint, p_agent text, p_sign integer, p_contact integer,
                                          p_talk bigint, p_sale integer, p_disposition text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    INSERT INTO stats_hour AS s (hour, agent_id, dials, contacts, talk_ms, sales, dnc)
    VALUES (p_hour, p_agent, p_sign, p_sign * p_contact, p_sign * p_talk, p_sign * p_sale,
            p_sign * coalesce((SELECT do_not_call FROM disposition WHERE code = p_disposition), 0))
    ON CONFLICT (hour, agent_id) DO UPDATE SET
        dials = s.dials + excluded.dials,
        contacts = s.contacts + excluded.contacts,
        talk_ms = s.talk_ms + excluded.talk_ms,
        sales = s.sales + excluded.sales,
        dnc = s.dnc + excluded.dnc
$$;
REVOKE EXECUTE ON FUNCTION dialdesk_stats_hour_apply(bigint, text, integer, integer, bigint, integer, text) FROM PUBLIC;

CREATE FUNCTION dialdesk_stats_hour_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dialdesk_stats_hour_apply(OLD.started_at / 3600000, OLD.agent_id, -1, OLD.contact,
                                          OLD.duration_ms, OLD.sale, OLD.disposition);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM dialdesk_stats_hour_apply(NEW.started_at / 3600000, NEW.agent_id, 1, NEW.contact,
                                          NEW.duration_ms, NEW.sale, NEW.disposition);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER stats_hour_on_insert_delete AFTER INSERT OR DELETE ON call_attempt
    FOR EACH ROW EXECUTE FUNCTION dialdesk_stats_hour_trigger();
CREATE TRIGGER stats_hour_on_update AFTER UPDATE OF agent_id, started_at, duration_ms, disposition, contact, sale
    ON call_attempt FOR EACH ROW EXECUTE FUNCTION dialdesk_stats_hour_trigger();
