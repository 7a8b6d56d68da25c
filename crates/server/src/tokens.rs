//! A cache of recently seen tokens, so a request does not pay a database round trip to
//! authenticate. The database stays authoritative: a miss reads it, logout and
//! disabling an account evict, and an entry is never used past the token's expiry or,
//! for a session, past its inactivity limit. "Last used" is tracked here on every hit
//! and written to the database lazily, at most once per `PERSIST_EVERY` per token.

use std::collections::HashMap;
use std::sync::RwLock;
use std::sync::atomic::{AtomicI64, Ordering};

use time::{Duration, OffsetDateTime};
use trm_domain::ids::UserId;

use crate::auth::Principal;

/// Beyond this many live tokens the cache starts over rather than grow without bound.
const MAX_ENTRIES: usize = 50_000;
/// How stale the stored "last used" of a token may be. It bounds the writes a busy
/// token causes (one a minute) and how much earlier than exact an idle session may end
/// after a restart.
pub const PERSIST_EVERY: Duration = Duration::minutes(1);

struct Entry {
    principal: Principal,
    expires_at: OffsetDateTime,
    /// Sessions end after a while without use; API tokens only at their expiry.
    ends_when_idle: bool,
    /// Unix seconds of the last use seen by this process.
    last_seen: AtomicI64,
    /// Unix seconds of the "last used" written to the database.
    persisted: AtomicI64,
}

/// What the cache knows of a token.
pub enum Lookup {
    /// Valid. `persist` is the moment to write as its "last used", when that is due.
    Hit {
        principal: Principal,
        persist: Option<OffsetDateTime>,
    },
    /// Known but past its expiry or inactivity limit: evicted; the database says which.
    Ended,
    Miss,
}

#[derive(Default)]
pub struct TokenCache {
    entries: RwLock<HashMap<[u8; 32], Entry>>,
}

impl TokenCache {
    pub fn get(&self, hash: &[u8; 32], now: OffsetDateTime, idle_limit: Duration) -> Lookup {
        let ended = {
            let Ok(entries) = self.entries.read() else {
                return Lookup::Miss;
            };
            let Some(entry) = entries.get(hash) else {
                return Lookup::Miss;
            };
            let now_s = now.unix_timestamp();
            let last_seen = entry.last_seen.load(Ordering::Relaxed);
            let idle = entry.ends_when_idle && now_s - last_seen > idle_limit.whole_seconds();
            if entry.expires_at <= now || idle {
                true
            } else {
                entry.last_seen.fetch_max(now_s, Ordering::Relaxed);
                let persisted = entry.persisted.load(Ordering::Relaxed);
                // Only the request that moves `persisted` forward writes.
                let persist = (now_s - persisted >= PERSIST_EVERY.whole_seconds()
                    && entry
                        .persisted
                        .compare_exchange(persisted, now_s, Ordering::Relaxed, Ordering::Relaxed)
                        .is_ok())
                .then_some(now);
                return Lookup::Hit {
                    principal: entry.principal.clone(),
                    persist,
                };
            }
        };
        if ended {
            self.remove(hash);
        }
        Lookup::Ended
    }

    pub fn insert(
        &self,
        hash: [u8; 32],
        principal: Principal,
        expires_at: OffsetDateTime,
        ends_when_idle: bool,
        now: OffsetDateTime,
        last_used_at: OffsetDateTime,
    ) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(
                hash,
                Entry {
                    principal,
                    expires_at,
                    ends_when_idle,
                    last_seen: AtomicI64::new(now.unix_timestamp()),
                    persisted: AtomicI64::new(last_used_at.unix_timestamp()),
                },
            );
        }
    }

    pub fn remove(&self, hash: &[u8; 32]) {
        if let Ok(mut entries) = self.entries.write() {
            entries.remove(hash);
        }
    }

    /// Evicts every token of a user (logout everywhere, a disabled account).
    pub fn remove_user(&self, user: UserId) {
        if let Ok(mut entries) = self.entries.write() {
            entries.retain(|_, e| e.principal.user != user);
        }
    }
}
