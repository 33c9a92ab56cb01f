-- The desk's outbox (issue 13): what an agent saved while the server could not be reached is sent
-- again when it answers, each action with the client id (a UUID) the desk gave it. A callback booking
-- and a contract entry carry it here, so that sending one twice (after a batch that was half sent
-- when the connection broke) makes one row: the insert does nothing ON CONFLICT (client_id). Rows
-- made on the server directly have none (NULL; a unique column allows many). A call attempt has had
-- its client id from the start (001-schema.sql, call_attempt.client_id NOT NULL UNIQUE).
-- Server-only: a desk's own SQLite file has no outbox (PostgresSchemaTest says so).
ALTER TABLE callback ADD COLUMN client_id TEXT UNIQUE;
ALTER TABLE contract ADD COLUMN client_id TEXT UNIQUE;
