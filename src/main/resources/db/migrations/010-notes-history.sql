-- The customer's timeline (issue 14): every change of a lead's notes, kept by the database itself so
-- that every path that saves notes (the lead screen, the call panel, a day report) leaves its row.
-- at is the lead's updated_at of the save (the store's clock); notes holds the text after the change
-- (never written to a log). Also an index for the timeline's cases of a lead.
CREATE TABLE lead_notes_change (
    id        INTEGER PRIMARY KEY,
    lead_id   INTEGER NOT NULL REFERENCES lead(id),
    agent_id  TEXT NOT NULL,
    at        INTEGER NOT NULL,
    notes     TEXT
);
CREATE INDEX lead_notes_change_lead ON lead_notes_change(lead_id, at);
CREATE INDEX follow_up_case_lead ON follow_up_case(lead_id) WHERE lead_id IS NOT NULL;

CREATE TRIGGER lead_notes_change_on_update AFTER UPDATE OF notes ON lead
WHEN coalesce(OLD.notes, '') <> coalesce(NEW.notes, '') BEGIN
    INSERT INTO lead_notes_change(lead_id, agent_id, at, notes)
    VALUES (NEW.id, NEW.agent_id, NEW.updated_at, NEW.notes);
END;
