-- Version 3: the callback scheduler (issue 4). Times are epoch milliseconds (UTC instants).

-- A booked callback (예약 콜). owner agent_id is the agent who booked it (who may differ from the
-- lead's agent: an appointment lets the owner call that lead). contract_id is filled by the contracts
-- feature (issue 5) for QA re-recording callbacks. missed_at stays set once a callback was missed,
-- even if it is called or rescheduled later, so that the stats count it.
CREATE TABLE callback (
    id              INTEGER PRIMARY KEY,
    lead_id         INTEGER NOT NULL REFERENCES lead(id),
    agent_id        TEXT NOT NULL REFERENCES agent(id),
    due_at          INTEGER NOT NULL,
    window_end      INTEGER,                 -- end of the customer's window ("between 10:00 and 11:00")
    note            TEXT,
    customer_asked  INTEGER NOT NULL DEFAULT 0,
    kind            TEXT NOT NULL DEFAULT 'NORMAL',   -- NORMAL or RE_RECORDING
    contract_id     INTEGER,
    status          TEXT NOT NULL DEFAULT 'PENDING',  -- PENDING, DONE, MISSED, CANCELLED
    cancel_reason   TEXT,
    completed_by    INTEGER REFERENCES call_attempt(id),
    outcome         TEXT,                    -- disposition code of the call that completed it
    snoozed_until   INTEGER,
    missed_at       INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

-- The reminder check, the status bar's next callback, the overdue list and the queue's due callbacks
-- are each one range scan on this index (agent, status, due time).
CREATE INDEX callback_agent_status_due ON callback(agent_id, status, due_at);
-- A day of the agenda or the CLI, and the history (newest first), are range scans on this one.
CREATE INDEX callback_agent_due ON callback(agent_id, due_at);
-- A call logged to a lead completes its open callbacks.
CREATE INDEX callback_lead ON callback(lead_id, status);

-- Booking exceptions: a callback outside calling hours or on a holiday that the customer asked for,
-- and a re-recording booked after its QA deadline. No customer names or numbers here.
CREATE TABLE callback_audit (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    agent_id     TEXT NOT NULL,
    lead_id      INTEGER NOT NULL,
    callback_id  INTEGER,
    event        TEXT NOT NULL,              -- OUTSIDE_HOURS, HOLIDAY, AFTER_QA_DEADLINE
    detail       TEXT
);
CREATE INDEX callback_audit_at ON callback_audit(at);
