use trm_crypto::CryptoError;

/// Everything that can go wrong in this crate.
///
/// Messages name fields, checks and key ids (short strings of `[0-9A-Za-z._:-]`, checked
/// before they get here), never payload bytes, names or anything else about a person,
/// so an error can be logged as it is.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// The bytes are not a well-formed envelope (or node document, or receipt): the
    /// field or rule that failed is named.
    #[error("malformed: {what}")]
    Malformed { what: &'static str },

    /// The envelope is, or would be, larger than [`crate::MAX_ENVELOPE_LEN`].
    #[error("the envelope is larger than the 8 MiB an envelope may have")]
    TooLarge,

    /// The signature does not verify under the sender's signing key.
    #[error("the signature does not verify: the message was altered, or signed with another key")]
    BadSignature,

    /// The envelope (or receipt) names another node as its signer than the peer it is
    /// checked against.
    #[error("the message names another node as its sender than the peer it is checked against")]
    WrongSender,

    /// The envelope is addressed to another node.
    #[error("the envelope is addressed to another node")]
    WrongRecipient,

    /// The envelope's expiry time has passed.
    #[error("the envelope has expired")]
    Expired,

    /// The envelope was created more than the allowed clock skew in the future.
    #[error(
        "the envelope was created in the future (more than 5 minutes ahead of this node's clock)"
    )]
    NotYetValid,

    /// The key id named in the envelope is not one of the keys this node holds (for
    /// the recipient's HPKE key) or the peer's pinned key (for the sender's signing key).
    #[error("unknown key {key_id}: not a key held or pinned for this peer")]
    UnknownKey { key_id: String },

    /// The HPKE decryption failed: the ciphertext, the header or the key is not the one
    /// the sender used.
    #[error(
        "decryption failed: the ciphertext or its header was altered, or the key is not the one it was sealed to"
    )]
    DecryptFailed,

    /// The ids repeated inside the plaintext differ from the header's.
    #[error("the ids inside the plaintext differ from the envelope's header")]
    InnerMismatch,

    /// The node document's signing key does not have the fingerprint compared out of band.
    #[error("the node document's signing key does not have the expected fingerprint")]
    FingerprintMismatch,

    /// What the caller asked to seal or sign does not fit the keys given: the header
    /// names another sender or recipient, or another key id, than the keys passed.
    #[error("the header does not match the keys: {what}")]
    KeyMismatch { what: &'static str },

    /// HPKE could not encrypt to the recipient's public key (a low-order point, which
    /// gives an all-zero shared secret).
    #[error("the recipient's HPKE public key is not usable")]
    EncryptFailed,

    /// A key file could not be read, written or parsed.
    #[error(transparent)]
    Key(#[from] CryptoError),
}
