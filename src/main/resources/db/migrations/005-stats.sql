-- Version 5: the statistics roll-up.
-- One row per agent and UTC hour (hour = started_at / 3600000) with the sums of that hour's call
-- attempts. A centre's day and hour of day are made of whole UTC hours in every zone whose offset is
-- a whole number of hours (Korea, Japan, Europe, the Americas, daylight saving included), so the
-- dashboard reads this table instead of the call log. Kept current by the triggers below, inside the
-- transaction that writes call_attempt: nothing else maintains it. See docs/metrics.md.
CREATE TABLE stats_hour (
    hour        INTEGER NOT NULL,             -- epoch hour (UTC)
    agent_id    TEXT NOT NULL,
    dials       INTEGER NOT NULL DEFAULT 0,
    contacts    INTEGER NOT NULL DEFAULT 0,
    talk_ms     INTEGER NOT NULL DEFAULT 0,
    sales       INTEGER NOT NULL DEFAULT 0,
    dnc         INTEGER NOT NULL DEFAULT 0,   -- do-not-call requests
    PRIMARY KEY (hour, agent_id)
) WITHOUT ROWID;

CREATE INDEX stats_hour_agent ON stats_hour(agent_id, hour);
CREATE INDEX stats_hour_sales ON stats_hour(agent_id, hour) WHERE sales > 0;

-- Backfill from the calls recorded before this version.
INSERT INTO stats_hour(hour, agent_id, dials, contacts, talk_ms, sales, dnc)
SELECT c.started_at / 3600000, c.agent_id, count(*), sum(c.contact), sum(c.duration_ms), sum(c.sale),
       sum(coalesce(d.do_not_call, 0))
FROM call_attempt c LEFT JOIN disposition d ON d.code = c.disposition
GROUP BY c.started_at / 3600000, c.agent_id;

CREATE TRIGGER stats_hour_on_insert AFTER INSERT ON call_attempt BEGIN
    INSERT INTO stats_hour(hour, agent_id, dials, contacts, talk_ms, sales, dnc)
    VALUES (NEW.started_at / 3600000, NEW.agent_id, 1, NEW.contact, NEW.duration_ms, NEW.sale,
            coalesce((SELECT do_not_call FROM disposition WHERE code = NEW.disposition), 0))
    ON CONFLICT(hour, agent_id) DO UPDATE SET
        dials = dials + 1,
        contacts = contacts + excluded.contacts,
        talk_ms = talk_ms + excluded.talk_ms,
        sales = sales + excluded.sales,
        dnc = dnc + excluded.dnc;
END;

CREATE TRIGGER stats_hour_on_delete AFTER DELETE ON call_attempt BEGIN
    UPDATE stats_hour SET
        dials = dials - 1,
        contacts = contacts - OLD.contact,
        talk_ms = talk_ms - OLD.duration_ms,
        sales = sales - OLD.sale,
        dnc = dnc - coalesce((SELECT do_not_call FROM disposition WHERE code = OLD.disposition), 0)
    WHERE hour = OLD.started_at / 3600000 AND agent_id = OLD.agent_id;
END;

-- An update (a newer day report correcting a call) moves the call out of its old hour and into its new one.
CREATE TRIGGER stats_hour_on_update AFTER UPDATE OF agent_id, started_at, duration_ms, disposition, contact, sale
ON call_attempt BEGIN
    UPDATE stats_hour SET
        dials = dials - 1,
        contacts = contacts - OLD.contact,
        talk_ms = talk_ms - OLD.duration_ms,
        sales = sales - OLD.sale,
        dnc = dnc - coalesce((SELECT do_not_call FROM disposition WHERE code = OLD.disposition), 0)
    WHERE hour = OLD.started_at / 3600000 AND agent_id = OLD.agent_id;
    INSERT INTO stats_hour(hour, agent_id, dials, contacts, talk_ms, sales, dnc)
    VALUES (NEW.started_at / 3600000, NEW.agent_id, 1, NEW.contact, NEW.duration_ms, NEW.sale,
            coalesce((SELECT do_not_call FROM disposition WHERE code = NEW.disposition), 0))
    ON CONFLICT(hour, agent_id) DO UPDATE SET
        dials = dials + 1,
        contacts = contacts + excluded.contacts,
        talk_ms = talk_ms + excluded.talk_ms,
        sales = sales + excluded.sales,
        dnc = dnc + excluded.dnc;
END;

-- Day reports imported by a team lead: which agent's export of which days was imported, and when it
-- was exported, so that re-importing changes nothing and an older export never overwrites a newer one.
CREATE TABLE day_report_import (
    agent_id     TEXT NOT NULL REFERENCES agent(id),
    from_day     TEXT NOT NULL,
    to_day       TEXT NOT NULL,
    exported_at  INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    imported_at  INTEGER NOT NULL,
    PRIMARY KEY (agent_id, from_day, to_day)
) WITHOUT ROWID;

-- The premium given for a contract call in an imported call history (another dialer's export), until
-- the contracts feature turns such calls into contracts.
CREATE TABLE imported_premium (
    client_id    TEXT PRIMARY KEY REFERENCES call_attempt(client_id),
    premium_won  INTEGER NOT NULL
) WITHOUT ROWID;
