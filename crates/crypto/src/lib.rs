//! OpenTRM cryptography.
//!
//! Every record OpenTRM keeps is special-category personal data about victims of
//! trafficking, so this crate keeps the cryptography small, uses only audited
//! primitives (RustCrypto's XChaCha20-Poly1305, dalek's Ed25519, SHA-256), and frames
//! them in ways that are tested here:
//!
//! - [`keyring`]: the node's data keys (a key file, or the `TRM_DATA_KEYS` environment
//!   variable) and the sealed-value format for encryption at rest (one database field
//!   or row at a time), with key rotation.
//! - [`signing`]: the node's Ed25519 identity key, its fingerprint, and verification.
//! - [`stream`]: sealed files of any size (encrypted backups), chunked so that neither
//!   side holds the whole file in memory.
//!
//! Secret key files are refused if other users can read them, are created with mode
//! 0600 from the first byte, and are replaced atomically. Secret bytes are zeroized
//! when dropped and never appear in `Debug` output or error messages.
//!
//! Every fallible function returns [`CryptoError`]. Opening a sealed value or stream
//! never panics, whatever the input; only a failing operating-system random number
//! generator can make sealing or key generation panic.

mod error;
pub mod files;
pub mod keyring;
pub mod signing;
pub mod stream;

pub use error::CryptoError;
pub use keyring::{DataKey, KeyId, Keyring, sealed_key_id};
pub use signing::{NodeSigningKey, fingerprint, verify};
pub use stream::{is_sealed_stream, open_stream, seal_stream};
