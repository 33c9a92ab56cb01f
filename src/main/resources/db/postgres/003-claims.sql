-- PostgreSQL version 3: lead claims (docs/team-server.md, "Lead claims"). The next lead is claimed in
-- one short transaction: FOR UPDATE SKIP LOCKED picks a lead no other desk is claiming at that
-- moment, and the claim writes who holds it and until when (a lease in server time). A lease that
-- ran out returns the lead: the next claim by anyone may take it. Claims do not bump lead.version
-- (the row version guards what an agent edits, not who holds the lead).
--
-- Order, as the SQLite queue: the agent's own due retries (earliest first), the agent's own new
-- leads (oldest batch first), then the same two from the shared pool; in each of the two groups a
-- lead whose lease ran out comes first (it was handed out once already and is still to be worked). A lead whose number is on the
-- do-not-call list is never claimed, whoever added the number and however recently.
-- SECURITY DEFINER: an agent cannot see unclaimed pool leads (RLS), so claiming goes through these
-- functions, which act only for the connection's own agent (dialdesk_agent()).

-- Claimed leads leave these partial indexes, so that finding the next free lead never walks past
-- the leads other desks hold (the plain queue indexes of 001 serve the read-only queue views).
-- Leases that ran out are found on lead_claim_expiry, which holds only claimed leads.
CREATE INDEX lead_claim_retry ON lead(agent_id, next_eligible_at, id)
    WHERE next_eligible_at IS NOT NULL AND claimed_by IS NULL;
CREATE INDEX lead_claim_new ON lead(agent_id, batch_id, id)
    WHERE status = 'NEW' AND next_eligible_at IS NULL AND claimed_by IS NULL;
CREATE INDEX lead_claim_expiry ON lead(claim_until, id) WHERE claimed_by IS NOT NULL;

-- One owner's next lead, in three steps: a lead whose lease ran out (it was next once already), a
-- due retry, a new lead; each step one range scan, locked with SKIP LOCKED (another desk's claim in
-- progress is passed over, never waited for). Called only by dialdesk_claim_next.
CREATE FUNCTION dialdesk_pick_own_lead(p_agent text, p_now bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    picked bigint;
BEGIN
    SELECT l.id INTO picked FROM lead l
     WHERE l.agent_id = p_agent AND l.claimed_by IS NOT NULL AND l.claim_until <= p_now
       AND (l.status = 'NEW' OR l.next_eligible_at <= p_now)
       AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
     ORDER BY l.claim_until, l.id
     LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id = p_agent AND l.claimed_by IS NULL
           AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= p_now
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
         ORDER BY l.agent_id, l.next_eligible_at, l.id
         LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id = p_agent AND l.claimed_by IS NULL
           AND l.status = 'NEW' AND l.next_eligible_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
         ORDER BY l.agent_id, l.batch_id, l.id
         LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    RETURN picked;
END
$$;

-- The same for the shared pool.
CREATE FUNCTION dialdesk_pick_pool_lead(p_now bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    picked bigint;
BEGIN
    SELECT l.id INTO picked FROM lead l
     WHERE l.agent_id IS NULL AND l.claimed_by IS NOT NULL AND l.claim_until <= p_now
       AND (l.status = 'NEW' OR l.next_eligible_at <= p_now)
       AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
     ORDER BY l.claim_until, l.id
     LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.claimed_by IS NULL
           AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= p_now
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
         ORDER BY l.agent_id, l.next_eligible_at, l.id
         LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.claimed_by IS NULL
           AND l.status = 'NEW' AND l.next_eligible_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
         ORDER BY l.agent_id, l.batch_id, l.id
         LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    RETURN picked;
END
$$;
REVOKE EXECUTE ON FUNCTION dialdesk_pick_own_lead(text, bigint), dialdesk_pick_pool_lead(bigint) FROM PUBLIC;

CREATE FUNCTION dialdesk_claim_next(p_lease_ms bigint)
    RETURNS TABLE (claimed_lead bigint, lease_until bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := dialdesk_agent();
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    picked bigint;
    pool boolean;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'login role % is no Dialdesk agent', session_user USING ERRCODE = '42501';
    END IF;
    IF p_lease_ms IS NULL OR p_lease_ms < 1000 OR p_lease_ms > 86400000 THEN
        RAISE EXCEPTION 'a lease is 1 s to 24 h, not % ms', p_lease_ms USING ERRCODE = '22023';
    END IF;
    FOREACH pool IN ARRAY ARRAY[false, true] LOOP
        IF pool THEN
            picked := dialdesk_pick_pool_lead(now_ms);
        ELSE
            picked := dialdesk_pick_own_lead(me, now_ms);
        END IF;
        IF picked IS NOT NULL THEN
            UPDATE lead SET claimed_by = me, claim_until = now_ms + p_lease_ms WHERE id = picked;
            claimed_lead := picked;
            lease_until := now_ms + p_lease_ms;
            RETURN NEXT;
            RETURN;
        END IF;
    END LOOP;
    RETURN;
END
$$;

-- Extends this agent's lease on a lead it still holds (nobody claimed it since, even if the lease
-- ran out meanwhile); returns the new end, or NULL when another desk holds it now or it left the
-- queue for the do-not-call list.
CREATE FUNCTION dialdesk_renew_claim(p_lead bigint, p_lease_ms bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := dialdesk_agent();
    until_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint + p_lease_ms;
    renewed bigint;
BEGIN
    IF p_lease_ms IS NULL OR p_lease_ms < 1000 OR p_lease_ms > 86400000 THEN
        RAISE EXCEPTION 'a lease is 1 s to 24 h, not % ms', p_lease_ms USING ERRCODE = '22023';
    END IF;
    UPDATE lead l SET claim_until = until_ms
     WHERE l.id = p_lead AND l.claimed_by = me
       AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)
    RETURNING l.claim_until INTO renewed;
    RETURN renewed;
END
$$;

-- Gives the lead back (an outcome recorded, a skip, the window closed); false when this agent did
-- not hold it.
CREATE FUNCTION dialdesk_release_claim(p_lead bigint) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    UPDATE lead SET claimed_by = NULL, claim_until = NULL WHERE id = p_lead AND claimed_by = dialdesk_agent();
    RETURN FOUND;
END
$$;

REVOKE EXECUTE ON FUNCTION dialdesk_claim_next(bigint), dialdesk_renew_claim(bigint, bigint),
    dialdesk_release_claim(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_claim_next(bigint), dialdesk_renew_claim(bigint, bigint),
    dialdesk_release_claim(bigint) TO dialdesk_agent, dialdesk_lead;
