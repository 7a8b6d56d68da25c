//! OpenTRM federation: the cryptographic core of what nodes send each other.
//!
//! - [`keys`]: the node's HPKE key pairs (X25519, in `hpke.key`, mode 0600), key ids,
//!   a peer's pinned public keys ([`PeerKeys`]) and this node's own ([`LocalKeys`]).
//! - [`envelope`]: the sealed envelope, one binary format for every message kind
//!   (`docs/envelope.md`): a header in the clear, signed with the sender's Ed25519 key
//!   ([`trm_crypto::NodeSigningKey`]), and a payload encrypted to the recipient's HPKE
//!   key (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
//!   ChaCha20Poly1305) with both node ids in the HPKE info and the header's hash as
//!   associated data. [`seal`], [`peek_header`], [`verify`], [`open`].
//! - [`receipt`]: the receiver's signed delivery receipts.
//! - [`node_document`]: the signed node document peers pin by fingerprint.
//! - [`handover`]: the old signing key vouching for the new keys after a rotation.
//! - [`bench`]: the figures of `trm bench exchange` for the envelope and its primitives.
//!
//! No IO but the key files. Opening, verifying and parsing never panic, whatever the
//! input; errors ([`ExchangeError`]) never carry payload bytes or personal data.

pub mod bench;
pub mod envelope;
mod error;
pub mod handover;
pub mod keys;
pub mod node_document;
pub mod receipt;
mod wire;

pub use envelope::{
    CLOCK_SKEW, Header, MAX_ENVELOPE_LEN, MessageKind, Opened, digest, open, peek_header, seal,
    verify,
};
pub use error::ExchangeError;
pub use handover::{
    KeyHandover, SignedKeyHandover, sign_handover, verify_handover, verify_handover_from,
};
pub use keys::{HpkeKeyPair, LocalKeys, PeerKeys, key_id};
pub use node_document::{
    NodeDocument, SignedNodeDocument, sign_node_document, verify_node_document,
};
pub use receipt::{Receipt, ReceiptStatus, SignedReceipt, sign_receipt, verify_receipt};
