-- Version 7: a row version on every row that is read, changed and written back (issue 10).
-- Every update of such a row is "... SET ..., version = version + 1 WHERE id = ? AND version = ?":
-- when no row matches, someone else changed it first and the caller is told (a conflict), never
-- overwritten blindly. Updates that change rows in bulk (missed callbacks, imports) add 1 as well.
ALTER TABLE callback ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contract ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE lead ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disposition ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
