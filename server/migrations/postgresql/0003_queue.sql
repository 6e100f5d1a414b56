-- SPDX-License-Identifier: EUPL-1.2
-- sportello-server schema on PostgreSQL, version 3: the same as ../0003_queue.sql.
ALTER TABLE devices ADD COLUMN ticket_series INTEGER NOT NULL DEFAULT 1;

CREATE TABLE queue_heads (
    ticket_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    branch_id TEXT NOT NULL,
    head_event_id TEXT NOT NULL,
    status TEXT NOT NULL,
    service_id TEXT NOT NULL,
    counter_id TEXT NOT NULL
);
