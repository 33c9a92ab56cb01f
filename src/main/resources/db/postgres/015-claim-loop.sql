-- 015: the claim loop made cheaper (issue 12, "Speed"; docs/team-server.md, "Lead claims"): a claim that
-- rewrites no index, and an outcome recorded in one statement.
--
-- 1. A claim that rewrites no index.
-- A claim writes who holds a lead and until when (claimed_by, claim_until). Those two columns were in four
-- indexes of their own (lead_claimed_by, lead_claim_expiry, and the predicates of lead_claim_retry and
-- lead_claim_new), so every claim and every renewal wrote a new entry into each of the lead's nine
-- indexes. Without those four, a claim changes no indexed column, and PostgreSQL writes it as a
-- heap-only update (HOT: the new row version on the same page, no index touched), provided the page has
-- room: the lead table keeps 15 % of each page free for it.
--
-- The claim now reads the queue's own indexes (001's lead_queue_retry and lead_queue_new) and passes over
-- the leads other desks hold: a held lead stays in the queue's index, at its head (the oldest first), so
-- a claim walks past as many entries as there are desks holding a lead of that queue. A lead whose lease
-- ran out is taken in its place in the queue (it was at the head when it was handed out). Whoever claims
-- it, SKIP LOCKED passes over a lead another desk is claiming at that moment, and the lock's recheck of
-- the newest row version refuses one another desk claimed since this statement began.
--
-- A change of the claim columns alone still sends nothing to the desks (010); the claim and the renewal
-- now tell the lead's notify trigger so at once (dialdesk.claim_only), instead of having it compare the
-- old and new rows.
DROP INDEX lead_claimed_by;
DROP INDEX lead_claim_expiry;
DROP INDEX lead_claim_retry;
DROP INDEX lead_claim_new;
ALTER TABLE lead SET (fillfactor = 85);

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
    -- The agent's own due retries, then the agent's own new leads; then the same from the shared pool.
    -- Written out four times: the indexes serve `agent_id = me` and `agent_id IS NULL` as such.
    SELECT l.id INTO picked FROM lead l
     WHERE l.agent_id = me AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= now_ms
       AND (l.claimed_by IS NULL OR l.claim_until <= now_ms)
       AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
     ORDER BY l.agent_id, l.next_eligible_at, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id = me AND l.status = 'NEW' AND l.next_eligible_at IS NULL
           AND (l.claimed_by IS NULL OR l.claim_until <= now_ms)
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.batch_id, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= now_ms
           AND (l.claimed_by IS NULL OR l.claim_until <= now_ms)
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.next_eligible_at, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        SELECT l.id INTO picked FROM lead l
         WHERE l.agent_id IS NULL AND l.status = 'NEW' AND l.next_eligible_at IS NULL
           AND (l.claimed_by IS NULL OR l.claim_until <= now_ms)
           AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
         ORDER BY l.agent_id, l.batch_id, l.id LIMIT 1 FOR UPDATE OF l SKIP LOCKED;
    END IF;
    IF picked IS NULL THEN
        RETURN;
    END IF;
    PERFORM set_config('dialdesk.claim_only', 'on', true);
    UPDATE lead SET claimed_by = me, claim_until = now_ms + p_lease_ms WHERE id = picked;
    PERFORM set_config('dialdesk.claim_only', '', true);
    claimed_lead := picked;
    lease_until := now_ms + p_lease_ms;
    RETURN NEXT;
END
$$;

CREATE OR REPLACE FUNCTION dialdesk_renew_claim(p_lead bigint, p_lease_ms bigint) RETURNS bigint
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
    PERFORM set_config('dialdesk.claim_only', 'on', true);
    UPDATE lead l SET claim_until = until_ms
     WHERE l.id = p_lead AND l.claimed_by = me
       AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone
                                AND d.product IN ('', coalesce(trim(l.product), '')))
    RETURNING l.claim_until INTO renewed;
    PERFORM set_config('dialdesk.claim_only', '', true);
    RETURN renewed;
END
$$;

-- 010's lead trigger, with the claim's word taken first. (Anyone may set the flag for their own statements;
-- all it does is keep their own changes off the other desks' screens until those reload.)
CREATE OR REPLACE FUNCTION dialdesk_notify_leads() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
    agents TEXT[];
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('dialdesk.claim_only', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(a ORDER BY a) INTO agents
          FROM (SELECT DISTINCT agent_id AS a FROM new_rows WHERE agent_id IS NOT NULL LIMIT 41) x;
        IF EXISTS (SELECT 1 FROM new_rows) THEN
            PERFORM dialdesk_notify('lead', NULL, coalesce(agents, ARRAY[]::TEXT[]));
        END IF;
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(i ORDER BY i) INTO ids FROM (SELECT DISTINCT id AS i FROM old_rows LIMIT 501) x;
        SELECT array_agg(a ORDER BY a) INTO agents
          FROM (SELECT DISTINCT agent_id AS a FROM old_rows WHERE agent_id IS NOT NULL LIMIT 41) y;
    ELSIF (SELECT count(*) FROM (SELECT 1 FROM new_rows LIMIT 501) x) > 500 THEN
        SELECT array_agg(a ORDER BY a) INTO agents FROM (SELECT DISTINCT a FROM (
                SELECT agent_id AS a FROM new_rows UNION ALL SELECT agent_id FROM old_rows) r
                WHERE a IS NOT NULL LIMIT 41) y;
        PERFORM dialdesk_notify('lead', NULL, agents, true);
        RETURN NULL;
    ELSE
        WITH changed AS (
            SELECT n.id, o.agent_id AS old_agent, n.agent_id AS new_agent
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (to_jsonb(n) - '{claimed_by,claim_until}'::TEXT[])
                   IS DISTINCT FROM (to_jsonb(o) - '{claimed_by,claim_until}'::TEXT[]))
        SELECT (SELECT array_agg(i ORDER BY i) FROM (SELECT DISTINCT id AS i FROM changed LIMIT 501) x),
               (SELECT array_agg(a ORDER BY a) FROM (SELECT DISTINCT a FROM changed,
                       LATERAL (VALUES (old_agent), (new_agent)) v(a) WHERE a IS NOT NULL LIMIT 41) y)
          INTO ids, agents;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM dialdesk_notify('lead', ids, agents);
    END IF;
    RETURN NULL;
END $$;

-- 2. An outcome in one statement (storage/jdbc/JdbcCallLog on the server): the call row and the lead's side
-- of it (013's dialdesk_record_outcome, with the claim given back), auto-committed, instead of a transaction
-- of four round trips (the lead's state, the call, the lead, COMMIT). The desk has read the lead's state and
-- its version just before, and works out the new state from it (the disposition's retry rule); the lead is
-- written only while its version is still the one read: if another desk or the team lead changed the lead
-- in between, nothing is written (SQLSTATE 40001) and the desk reads it again. The call row is inserted
-- as the agent (row-level security checks it, as for any call row); a call whose client id is there already
-- (the outbox sending it twice) is left as it is and 0 is returned.
CREATE FUNCTION dialdesk_record_call(p_client text, p_lead bigint, p_agent text, p_started bigint, p_ended bigint,
                                     p_duration bigint, p_disposition text, p_contact integer, p_sale integer,
                                     p_note text,
                                     p_version bigint, p_status text, p_attempts integer, p_next_eligible_at bigint)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp
AS $$
DECLARE
    call_id bigint;
BEGIN
    INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, contact,
                             sale, note)
    VALUES (p_client, p_lead, p_agent, p_started, p_ended, p_duration, p_disposition, p_contact, p_sale, p_note)
    ON CONFLICT (client_id) DO NOTHING RETURNING id INTO call_id;
    IF call_id IS NULL THEN
        RETURN 0;
    END IF;
    IF NOT dialdesk_record_outcome_of_version(p_lead, p_version, p_status, p_attempts, p_disposition, p_ended,
                                              p_next_eligible_at) THEN
        RAISE EXCEPTION 'lead % is no longer at version %', p_lead, p_version USING ERRCODE = '40001';
    END IF;
    RETURN call_id;
END
$$;
REVOKE EXECUTE ON FUNCTION dialdesk_record_call(text, bigint, text, bigint, bigint, bigint, text, integer, integer,
    text, bigint, text, integer, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_record_call(text, bigint, text, bigint, bigint, bigint, text, integer, integer,
    text, bigint, text, integer, bigint) TO dialdesk_agent, dialdesk_lead;

-- 013's dialdesk_record_outcome, on the version the desk read only.
CREATE FUNCTION dialdesk_record_outcome_of_version(p_lead bigint, p_version bigint, p_status text,
                                                   p_attempts integer, p_disposition text, p_call_at bigint,
                                                   p_next_eligible_at bigint)
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
     WHERE l.id = p_lead AND l.version = p_version
       AND (anyone OR l.agent_id = me OR (l.agent_id IS NULL AND l.claimed_by = me AND l.claim_until > now_ms));
    RETURN FOUND;
END
$$;
REVOKE EXECUTE ON FUNCTION dialdesk_record_outcome_of_version(bigint, bigint, text, integer, text, bigint, bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_record_outcome_of_version(bigint, bigint, text, integer, text, bigint, bigint)
    TO dialdesk_agent, dialdesk_lead;
