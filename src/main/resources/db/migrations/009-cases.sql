-- Follow-up chains and the return-call inbox (issue 15). Times are epoch milliseconds (UTC instants).
-- Every row that changes carries a version; updates are "WHERE id = ? AND version = ?".

-- The internal address book: production, materials, delivery, a named person. Working hours and the
-- lunch break are local times ("09:00") in the centre's zone.
CREATE TABLE internal_contact (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    team          TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL UNIQUE,         -- E.164
    work_start    TEXT NOT NULL DEFAULT '09:00',
    work_end      TEXT NOT NULL DEFAULT '18:00',
    lunch_start   TEXT,
    lunch_end     TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);

-- A case (one complaint and its chain of calls). lead_id is null for a number not in any batch.
CREATE TABLE follow_up_case (
    id             INTEGER PRIMARY KEY,
    agent_id       TEXT NOT NULL REFERENCES agent(id),
    lead_id        INTEGER REFERENCES lead(id),
    phone          TEXT NOT NULL,               -- the customer's number, E.164
    customer_name  TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL,
    problem        TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'OPEN', -- OPEN, WAITING, DONE, CANCELLED
    promise        TEXT,                         -- what was promised to the customer
    promise_due    INTEGER,                      -- by when
    created_at     INTEGER NOT NULL,
    closed_at      INTEGER,
    updated_at     INTEGER NOT NULL,
    report_id      TEXT,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX follow_up_case_agent_state ON follow_up_case(agent_id, state);
CREATE INDEX follow_up_case_phone ON follow_up_case(phone, state);
CREATE INDEX follow_up_case_agent_updated ON follow_up_case(agent_id, updated_at);
CREATE UNIQUE INDEX follow_up_case_report_id ON follow_up_case(report_id) WHERE report_id IS NOT NULL;

-- A step of a case: a call to a party. party_kind CUSTOMER or CONTACT (then contact_id is set).
-- waits_on lists the positions of the steps it waits on ("1,3"); delay_minutes counts from their answer.
CREATE TABLE case_step (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES follow_up_case(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    party_kind     TEXT NOT NULL,
    contact_id     INTEGER REFERENCES internal_contact(id),
    party_name     TEXT NOT NULL DEFAULT '',
    question       TEXT NOT NULL DEFAULT '',
    due_at         INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'TODO', -- TODO, ASKED, ANSWERED, DONE, SKIPPED
    asked_at       INTEGER,
    answer         TEXT,
    answered_at    INTEGER,
    given_date     TEXT,                         -- a date the party gave in the answer (ISO)
    waits_on       TEXT NOT NULL DEFAULT '',
    delay_minutes  INTEGER NOT NULL DEFAULT 0,
    snoozed_until  INTEGER,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, position)
);
CREATE INDEX case_step_due ON case_step(state, due_at);

-- Chain templates ("A/S repair"): one line per step, "team|question|delay minutes".
CREATE TABLE case_template (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    steps    TEXT NOT NULL,
    version  INTEGER NOT NULL DEFAULT 1
);

-- Missed calls (부재중 전화) from the phone system's export, typed, or pasted from a catch-call SMS.
-- Several from one number are one return call; it is done when a call to the number is logged.
CREATE TABLE missed_call (
    id         INTEGER PRIMARY KEY,
    phone      TEXT NOT NULL,                  -- E.164
    at         INTEGER NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL,                  -- EXPORT, TYPED, SMS
    done_at    INTEGER,
    version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (phone, at)
);
CREATE INDEX missed_call_open ON missed_call(done_at, phone, at);
