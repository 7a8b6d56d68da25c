//! Three synthetic nodes with fixed keys, and headers between them.
#![allow(dead_code)]

use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use trm_crypto::NodeSigningKey;
use trm_exchange::{Header, HpkeKeyPair, LocalKeys, MessageKind, PeerKeys, key_id};
use uuid::Uuid;

pub fn now() -> OffsetDateTime {
    datetime!(2026-11-22 10:00 UTC)
}

/// A node: its id, signing key and HPKE keys (current first).
pub struct Node {
    pub id: Uuid,
    pub signing: NodeSigningKey,
    pub hpke: Vec<HpkeKeyPair>,
}

impl Node {
    /// Node `n`, with keys made from fixed bytes.
    pub fn new(n: u8) -> Node {
        Node {
            id: Uuid::from_u128(0x1000 + u128::from(n)),
            signing: NodeSigningKey::from_seed(&[n; 32], now()),
            hpke: vec![HpkeKeyPair::from_secret(&[n.wrapping_add(100); 32], now())],
        }
    }

    pub fn local(&self) -> LocalKeys<'_> {
        LocalKeys {
            node_id: self.id,
            signing: &self.signing,
            hpke: self.hpke.iter().collect(),
        }
    }

    /// What the other nodes pin of this one.
    pub fn peer(&self) -> PeerKeys {
        self.local().public().unwrap()
    }
}

pub fn a() -> Node {
    Node::new(1)
}
pub fn b() -> Node {
    Node::new(2)
}
pub fn c() -> Node {
    Node::new(3)
}

/// A referral header from `from` to `to`, created now, valid 30 days.
pub fn header(from: &Node, to: &Node) -> Header {
    Header {
        message_id: Uuid::now_v7(),
        kind: MessageKind::Referral,
        sender: from.id,
        recipient: to.id,
        sender_key_id: key_id(&from.signing.public_key()),
        recipient_key_id: to.hpke[0].key_id().to_owned(),
        case_ref: Some(Uuid::from_u128(0xca5e)),
        sequence: 1,
        consent_ref: Some(Uuid::from_u128(0xc0)),
        created_at: now(),
        expires_at: now() + Duration::days(30),
    }
}

/// A synthetic payload standing for a referral about an obviously fictional person.
pub const PAYLOAD: &[u8] = b"{\"person\":{\"name\":\"Testa Fictiva\",\"born\":\"1990-01-01\"}}";
