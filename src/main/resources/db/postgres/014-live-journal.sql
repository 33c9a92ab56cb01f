-- 014: live updates through a journal, so that a busy floor's writes no longer queue on one lock (issue 12,
-- "Speed"; docs/team-server.md, "Live updates").
--
-- Until now every writing transaction sent its notifications with pg_notify (010). PostgreSQL lets only
-- one notifying transaction at a time commit: a transaction that has notified takes one lock of the whole
-- cluster before its commit and holds it to the end (PreCommit_Notify). With 50 desks recording outcomes at
-- once on two cores, the holder of that lock is often descheduled and the others wait for it: during the
-- claim benchmark 44 to 49 of the 50 backends were waiting on that lock (pg_stat_activity: Lock/object).
--
-- Now each change is a row of live_change, written by the same triggers in the same transaction (it is
-- seen when the transaction commits and never when it rolls back), with the same payload the
-- notification carried (KIND[:IDS][@AGENTS], only kinds and ids, never a name or a number). Desks read
-- the journal (PostgresChangeFeed): a desk that saw changes lately reads it every 75 ms; a quiet desk
-- waits for a wake-up notification and reads it at least every 2 s. A writer sends the wake-up
-- ('dialdesk', payload 'wake') only when the journal had no other change in the last 100 ms: after a quiet
-- moment the first change is at every desk at once; on a busy floor the desks are reading already and
-- hardly any transaction notifies, so the lock above is hardly ever taken.
--
-- Rows older than ten minutes are removed by the writer of every 1,000th row. A desk away for longer
-- reloads everything when it is back (it does so after any lost link).
-- UNLOGGED: the journal is not written to the write-ahead log (a fifth less per outcome recorded, measured
-- in the claim benchmark). After a crash of the server it starts empty, which loses nothing: every desk
-- has lost its link then, and reloads everything when it is back.
CREATE UNLOGGED TABLE live_change (
    seq     BIGSERIAL PRIMARY KEY,
    at      BIGINT NOT NULL,
    payload TEXT NOT NULL
);
-- Every desk may read the journal, as any login could LISTEN before: kinds, ids and agent ids only.
-- Rows are written only by dialdesk_notify (SECURITY DEFINER) and removed by it.
GRANT SELECT ON live_change TO dialdesk_agent, dialdesk_lead;
GRANT SELECT ON SEQUENCE live_change_seq_seq TO dialdesk_agent, dialdesk_lead; -- where the journal is

-- The same payloads as 010's dialdesk_notify, written to the journal instead of sent.
CREATE OR REPLACE FUNCTION dialdesk_notify(kind TEXT, ids BIGINT[], agents TEXT[], all_ids BOOLEAN DEFAULT false)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    sent INTEGER;
    payload TEXT := kind;
BEGIN
    IF all_ids THEN
        payload := payload || ':*';
    ELSIF ids IS NOT NULL AND cardinality(ids) > 0 THEN
        sent := coalesce(nullif(current_setting('dialdesk.notified_' || kind, true), ''), '0')::INTEGER + 1;
        PERFORM set_config('dialdesk.notified_' || kind, sent::TEXT, true);
        IF sent > 50 THEN
            PERFORM dialdesk_journal(kind || ':*');
            RETURN;
        END IF;
        payload := payload || ':' || CASE WHEN cardinality(ids) > 500 THEN '*' ELSE array_to_string(ids, ',') END;
    END IF;
    IF agents IS NOT NULL AND cardinality(agents) > 0 THEN
        payload := payload || '@' || CASE WHEN cardinality(agents) > 40 THEN '*' ELSE array_to_string(agents, ',') END;
    END IF;
    PERFORM dialdesk_journal(payload);
END $$;

-- One row of the journal; the wake-up when the journal was quiet for 100 ms (once per transaction). A
-- payload equal to the one this transaction wrote last for its kind is not written again (as identical
-- notifications of one transaction were delivered once): a store writing row by row, past the 50 named
-- changes, writes one 'KIND:*'.
CREATE FUNCTION dialdesk_journal(p_payload TEXT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    now_ms BIGINT := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
    last_of_kind TEXT := 'dialdesk.journal_' || split_part(split_part(p_payload, ':', 1), '@', 1);
    mine BIGINT;
BEGIN
    IF current_setting(last_of_kind, true) = p_payload THEN
        RETURN;
    END IF;
    PERFORM set_config(last_of_kind, p_payload, true);
    INSERT INTO live_change(at, payload) VALUES (now_ms, p_payload) RETURNING seq INTO mine;
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
REVOKE EXECUTE ON FUNCTION dialdesk_journal(TEXT) FROM PUBLIC;

-- The call log's insert trigger without dynamic SQL (010's generic dialdesk_notify_rows parses three
-- statements for every call row it is given): the agents of the new calls.
CREATE FUNCTION dialdesk_notify_new_calls() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    agents TEXT[];
BEGIN
    SELECT array_agg(a ORDER BY a) INTO agents
      FROM (SELECT DISTINCT agent_id AS a FROM new_rows WHERE agent_id IS NOT NULL LIMIT 41) x;
    IF agents IS NOT NULL OR EXISTS (SELECT 1 FROM new_rows) THEN
        PERFORM dialdesk_notify('call', NULL, agents);
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER call_attempt_notify_insert ON call_attempt;
CREATE TRIGGER call_attempt_notify_insert AFTER INSERT ON call_attempt REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_new_calls();
