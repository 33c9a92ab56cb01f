-- PostgreSQL: whose clock rules claims, and the claim loop made cheaper (issue 12, docs/team-server.md,
-- "Lead claims" and "Whose clock").
--
-- The server's clock rules what is due and how long a lease lasts on the server: the claim compares a
-- lead's retry time with clock_timestamp(), never with a desk's clock. A desk writes the retry time from
-- its own clock; a desk whose clock is more than two minutes off the server's is told so at login
-- (app/DeskClockCheck), because its retries would come due early or late for the whole floor.
--
-- The do-not-call test is 004-parity's: an all-marketing entry of the number or one for the lead's
-- own product holds the lead back, a stop request about another product does not.
--
-- Speed (bench --only team): the claim was five calls of SECURITY DEFINER functions per claim (each
-- entry resets search_path and looks up the agent again); it is now one function with the six probes
-- inline, the agent looked up once. An outcome recorded on the server was two transactions and three
-- updates of the lead row (the outcome, then the follow-up owner and the release); it is now one
-- update inside the recording transaction (dialdesk_record_outcome), which also gives the claim back.
-- The call log's roll-up trigger writes its row itself instead of calling a helper for each call row.
-- Every update of a lead row writes an entry into each of its nine indexes (the claim columns are in
-- the partial indexes' predicates, so no update of them is HOT): fewer updates is most of the gain.

CREATE OR REPLACE FUNCTION dialdesk_claim_next(p_lease_ms bigint)
    RETURNS TABLE (claimed_lead bigint, lease_until bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := dialdesk_agent();
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    picked bigint;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'login role % is no Dialdesk agent', session_user USING ERRCODE = '42501';
    END IF;
    IF p_lease_ms IS NULL OR p_lease_ms < 1000 OR p_lease_ms > 86400000 THEN
        RAISE EXCEPTION 'a lease is 1 s to 24 h, not % ms', p_lease_ms USING ERRCODE = '22023';
    END IF;
    -- The agent's own leads: a lease that ran out, a due retry, a new lead. Written out again for the
    -- pool below: the partial indexes serve `agent_id = me` and `agent_id IS NULL` as such, not a
    -- shared `IS NOT DISTINCT FROM` (and dynamic SQL would be planned anew at every claim).
    SELECT l.id INTO picked FROM lead l
     WHERE l.agent_id = me AND l.claimed_by IS NOT NULL AND l.claim_until <= now_ms
       AND (l.status = 'NEW' OR l.next_eligible_at <= now_ms)
       AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
     ORDER BY l.claim_until, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id = me AND l.claimed_by IS NULL
           AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= now_ms
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.next_eligible_at, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id = me AND l.claimed_by IS NULL AND l.status = 'NEW' AND l.next_eligible_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.batch_id, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    -- The shared pool, in the same order.
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.claimed_by IS NOT NULL AND l.claim_until <= now_ms
           AND (l.status = 'NEW' OR l.next_eligible_at <= now_ms)
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.claim_until, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.claimed_by IS NULL
           AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= now_ms
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.next_eligible_at, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.claimed_by IS NULL AND l.status = 'NEW' AND l.next_eligible_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.batch_id, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        RETURN;
    END IF;
    UPDATE lead SET claimed_by = me, claim_until = now_ms + p_lease_ms WHERE id = picked;
    claimed_lead := picked;
    lease_until := now_ms + p_lease_ms;
    RETURN NEXT;
END
$$;

-- The lead's side of a recorded outcome (storage/jdbc/JdbcCallLog on the server), in one update: the
-- new status, attempts, last outcome and retry time; the claim given back when this agent held it; and a
-- pool lead whose outcome books a callback or is a sale becomes the agent's own (as the release of
-- 009-pool-follow-ups.sql did). An agent may do this only on a lead row-level security lets it change
-- (its own, or a pool lead it holds an unexpired claim on); the team lead's login on any lead. Returns
-- false when no lead was changed.
CREATE FUNCTION dialdesk_record_outcome(p_lead bigint, p_status text, p_attempts integer, p_disposition text,
                                        p_call_at bigint, p_next_eligible_at bigint)
    RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := dialdesk_agent();
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    follow_up boolean := EXISTS (SELECT 1 FROM disposition d
                                  WHERE d.code = p_disposition AND (d.retry = 'BOOKED' OR d.sale = 1));
    anyone boolean := me IS NULL OR pg_has_role(session_user, 'dialdesk_lead', 'MEMBER');
BEGIN
    UPDATE lead l
       SET status = p_status, attempt_count = p_attempts, last_disposition = p_disposition,
           last_call_at = p_call_at, next_eligible_at = p_next_eligible_at, updated_at = p_call_at,
           version = l.version + 1,
           agent_id = CASE WHEN l.agent_id IS NULL AND l.claimed_by = me AND follow_up THEN me ELSE l.agent_id END,
           claimed_by = CASE WHEN l.claimed_by = me THEN NULL ELSE l.claimed_by END,
           claim_until = CASE WHEN l.claimed_by = me THEN NULL ELSE l.claim_until END
     WHERE l.id = p_lead
       AND (anyone OR l.agent_id = me OR (l.agent_id IS NULL AND l.claimed_by = me AND l.claim_until > now_ms));
    RETURN FOUND;
END
$$;
REVOKE EXECUTE ON FUNCTION dialdesk_record_outcome(bigint, text, integer, text, bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_record_outcome(bigint, text, integer, text, bigint, bigint)
    TO dialdesk_agent, dialdesk_lead;

-- The call log's roll-up (004-parity) written by its trigger function itself: it called a SQL helper
-- for each call row (PERFORM dialdesk_stats_slot_apply), whose entry cost more than the
-- INSERT … ON CONFLICT inside it (pg_stat_statements: 0.36 ms against 0.08 ms per call). The helper
-- stays, unused and closed to everyone but the owner (EXECUTE revoked from PUBLIC in 004).
CREATE OR REPLACE FUNCTION dialdesk_stats_slot_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    r call_attempt;
    sign integer;
BEGIN
    FOREACH sign IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[1] WHEN 'DELETE' THEN ARRAY[-1] ELSE ARRAY[-1, 1] END
    LOOP
        IF sign < 0 THEN
            r := OLD;
        ELSE
            r := NEW;
        END IF;
        INSERT INTO stats_slot AS s (slot, agent_id, dials, contacts, talk_ms, sales, dnc)
        VALUES (r.started_at / 900000, r.agent_id, sign, sign * r.contact, sign * r.duration_ms, sign * r.sale,
                sign * coalesce((SELECT d.do_not_call FROM disposition d WHERE d.code = r.disposition), 0))
        ON CONFLICT (slot, agent_id) DO UPDATE SET
            dials = s.dials + excluded.dials,
            contacts = s.contacts + excluded.contacts,
            talk_ms = s.talk_ms + excluded.talk_ms,
            sales = s.sales + excluded.sales,
            dnc = s.dnc + excluded.dnc;
    END LOOP;
    RETURN NULL;
END
$$;

-- The claim no longer calls these.
DROP FUNCTION dialdesk_pick_own_lead(text, bigint);
DROP FUNCTION dialdesk_pick_pool_lead(bigint);
