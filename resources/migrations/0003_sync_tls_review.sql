-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 3: the comune's own certificate authority, given at enrolment, in PEM. NULL: the
-- server's certificate is checked against the system's authorities only. Not a secret.
ALTER TABLE sync_state ADD COLUMN ca_certificates TEXT;
