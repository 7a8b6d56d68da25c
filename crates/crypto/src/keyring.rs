//! The node's data keys, and sealed values for encryption at rest.
//!
//! **Why XChaCha20-Poly1305.** Every sealed value gets a fresh random nonce from the
//! operating system. XChaCha20's nonce is 192 bits, so random nonces never collide in
//! practice, however many values one key seals (with the 96-bit nonce of plain
//! ChaCha20-Poly1305 or AES-GCM, random nonces are only safe for about 2^32 messages
//! per key). A counter would avoid randomness but must be stored and must never go
//! back, which a restored backup or a second process would break; a repeated nonce
//! under the same key gives away the plaintexts and the authentication key. The
//! cipher is constant-time in software and needs no AES hardware.
//!
//! **Why the key lives outside the database.** The database is copied more often than
//! anything else: backups, replicas, a file attached to a support ticket, a stolen
//! disk. Keeping the data key in its own file (or the `TRM_DATA_KEYS` environment
//! variable), apart from the database and backed up separately, means a copy of the
//! database alone reveals nothing; an attacker needs both. The other side of this:
//! losing every copy of the key file loses every record sealed under it.
//!
//! # Sealed value layout
//!
//! ```text
//! offset  size  field
//! 0       1     format version, 0x01
//! 1       4     key id, u32 big-endian
//! 5       24    nonce, random
//! 29      n+16  ciphertext (n = plaintext length) followed by the Poly1305 tag
//! ```
//!
//! The AEAD's associated data is the 5-byte header (version and key id) followed by
//! the caller's `aad`, so neither can be changed without [`Keyring::open`] failing.
//! The caller's `aad` should name what the value is and where it belongs (for example
//! table, column and row id), so that a sealed value cannot be moved to another row.
//!
//! # Rotation
//!
//! [`Keyring::add_key`] adds a key that seals everything from then on; values under
//! older keys still open. Re-seal rows whose [`sealed_key_id`] is old, then
//! [`Keyring::retire`] the old key and save the keyring.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{Key, Tag, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use rand::rngs::OsRng;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use zeroize::{Zeroize, Zeroizing};

use crate::CryptoError;
use crate::files;

/// Format version byte of a sealed value.
pub const SEALED_VERSION: u8 = 1;
const HEADER_LEN: usize = 1 + 4;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Bytes a sealed value adds to its plaintext: header, nonce and tag.
pub const SEAL_OVERHEAD: usize = HEADER_LEN + NONCE_LEN + TAG_LEN;

const FILE_HEADER: &str = "\
# OpenTRM data keys. Secret: keep this file apart from the database and back it up separately.
# Without it no encrypted record can be read; with it and a copy of the database, every one can.
";
const WHAT: &str = "data key file";

/// Identifies a data key; stored in the clear in every sealed value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyId(pub u32);

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One 256-bit data key. Its bytes are zeroized on drop and never printed.
pub struct DataKey {
    id: KeyId,
    created_at: OffsetDateTime,
    bytes: [u8; 32],
}

impl DataKey {
    fn random(id: KeyId, created_at: OffsetDateTime) -> DataKey {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        DataKey {
            id,
            created_at,
            bytes,
        }
    }

    pub fn id(&self) -> KeyId {
        self.id
    }

    pub fn created_at(&self) -> OffsetDateTime {
        self.created_at
    }

    /// The AEAD under this key (which zeroizes its copy of the key on drop).
    pub(crate) fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(&self.bytes))
    }
}

impl Drop for DataKey {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataKey")
            .field("id", &self.id)
            .field("created_at", &self.created_at)
            .finish_non_exhaustive()
    }
}

/// The node's data keys: one current key that seals, older ones that still open.
#[derive(Debug)]
pub struct Keyring {
    keys: BTreeMap<KeyId, DataKey>,
    current: KeyId,
}

impl Keyring {
    /// A keyring with one fresh random key, id 1.
    ///
    /// # Panics
    /// Only if the operating system's random number generator fails.
    pub fn generate(now: OffsetDateTime) -> Keyring {
        let id = KeyId(1);
        Keyring {
            keys: BTreeMap::from([(id, DataKey::random(id, now))]),
            current: id,
        }
    }

    /// The id new values are sealed under.
    pub fn current(&self) -> KeyId {
        self.current
    }

    /// Every key id held, ascending.
    pub fn ids(&self) -> Vec<KeyId> {
        self.keys.keys().copied().collect()
    }

    /// The key with this id, if held.
    pub fn key(&self, id: KeyId) -> Option<&DataKey> {
        self.keys.get(&id)
    }

    pub(crate) fn current_key(&self) -> Result<&DataKey, CryptoError> {
        self.keys
            .get(&self.current)
            .ok_or(CryptoError::UnknownKey(self.current))
    }

    /// Adds a fresh random key with id one above the highest, and makes it current.
    /// Save the keyring before sealing anything under the new key.
    pub fn add_key(&mut self, now: OffsetDateTime) -> Result<KeyId, CryptoError> {
        let highest = self.keys.keys().next_back().copied().unwrap_or(KeyId(0));
        let id = highest
            .0
            .checked_add(1)
            .map(KeyId)
            .ok_or(CryptoError::KeyIdsExhausted(highest))?;
        self.keys.insert(id, DataKey::random(id, now));
        self.current = id;
        Ok(id)
    }

    /// Drops a key: values sealed under it can no longer be opened. Refuses the
    /// current key.
    pub fn retire(&mut self, id: KeyId) -> Result<(), CryptoError> {
        if id == self.current {
            return Err(CryptoError::RetireCurrent(id));
        }
        self.keys
            .remove(&id)
            .map(drop)
            .ok_or(CryptoError::NoSuchKey(id))
    }

    /// Seals `plaintext` under the current key with a random nonce. `aad` is
    /// authenticated but not encrypted or stored: [`Keyring::open`] needs the same.
    ///
    /// Fails only with [`CryptoError::TooLarge`] (256 GiB or more).
    ///
    /// # Panics
    /// Only if the operating system's random number generator fails.
    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let key = self.current_key()?;
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);

        let mut out = Vec::with_capacity(SEAL_OVERHEAD.saturating_add(plaintext.len()));
        out.push(SEALED_VERSION);
        out.extend_from_slice(&key.id.0.to_be_bytes());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plaintext);

        let full_aad = full_aad(&out[..HEADER_LEN], aad);
        let body = &mut out[HEADER_LEN + NONCE_LEN..];
        let tag = key
            .cipher()
            .encrypt_in_place_detached(XNonce::from_slice(&nonce), &full_aad, body)
            .map_err(|_| CryptoError::TooLarge)?;
        out.extend_from_slice(&tag);
        Ok(out)
    }

    /// Opens a value sealed by [`Keyring::seal`] under any key this keyring holds,
    /// with the same `aad`. Never panics, whatever `sealed` holds.
    pub fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let id = parse_header(sealed)?;
        let key = self.keys.get(&id).ok_or(CryptoError::UnknownKey(id))?;

        let (header, rest) = sealed.split_at(HEADER_LEN);
        let (nonce, rest) = rest.split_at(NONCE_LEN);
        let (ciphertext, tag) = rest.split_at(rest.len() - TAG_LEN);

        let mut plaintext = ciphertext.to_vec();
        key.cipher()
            .decrypt_in_place_detached(
                XNonce::from_slice(nonce),
                &full_aad(header, aad),
                &mut plaintext,
                Tag::from_slice(tag),
            )
            .map_err(|_| CryptoError::Tampered)?;
        Ok(plaintext)
    }

    /// Reads a data key file, refusing it (on unix) if group or other users have any
    /// permission on it, and validates it.
    pub fn load(path: &Path) -> Result<Keyring, CryptoError> {
        let text = files::read_private(path, WHAT)?;
        parse(&text, &format!("{WHAT} {}", path.display()))
    }

    /// Parses and validates the content of a data key file, for example from the
    /// `TRM_DATA_KEYS` environment variable.
    pub fn from_toml(text: &str) -> Result<Keyring, CryptoError> {
        parse(text, "data keys")
    }

    /// The file form, with its header comment. Secret: the string is zeroized on drop.
    pub fn to_toml(&self) -> Result<Zeroizing<String>, CryptoError> {
        // Room for everything up front: growing the string would leave copies of the
        // keys behind in freed memory.
        let mut out = Zeroizing::new(String::with_capacity(
            FILE_HEADER.len() + 32 + 160 * self.keys.len(),
        ));
        out.push_str(FILE_HEADER);
        out.push_str(&format!("current = {}\n", self.current));
        for key in self.keys.values() {
            out.push_str(&format!(
                "\n[[key]]\nid = {}\ncreated_at = \"{}\"\nkey = \"",
                key.id,
                files::timestamp(key.created_at, "data keys")?
            ));
            out.push_str(&files::encode_secret(&key.bytes));
            out.push_str("\"\n");
        }
        Ok(out)
    }

    /// Generates a keyring and writes it to `path`, which must not exist yet: the file
    /// is created with mode 0600, written and synced with its directory.
    pub fn create_new(path: &Path, now: OffsetDateTime) -> Result<Keyring, CryptoError> {
        let keyring = Keyring::generate(now);
        files::write_new(path, keyring.to_toml()?.as_bytes())?;
        Ok(keyring)
    }

    /// Replaces the key file at `path` atomically (write `<path>.tmp` with mode 0600,
    /// sync, rename over `path`, sync the directory).
    pub fn save(&self, path: &Path) -> Result<(), CryptoError> {
        files::replace(path, self.to_toml()?.as_bytes())
    }
}

/// The key id a sealed value names, if it looks like one (long enough, version 1):
/// finds rows still sealed under an old key. It does not authenticate anything.
pub fn sealed_key_id(sealed: &[u8]) -> Option<KeyId> {
    parse_header(sealed).ok()
}

fn parse_header(sealed: &[u8]) -> Result<KeyId, CryptoError> {
    if sealed.len() < SEAL_OVERHEAD {
        return Err(CryptoError::Malformed(
            "shorter than the 45 bytes of version, key id, nonce and tag",
        ));
    }
    match sealed {
        [SEALED_VERSION, a, b, c, d, ..] => Ok(KeyId(u32::from_be_bytes([*a, *b, *c, *d]))),
        _ => Err(CryptoError::Malformed("unknown format version")),
    }
}

fn full_aad(header: &[u8], aad: &[u8]) -> Vec<u8> {
    let mut full = Vec::with_capacity(header.len().saturating_add(aad.len()));
    full.extend_from_slice(header);
    full.extend_from_slice(aad);
    full
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileForm {
    current: KeyId,
    #[serde(default)]
    key: Vec<KeyEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyEntry {
    id: KeyId,
    #[serde(with = "time::serde::rfc3339")]
    created_at: OffsetDateTime,
    key: String,
}

impl Drop for KeyEntry {
    fn drop(&mut self) {
        self.key.zeroize();
    }
}

fn parse(text: &str, origin: &str) -> Result<Keyring, CryptoError> {
    let form: FileForm = toml::from_str(text).map_err(|e| files::toml_error(origin, text, &e))?;
    let invalid = |field: String, problem: String| CryptoError::InvalidKeyFile {
        origin: origin.to_owned(),
        field,
        problem,
    };

    let mut keys = BTreeMap::new();
    for (n, entry) in form.key.iter().enumerate() {
        let n = n + 1;
        if entry.id.0 == 0 {
            return Err(invalid(
                format!("[[key]] #{n}, field `id`"),
                "key ids start at 1".to_owned(),
            ));
        }
        if keys.contains_key(&entry.id) {
            return Err(invalid(
                format!("[[key]] #{n}, field `id`"),
                format!("id {} appears twice", entry.id),
            ));
        }
        let bytes = files::decode_secret(
            &entry.key,
            origin,
            &format!("[[key]] #{n} (id {}), field `key`", entry.id),
        )?;
        keys.insert(
            entry.id,
            DataKey {
                id: entry.id,
                created_at: entry.created_at,
                bytes: *bytes,
            },
        );
    }

    if keys.is_empty() {
        return Err(invalid(
            "[[key]]".to_owned(),
            "the file holds no key".to_owned(),
        ));
    }
    if !keys.contains_key(&form.current) {
        let ids: Vec<String> = keys.keys().map(ToString::to_string).collect();
        return Err(invalid(
            "current".to_owned(),
            format!(
                "key {} is not in the file (it holds ids {})",
                form.current,
                ids.join(", ")
            ),
        ));
    }
    Ok(Keyring {
        keys,
        current: form.current,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> OffsetDateTime {
        time::macros::datetime!(2026-11-22 10:00 UTC)
    }

    #[test]
    fn layout_is_version_key_id_nonce_ciphertext_tag() {
        let keyring = Keyring::generate(now());
        let sealed = keyring.seal(b"Testa Fictiva", b"case/1/name").unwrap();
        assert_eq!(sealed.len(), SEAL_OVERHEAD + 13);
        assert_eq!(sealed[0], 0x01);
        assert_eq!(&sealed[1..5], &[0, 0, 0, 1]);
        assert_eq!(sealed_key_id(&sealed), Some(KeyId(1)));
        // The plaintext does not appear in the clear.
        assert!(!sealed.windows(13).any(|w| w == b"Testa Fictiva"));
    }

    #[test]
    fn nonces_differ_between_seals_of_the_same_value() {
        let keyring = Keyring::generate(now());
        let a = keyring.seal(b"same", b"").unwrap();
        let b = keyring.seal(b"same", b"").unwrap();
        assert_ne!(a[5..29], b[5..29]);
        assert_ne!(a, b);
    }

    #[test]
    fn debug_never_prints_key_bytes() {
        let keyring = Keyring::generate(now());
        let debug = format!("{keyring:?}");
        let encoded = files::encode_secret(&keyring.current_key().unwrap().bytes);
        assert!(debug.contains("DataKey"));
        assert!(!debug.contains(encoded.as_str()));
        assert!(!debug.contains("bytes"));
    }

    #[test]
    fn a_changed_key_id_fails() {
        let mut keyring = Keyring::generate(now());
        let sealed = keyring.seal(b"x", b"").unwrap();
        keyring.add_key(now()).unwrap();
        let mut moved = sealed.clone();
        moved[4] = 2;
        assert!(matches!(
            keyring.open(&moved, b""),
            Err(CryptoError::Tampered)
        ));
    }
}
