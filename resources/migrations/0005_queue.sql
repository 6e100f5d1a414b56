-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 5: the walk-in queue (docs/queue.md). Services, counters and opening hours are
-- versioned records of a branch; a ticket is written once, and what happens to it is a chain of
-- events, each written once. The ticket's state columns are this PC's reading of its events.

CREATE TABLE queue_service (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL CHECK (version >= 1),
    owner_branch_id TEXT NOT NULL,
    name            TEXT NOT NULL,
    prefix          TEXT NOT NULL CHECK (length(prefix) = 1),
    usual_minutes   INTEGER NOT NULL CHECK (usual_minutes BETWEEN 1 AND 240),
    position        INTEGER NOT NULL,
    active          INTEGER NOT NULL CHECK (active IN (0, 1)),
    updated_at      TEXT NOT NULL
);

CREATE TABLE queue_counter (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL CHECK (version >= 1),
    owner_branch_id TEXT NOT NULL,
    number          INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    name            TEXT NOT NULL,
    service_ids     TEXT NOT NULL CHECK (json_valid(service_ids)),
    active          INTEGER NOT NULL CHECK (active IN (0, 1)),
    updated_at      TEXT NOT NULL
);

-- One row per branch: the weekly hours, the patron saint's day, extra closures (JSON).
CREATE TABLE branch_hours (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL CHECK (version >= 1),
    owner_branch_id TEXT NOT NULL UNIQUE,
    hours           TEXT NOT NULL CHECK (json_valid(hours)),
    updated_at      TEXT NOT NULL
);

CREATE TABLE queue_ticket (
    id                TEXT PRIMARY KEY,
    owner_branch_id   TEXT NOT NULL,
    service_id        TEXT NOT NULL,
    prefix            TEXT NOT NULL,
    number            INTEGER NOT NULL CHECK (number >= 0),
    business_date     TEXT NOT NULL,
    priority          TEXT NOT NULL,
    citizen_id        TEXT NOT NULL DEFAULT '',
    issued_at         TEXT NOT NULL,
    device_id         TEXT NOT NULL DEFAULT '',
    issued_by         TEXT NOT NULL DEFAULT '',
    people_ahead      INTEGER NOT NULL DEFAULT 0,
    estimated_minutes INTEGER NOT NULL DEFAULT 0,
    walk_in           INTEGER NOT NULL CHECK (walk_in IN (0, 1)),
    -- Derived from the events (Domain::Queue::fold), rewritten whenever one arrives.
    status            TEXT NOT NULL,
    current_service_id TEXT NOT NULL,
    counter_id        TEXT NOT NULL DEFAULT '',
    head_event_id     TEXT NOT NULL DEFAULT '',
    queued_at         TEXT NOT NULL,
    called_at         TEXT,
    closed_at         TEXT,
    outcome           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    request_citizen_id TEXT NOT NULL DEFAULT '',
    served_by         TEXT NOT NULL DEFAULT '',
    recalls           INTEGER NOT NULL DEFAULT 0
);
-- The day's queue: waiting tickets, the counters' current ones, the day's figures.
CREATE INDEX queue_ticket_day ON queue_ticket(owner_branch_id, business_date, status, current_service_id);
-- This PC's next number; and no number twice a day for one service (a request without a ticket is 0).
CREATE UNIQUE INDEX queue_ticket_number ON queue_ticket(owner_branch_id, service_id, business_date, number)
    WHERE number > 0;
CREATE INDEX queue_ticket_history ON queue_ticket(business_date);
-- What a counter is serving or holding, whatever the day.
CREATE INDEX queue_ticket_counter ON queue_ticket(counter_id, status);

CREATE TABLE queue_event (
    id              TEXT PRIMARY KEY,
    ticket_id       TEXT NOT NULL,
    after_event_id  TEXT NOT NULL,
    payload         TEXT NOT NULL CHECK (json_valid(payload)),
    at              TEXT NOT NULL,
    kind            TEXT NOT NULL,
    counter_id      TEXT NOT NULL,
    -- 1: pulled from the central service, which accepted it; 0: written here.
    confirmed       INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    -- 1: the central service refused it (another counter was first); kept, never counted.
    refused         INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1))
);
CREATE INDEX queue_event_ticket ON queue_event(ticket_id);
-- The call display: the day's calls, newest first.
CREATE INDEX queue_event_calls ON queue_event(kind, at);

-- Insert-only, like the audit log: a correction is a new event.
CREATE TRIGGER queue_ticket_no_delete BEFORE DELETE ON queue_ticket
BEGIN SELECT RAISE(ABORT, 'queue tickets are never deleted'); END;
CREATE TRIGGER queue_event_no_delete BEFORE DELETE ON queue_event
BEGIN SELECT RAISE(ABORT, 'queue events are never deleted'); END;
CREATE TRIGGER queue_event_no_rewrite BEFORE UPDATE OF id, ticket_id, after_event_id, payload ON queue_event
BEGIN SELECT RAISE(ABORT, 'queue events are never changed'); END;

-- The ticket series of this PC (docs/queue.md), given by the central service at enrolment.
ALTER TABLE sync_state ADD COLUMN ticket_series INTEGER NOT NULL DEFAULT 1 CHECK (ticket_series BETWEEN 1 AND 9);
