-- Requests between countries' nodes about a referral (seed 004 Table 9), sent or received,
-- and their replies. The request itself (its details, the reply, who it was dispatched
-- to) is one sealed document in `doc`: it is about a person. The columns beside it hold
-- only what lists, the inbox and the response-time statistics filter and count by.
-- Overdue is never stored: it is computed from due_by and the clock.
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    -- The referral both nodes know; the envelopes' case reference.
    referral_id TEXT NOT NULL,
    -- The case here (a request about a referral sent from here).
    case_id TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    -- The other node, and its country.
    peer TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    kind TEXT NOT NULL,
    due_by TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    received_at TEXT,
    -- The envelope that carried the request, and the one that carried the reply.
    message_id TEXT,
    reply_message_id TEXT,
    opened_at TEXT,
    dispatched_org TEXT,
    dispatched_user TEXT,
    dispatched_at TEXT,
    answered_at TEXT,
    outcome TEXT,
    doc BLOB NOT NULL
);
CREATE INDEX requests_referral ON requests (referral_id);
CREATE INDEX requests_case ON requests (case_id);
CREATE INDEX requests_sent ON requests (direction, sent_at);
