-- SPDX-License-Identifier: EUPL-1.2
-- sportello-server schema on PostgreSQL, version 1: the same tables as the SQLite schema
-- (../0001_initial.sql), applied with the row in schema_version in one transaction. Later versions
-- are new numbered files, never edits of this one. Times are UTC ISO 8601 text, as on SQLite, so
-- that both backends hand out byte-identical values.

CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL UNIQUE,
    last_seq BIGINT NOT NULL DEFAULT 0, -- bumped under SELECT ... FOR UPDATE inside each push
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
    token_hash TEXT NOT NULL UNIQUE,
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX devices_tenant ON devices (tenant_id);

CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    branch_id TEXT NOT NULL REFERENCES branches(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT REFERENCES devices(id)
);

CREATE TABLE applied_operations (
    operation_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    device_id TEXT NOT NULL REFERENCES devices(id),
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    received_seq BIGINT NOT NULL,
    received_at TEXT NOT NULL
);

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

CREATE TABLE changes (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    origin_device TEXT NOT NULL REFERENCES devices(id),
    operation_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
