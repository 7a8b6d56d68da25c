//! The node's keys for the federation: its HPKE key pairs (X25519), key ids, and the
//! public keys of a peer.
//!
//! Each node has two kinds of key. Its Ed25519 signing key ([`NodeSigningKey`], in
//! `node.key`) says who sent a message; its X25519 HPKE key says who can read it. They
//! are separate so that either can be rotated alone, and because one key should not
//! serve two algorithms. The HPKE private key lives in its own file (`hpke.key`, mode
//! 0600, refused if other users may read it), apart from the database, like the
//! signing key:
//!
//! ```text
//! # OpenTRM node HPKE key (X25519, RFC 9180). Secret: ...
//! # Key id: 3f2a9c01deadbeef
//! valid_from = "2026-11-22T10:00:00Z"
//! valid_until = "2027-11-22T10:00:00Z"   # optional: set when the key is rotated out
//! secret = "<base64 of 32 bytes>"
//! ```
//!
//! A node may hold several HPKE keys: after a rotation the old one is kept, so that a
//! message sealed to it before the peers learnt the new one still opens; [`crate::open`]
//! picks the key by the id the envelope names.

use std::fmt;
use std::path::Path;

use hpke::{Deserializable, Kem as _, Serializable};
use rand::rngs::OsRng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use trm_crypto::files;
use trm_crypto::{CryptoError, NodeSigningKey};
use uuid::Uuid;
use zeroize::{Zeroize, Zeroizing};

use crate::ExchangeError;
use crate::wire::base64_array;

/// The HPKE KEM: DHKEM(X25519, HKDF-SHA256).
pub(crate) type Kem = hpke::kem::X25519HkdfSha256;
/// The HPKE KDF: HKDF-SHA256.
pub(crate) type Kdf = hpke::kdf::HkdfSha256;
/// The HPKE AEAD: ChaCha20Poly1305.
pub(crate) type Aead = hpke::aead::ChaCha20Poly1305;

const WHAT: &str = "HPKE key file";

/// The id of a public key (signing or HPKE): the first 8 bytes of its SHA-256, as 16
/// lowercase hex digits. It is the first 16 digits of the key's
/// [`trm_crypto::fingerprint`] without the spaces.
pub fn key_id(public: &[u8; 32]) -> String {
    crate::wire::hex(&Sha256::digest(public)[..8])
}

/// One of the node's X25519 key pairs for HPKE: peers encrypt to its public key, and
/// only this node can decrypt. The private key is zeroized on drop and never printed.
pub struct HpkeKeyPair {
    private: <Kem as hpke::Kem>::PrivateKey,
    public: [u8; 32],
    key_id: String,
    valid_from: OffsetDateTime,
    valid_until: Option<OffsetDateTime>,
}

impl HpkeKeyPair {
    /// A fresh random key pair, valid from `now` with no end.
    ///
    /// # Panics
    /// Only if the operating system's random number generator fails.
    pub fn generate(now: OffsetDateTime) -> HpkeKeyPair {
        let (private, _) = Kem::gen_keypair(&mut OsRng);
        HpkeKeyPair::from_private(private, now)
    }

    /// The key pair whose X25519 secret is `secret` (clamped as X25519 does): for fixed
    /// test and fuzzing fixtures. A node's own key comes from [`HpkeKeyPair::load_or_create`].
    pub fn from_secret(secret: &[u8; 32], valid_from: OffsetDateTime) -> HpkeKeyPair {
        match <Kem as hpke::Kem>::PrivateKey::from_bytes(secret) {
            Ok(private) => HpkeKeyPair::from_private(private, valid_from),
            // X25519 accepts any 32 bytes; only a wrong length fails, and this is 32.
            Err(_) => unreachable!("an X25519 secret of 32 bytes is always accepted"),
        }
    }

    fn from_private(private: <Kem as hpke::Kem>::PrivateKey, valid_from: OffsetDateTime) -> Self {
        let mut public = [0u8; 32];
        public.copy_from_slice(&Kem::sk_to_pk(&private).to_bytes());
        HpkeKeyPair {
            private,
            public,
            key_id: key_id(&public),
            valid_from,
            valid_until: None,
        }
    }

    /// The same key with its end of validity set (or cleared): after a rotation the
    /// old key is kept (`hpke-retired-<id>.key`) until this time, after which nothing
    /// sealed to it can still arrive.
    pub fn with_valid_until(mut self, valid_until: Option<OffsetDateTime>) -> HpkeKeyPair {
        self.valid_until = valid_until;
        self
    }

    /// Reads the key file at `path`, refusing it (on unix) if group or other users have
    /// any permission on it.
    pub fn load(path: &Path) -> Result<HpkeKeyPair, ExchangeError> {
        let text = files::read_private(path, WHAT)?;
        let origin = format!("{WHAT} {}", path.display());
        let form: FileForm =
            toml::from_str(&text).map_err(|e| files::toml_error(&origin, &text, &e))?;
        let secret = files::decode_secret(&form.secret, &origin, "secret")?;
        if let Some(until) = form.valid_until
            && until <= form.valid_from
        {
            return Err(CryptoError::InvalidKeyFile {
                origin,
                field: "valid_until".to_owned(),
                problem: "must be later than valid_from".to_owned(),
            }
            .into());
        }
        Ok(HpkeKeyPair::from_secret(&secret, form.valid_from).with_valid_until(form.valid_until))
    }

    /// Loads the key at `path`, or creates it (mode 0600, synced) if there is no file
    /// there yet, valid from `now`. The flag is true if the key was created by this call.
    pub fn load_or_create(
        path: &Path,
        now: OffsetDateTime,
    ) -> Result<(HpkeKeyPair, bool), ExchangeError> {
        match HpkeKeyPair::load(path) {
            Ok(key) => return Ok((key, false)),
            Err(ExchangeError::Key(e)) if e.is_not_found() => {}
            Err(e) => return Err(e),
        }
        let key = HpkeKeyPair::generate(now);
        match key.write_new(path) {
            Ok(()) => Ok((key, true)),
            // Another process created it in between: use theirs.
            Err(ExchangeError::Key(CryptoError::File { source, .. }))
                if source.kind() == std::io::ErrorKind::AlreadyExists =>
            {
                Ok((HpkeKeyPair::load(path)?, false))
            }
            Err(e) => Err(e),
        }
    }

    /// Writes the key to `path`, which must not exist yet (mode 0600 from the first
    /// byte, synced).
    pub fn write_new(&self, path: &Path) -> Result<(), ExchangeError> {
        Ok(files::write_new(path, self.to_file_text()?.as_bytes())?)
    }

    /// Replaces the key file at `path` atomically with this key (for example once its
    /// `valid_until` is set).
    pub fn save(&self, path: &Path) -> Result<(), ExchangeError> {
        Ok(files::replace(path, self.to_file_text()?.as_bytes())?)
    }

    fn to_file_text(&self) -> Result<Zeroizing<String>, ExchangeError> {
        let mut out = Zeroizing::new(String::with_capacity(512));
        out.push_str(&format!(
            "# OpenTRM node HPKE key (X25519, RFC 9180). Secret: the other nodes encrypt what\n\
             # they send to this node to it. Keep it apart from the database and back it up\n\
             # separately; keep an old one until no message sealed to it can still arrive.\n\
             # Key id: {}\n\
             valid_from = \"{}\"\n",
            self.key_id,
            files::timestamp(self.valid_from, WHAT)?
        ));
        if let Some(until) = self.valid_until {
            out.push_str(&format!(
                "valid_until = \"{}\"\n",
                files::timestamp(until, WHAT)?
            ));
        }
        let mut secret = self.private.to_bytes();
        let mut bytes = Zeroizing::new([0u8; 32]);
        bytes.copy_from_slice(&secret);
        secret.as_mut_slice().zeroize();
        out.push_str("secret = \"");
        out.push_str(&files::encode_secret(&bytes));
        out.push_str("\"\n");
        Ok(out)
    }

    /// The key id: [`key_id`] of the public key.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The X25519 public key, to give to other nodes.
    pub fn public_key(&self) -> [u8; 32] {
        self.public
    }

    pub fn valid_from(&self) -> OffsetDateTime {
        self.valid_from
    }

    pub fn valid_until(&self) -> Option<OffsetDateTime> {
        self.valid_until
    }

    pub(crate) fn private(&self) -> &<Kem as hpke::Kem>::PrivateKey {
        &self.private
    }
}

impl fmt::Debug for HpkeKeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HpkeKeyPair")
            .field("key_id", &self.key_id)
            .field("valid_from", &self.valid_from)
            .field("valid_until", &self.valid_until)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileForm {
    #[serde(with = "time::serde::rfc3339")]
    valid_from: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    valid_until: Option<OffsetDateTime>,
    secret: String,
}

impl Drop for FileForm {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

/// What this node pins of a peer: its node id and the public keys it checks signatures
/// with and encrypts to. Built from the peer's verified [`crate::NodeDocument`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerKeys {
    pub node_id: Uuid,
    pub signing_key_id: String,
    /// Ed25519 public key, base64 in JSON.
    #[serde(with = "base64_array")]
    pub signing_public: [u8; 32],
    pub hpke_key_id: String,
    /// X25519 public key, base64 in JSON.
    #[serde(with = "base64_array")]
    pub hpke_public: [u8; 32],
}

/// This node's own keys, as [`crate::seal`] and [`crate::open`] use them.
#[derive(Debug, Clone)]
pub struct LocalKeys<'a> {
    pub node_id: Uuid,
    pub signing: &'a NodeSigningKey,
    /// Every HPKE key still held, the current one (the one peers seal to) first.
    pub hpke: Vec<&'a HpkeKeyPair>,
}

impl LocalKeys<'_> {
    /// What a peer pins of this node: the signing key and the current HPKE key. None if
    /// no HPKE key is held.
    pub fn public(&self) -> Option<PeerKeys> {
        let current = self.hpke.first()?;
        let signing_public = self.signing.public_key();
        Some(PeerKeys {
            node_id: self.node_id,
            signing_key_id: key_id(&signing_public),
            signing_public,
            hpke_key_id: current.key_id().to_owned(),
            hpke_public: current.public_key(),
        })
    }
}
