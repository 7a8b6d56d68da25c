-- Envelopes apart from the outbox's bookkeeping. SQLite rewrites a whole row on every
-- UPDATE and reads a column stored after a large value through that value's overflow
-- pages: with the 4 KB envelope inside the row, every attempt, receipt or report
-- copied the envelope again, and every status query read it. Measured: a 10,000-message
-- backlog spent most of its time copying pages (BENCHMARKS.md, exchange).
CREATE TABLE outbox_envelopes (
    message_id TEXT PRIMARY KEY REFERENCES outbox (message_id),
    envelope BLOB NOT NULL
);
INSERT INTO outbox_envelopes (message_id, envelope) SELECT message_id, envelope FROM outbox;
ALTER TABLE outbox DROP COLUMN envelope;
