//! The node's Ed25519 identity key.
//!
//! **Why.** Nodes of the federation exchange data about people; each node must know
//! that what it receives comes from the node it trusts and was not changed on the way.
//! Every node holds one Ed25519 key that signs what it sends; other nodes pin its
//! public key, compared once between people by its [`fingerprint`] (read aloud over
//! the phone). Ed25519 signatures are deterministic, so signing needs no randomness,
//! and [`verify`] uses dalek's strict verification, which rejects weak public keys
//! and non-canonical signatures so that one message has one valid signature.
//!
//! Like the data keys, the key lives in its own file (mode 0600, refused if other
//! users have any permission on it), apart from the database:
//!
//! ```text
//! # OpenTRM node signing key (Ed25519). Secret: ...
//! created_at = "2026-11-22T10:00:00Z"
//! seed = "<base64 of 32 bytes>"
//! ```

use std::fmt;
use std::path::Path;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::RngCore;
use rand::rngs::OsRng;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use zeroize::{Zeroize, Zeroizing};

use crate::CryptoError;
use crate::files;

const WHAT: &str = "signing key file";

/// The node's Ed25519 signing key. Zeroized on drop; `Debug` shows the fingerprint.
pub struct NodeSigningKey {
    key: SigningKey,
    created_at: OffsetDateTime,
}

impl NodeSigningKey {
    /// A fresh random key.
    ///
    /// # Panics
    /// Only if the operating system's random number generator fails.
    pub fn generate(now: OffsetDateTime) -> NodeSigningKey {
        let mut seed = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(seed.as_mut());
        NodeSigningKey {
            key: SigningKey::from_bytes(&seed),
            created_at: now,
        }
    }

    /// The key whose secret seed is `seed`: for fixed test and fuzzing fixtures, whose
    /// inputs must verify under the same key on every run. A node's own key comes from
    /// [`NodeSigningKey::load_or_create`].
    pub fn from_seed(seed: &[u8; 32], created_at: OffsetDateTime) -> NodeSigningKey {
        NodeSigningKey {
            key: SigningKey::from_bytes(seed),
            created_at,
        }
    }

    /// Reads the key file at `path`, refusing it (on unix) if group or other users have
    /// any permission on it.
    pub fn load(path: &Path) -> Result<NodeSigningKey, CryptoError> {
        let text = files::read_private(path, WHAT)?;
        let origin = format!("{WHAT} {}", path.display());
        let form: FileForm =
            toml::from_str(&text).map_err(|e| files::toml_error(&origin, &text, &e))?;
        let seed = files::decode_secret(&form.seed, &origin, "seed")?;
        Ok(NodeSigningKey {
            key: SigningKey::from_bytes(&seed),
            created_at: form.created_at,
        })
    }

    /// Loads the key at `path`, or creates it (mode 0600, synced) if there is no file
    /// there yet. The flag is true if the key was created by this call.
    pub fn load_or_create(
        path: &Path,
        now: OffsetDateTime,
    ) -> Result<(NodeSigningKey, bool), CryptoError> {
        match NodeSigningKey::load(path) {
            Ok(key) => return Ok((key, false)),
            Err(e) if e.is_not_found() => {}
            Err(e) => return Err(e),
        }
        let key = NodeSigningKey::generate(now);
        match files::write_new(path, key.to_file_text()?.as_bytes()) {
            Ok(()) => Ok((key, true)),
            // Another process created it in between: use theirs.
            Err(CryptoError::File { source, .. })
                if source.kind() == std::io::ErrorKind::AlreadyExists =>
            {
                Ok((NodeSigningKey::load(path)?, false))
            }
            Err(e) => Err(e),
        }
    }

    fn to_file_text(&self) -> Result<Zeroizing<String>, CryptoError> {
        let mut out = Zeroizing::new(String::with_capacity(512));
        out.push_str(&format!(
            "# OpenTRM node signing key (Ed25519). Secret: it proves this node's identity to the\n\
             # other nodes. Keep it apart from the database and back it up separately.\n\
             # Public key fingerprint: {}\n\
             created_at = \"{}\"\n\
             seed = \"",
            self.fingerprint(),
            files::timestamp(self.created_at, WHAT)?
        ));
        out.push_str(&files::encode_secret(self.key.as_bytes()));
        out.push_str("\"\n");
        Ok(out)
    }

    /// The Ed25519 signature of `msg`.
    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.key.sign(msg).to_bytes()
    }

    /// The public key, to give to other nodes.
    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// The [`fingerprint`] of the public key.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.public_key())
    }

    pub fn created_at(&self) -> OffsetDateTime {
        self.created_at
    }
}

impl fmt::Debug for NodeSigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NodeSigningKey")
            .field("fingerprint", &self.fingerprint())
            .field("created_at", &self.created_at)
            .finish_non_exhaustive()
    }
}

/// SHA-256 of the public key, first 16 bytes, as 8 groups of 4 lowercase hex digits
/// separated by spaces: `"3f2a 9c01 …"`, short enough to compare over the phone.
pub fn fingerprint(public: &[u8; 32]) -> String {
    let digest = Sha256::digest(public);
    let groups: Vec<String> = digest
        .chunks_exact(2)
        .take(8)
        .map(|pair| pair.iter().map(|b| format!("{b:02x}")).collect())
        .collect();
    groups.join(" ")
}

/// True if `sig` is a valid strict Ed25519 signature of `msg` under `public`. False
/// for every malformed key or signature.
pub fn verify(public: &[u8; 32], msg: &[u8], sig: &[u8; 64]) -> bool {
    let Ok(key) = VerifyingKey::from_bytes(public) else {
        return false;
    };
    key.verify_strict(msg, &Signature::from_bytes(sig)).is_ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileForm {
    #[serde(with = "time::serde::rfc3339")]
    created_at: OffsetDateTime,
    seed: String,
}

impl Drop for FileForm {
    fn drop(&mut self) {
        self.seed.zeroize();
    }
}
