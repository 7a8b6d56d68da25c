-- Key rotation (`trm keys rotate`): every key handover this node made or applied.
-- A handover is the node's old signing key vouching for its new node document. For a
-- peer, the old key stays acceptable for messages created until `valid_until` (the
-- rotation time): they were queued at the peer before it rotated. For this node, the
-- chain of its own handovers ties audit checkpoints signed with a rotated-out key to
-- the current `node.key`. Nothing here is secret: public keys and signatures only.
CREATE TABLE key_handovers (
    -- The node that rotated: this node or a peer.
    node_id TEXT NOT NULL,
    old_key_id TEXT NOT NULL,
    old_public BLOB NOT NULL,
    new_key_id TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    -- The signed handover (JSON), as made or as received and verified.
    handover TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (node_id, old_key_id)
);
