-- When an unacknowledged message crossed the node's warning and alert times
-- (`[exchange]` in trm.toml), so each is raised once, not on every round of the sender.
ALTER TABLE outbox ADD COLUMN warned_at TEXT;
ALTER TABLE outbox ADD COLUMN alerted_at TEXT;
-- A revocation finds the messages its consent covered without reading the outbox.
CREATE INDEX outbox_consent ON outbox (consent_id);
-- The health of each peer's link, and its unacknowledged messages by age.
CREATE INDEX outbox_peer_state ON outbox (peer, state, created_at);
