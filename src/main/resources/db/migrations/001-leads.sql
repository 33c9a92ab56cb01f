-- Version 1: agents, lead batches, leads and the import report kept with each batch.
-- Times are epoch milliseconds (UTC instants); dates are ISO-8601 text (yyyy-MM-dd).

CREATE TABLE agent (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE lead_batch (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    agent_id         TEXT NOT NULL REFERENCES agent(id),
    source_file      TEXT,
    charset          TEXT,
    imported_at      INTEGER NOT NULL,
    imported_count   INTEGER NOT NULL DEFAULT 0,
    duplicate_count  INTEGER NOT NULL DEFAULT 0,
    rejected_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE lead (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES lead_batch(id),
    agent_id      TEXT NOT NULL REFERENCES agent(id),
    source_line   INTEGER,
    phone         TEXT NOT NULL,            -- E.164, e.g. +821012345678
    external_id   TEXT,
    name          TEXT NOT NULL DEFAULT '',
    birth_date    TEXT,
    gender        TEXT NOT NULL DEFAULT 'UNKNOWN',
    region        TEXT,
    product       TEXT,
    source        TEXT,
    notes         TEXT,
    extra         TEXT,                     -- JSON object of the file's other columns, or NULL
    status        TEXT NOT NULL DEFAULT 'NEW',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE UNIQUE INDEX lead_phone ON lead(phone);
CREATE INDEX lead_batch_idx ON lead(batch_id);

-- One row per duplicate or rejected line of an import: the report kept with the batch.
CREATE TABLE import_issue (
    batch_id  INTEGER NOT NULL REFERENCES lead_batch(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    kind      TEXT NOT NULL,                -- DUPLICATE, REJECTED or WARNING
    reason    TEXT NOT NULL,                -- message key
    args      TEXT,                         -- message arguments, \u001F-separated
    PRIMARY KEY (batch_id, line, kind, reason)
) WITHOUT ROWID;
