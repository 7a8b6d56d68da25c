//! Failed-login counters kept in memory: per client address, and per unknown username.
//!
//! Accounts that exist are locked in the database (a restart must not lift a lockout);
//! usernames that do not exist are "locked" here just the same, so that a lockout does
//! not tell an attacker which usernames exist.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard};

use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

/// Consecutive failures that lock an account.
pub const MAX_ACCOUNT_FAILURES: u32 = 5;
/// How long a lockout lasts.
pub const ACCOUNT_LOCK: Duration = Duration::minutes(15);
/// Failures from one address within `ADDRESS_WINDOW` after which it is refused.
pub const MAX_ADDRESS_FAILURES: usize = 20;
pub const ADDRESS_WINDOW: Duration = Duration::minutes(10);
/// Beyond this many tracked keys, the stale ones are dropped (and if that is not enough,
/// all of them: memory must stay bounded whatever an attacker sends).
const MAX_KEYS: usize = 100_000;

#[derive(Default)]
pub struct LoginThrottle {
    addresses: Mutex<HashMap<IpAddr, VecDeque<OffsetDateTime>>>,
    unknown: Mutex<HashMap<[u8; 32], Failures>>,
}

#[derive(Default)]
struct Failures {
    count: u32,
    locked_until: Option<OffsetDateTime>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves only counters behind; they are still usable.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The key an address is counted under: IPv6 clients usually hold a whole /64, so they
/// are counted per /64; IPv4-mapped IPv6 addresses count as the IPv4 address.
pub fn address_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

fn username_key(username: &str) -> [u8; 32] {
    Sha256::digest(username.as_bytes()).into()
}

impl LoginThrottle {
    /// When the address may try again, if it is refused now.
    pub fn address_blocked_until(
        &self,
        address: IpAddr,
        now: OffsetDateTime,
    ) -> Option<OffsetDateTime> {
        let mut map = lock(&self.addresses);
        let failures = map.get_mut(&address_key(address))?;
        while failures.front().is_some_and(|t| *t + ADDRESS_WINDOW <= now) {
            failures.pop_front();
        }
        (failures.len() >= MAX_ADDRESS_FAILURES)
            .then(|| failures.front().map(|t| *t + ADDRESS_WINDOW))
            .flatten()
    }

    pub fn address_failed(&self, address: IpAddr, now: OffsetDateTime) {
        let mut map = lock(&self.addresses);
        if map.len() >= MAX_KEYS {
            map.retain(|_, f| f.back().is_some_and(|t| *t + ADDRESS_WINDOW > now));
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        let failures = map.entry(address_key(address)).or_default();
        failures.push_back(now);
        // Only the newest failures matter for the limit.
        while failures.len() > MAX_ADDRESS_FAILURES {
            failures.pop_front();
        }
    }

    /// Until when an unknown username is "locked", exactly as a real account would be.
    pub fn unknown_locked_until(
        &self,
        username: &str,
        now: OffsetDateTime,
    ) -> Option<OffsetDateTime> {
        lock(&self.unknown)
            .get(&username_key(username))
            .and_then(|f| f.locked_until)
            .filter(|until| *until > now)
    }

    /// Counts a failure for an unknown username; returns the lock it starts, if any.
    pub fn unknown_failed(&self, username: &str, now: OffsetDateTime) -> Option<OffsetDateTime> {
        let mut map = lock(&self.unknown);
        if map.len() >= MAX_KEYS {
            map.retain(|_, f| f.locked_until.is_some_and(|t| t > now));
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        let failures = map.entry(username_key(username)).or_default();
        failures.count += 1;
        if failures.count >= MAX_ACCOUNT_FAILURES {
            failures.count = 0;
            failures.locked_until = Some(now + ACCOUNT_LOCK);
            return failures.locked_until;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> OffsetDateTime {
        OffsetDateTime::UNIX_EPOCH + Duration::days(20_000)
    }

    #[test]
    fn an_address_is_refused_after_its_limit_until_the_window_moves_on() {
        let throttle = LoginThrottle::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap_or(IpAddr::from([0, 0, 0, 0]));
        for i in 0..MAX_ADDRESS_FAILURES {
            assert_eq!(throttle.address_blocked_until(ip, t0()), None, "{i}");
            throttle.address_failed(ip, t0() + Duration::seconds(i as i64));
        }
        let until = throttle.address_blocked_until(ip, t0() + Duration::minutes(1));
        assert_eq!(until, Some(t0() + ADDRESS_WINDOW));
        let other: IpAddr = "192.0.2.8".parse().unwrap_or(IpAddr::from([0, 0, 0, 0]));
        assert_eq!(throttle.address_blocked_until(other, t0()), None);
        // Once the first failure leaves the window, one more attempt is allowed.
        assert_eq!(
            throttle.address_blocked_until(ip, t0() + ADDRESS_WINDOW + Duration::seconds(1)),
            None
        );
    }

    #[test]
    fn ipv6_addresses_count_per_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1"
            .parse()
            .unwrap_or(IpAddr::from([0; 16]));
        let b: IpAddr = "2001:db8:1:2:bbbb::9"
            .parse()
            .unwrap_or(IpAddr::from([0; 16]));
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap_or(IpAddr::from([0; 16]));
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap_or(IpAddr::from([0; 16]));
        assert_eq!(address_key(mapped), IpAddr::from([192, 0, 2, 1]));
    }

    #[test]
    fn unknown_usernames_lock_like_accounts() {
        let throttle = LoginThrottle::default();
        for _ in 1..MAX_ACCOUNT_FAILURES {
            assert_eq!(throttle.unknown_failed("nobody", t0()), None);
        }
        assert_eq!(
            throttle.unknown_failed("nobody", t0()),
            Some(t0() + ACCOUNT_LOCK)
        );
        assert!(throttle.unknown_locked_until("nobody", t0()).is_some());
        assert!(throttle.unknown_locked_until("somebody", t0()).is_none());
        assert!(
            throttle
                .unknown_locked_until("nobody", t0() + ACCOUNT_LOCK)
                .is_none()
        );
    }
}
