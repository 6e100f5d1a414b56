-- SPDX-License-Identifier: EUPL-1.2
-- sportello-server schema, version 1. Applied by Storage::Database in one transaction with
-- PRAGMA user_version; later versions are new numbered files, never edits of this one.
-- Times are UTC ISO 8601 text with milliseconds, as in the client.

CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL UNIQUE,
    last_seq INTEGER NOT NULL DEFAULT 0, -- the tenant's change sequence; bumped inside each push transaction
    created_at TEXT NOT NULL
);

CREATE TABLE branches (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    branch_id TEXT NOT NULL REFERENCES branches(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, -- hex SHA-256 of the bearer token; the token itself is never stored
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX devices_tenant ON devices (tenant_id);

CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY, -- hex SHA-256 of the normalised code
    branch_id TEXT NOT NULL REFERENCES branches(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT REFERENCES devices(id)
);

-- Every operation applied, for ever: the idempotency keys.
CREATE TABLE applied_operations (
    operation_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    received_seq INTEGER NOT NULL,
    received_at TEXT NOT NULL
);

-- The current state of every synced record. Record ids are UUIDs made on the PCs, unique per
-- entity across tenants, so that one tenant can never write over another's record.
CREATE TABLE records (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    owner_branch_id TEXT NOT NULL REFERENCES branches(id),
    version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);

-- One monotonic sequence per tenant; pull reads it after a cursor.
CREATE TABLE changes (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    seq INTEGER NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    origin_device TEXT NOT NULL REFERENCES devices(id),
    operation_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
