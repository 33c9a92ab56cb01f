-- 016: fewer statements inside each claim and outcome (issue 12, "Speed"; docs/benchmarks.md, "The claim
-- loop on the server"). The same rules, the same rows written; less work done to write them.
--
-- 1. Who the login is, without parsing a query each time.
-- dialdesk_agent() was a SQL function. PostgreSQL parses and plans the body of a SQL function that it cannot
-- inline again in every transaction, and a claim and an outcome ask it about eight times (the row-level
-- security policies of lead and call_attempt, and the claim functions): in the claim benchmark a sixth of
-- the server's time went into those parses and plans. A PL/pgSQL function keeps its plan for the session.
-- It is no longer SECURITY DEFINER: every role that asks (the agents, the team lead, the schema owner, and
-- the SECURITY DEFINER functions) may read agent anyway, and a function that changes no role or setting is
-- called without saving and restoring the settings around it. The table and the operator are named with
-- their schemas, so the caller's search_path cannot make it read another table (an agent cannot make
-- itself another agent in the policies).
CREATE OR REPLACE FUNCTION dialdesk_agent() RETURNS text
    LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN (SELECT a.id FROM public.agent a WHERE a.login_role OPERATOR(pg_catalog.=) session_user::pg_catalog.text);
END
$$;

-- 2. An outcome as one function of its own (015's dialdesk_record_call and dialdesk_record_outcome_of_version
-- in one): the same checks, made once in it instead of by the row-level security of the call row's insert
-- (which asked who the login is three times and read the lead under its policy once more).
-- * An agent records calls in their own name only (call_attempt_agent_insert of 002): otherwise SQLSTATE
--   42501 and nothing is written. The team lead (and the schema owner) may record for anyone.
-- * A call whose client id is there already (the outbox sending it twice) changes nothing and returns 0.
-- * The lead is written only while it is still at the version the desk read and is one the login may
--   record on: the agent's own, or a pool lead they hold (lead_agent_read of 002). A lead at another version
--   is SQLSTATE 40001 (the desk reads it again), a lead that is not theirs 42501; either way the call row
--   is rolled back with the statement.
-- * It writes the journal rows of the call and of the lead itself (the same two as the notify triggers,
--   which it tells to pass, by dialdesk.journaled, as the claim does by dialdesk.claim_only): each trigger
--   ran three statements of its own to find what one insert and one update of one row had changed.
CREATE OR REPLACE FUNCTION dialdesk_record_call(p_client text, p_lead bigint, p_agent text, p_started bigint,
                                                p_ended bigint, p_duration bigint, p_disposition text,
                                                p_contact integer, p_sale integer, p_note text,
                                                p_version bigint, p_status text, p_attempts integer,
                                                p_next_eligible_at bigint)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    me text := dialdesk_agent();
    anyone boolean := pg_has_role(session_user, 'dialdesk_lead', 'MEMBER')
                      OR NOT pg_has_role(session_user, 'dialdesk_agent', 'MEMBER');
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    follow_up boolean := EXISTS (SELECT 1 FROM disposition d
                                  WHERE d.code = p_disposition AND (d.retry = 'BOOKED' OR d.sale = 1));
    call_id bigint;
    new_agent text;
    updated boolean;
    ignored text;
BEGIN
    IF NOT anyone AND p_agent IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'a call in the name of % refused for login %', p_agent, session_user USING ERRCODE = '42501';
    END IF;
    ignored := set_config('dialdesk.journaled', 'on', true);
    INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, contact,
                             sale, note)
    VALUES (p_client, p_lead, p_agent, p_started, p_ended, p_duration, p_disposition, p_contact, p_sale, p_note)
    ON CONFLICT (client_id) DO NOTHING RETURNING id INTO call_id;
    IF call_id IS NULL THEN
        ignored := set_config('dialdesk.journaled', '', true);
        RETURN 0;
    END IF;
    UPDATE lead l
       SET status = p_status, attempt_count = p_attempts, last_disposition = p_disposition,
           last_call_at = p_ended, next_eligible_at = p_next_eligible_at, updated_at = p_ended,
           version = l.version + 1,
           agent_id = CASE WHEN l.agent_id IS NULL AND l.claimed_by = me AND follow_up THEN me ELSE l.agent_id END,
           claimed_by = CASE WHEN l.claimed_by = me THEN NULL ELSE l.claimed_by END,
           claim_until = CASE WHEN l.claimed_by = me THEN NULL ELSE l.claim_until END
     WHERE l.id = p_lead AND l.version = p_version
       AND (anyone OR l.agent_id = me OR (l.agent_id IS NULL AND l.claimed_by = me AND l.claim_until > now_ms))
    RETURNING l.agent_id INTO new_agent;
    updated := FOUND;
    ignored := set_config('dialdesk.journaled', '', true);
    IF NOT updated THEN
        IF EXISTS (SELECT 1 FROM lead l WHERE l.id = p_lead AND (anyone OR l.agent_id = me
                       OR (l.agent_id IS NULL AND l.claimed_by = me AND l.claim_until > now_ms))) THEN
            RAISE EXCEPTION 'lead % is no longer at version %', p_lead, p_version USING ERRCODE = '40001';
        END IF;
        RAISE EXCEPTION 'lead % is not one login % may record a call on', p_lead, session_user
            USING ERRCODE = '42501';
    END IF;
    -- The rows the two notify triggers would have written: the agent's new call; the lead, for its owner
    -- (a lead's owner changes here only from none to this agent, so the old and new owners are the new one).
    PERFORM dialdesk_notify('call', NULL, ARRAY[p_agent]);
    PERFORM dialdesk_notify('lead', ARRAY[p_lead], CASE WHEN new_agent IS NULL THEN NULL ELSE ARRAY[new_agent] END);
    RETURN call_id;
END
$$;

-- 015's outcome on the version read is in dialdesk_record_call now, and nothing else called it.
DROP FUNCTION dialdesk_record_outcome_of_version(bigint, bigint, text, integer, text, bigint, bigint);

-- 3. The notify triggers of the lead and the call log pass when dialdesk_record_call writes their rows itself
-- (dialdesk.journaled; anyone may set it for their own statements, and all it does is keep their own changes
-- off the other desks' screens until those reload, as dialdesk.claim_only). The lead's trigger (015) compared
-- a changed row with its old one as two JSON documents, to pass over changes of the claim columns alone; a
-- row whose version or owner changed is a change for the desks without that comparison (an outcome, an edit,
-- a reassignment), and the comparison is left for the rest.
CREATE OR REPLACE FUNCTION dialdesk_notify_leads() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
    agents TEXT[];
BEGIN
    IF TG_OP = 'UPDATE' AND (current_setting('dialdesk.claim_only', true) = 'on'
                             OR current_setting('dialdesk.journaled', true) = 'on') THEN
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
             WHERE n.version IS DISTINCT FROM o.version OR n.agent_id IS DISTINCT FROM o.agent_id
                OR (to_jsonb(n) - '{claimed_by,claim_until}'::TEXT[])
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

CREATE OR REPLACE FUNCTION dialdesk_notify_new_calls() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    agents TEXT[];
BEGIN
    IF current_setting('dialdesk.journaled', true) = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(a ORDER BY a) INTO agents
      FROM (SELECT DISTINCT agent_id AS a FROM new_rows WHERE agent_id IS NOT NULL LIMIT 41) x;
    IF agents IS NOT NULL OR EXISTS (SELECT 1 FROM new_rows) THEN
        PERFORM dialdesk_notify('call', NULL, agents);
    END IF;
    RETURN NULL;
END $$;

-- 4. Fewer calls that change role and settings around their work. Each call of a function
-- with SECURITY DEFINER or SET saves and restores the settings and makes PostgreSQL work out its search
-- path again, twice: 15 to 20 microseconds each time, and an outcome made five such calls on top of its
-- own.
-- * 014's dialdesk_notify worked out the payload and handed it to dialdesk_journal, a function of its own
--   with its own SECURITY DEFINER and SET: it now writes the journal row itself (014's rules unchanged: the
--   same payload, a payload equal to this transaction's last of its kind written once, the wake-up after
--   100 quiet milliseconds, the rows older than ten minutes removed by the writer of every 1,000th).
CREATE OR REPLACE FUNCTION dialdesk_notify(kind TEXT, ids BIGINT[], agents TEXT[], all_ids BOOLEAN DEFAULT false)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    sent INTEGER;
    payload TEXT := kind;
    now_ms BIGINT := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
    mine BIGINT;
    ignored TEXT;
BEGIN
    IF all_ids THEN
        payload := payload || ':*';
    ELSIF ids IS NOT NULL AND cardinality(ids) > 0 THEN
        sent := coalesce(nullif(current_setting('dialdesk.notified_' || kind, true), ''), '0')::INTEGER + 1;
        ignored := set_config('dialdesk.notified_' || kind, sent::TEXT, true);
        payload := payload || ':' || CASE WHEN sent > 50 OR cardinality(ids) > 500 THEN '*'
                                          ELSE array_to_string(ids, ',') END;
    END IF;
    IF agents IS NOT NULL AND cardinality(agents) > 0 AND coalesce(sent, 0) <= 50 THEN
        payload := payload || '@' || CASE WHEN cardinality(agents) > 40 THEN '*' ELSE array_to_string(agents, ',') END;
    END IF;
    IF current_setting('dialdesk.journal_' || kind, true) = payload THEN
        RETURN;
    END IF;
    ignored := set_config('dialdesk.journal_' || kind, payload, true); -- an expression, not a query of its own
    INSERT INTO live_change(at, payload) VALUES (now_ms, payload) RETURNING seq INTO mine;
    IF coalesce(current_setting('dialdesk.woke', true), '') <> 'on'
       AND NOT EXISTS (SELECT 1 FROM (SELECT c.at FROM live_change c WHERE c.seq < mine ORDER BY c.seq DESC LIMIT 1) last
                        WHERE last.at > now_ms - 100) THEN
        PERFORM set_config('dialdesk.woke', 'on', true);
        PERFORM pg_notify('dialdesk', 'wake');
    END IF;
    IF mine % 1000 = 0 THEN
        DELETE FROM live_change WHERE at < now_ms - 600000;
    END IF;
END $$;
DROP FUNCTION dialdesk_journal(TEXT);
-- * 012's "changed by" of a lead, a callback or a contract reads only who the login is, which every role
--   may read.
CREATE OR REPLACE FUNCTION dialdesk_mark_updated_by() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_by := coalesce(public.dialdesk_agent(), session_user::text);
    RETURN NEW;
END
$$;

-- 5. The head of the queue, kept short. A lead that is called leaves lead_queue_new, but its old entry stays
-- at the head of that index, where every claim starts, until the table is vacuumed: each claim steps over
-- the entries of every lead called since. Measured: after 30,300 outcomes without a vacuum the pool's probe
-- read 154 index pages (0.94 ms); after VACUUM, 4 (0.03 ms). PostgreSQL vacuums a table by default once a
-- fifth of its rows have changed (20,000 outcomes for 100,000 leads, about a day of a floor's calls); the
-- lead table is vacuumed after a hundredth (plus 1,000), which keeps that walk short on a busy floor.
ALTER TABLE lead SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
