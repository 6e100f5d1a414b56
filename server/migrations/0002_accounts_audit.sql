-- SPDX-License-Identifier: EUPL-1.2
-- sportello-server schema, version 2: what push needs to check accounts and audit entries
-- (docs/sync-protocol.md, "Accounts and the audit log"). Both tables are written only by push,
-- under the comune's sequence-row lock.

-- The username of every account, unique in its comune. A second key beside records, so that the
-- check is an indexed lookup rather than a search through JSON payloads.
CREATE TABLE account_usernames (
    account_id TEXT PRIMARY KEY, -- records.record_id of the entity 'account'
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    username TEXT NOT NULL,
    UNIQUE (tenant_id, username)
);

-- The last entry the server accepted of each audit chain (one chain per PC database): the next
-- entry must carry last_seq + 1 and prevHash = last_hash.
CREATE TABLE audit_chains (
    chain_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
