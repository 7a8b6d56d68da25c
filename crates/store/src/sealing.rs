//! Documents about a person are sealed before they reach the database and opened after
//! they leave it. Each sealed document is bound to its table and row id (the AEAD's
//! associated data), so a sealed value moved to another row does not open.

use std::sync::{Arc, RwLock};

use serde::Serialize;
use serde::de::DeserializeOwned;
use trm_crypto::{CryptoError, KeyId, Keyring};

use crate::{Result, StoreError};

#[derive(Clone)]
pub struct Sealer {
    keyring: Option<Arc<RwLock<Keyring>>>,
}

fn aad(table: &str, id: &str) -> Vec<u8> {
    let mut a = Vec::with_capacity(table.len() + id.len() + 1);
    a.extend_from_slice(table.as_bytes());
    a.push(0);
    a.extend_from_slice(id.as_bytes());
    a
}

/// A stored document written before encryption was switched on is plain JSON.
fn is_plain_json(bytes: &[u8]) -> bool {
    matches!(bytes.first(), Some(b'{' | b'['))
}

impl Sealer {
    /// Documents sealed under `keyring`'s current key.
    pub fn new(keyring: Keyring) -> Sealer {
        Sealer {
            keyring: Some(Arc::new(RwLock::new(keyring))),
        }
    }

    /// No encryption: for the raw-storage benchmark and tests of the storage layer only.
    pub fn plaintext() -> Sealer {
        Sealer { keyring: None }
    }

    pub fn is_encrypting(&self) -> bool {
        self.keyring.is_some()
    }

    pub(crate) fn seal<T: Serialize>(&self, table: &str, id: &str, value: &T) -> Result<Vec<u8>> {
        let json = serde_json::to_vec(value).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        match &self.keyring {
            None => Ok(json),
            Some(k) => k
                .read()
                .map_err(|_| StoreError::Corrupt("the keyring lock is poisoned".into()))?
                .seal(&json, &aad(table, id))
                .map_err(|e| StoreError::Corrupt(format!("sealing failed: {e}"))),
        }
    }

    pub(crate) fn open_bytes(&self, table: &str, id: &str, stored: &[u8]) -> Result<Vec<u8>> {
        if is_plain_json(stored) {
            return Ok(stored.to_vec());
        }
        let Some(k) = &self.keyring else {
            return Err(StoreError::Sealed);
        };
        k.read()
            .map_err(|_| StoreError::Corrupt("the keyring lock is poisoned".into()))?
            .open(stored, &aad(table, id))
            .map_err(|e| match e {
                CryptoError::UnknownKey(id) => StoreError::UnknownKey(id.to_string()),
                other => {
                    StoreError::Corrupt(format!("a sealed {table} row {id} did not open: {other}"))
                }
            })
    }

    pub(crate) fn open<T: DeserializeOwned>(
        &self,
        table: &str,
        id: &str,
        stored: &[u8],
    ) -> Result<T> {
        let json = self.open_bytes(table, id, stored)?;
        serde_json::from_slice(&json).map_err(|e| StoreError::Corrupt(e.to_string()))
    }

    /// The key a stored value is sealed under; None for a plain (not yet sealed) value.
    pub(crate) fn key_of(stored: &[u8]) -> Option<KeyId> {
        if is_plain_json(stored) {
            None
        } else {
            trm_crypto::sealed_key_id(stored)
        }
    }

    pub fn current_key(&self) -> Option<KeyId> {
        self.keyring
            .as_ref()
            .and_then(|k| k.read().ok().map(|k| k.current()))
    }

    /// Replaces the keyring (after a new key was added or an old one retired).
    pub fn set_keyring(&self, keyring: Keyring) -> Result<()> {
        match &self.keyring {
            Some(k) => {
                *k.write()
                    .map_err(|_| StoreError::Corrupt("the keyring lock is poisoned".into()))? =
                    keyring;
                Ok(())
            }
            None => Err(StoreError::Sealed),
        }
    }
}
