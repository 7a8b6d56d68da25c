-- The node, its organisations and users, and cases with their measures, consents and timeline.
-- Case documents are stored whole as JSON in `doc`; the columns beside them exist for
-- filtering and integrity. Migrations only move forward.

CREATE TABLE node (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    node_id TEXT NOT NULL,
    -- The organisation that runs the node; cases made by commands are held by it.
    organisation_id TEXT NOT NULL,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    username TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    doc TEXT NOT NULL
);

CREATE TABLE tokens (
    hash BLOB PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    expires_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    holder_org TEXT NOT NULL REFERENCES organisations(id),
    status TEXT NOT NULL,
    date_of_birth TEXT,
    age_estimate TEXT,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX cases_by_holder ON cases (holder_org, id);

CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    code TEXT NOT NULL,
    sop INTEGER NOT NULL,
    status TEXT NOT NULL,
    due_on TEXT,
    doc TEXT NOT NULL
);
CREATE INDEX measures_by_case ON measures (case_id, sop);
CREATE INDEX measures_open_by_due ON measures (due_on) WHERE status IN ('planned', 'in_progress');

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    doc TEXT NOT NULL
);
CREATE INDEX consents_by_case ON consents (case_id);

CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (case_id, id);
