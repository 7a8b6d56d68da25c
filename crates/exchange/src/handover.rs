//! The key handover: how a node tells its peers that it has new keys (`trm keys rotate`).
//!
//! Peers pinned the node's signing key after comparing its fingerprint out of band; they
//! cannot compare fingerprints again at every rotation. So the node's OLD signing key,
//! which they trust, vouches for the new node document, which the NEW key signs itself:
//!
//! ```text
//! "opentrm-key-handover-v1\0"
//! node id (16) | old signing public key (32) | old signing key id
//! | old key valid until (i64 s, u32 ns) | new document's signed bytes | new document's signature (64)
//! ```
//!
//! where the key id and the new document's signed bytes are preceded by their length as
//! a u64, big-endian. The context string keeps the signature from being taken for any
//! other message the node key signs (envelopes start `TRME\x01`, receipts, node documents
//! and audit checkpoints have their own context strings). After the handover a peer
//! accepts the old key only for messages created no later than `old_key_valid_until`
//! (the rotation time): those were queued before the rotation and must still arrive.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_crypto::{NodeSigningKey, fingerprint};
use uuid::Uuid;

use crate::ExchangeError;
use crate::keys::{PeerKeys, key_id};
use crate::node_document::{NodeDocument, SignedNodeDocument, verify_node_document};
use crate::receipt::safe_key_id;
use crate::wire::{base64_array, put_long_bytes, put_time};

const CONTEXT: &[u8] = b"opentrm-key-handover-v1\0";

/// What the old key says: "this node's keys are now those of `new_document`; trust me,
/// the key you pinned, only for what was created until `old_key_valid_until`".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyHandover {
    pub node_id: Uuid,
    /// The node's new document, signed by its new key.
    pub new_document: SignedNodeDocument,
    pub old_signing_key_id: String,
    /// The old Ed25519 public key, base64 in JSON.
    #[serde(with = "base64_array")]
    pub old_signing_public: [u8; 32],
    /// The rotation time: messages signed with the old key and created later are refused.
    #[serde(with = "time::serde::rfc3339")]
    pub old_key_valid_until: OffsetDateTime,
}

impl KeyHandover {
    /// The bytes the old key signs.
    pub fn signed_bytes(&self) -> Vec<u8> {
        let doc = self.new_document.document.signed_bytes();
        let mut out = Vec::with_capacity(CONTEXT.len() + 200 + doc.len());
        out.extend_from_slice(CONTEXT);
        out.extend_from_slice(self.node_id.as_bytes());
        out.extend_from_slice(&self.old_signing_public);
        put_long_bytes(&mut out, self.old_signing_key_id.as_bytes());
        put_time(&mut out, self.old_key_valid_until);
        put_long_bytes(&mut out, &doc);
        out.extend_from_slice(&self.new_document.signature);
        out
    }
}

/// A handover with the old key's Ed25519 signature (base64 in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedKeyHandover {
    pub handover: KeyHandover,
    #[serde(with = "base64_array")]
    pub signature: [u8; 64],
}

/// The handover from `old_key` to the key that signed `new_document`, valid for what the
/// old key signed until `valid_until` (the rotation time).
pub fn sign_handover(
    new_document: &SignedNodeDocument,
    old_key: &NodeSigningKey,
    valid_until: OffsetDateTime,
) -> SignedKeyHandover {
    let old_signing_public = old_key.public_key();
    let handover = KeyHandover {
        node_id: new_document.document.node_id,
        new_document: new_document.clone(),
        old_signing_key_id: key_id(&old_signing_public),
        old_signing_public,
        old_key_valid_until: valid_until,
    };
    SignedKeyHandover {
        signature: old_key.sign(&handover.signed_bytes()),
        handover,
    }
}

/// Accepts a peer's handover only if it comes from the key pinned for it: same node id,
/// the old key is the pinned signing key and its signature verifies, the new document
/// is the same node's, signed by its own (different) key with matching key ids. Returns
/// the new document, to pin in place of the old one.
pub fn verify_handover(
    signed: &SignedKeyHandover,
    pinned: &PeerKeys,
) -> Result<NodeDocument, ExchangeError> {
    let h = &signed.handover;
    if h.old_signing_key_id != pinned.signing_key_id
        || h.old_signing_public != pinned.signing_public
    {
        return Err(ExchangeError::UnknownKey {
            key_id: safe_key_id(&h.old_signing_key_id),
        });
    }
    verify_handover_from(signed, pinned.node_id, &pinned.signing_public)
}

/// [`verify_handover`] against a node id and an old public key given directly: for a
/// node checking the chain of its own handovers (audit checkpoints signed with a key
/// it has since rotated out).
pub fn verify_handover_from(
    signed: &SignedKeyHandover,
    node_id: Uuid,
    old_public: &[u8; 32],
) -> Result<NodeDocument, ExchangeError> {
    let h = &signed.handover;
    if h.node_id != node_id {
        return Err(ExchangeError::WrongSender);
    }
    if h.old_signing_public != *old_public {
        return Err(ExchangeError::UnknownKey {
            key_id: safe_key_id(&h.old_signing_key_id),
        });
    }
    if h.old_signing_key_id != key_id(old_public) {
        return Err(ExchangeError::KeyMismatch {
            what: "the old signing key id is not the id of the old key",
        });
    }
    if !trm_crypto::verify(old_public, &h.signed_bytes(), &signed.signature) {
        return Err(ExchangeError::BadSignature);
    }
    let new = &h.new_document.document;
    if new.node_id != node_id {
        return Err(ExchangeError::KeyMismatch {
            what: "the new document names another node",
        });
    }
    if new.signing_public == *old_public {
        return Err(ExchangeError::KeyMismatch {
            what: "the new signing key is the old one",
        });
    }
    // The old key vouches for the new one, so its own fingerprint is the one to expect.
    verify_node_document(&h.new_document, &fingerprint(&new.signing_public))
}
