-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 2: the client's sync state, the conflicts kept for staff, and the server's
-- words on a parked change-log entry. The device token is NOT here: it lives in the OS keychain.

-- Where this PC syncs to and how far it has pulled: at most one row, present from the start.
CREATE TABLE sync_state (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    server_url      TEXT,
    device_id       TEXT,
    tenant_id       TEXT,
    branch_id       TEXT,
    enrolled_at     TEXT,
    pull_cursor     INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
    last_success_at TEXT
);
INSERT INTO sync_state (singleton) VALUES (1);

-- A version of a record that lost (to the server's version, or to a record already here), kept
-- visible to staff instead of being dropped. winning_payload holds a pulled version that could not
-- be applied yet because local changes were still waiting; it is applied once they are settled.
CREATE TABLE sync_conflict (
    id              INTEGER PRIMARY KEY,
    entity          TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    losing_version  INTEGER NOT NULL,
    losing_payload  TEXT NOT NULL CHECK (json_valid(losing_payload)),
    winning_version INTEGER NOT NULL,
    winning_payload TEXT CHECK (winning_payload IS NULL OR json_valid(winning_payload)),
    detected_at     TEXT NOT NULL,
    UNIQUE (entity, record_id, losing_version)
);

-- Parking: state = 'parked', state_reason = the server's code, state_message its Italian text.
ALTER TABLE change_log ADD COLUMN state_message TEXT;
CREATE INDEX change_log_record_state ON change_log(entity, record_id, state);
