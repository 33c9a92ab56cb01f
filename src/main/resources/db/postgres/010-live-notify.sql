-- 010: live updates between desks (issue 13). Every statement that writes what a desk shows (leads, calls,
-- callbacks, contracts with their QA fields, the do-not-call list, follow-up cases and their steps) sends
-- ONE notification per table on the channel 'dialdesk', from the writing transaction: the server delivers
-- it when that transaction commits (and never when it rolls back). Desks LISTEN (PostgresChangeFeed).
--
-- Payload: KIND[:IDS][@AGENTS], only kinds and ids, never a name or a number:
--   lead:12,13@A1024,A2048   leads 12 and 13 changed; their agents before and after (a reassignment)
--   lead@A1024               new leads for A1024 (an insert carries no ids: nobody has them on screen)
--   call@A1024  callback:45@A1024  contract:7@A1024  case:3@A1024  dnc@A1024
--   lead:*                   too many to name: every desk reloads that kind
-- A statement naming more than 500 ids sends '*' for them, more than 40 agents '*' for those (the 8000-byte
-- limit of a payload is never reached); after 50 notifications with ids of one kind in one transaction
-- (a store writing row by row), the rest of that transaction sends the coarse 'KIND:*' (identical payloads
-- within one transaction are delivered once). An insert of 100,000 leads in one statement is one
-- notification per agent dealt to; row by row, the same, as identical payloads collapse.
-- A change of a lead's claim columns alone (claimed_by, claim_until: a desk claiming or renewing) sends
-- nothing: it changes nothing a desk shows.

-- all_ids: any row of the kind (a statement too big to name them).
CREATE FUNCTION dialdesk_notify(kind TEXT, ids BIGINT[], agents TEXT[], all_ids BOOLEAN DEFAULT false) RETURNS void
LANGUAGE plpgsql AS $$
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
            PERFORM pg_notify('dialdesk', kind || ':*');
            RETURN;
        END IF;
        payload := payload || ':' || CASE WHEN cardinality(ids) > 500 THEN '*' ELSE array_to_string(ids, ',') END;
    END IF;
    IF agents IS NOT NULL AND cardinality(agents) > 0 THEN
        payload := payload || '@' || CASE WHEN cardinality(agents) > 40 THEN '*' ELSE array_to_string(agents, ',') END;
    END IF;
    PERFORM pg_notify('dialdesk', payload);
END $$;

-- The statement-level trigger of a table: TG_ARGV = kind, id column ('' for none), agent column ('' for none).
-- Inserts name no ids (new rows are on nobody's screen), updates and deletes do.
CREATE FUNCTION dialdesk_notify_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind TEXT := TG_ARGV[0];
    id_column TEXT := TG_ARGV[1];
    agent_column TEXT := TG_ARGV[2];
    rows_sql TEXT;
    ids BIGINT[];
    agents TEXT[];
    touched BOOLEAN;
BEGIN
    rows_sql := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                           WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                           ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
    EXECUTE 'SELECT EXISTS (' || rows_sql || ')' INTO touched;
    IF NOT touched THEN
        RETURN NULL;
    END IF;
    IF id_column <> '' AND TG_OP <> 'INSERT' THEN
        EXECUTE format('SELECT array_agg(i ORDER BY i) FROM (SELECT DISTINCT %I::BIGINT AS i FROM (%s) r '
                       || 'WHERE %I IS NOT NULL LIMIT 501) x', id_column, rows_sql, id_column) INTO ids;
    END IF;
    IF agent_column <> '' THEN
        EXECUTE format('SELECT array_agg(a ORDER BY a) FROM (SELECT DISTINCT %I::TEXT AS a FROM (%s) r '
                       || 'WHERE %I IS NOT NULL LIMIT 41) x', agent_column, rows_sql, agent_column) INTO agents;
    END IF;
    PERFORM dialdesk_notify(kind, ids, agents);
    RETURN NULL;
END $$;

-- Leads: an update that changed only the claim columns is left out; a reassignment names both agents.
CREATE FUNCTION dialdesk_notify_leads() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
    agents TEXT[];
BEGIN
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
        -- A big update (a reassignment of many, a bulk edit): every lead, named by agent; no row-by-row
        -- comparison (transition tables have no index: a join of two large ones would be slow).
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

CREATE TRIGGER lead_notify_insert AFTER INSERT ON lead REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_leads();
CREATE TRIGGER lead_notify_update AFTER UPDATE ON lead REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_leads();
CREATE TRIGGER lead_notify_delete AFTER DELETE ON lead REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_leads();

-- The other tables, three statement triggers each (a transition table needs a trigger of its own per event).
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('call_attempt', 'call', 'lead_id', 'agent_id'),
            ('callback', 'callback', 'id', 'agent_id'),
            ('contract', 'contract', 'id', 'agent_id'),
            ('do_not_call', 'dnc', '', 'agent_id'),
            ('follow_up_case', 'case', 'id', 'agent_id'),
            ('case_step', 'case', 'case_id', '')) AS v(tbl, kind, id_column, agent_column) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       || 'FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_rows(%L, %L, %L)',
                       t.tbl || '_notify_insert', t.tbl, t.kind, t.id_column, t.agent_column);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       || 'FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_rows(%L, %L, %L)',
                       t.tbl || '_notify_update', t.tbl, t.kind, t.id_column, t.agent_column);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       || 'FOR EACH STATEMENT EXECUTE FUNCTION dialdesk_notify_rows(%L, %L, %L)',
                       t.tbl || '_notify_delete', t.tbl, t.kind, t.id_column, t.agent_column);
    END LOOP;
END $$;
