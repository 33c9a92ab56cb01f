-- Issue 16: the rules of a Korean insurance floor (docs/compliance.md) and the numbers behind them
-- (docs/metrics.md). Times are epoch milliseconds (UTC instants); dates ISO-8601 text.

-- Stop-contact requests (연락금지요구) have a scope: one product, or all marketing (product = '').
-- The financial sector's 두낫콜 opt-out list imports as all-marketing numbers with the list's date.
-- Rows are only ever added: an all-marketing request beside a product one simply adds a row.
CREATE TABLE do_not_call_scoped (
    number     TEXT NOT NULL,
    product    TEXT NOT NULL DEFAULT '',        -- '' = all marketing
    scope      TEXT NOT NULL DEFAULT 'ALL_MARKETING',   -- ALL_MARKETING or PRODUCT
    source     TEXT NOT NULL,                   -- disposition, import:FILE, donotcall:FILE, manual
    added_at   INTEGER NOT NULL,
    agent_id   TEXT,
    list_date  TEXT,                            -- the opt-out list's own date (yyyy-MM-dd), if any
    PRIMARY KEY (number, product),
    CHECK ((scope = 'ALL_MARKETING') = (product = ''))
) WITHOUT ROWID;
INSERT INTO do_not_call_scoped(number, product, scope, source, added_at, agent_id)
SELECT number, '', 'ALL_MARKETING', source, added_at, agent_id FROM do_not_call;
DROP TABLE do_not_call;
ALTER TABLE do_not_call_scoped RENAME TO do_not_call;

-- The opening statement (first words of a call: company, agent, purpose, product), per product;
-- product '' is the text for every product without its own. Edited by the centre.
CREATE TABLE opening_script (
    product     TEXT PRIMARY KEY,
    text        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

-- The agent marked the opening statement said on this call (by the call's client id, which the call
-- attempt keeps once saved). Written once; never changed.
CREATE TABLE call_opening (
    client_id   TEXT PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES lead(id),
    agent_id    TEXT NOT NULL,
    said_at     INTEGER NOT NULL,
    late        INTEGER NOT NULL DEFAULT 0     -- 1: confirmed when the contract was recorded, not in the call
) WITHOUT ROWID;

-- The insurer's happy call (해피콜) tries: every try with its outcome; contract.happy_call holds the result.
CREATE TABLE happy_call_attempt (
    id           INTEGER PRIMARY KEY,
    contract_id  INTEGER NOT NULL REFERENCES contract(id),
    at           INTEGER NOT NULL,
    outcome      TEXT NOT NULL,                 -- NO_ANSWER, PASSED, FAILED
    actor        TEXT NOT NULL
);
CREATE INDEX happy_call_attempt_contract ON happy_call_attempt(contract_id, at);

-- The contacts of a range of days (what became of each outcome, best hours): one range scan.
CREATE INDEX call_attempt_contact_day ON call_attempt(started_at, lead_id) WHERE contact = 1;
