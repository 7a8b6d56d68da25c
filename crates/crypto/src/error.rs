use std::io;
use std::path::PathBuf;

use crate::keyring::KeyId;

/// Everything that can go wrong in this crate.
///
/// Messages name files, fields and key ids, never key bytes or plaintext.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// A sealed value is too short or has an unknown format version.
    #[error("the sealed value is malformed: {0}")]
    Malformed(&'static str),

    /// The value or stream was sealed under a key id this keyring does not hold.
    #[error(
        "the data was sealed under data key {0}, which this keyring does not hold \
         (the key was retired, or this is the wrong key file)"
    )]
    UnknownKey(KeyId),

    /// Authentication failed: the data was altered or cut inside a chunk, the
    /// associated data differs, or the key with that id is not the one that sealed it.
    #[error(
        "authentication failed: the data was altered or cut short, the associated data \
         differs, or it was sealed under a different key with the same id"
    )]
    Tampered,

    /// A sealed stream ends before its last chunk.
    #[error("the sealed file ends early: its last chunk is missing (an incomplete copy?)")]
    Truncated,

    /// The input does not start with the sealed-stream magic `TRMSEAL1`.
    #[error("this is not an OpenTRM sealed file (it does not start with TRMSEAL1)")]
    NotSealed,

    /// More data than XChaCha20-Poly1305 (256 GiB per value) or the stream counter
    /// (2^32 chunks of 64 KiB per stream) allows.
    #[error(
        "too much data to seal: at most 256 GiB per value and 2^32 chunks of 64 KiB per stream"
    )]
    TooLarge,

    /// A secret key file grants permissions to group or other users.
    #[error(
        "the {what} {} is {} (mode {mode:04o}); run chmod 600 {}",
        path.display(),
        access_words(*mode),
        path.display()
    )]
    InsecurePermissions {
        /// "data key file" or "signing key file".
        what: &'static str,
        path: PathBuf,
        /// The permission bits (`mode & 0o7777`).
        mode: u32,
    },

    /// A key file (or the same text from an environment variable) does not hold a
    /// valid key: the field says where, the problem says what.
    #[error("invalid {origin}: {field}: {problem}")]
    InvalidKeyFile {
        /// For example "data key file /etc/opentrm/keys.toml".
        origin: String,
        /// Where: `current`, or a key entry such as ``[[key]] #2, field `key` ``, or a line
        /// for a syntax error, such as ``line 4, field `created_at` ``.
        field: String,
        problem: String,
    },

    /// `retire` was asked to retire the key new values are sealed under.
    #[error("data key {0} is the current key and cannot be retired; add a new key first")]
    RetireCurrent(KeyId),

    /// `retire` was asked for a key id the keyring does not hold.
    #[error("the keyring holds no data key {0}")]
    NoSuchKey(KeyId),

    /// `add_key` found the highest id already at `u32::MAX`.
    #[error("no data key id is left after {0}; renumber the keys in the key file")]
    KeyIdsExhausted(KeyId),

    /// Opening, reading, writing or syncing a key file failed.
    #[error("could not {action} {}: {source}", path.display())]
    File {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    /// Reading or writing a stream failed.
    #[error("could not read or write the stream: {0}")]
    Stream(#[source] io::Error),
}

impl CryptoError {
    pub(crate) fn file(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        CryptoError::File {
            action,
            path: path.into(),
            source,
        }
    }

    /// True if this is a failure to open a file that does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, CryptoError::File { source, .. } if source.kind() == io::ErrorKind::NotFound)
    }
}

fn access_words(mode: u32) -> &'static str {
    if mode & 0o044 != 0 {
        "readable by other users"
    } else if mode & 0o022 != 0 {
        "writable by other users"
    } else {
        "open to other users"
    }
}
