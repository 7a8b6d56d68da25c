-- The security core: the hash-chained audit log and its signed checkpoints, grants of
-- access to cases, and the columns need-to-know and retention filter on.

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    case_id TEXT,
    action TEXT NOT NULL,
    -- The exact bytes the hash covers (an AuditEvent as JSON).
    doc BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX audit_by_case ON audit_log (case_id, seq) WHERE case_id IS NOT NULL;

CREATE TABLE audit_checkpoints (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    head_hash BLOB NOT NULL,
    public_key BLOB NOT NULL,
    signature BLOB NOT NULL
);

CREATE TABLE case_shares (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    grantee_kind TEXT NOT NULL,
    grantee_id TEXT NOT NULL,
    doc BLOB NOT NULL
);
CREATE INDEX case_shares_by_grantee ON case_shares (grantee_id, case_id);
CREATE INDEX case_shares_by_case ON case_shares (case_id);

ALTER TABLE cases ADD COLUMN guardian_user TEXT;
ALTER TABLE cases ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN closed_on TEXT;
ALTER TABLE cases ADD COLUMN anonymised INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cases_by_guardian ON cases (guardian_user) WHERE guardian_user IS NOT NULL;
CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL AND anonymised = 0;
