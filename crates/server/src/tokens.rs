//! A cache of recently seen bearer tokens, so a request does not pay a database round
//! trip to authenticate. The database stays authoritative: a miss reads it, logout
//! evicts, and an entry is never used past the token's expiry.

use std::collections::HashMap;
use std::sync::RwLock;

use time::OffsetDateTime;

use crate::auth::Principal;

/// Beyond this many live tokens the cache starts over rather than grow without bound.
const MAX_ENTRIES: usize = 50_000;

#[derive(Default)]
pub struct TokenCache {
    entries: RwLock<HashMap<[u8; 32], (Principal, OffsetDateTime)>>,
}

impl TokenCache {
    pub fn get(&self, hash: &[u8; 32], now: OffsetDateTime) -> Option<Principal> {
        let entries = self.entries.read().ok()?;
        entries
            .get(hash)
            .filter(|(_, expires)| *expires > now)
            .map(|(p, _)| p.clone())
    }

    pub fn insert(&self, hash: [u8; 32], principal: Principal, expires_at: OffsetDateTime) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(hash, (principal, expires_at));
        }
    }

    pub fn remove(&self, hash: &[u8; 32]) {
        if let Ok(mut entries) = self.entries.write() {
            entries.remove(hash);
        }
    }
}
