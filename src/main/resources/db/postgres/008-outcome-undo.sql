-- PostgreSQL: an agent takes back their own last outcome (issue 14, Ctrl+Z until the next dial), as on
-- a desk's own file (storage/jdbc/JdbcOutcomeUndo). The attempt and the opening said on it are deleted
-- by the agent who made them (the quarter-hour roll-up follows by its trigger); the lead, callbacks
-- and the audit row go through the grants the agent has already. A do-not-call number is never
-- removed by an agent on the server (no DELETE on do_not_call): the undo of an outcome that put a
-- number on the list is refused in words there, and only the team lead takes a number off.
GRANT DELETE ON call_attempt, call_opening TO dialdesk_agent;
CREATE POLICY call_attempt_agent_undo ON call_attempt FOR DELETE TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent()));
CREATE POLICY call_opening_agent_undo ON call_opening FOR DELETE TO dialdesk_agent
    USING (agent_id = (SELECT dialdesk_agent()));
