-- PostgreSQL: who sees which missed call (follow-up cases, issue 12). 004 made missed_call the whole
-- floor's inbox (USING true): every agent read every missed call, with the name the phone system gave,
-- including those of another agent's customers, which breaks "an agent sees only their own customers".
-- A missed call has no agent (as on SQLite); it is now an agent's when its number is one of the agent's
-- leads, and the floor's (every desk's) when its number is nobody's lead or a pool lead. A number that is
-- another agent's lead stays out of sight: that agent returns the call. The team lead sees all (004).

-- Is this number another agent's lead? SECURITY DEFINER: row-level security hides those leads from the
-- asking agent, which is the very thing to find out. Answers only for the connection's own agent.
CREATE FUNCTION dialdesk_number_is_others(p_phone text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM lead l
                   WHERE l.phone = p_phone AND l.agent_id IS NOT NULL
                     AND l.agent_id IS DISTINCT FROM (SELECT dialdesk_agent()))
$$;
REVOKE EXECUTE ON FUNCTION dialdesk_number_is_others(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_number_is_others(text) TO dialdesk_agent;

DROP POLICY missed_call_agent ON missed_call;
-- Added by any desk (a phone system's export holds every line's calls); read and marked done only
-- where visible. No agent deletes one (no grant, 004).
CREATE POLICY missed_call_agent_read ON missed_call FOR SELECT TO dialdesk_agent
    USING (NOT dialdesk_number_is_others(phone));
CREATE POLICY missed_call_agent_add ON missed_call FOR INSERT TO dialdesk_agent
    WITH CHECK (true);
CREATE POLICY missed_call_agent_done ON missed_call FOR UPDATE TO dialdesk_agent
    USING (NOT dialdesk_number_is_others(phone))
    WITH CHECK (NOT dialdesk_number_is_others(phone));
