-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 3: what staff need around sync.
-- The comune's own certificate authority, given at enrolment, in PEM. NULL: the server's
-- certificate is checked against the system's authorities only. Not a secret.
ALTER TABLE sync_state ADD COLUMN ca_certificates TEXT;
-- When staff marked a refused entry or a lost version as dealt with. Both stay where they are,
-- for the record; they only stop being counted as open.
ALTER TABLE change_log ADD COLUMN reviewed_at TEXT;
ALTER TABLE sync_conflict ADD COLUMN reviewed_at TEXT;
