-- Accounts: a TOTP second factor with recovery codes, lockout after failed logins, and
-- tokens that are interactive sessions, enrolment sessions or scoped API tokens.

-- The user's authenticator secret (RFC 6238): set when enrolment starts, in force once
-- `totp_enabled` is 1. Read and written only in store/src/accounts.rs, so that encrypting
-- it with the node data key touches one place.
ALTER TABLE users ADD COLUMN totp_secret BLOB;
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0;
-- The last TOTP time step accepted: a code of this step or an earlier one is refused.
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
-- Consecutive failed logins, and the end of the lockout that too many of them start. In
-- the database so that a restart does not lift a lockout.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;

-- One-time recovery codes, stored only as hashes; a spent code is deleted.
CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users(id),
    hash BLOB NOT NULL,
    PRIMARY KEY (user_id, hash)
) WITHOUT ROWID;

-- Tokens live at most 12 hours (API tokens 90 days, and none exist yet), so the table is
-- rebuilt rather than altered: the sessions open before the upgrade end with it.
DROP TABLE tokens;
CREATE TABLE tokens (
    -- SHA-256 of the token; the token itself is never stored.
    hash BLOB PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id),
    -- 'session', 'enrolment' (may only set up the second factor) or 'api'.
    kind TEXT NOT NULL,
    -- API tokens: a name chosen by the user, and the space-separated scopes.
    name TEXT,
    scopes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    -- Written lazily (at most about once a minute per token), never on every request.
    last_used_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX tokens_by_user ON tokens (user_id);

-- Secrets of the node itself, made once (e.g. the key that derives CSRF tokens).
CREATE TABLE node_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
