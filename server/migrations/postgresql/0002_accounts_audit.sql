-- SPDX-License-Identifier: EUPL-1.2
-- sportello-server schema on PostgreSQL, version 2: the same tables as ../0002_accounts_audit.sql.

CREATE TABLE account_usernames (
    account_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    username TEXT NOT NULL,
    UNIQUE (tenant_id, username)
);

CREATE TABLE audit_chains (
    chain_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
