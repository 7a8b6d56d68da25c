-- Referrals (seed 004 Annex I) and every version of their document. Documents are
-- sealed like case documents: they hold the person's data.
CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    holder_org TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    counterpart TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    doc BLOB NOT NULL
);
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_holder ON referrals (holder_org, updated_at);

-- id is "<referral id>/<version>", the one key sealing binds a document to.
CREATE TABLE referral_versions (
    id TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    state TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'received')),
    created_at TEXT NOT NULL,
    doc BLOB NOT NULL,
    UNIQUE (referral_id, version)
);

-- A version once sent or received is history: the writer updates only drafts
-- (`WHERE state = 'draft'`); re-sealing under a new key is the one other change.
