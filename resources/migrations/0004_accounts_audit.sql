-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 4: staff accounts, sign-in throttling on this PC, and the audit log.

-- Synced to every PC of the comune (docs/permissions.md). Never deleted: active = 0.
CREATE TABLE account (
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    version              INTEGER NOT NULL DEFAULT 1,
    username             TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 3 AND 40),
    display_name         TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    role                 TEXT NOT NULL
                         CHECK (role IN ('operatore', 'facilitatore', 'responsabile', 'amministratore')),
    password_hash        TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0, 1)),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    owner_branch_id      TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

-- Wrong passwords in a row, per username typed at THIS PC; not synced. Cleared by a good one.
CREATE TABLE login_throttle (
    username        TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at TEXT NOT NULL
);

-- The chain this database writes: one UUID, made here, for ever.
CREATE TABLE audit_chain (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    chain_id  TEXT NOT NULL
);
INSERT INTO audit_chain (singleton, chain_id) VALUES (1,
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))));

-- Append-only and hash-chained (docs/audit-log.md). Holds this PC's chain and, pulled, the other
-- PCs' chains of the comune. seq is the order of arrival here; verification walks it.
CREATE TABLE audit_entry (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    chain_id    TEXT NOT NULL,
    chain_seq   INTEGER NOT NULL CHECK (chain_seq >= 1),
    at          TEXT NOT NULL,
    account_id  TEXT NOT NULL,
    username    TEXT NOT NULL,
    branch_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    device_name TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    details     TEXT NOT NULL CHECK (json_valid(details)),
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (chain_id, chain_seq)
);
CREATE INDEX audit_entry_at ON audit_entry(at);
CREATE INDEX audit_entry_username ON audit_entry(username, at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
