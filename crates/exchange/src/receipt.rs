//! Delivery receipts: the receiver's signed statement that it holds an envelope.
//!
//! The receiver answers every envelope it took in (committed durably, or recognised as
//! a duplicate, or refused) with a receipt naming the message id and the SHA-256 of the
//! exact envelope bytes, signed with its node key. The sender keeps it as proof of
//! delivery. Receipts travel as JSON; the signature covers a canonical binary form of
//! the fields (below), not the JSON text, so re-indenting or reordering the JSON does
//! not matter and no JSON canonicalisation is needed:
//!
//! ```text
//! "opentrm-receipt-v1\0"
//! message id (16) | digest (32) | received at (i64 s, u32 ns) | status (1)
//! | receiver node id (16) | receiver key id (u64 length, bytes)
//! ```
//!
//! Integers are big-endian. The context string keeps a receipt's signature from being
//! taken for any other message the node key signs.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_crypto::NodeSigningKey;
use uuid::Uuid;

use crate::ExchangeError;
use crate::keys::PeerKeys;
use crate::wire::{base64_array, hex_array, put_long_bytes, put_time};

const CONTEXT: &[u8] = b"opentrm-receipt-v1\0";

/// What the receiver did with the envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptStatus {
    /// Committed durably; it will be applied.
    Accepted,
    /// Already held (same message id and digest); not applied again.
    Duplicate,
    /// Refused (bad signature, expired, …); the sender should not retry it unchanged.
    Rejected,
}

impl ReceiptStatus {
    /// The status's byte in the signed form.
    pub const fn code(self) -> u8 {
        match self {
            ReceiptStatus::Accepted => 1,
            ReceiptStatus::Duplicate => 2,
            ReceiptStatus::Rejected => 3,
        }
    }
}

/// A receipt for one envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    pub message_id: Uuid,
    /// SHA-256 of the whole envelope ([`crate::digest`]), hex in JSON.
    #[serde(with = "hex_array")]
    pub digest: [u8; 32],
    #[serde(with = "time::serde::rfc3339")]
    pub received_at: OffsetDateTime,
    pub status: ReceiptStatus,
    /// The node that received the envelope and signs the receipt.
    pub receiver: Uuid,
    /// The id of the receiver's signing key.
    pub receiver_key_id: String,
}

impl Receipt {
    /// The bytes the receiver signs.
    pub fn signed_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(CONTEXT.len() + 100 + self.receiver_key_id.len());
        out.extend_from_slice(CONTEXT);
        out.extend_from_slice(self.message_id.as_bytes());
        out.extend_from_slice(&self.digest);
        put_time(&mut out, self.received_at);
        out.push(self.status.code());
        out.extend_from_slice(self.receiver.as_bytes());
        put_long_bytes(&mut out, self.receiver_key_id.as_bytes());
        out
    }
}

/// A receipt with the receiver's Ed25519 signature (base64 in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedReceipt {
    pub receipt: Receipt,
    #[serde(with = "base64_array")]
    pub signature: [u8; 64],
}

/// Signs `receipt` with the receiver's node key. The receipt should name that node and
/// that key's id; [`verify_receipt`] checks both.
pub fn sign_receipt(receipt: &Receipt, key: &NodeSigningKey) -> SignedReceipt {
    SignedReceipt {
        receipt: receipt.clone(),
        signature: key.sign(&receipt.signed_bytes()),
    }
}

/// Checks a receipt against the receiver's pinned keys: it must name that node and its
/// signing key id, and the signature must verify. Returns the receipt.
pub fn verify_receipt(
    signed: &SignedReceipt,
    receiver: &PeerKeys,
) -> Result<Receipt, ExchangeError> {
    let receipt = &signed.receipt;
    if receipt.receiver != receiver.node_id {
        return Err(ExchangeError::WrongSender);
    }
    if receipt.receiver_key_id != receiver.signing_key_id {
        return Err(ExchangeError::UnknownKey {
            key_id: safe_key_id(&receipt.receiver_key_id),
        });
    }
    if !trm_crypto::verify(
        &receiver.signing_public,
        &receipt.signed_bytes(),
        &signed.signature,
    ) {
        return Err(ExchangeError::BadSignature);
    }
    Ok(receipt.clone())
}

/// A key id from outside, fit for an error message: as it is if it is a valid key id,
/// else a placeholder (it could be anything, up to a pasted document).
pub(crate) fn safe_key_id(id: &str) -> String {
    if crate::wire::valid_key_id(id.as_bytes()) {
        id.to_owned()
    } else {
        "(not a valid key id)".to_owned()
    }
}
