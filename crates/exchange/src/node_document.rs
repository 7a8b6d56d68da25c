//! The signed node document: what a node says about itself at `GET /api/node`, and what
//! `trm peer add --fingerprint FP` checks before it trusts a peer.
//!
//! The document is self-signed with the node's Ed25519 key. That proves nothing until
//! the key is tied to the node out of band: the two administrators read the
//! [`trm_crypto::fingerprint`] of the signing key to each other (over the phone), and
//! [`verify_node_document`] accepts the document only if its signing key has that
//! fingerprint and its signature verifies. The HPKE key and every other field are then
//! as trustworthy as the signing key.
//!
//! Like a receipt, the document travels as JSON and the signature covers a canonical
//! binary form of its fields:
//!
//! ```text
//! "opentrm-node-document-v1\0"
//! node id (16) | country | name | url | signing public key (32) | signing key id
//! | HPKE public key (32) | HPKE key id | HPKE valid from (i64 s, u32 ns)
//! | issued at (i64 s, u32 ns)
//! ```
//!
//! where each string is its UTF-8 bytes preceded by their length as a u64, big-endian.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_crypto::{NodeSigningKey, fingerprint};
use uuid::Uuid;

use crate::ExchangeError;
use crate::keys::{PeerKeys, key_id};
use crate::wire::{base64_array, put_long_bytes, put_time};

const CONTEXT: &[u8] = b"opentrm-node-document-v1\0";

/// What a node publishes about itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeDocument {
    pub node_id: Uuid,
    /// ISO 3166-1 alpha-2 code of the node's country.
    pub country: String,
    /// The organisation running the node, for people.
    pub name: String,
    /// The node's base URL, where peers deliver envelopes.
    pub url: String,
    /// Ed25519 public key, base64 in JSON.
    #[serde(with = "base64_array")]
    pub signing_public: [u8; 32],
    pub signing_key_id: String,
    /// X25519 public key peers seal to, base64 in JSON.
    #[serde(with = "base64_array")]
    pub hpke_public: [u8; 32],
    pub hpke_key_id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub hpke_valid_from: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
}

impl NodeDocument {
    /// The bytes the node signs.
    pub fn signed_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256 + self.name.len() + self.url.len());
        out.extend_from_slice(CONTEXT);
        out.extend_from_slice(self.node_id.as_bytes());
        put_long_bytes(&mut out, self.country.as_bytes());
        put_long_bytes(&mut out, self.name.as_bytes());
        put_long_bytes(&mut out, self.url.as_bytes());
        out.extend_from_slice(&self.signing_public);
        put_long_bytes(&mut out, self.signing_key_id.as_bytes());
        out.extend_from_slice(&self.hpke_public);
        put_long_bytes(&mut out, self.hpke_key_id.as_bytes());
        put_time(&mut out, self.hpke_valid_from);
        put_time(&mut out, self.issued_at);
        out
    }

    /// The keys to pin for this node.
    pub fn peer_keys(&self) -> PeerKeys {
        PeerKeys {
            node_id: self.node_id,
            signing_key_id: self.signing_key_id.clone(),
            signing_public: self.signing_public,
            hpke_key_id: self.hpke_key_id.clone(),
            hpke_public: self.hpke_public,
        }
    }
}

/// A node document with its Ed25519 signature (base64 in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedNodeDocument {
    pub document: NodeDocument,
    #[serde(with = "base64_array")]
    pub signature: [u8; 64],
}

/// Signs the document with the node's key. The document must name that key (its public
/// key and key id), or no peer will accept it.
pub fn sign_node_document(doc: &NodeDocument, key: &NodeSigningKey) -> SignedNodeDocument {
    SignedNodeDocument {
        document: doc.clone(),
        signature: key.sign(&doc.signed_bytes()),
    }
}

/// Accepts a peer's node document only if its signing key has `expected_fingerprint`
/// (compared without spaces and case: `"3F2A 9C01 …"` equals `"3f2a9c01…"`), its
/// signature verifies under that key, and its key ids are the ids of its keys.
pub fn verify_node_document(
    signed: &SignedNodeDocument,
    expected_fingerprint: &str,
) -> Result<NodeDocument, ExchangeError> {
    let doc = &signed.document;
    let expected = normalise_fingerprint(expected_fingerprint);
    if expected.is_empty() || expected != normalise_fingerprint(&fingerprint(&doc.signing_public)) {
        return Err(ExchangeError::FingerprintMismatch);
    }
    if !trm_crypto::verify(&doc.signing_public, &doc.signed_bytes(), &signed.signature) {
        return Err(ExchangeError::BadSignature);
    }
    if doc.signing_key_id != key_id(&doc.signing_public) {
        return Err(ExchangeError::KeyMismatch {
            what: "the signing key id is not the id of the signing key",
        });
    }
    if doc.hpke_key_id != key_id(&doc.hpke_public) {
        return Err(ExchangeError::KeyMismatch {
            what: "the HPKE key id is not the id of the HPKE key",
        });
    }
    Ok(doc.clone())
}

/// A fingerprint as typed by a person, without whitespace and in lowercase.
fn normalise_fingerprint(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}
