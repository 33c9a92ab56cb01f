-- Version 7: a row version on every row that is read, changed and written back (issue 10).
-- Every update of such a row is "... SET ..., version = version + 1 WHERE id = ? AND version = ?":
-- when no row matches, someone else changed it first and the caller is told (a conflict), never
-- overwritten blindly. Updates that change rows in bulk (missed callbacks, imports) add 1 as well.
ALTER TABLE callback ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contract ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE lead ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disposition ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- The statistics roll-up by quarter of an hour (slot = started_at / 900000) instead of by UTC hour:
-- every zone in use today has an offset of whole quarter hours (India +5:30, Nepal +5:45, Adelaide
-- +9:30, daylight saving included), so a centre's day and hour of day are whole slots and the
-- dashboard's figures are exact in any zone, still without reading call_attempt. Same sums, same
-- triggers as stats_hour (005-stats.sql), which this replaces.
DROP TRIGGER stats_hour_on_insert;
DROP TRIGGER stats_hour_on_delete;
DROP TRIGGER stats_hour_on_update;
DROP TABLE stats_hour;

CREATE TABLE stats_slot (
    slot        INTEGER NOT NULL,             -- epoch quarter hour (UTC): started_at / 900000
    agent_id    TEXT NOT NULL,
    dials       INTEGER NOT NULL DEFAULT 0,
    contacts    INTEGER NOT NULL DEFAULT 0,
    talk_ms     INTEGER NOT NULL DEFAULT 0,
    sales       INTEGER NOT NULL DEFAULT 0,
    dnc         INTEGER NOT NULL DEFAULT 0,   -- do-not-call requests
    PRIMARY KEY (slot, agent_id)
) WITHOUT ROWID;

CREATE INDEX stats_slot_agent ON stats_slot(agent_id, slot);
CREATE INDEX stats_slot_sales ON stats_slot(agent_id, slot) WHERE sales > 0;

INSERT INTO stats_slot(slot, agent_id, dials, contacts, talk_ms, sales, dnc)
SELECT c.started_at / 900000, c.agent_id, count(*), sum(c.contact), sum(c.duration_ms), sum(c.sale),
       sum(coalesce(d.do_not_call, 0))
FROM call_attempt c LEFT JOIN disposition d ON d.code = c.disposition
GROUP BY c.started_at / 900000, c.agent_id;

CREATE TRIGGER stats_slot_on_insert AFTER INSERT ON call_attempt BEGIN
    INSERT INTO stats_slot(slot, agent_id, dials, contacts, talk_ms, sales, dnc)
    VALUES (NEW.started_at / 900000, NEW.agent_id, 1, NEW.contact, NEW.duration_ms, NEW.sale,
            coalesce((SELECT do_not_call FROM disposition WHERE code = NEW.disposition), 0))
    ON CONFLICT(slot, agent_id) DO UPDATE SET
        dials = dials + 1,
        contacts = contacts + excluded.contacts,
        talk_ms = talk_ms + excluded.talk_ms,
        sales = sales + excluded.sales,
        dnc = dnc + excluded.dnc;
END;

CREATE TRIGGER stats_slot_on_delete AFTER DELETE ON call_attempt BEGIN
    UPDATE stats_slot SET
        dials = dials - 1,
        contacts = contacts - OLD.contact,
        talk_ms = talk_ms - OLD.duration_ms,
        sales = sales - OLD.sale,
        dnc = dnc - coalesce((SELECT do_not_call FROM disposition WHERE code = OLD.disposition), 0)
    WHERE slot = OLD.started_at / 900000 AND agent_id = OLD.agent_id;
END;

CREATE TRIGGER stats_slot_on_update AFTER UPDATE OF agent_id, started_at, duration_ms, disposition, contact, sale
ON call_attempt BEGIN
    UPDATE stats_slot SET
        dials = dials - 1,
        contacts = contacts - OLD.contact,
        talk_ms = talk_ms - OLD.duration_ms,
        sales = sales - OLD.sale,
        dnc = dnc - coalesce((SELECT do_not_call FROM disposition WHERE code = OLD.disposition), 0)
    WHERE slot = OLD.started_at / 900000 AND agent_id = OLD.agent_id;
    INSERT INTO stats_slot(slot, agent_id, dials, contacts, talk_ms, sales, dnc)
    VALUES (NEW.started_at / 900000, NEW.agent_id, 1, NEW.contact, NEW.duration_ms, NEW.sale,
            coalesce((SELECT do_not_call FROM disposition WHERE code = NEW.disposition), 0))
    ON CONFLICT(slot, agent_id) DO UPDATE SET
        dials = dials + 1,
        contacts = contacts + excluded.contacts,
        talk_ms = talk_ms + excluded.talk_ms,
        sales = sales + excluded.sales,
        dnc = dnc + excluded.dnc;
END;
