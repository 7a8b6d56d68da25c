-- Federation: trusted peers, the transactional outbox, the inbox of envelopes received.
-- Envelopes are stored as they travel: signed, and encrypted to the recipient.

CREATE TABLE peers (
    node_id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    -- The legal basis for transfers to this peer, recorded by the administrator.
    legal_basis TEXT NOT NULL,
    -- The peer's signed node document (JSON): its keys, as verified at `trm peer add`.
    document TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed_at TEXT
);

CREATE TABLE outbox (
    message_id TEXT PRIMARY KEY,
    peer TEXT NOT NULL REFERENCES peers (node_id),
    kind TEXT NOT NULL,
    case_id TEXT,
    referral_id TEXT,
    consent_id TEXT,
    sequence INTEGER NOT NULL,
    envelope BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'acknowledged', 'expired', 'withdrawn')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    acknowledged_at TEXT,
    receipt TEXT,
    opened_at TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_referral ON outbox (referral_id);
-- One sequence number per (recipient, case reference): the receiver applies them in order.
-- The case reference both nodes know is the referral id.
CREATE UNIQUE INDEX outbox_sequence ON outbox (peer, referral_id, sequence);

CREATE TABLE inbox (
    message_id TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    case_ref TEXT,
    sequence INTEGER NOT NULL,
    envelope BLOB NOT NULL,
    digest TEXT NOT NULL,
    received_at TEXT NOT NULL,
    -- waiting: stored, an earlier message of its case has not arrived yet.
    state TEXT NOT NULL CHECK (state IN ('waiting', 'applied')),
    -- The signed receipt answered, answered again to a duplicate.
    receipt TEXT NOT NULL,
    applied_at TEXT
);
CREATE INDEX inbox_waiting ON inbox (sender, case_ref, state, sequence);

-- The last sequence applied per (sender, case).
CREATE TABLE inbox_sequences (
    sender TEXT NOT NULL,
    case_ref TEXT NOT NULL,
    applied INTEGER NOT NULL,
    PRIMARY KEY (sender, case_ref)
);
