-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 1: the office this PC works for, the change log (outbox), citizens.
-- Timestamps are UTC ISO 8601 with milliseconds; ids are client-generated UUIDs (text).

CREATE TABLE comune (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    codice_fiscale TEXT NOT NULL CHECK (length(codice_fiscale) = 11),
    created_at     TEXT NOT NULL
);

CREATE TABLE branch (
    id         TEXT PRIMARY KEY,
    comune_id  TEXT NOT NULL REFERENCES comune(id),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    code       TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 8),
    created_at TEXT NOT NULL
);

-- Which comune and branch this database serves: at most one row.
CREATE TABLE local_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    comune_id TEXT NOT NULL REFERENCES comune(id),
    branch_id TEXT NOT NULL REFERENCES branch(id)
);

-- The outbox: one entry per write to a synced entity, written in the same transaction as the
-- row. seq gives the push order; operation_id is the idempotency key on the server.
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    operation_id TEXT NOT NULL UNIQUE,
    entity       TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    operation    TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    created_at   TEXT NOT NULL,
    branch_id    TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'parked')),
    state_at     TEXT,
    state_reason TEXT
);
CREATE INDEX change_log_pending ON change_log(state, seq);
CREATE INDEX change_log_record ON change_log(entity, record_id);

CREATE TABLE citizen (
    -- An explicit integer key: VACUUM may renumber an implicit rowid, and the search index
    -- refers to rows by this number.
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    version          INTEGER NOT NULL DEFAULT 1,
    codice_fiscale   TEXT UNIQUE,       -- as issued (omocodia letters included): one person, one code
    cf_canonical     TEXT,              -- omocodia undone: finds the people whose codes were told apart
    document_type    TEXT,              -- for people without a codice fiscale
    document_number  TEXT,
    surname          TEXT NOT NULL CHECK (length(surname) BETWEEN 1 AND 100),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    sex              TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    birth_date       TEXT,
    birth_place_code TEXT,
    phone            TEXT,
    phone_digits     TEXT,              -- for search: "333 12 34" is found by "3331234"
    email            TEXT,
    address          TEXT,
    notes            TEXT,
    consent_privacy  INTEGER NOT NULL DEFAULT 0 CHECK (consent_privacy IN (0, 1)),
    consent_contact  INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_date     TEXT,
    owner_branch_id  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (codice_fiscale IS NOT NULL OR (document_type IS NOT NULL AND document_number IS NOT NULL))
);
CREATE INDEX citizen_cf_canonical ON citizen(cf_canonical);

-- Search as you type: prefix indexes for the first characters keep 1-3 letter queries fast.
CREATE VIRTUAL TABLE citizen_search USING fts5(
    codice_fiscale, surname, name, phone_digits, document_number,
    content = 'citizen', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TRIGGER citizen_search_insert AFTER INSERT ON citizen BEGIN
    INSERT INTO citizen_search(rowid, codice_fiscale, surname, name, phone_digits, document_number)
    VALUES (new.seq, new.codice_fiscale, new.surname, new.name, new.phone_digits, new.document_number);
END;

CREATE TRIGGER citizen_search_delete AFTER DELETE ON citizen BEGIN
    INSERT INTO citizen_search(citizen_search, rowid, codice_fiscale, surname, name, phone_digits, document_number)
    VALUES ('delete', old.seq, old.codice_fiscale, old.surname, old.name, old.phone_digits, old.document_number);
END;

CREATE TRIGGER citizen_search_update AFTER UPDATE ON citizen BEGIN
    INSERT INTO citizen_search(citizen_search, rowid, codice_fiscale, surname, name, phone_digits, document_number)
    VALUES ('delete', old.seq, old.codice_fiscale, old.surname, old.name, old.phone_digits, old.document_number);
    INSERT INTO citizen_search(rowid, codice_fiscale, surname, name, phone_digits, document_number)
    VALUES (new.seq, new.codice_fiscale, new.surname, new.name, new.phone_digits, new.document_number);
END;
