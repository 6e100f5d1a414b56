-- SPDX-License-Identifier: EUPL-1.2
-- sportello-server schema, version 3: the walk-in queue (docs/queue.md).

-- Each PC of a branch numbers its tickets in its own series (1..9), given at enrolment.
ALTER TABLE devices ADD COLUMN ticket_series INTEGER NOT NULL DEFAULT 1;

-- The last event the server accepted of each ticket, and what it left the ticket as: the next
-- event must follow head_event_id and be allowed from that state. Written only by push, under the
-- comune's sequence-row lock, so two counters calling one ticket are served in order of arrival.
CREATE TABLE queue_heads (
    ticket_id TEXT PRIMARY KEY, -- records.record_id of the entity 'queue_ticket'
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    branch_id TEXT NOT NULL,
    head_event_id TEXT NOT NULL,
    status TEXT NOT NULL,
    service_id TEXT NOT NULL,
    counter_id TEXT NOT NULL
);
