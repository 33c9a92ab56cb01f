-- Contracts (청약) and their QA re-recording cases (QA 보완녹취), with an audit row for every change.
-- Times are epoch milliseconds (UTC instants); dates are ISO-8601 text (yyyy-MM-dd). Money is whole won.

CREATE TABLE contract (
    id                     INTEGER PRIMARY KEY,
    lead_id                INTEGER NOT NULL REFERENCES lead(id),
    agent_id               TEXT NOT NULL REFERENCES agent(id),
    attempt_id             INTEGER REFERENCES call_attempt(id),   -- the call that closed it, if any
    product                TEXT NOT NULL,
    premium_won            INTEGER NOT NULL,                      -- monthly premium
    contract_at            INTEGER NOT NULL,
    zone                   TEXT NOT NULL,                         -- the centre's zone at the sale
    application_no         TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    channel                TEXT NOT NULL DEFAULT 'PHONE',
    qa_state               TEXT NOT NULL DEFAULT 'AWAITING_QA',
    qa_reason              TEXT,
    qa_notice_date         TEXT,
    qa_deadline_at         INTEGER NOT NULL,                      -- by the deadline rule at the last write
    re_recorded_at         INTEGER,
    returned_at            INTEGER,
    return_reason          TEXT,                                  -- DEADLINE or QA_REJECTED
    withdrawal_date        TEXT,
    withdrawal_reason      TEXT,
    cancelled_at           INTEGER,
    policy_delivery_date   TEXT,
    customer_birth_date    TEXT,
    customer_age           INTEGER,
    happy_call             TEXT NOT NULL DEFAULT 'PENDING',
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL
);

-- Open QA cases by deadline: the minute tick's expiry and the home panel read this.
CREATE INDEX contract_open_qa ON contract(qa_deadline_at, agent_id) WHERE qa_state = 'RE_RECORDING_REQUIRED';
-- Per agent per day: the shift panel's premium and the team lead's numbers.
CREATE INDEX contract_agent_day ON contract(agent_id, contract_at, premium_won);
CREATE INDEX contract_lead ON contract(lead_id);

-- Every change of a contract: who, when, which field, old and new value (text).
CREATE TABLE contract_audit (
    id           INTEGER PRIMARY KEY,
    contract_id  INTEGER NOT NULL REFERENCES contract(id),
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,                                   -- an agent ID, or 'system'
    field        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT
);
CREATE INDEX contract_audit_contract ON contract_audit(contract_id, at);
