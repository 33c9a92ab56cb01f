-- Version 2: the call loop. Dispositions, the call log, the lead's queue state, do-not-call,
-- the call audit and public holidays. Times are epoch milliseconds (UTC instants).

-- The editable dispositions, seeded with the defaults (DefaultDispositions; a test keeps both equal).
-- Labels come from the i18n bundle by code (disposition.CODE) unless label is set.
CREATE TABLE disposition (
    code                 TEXT PRIMARY KEY,
    position             INTEGER NOT NULL,
    label                TEXT,
    contact              INTEGER NOT NULL,
    final                INTEGER NOT NULL,
    sale                 INTEGER NOT NULL,
    do_not_call          INTEGER NOT NULL,
    lead_status          TEXT NOT NULL,
    retry                TEXT NOT NULL,      -- RETRY, BOOKED or NEVER
    retry_delay_minutes  INTEGER,            -- for RETRY
    max_attempts         INTEGER NOT NULL DEFAULT 0,   -- 0: no cap
    active               INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

INSERT INTO disposition(code, position, contact, final, sale, do_not_call, lead_status, retry, retry_delay_minutes, max_attempts) VALUES
    ('NO_ANSWER',    1, 0, 0, 0, 0, 'NO_ANSWER',    'RETRY',  120,  6),
    ('BUSY',         2, 0, 0, 0, 0, 'NO_ANSWER',    'RETRY',   30,  6),
    ('PHONE_OFF',    3, 0, 0, 0, 0, 'NO_ANSWER',    'RETRY',   60,  6),
    ('WRONG_NUMBER', 4, 0, 1, 0, 0, 'WRONG_NUMBER', 'NEVER', NULL,  0),
    ('REFUSED',      5, 1, 1, 0, 0, 'REFUSED',      'NEVER', NULL,  0),
    ('THINKING',     6, 1, 0, 0, 0, 'THINKING',     'RETRY', 1440,  8),
    ('CALLBACK',     7, 1, 0, 0, 0, 'CALLBACK',     'BOOKED', NULL, 0),
    ('CONTRACT',     8, 1, 1, 1, 0, 'CONTRACTED',   'NEVER', NULL,  0),
    ('DO_NOT_CALL',  9, 1, 1, 0, 1, 'DO_NOT_CALL',  'NEVER', NULL,  0);

-- The lead's state in the call loop. next_eligible_at is the retry time; NULL when the lead waits for
-- nothing (new), is done (final, attempt cap reached) or waits for a booked callback.
ALTER TABLE lead ADD COLUMN attempt_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lead ADD COLUMN last_disposition TEXT;
ALTER TABLE lead ADD COLUMN last_call_at INTEGER;
ALTER TABLE lead ADD COLUMN next_eligible_at INTEGER;
-- time_zone: the customer's IANA zone; NULL means the centre's.
ALTER TABLE lead ADD COLUMN time_zone TEXT;

-- "Next lead" is one range scan on one of these: due retries earliest first, new leads oldest batch first.
CREATE INDEX lead_queue_retry ON lead(agent_id, next_eligible_at, id) WHERE next_eligible_at IS NOT NULL;
CREATE INDEX lead_queue_new ON lead(agent_id, batch_id, id) WHERE status = 'NEW';

-- Every dial attempt. client_id is made when the call starts: saving twice never makes two rows.
-- contact and sale are copied from the disposition at the time, so editing a disposition later does
-- not rewrite history.
CREATE TABLE call_attempt (
    id           INTEGER PRIMARY KEY,
    client_id    TEXT NOT NULL UNIQUE,
    lead_id      INTEGER NOT NULL REFERENCES lead(id),
    agent_id     TEXT NOT NULL REFERENCES agent(id),
    started_at   INTEGER NOT NULL,
    ended_at     INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    disposition  TEXT NOT NULL REFERENCES disposition(code),
    contact      INTEGER NOT NULL,
    sale         INTEGER NOT NULL,
    note         TEXT
);

CREATE INDEX call_attempt_lead ON call_attempt(lead_id, started_at DESC);
-- Covering index of the shift panel: an agent's day is one range scan that never touches the table.
CREATE INDEX call_attempt_agent_day ON call_attempt(agent_id, started_at, contact, sale, duration_ms);
CREATE INDEX call_attempt_agent_sale ON call_attempt(agent_id, started_at) WHERE sale = 1;

-- The do-not-call list (수신거부), by E.164 number.
CREATE TABLE do_not_call (
    number    TEXT PRIMARY KEY,
    source    TEXT NOT NULL,               -- disposition, import:FILE, manual
    added_at  INTEGER NOT NULL,
    agent_id  TEXT
) WITHOUT ROWID;

-- Every do-not-call addition, blocked dial and dial allowed only by an appointment. Masked numbers only.
CREATE TABLE call_audit (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    agent_id       TEXT,
    lead_id        INTEGER,
    number_masked  TEXT,
    event          TEXT NOT NULL,          -- DNC_ADDED, DIAL_BLOCKED, DIAL_ALLOWED_BY_APPOINTMENT
    reason         TEXT NOT NULL
);
CREATE INDEX call_audit_at ON call_audit(at);

-- Public holidays: nobody is called on these dates (in the callee's zone).
CREATE TABLE holiday (
    day     TEXT PRIMARY KEY,              -- yyyy-MM-dd
    name    TEXT NOT NULL DEFAULT '',
    source  TEXT NOT NULL
) WITHOUT ROWID;
