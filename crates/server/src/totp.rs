//! Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA-1, 30-second
//! steps, 6 digits — what every authenticator app speaks. Pure functions: the time is a
//! parameter.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds per time step.
pub const STEP_SECONDS: i64 = 30;
pub const DIGITS: u32 = 6;
/// Steps of clock drift accepted either side of the current one.
pub const DRIFT_STEPS: i64 = 1;
/// Bytes of a new secret: 160 bits, the length RFC 4226 recommends for HMAC-SHA-1.
pub const SECRET_BYTES: usize = 20;

/// The time step a moment falls in.
pub fn step_at(unix_time: i64) -> i64 {
    unix_time.div_euclid(STEP_SECONDS)
}

/// HOTP (RFC 4226 §5.3): dynamic truncation of HMAC-SHA-1(secret, counter).
fn hotp(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else {
        // HMAC takes keys of any length; this cannot happen.
        return 0;
    };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    binary % 10u32.pow(digits)
}

/// The code of a given number of digits for a time step, zero-padded.
pub fn code_for_step(secret: &[u8], step: i64, digits: u32) -> String {
    // Steps before 1970 do not occur; clamp rather than wrap.
    let counter = u64::try_from(step).unwrap_or(0);
    format!(
        "{:0width$}",
        hotp(secret, counter, digits),
        width = digits as usize
    )
}

/// The 6-digit code at a moment.
pub fn code_at(secret: &[u8], unix_time: i64) -> String {
    code_for_step(secret, step_at(unix_time), DIGITS)
}

/// Equal in time independent of where the inputs differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The steps a code is looked for in: the current one and `DRIFT_STEPS` either side.
fn window(unix_time: i64) -> impl Iterator<Item = i64> {
    let now = step_at(unix_time);
    (now - DRIFT_STEPS)..=(now + DRIFT_STEPS)
}

/// Checks a code against the current step and one step of drift either side. Returns
/// the step it matched, only if that step is later than `last_used_step`, so a code once
/// accepted is never accepted again (the caller stores the step it gets back).
pub fn verify(
    secret: &[u8],
    code: &str,
    unix_time: i64,
    last_used_step: Option<i64>,
) -> Option<i64> {
    window(unix_time)
        .filter(|step| last_used_step.is_none_or(|last| *step > last))
        .find(|step| {
            constant_time_eq(
                code_for_step(secret, *step, DIGITS).as_bytes(),
                code.as_bytes(),
            )
        })
}

/// Whether a refused code is one that was valid in the window but already used: a
/// replay worth reporting, as opposed to a mistyped code.
pub fn is_replay(secret: &[u8], code: &str, unix_time: i64, last_used_step: Option<i64>) -> bool {
    let Some(last) = last_used_step else {
        return false;
    };
    window(unix_time).filter(|step| *step <= last).any(|step| {
        constant_time_eq(
            code_for_step(secret, step, DIGITS).as_bytes(),
            code.as_bytes(),
        )
    })
}

/// A secret as authenticator apps take it: base32 (RFC 4648) without padding.
pub fn encode_secret(secret: &[u8]) -> String {
    BASE32_NOPAD.encode(secret)
}

/// Reads a base32 secret, ignoring case, spaces and padding as apps print them.
pub fn decode_secret(text: &str) -> Option<Vec<u8>> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    BASE32_NOPAD.decode(cleaned.as_bytes()).ok()
}

/// The `otpauth://` URI an authenticator app reads from a QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let (issuer, account) = (percent_encode(issuer), percent_encode(account));
    format!(
        "otpauth://totp/{issuer}:{account}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        encode_secret(secret)
    )
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
    const RFC_SECRET: &[u8] = b"12345678901234567890";
    const RFC_VECTORS: [(i64, &str); 6] = [
        (59, "94287082"),
        (1_111_111_109, "07081804"),
        (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"),
        (20_000_000_000, "65353130"),
    ];

    #[test]
    fn rfc_6238_appendix_b_sha1_vectors_with_8_digits() {
        for (time, expected) in RFC_VECTORS {
            assert_eq!(
                code_for_step(RFC_SECRET, step_at(time), 8),
                expected,
                "T={time}"
            );
        }
    }

    #[test]
    fn rfc_6238_vectors_with_6_digits_are_their_last_six() {
        for (time, expected) in RFC_VECTORS {
            assert_eq!(code_at(RFC_SECRET, time), expected[2..], "T={time}");
        }
    }

    #[test]
    fn a_code_is_accepted_with_one_step_of_drift_and_no_more() {
        let t = 1_234_567_890;
        let code = code_at(RFC_SECRET, t);
        assert_eq!(verify(RFC_SECRET, &code, t, None), Some(step_at(t)));
        assert_eq!(verify(RFC_SECRET, &code, t + 30, None), Some(step_at(t)));
        assert_eq!(verify(RFC_SECRET, &code, t - 30, None), Some(step_at(t)));
        assert_eq!(verify(RFC_SECRET, &code, t + 60, None), None);
        assert_eq!(verify(RFC_SECRET, &code, t - 60, None), None);
        assert_eq!(verify(RFC_SECRET, "000000", t, None), None);
        assert_eq!(verify(RFC_SECRET, "", t, None), None);
        assert_eq!(verify(b"another secret", &code, t, None), None);
    }

    #[test]
    fn a_used_step_or_an_earlier_one_is_never_accepted_again() {
        let t = 1_234_567_890;
        let code = code_at(RFC_SECRET, t);
        let step = verify(RFC_SECRET, &code, t, None);
        assert_eq!(verify(RFC_SECRET, &code, t, step), None);
        assert!(is_replay(RFC_SECRET, &code, t, step));
        // The previous step's code, still in the drift window, is older than the used one.
        let previous = code_at(RFC_SECRET, t - 30);
        assert_eq!(verify(RFC_SECRET, &previous, t, step), None);
        // The next step's code is fresh.
        let next = code_at(RFC_SECRET, t + 30);
        assert_eq!(
            verify(RFC_SECRET, &next, t + 30, step),
            Some(step_at(t) + 1)
        );
        assert!(
            !is_replay(RFC_SECRET, &next, t, step),
            "a fresh code is no replay"
        );
        assert!(!is_replay(RFC_SECRET, &code, t, None));
    }

    #[test]
    fn secrets_round_trip_through_base32() {
        assert_eq!(
            encode_secret(b"12345678901234567890"),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        let secret = [7u8; SECRET_BYTES];
        let text = encode_secret(&secret);
        assert_eq!(decode_secret(&text), Some(secret.to_vec()));
        assert_eq!(decode_secret(&text.to_lowercase()), Some(secret.to_vec()));
        assert_eq!(decode_secret("not base32!"), None);
    }

    #[test]
    fn the_uri_names_issuer_account_and_parameters() {
        let uri = otpauth_uri("OpenTRM Test", "case.worker", b"12345678901234567890");
        assert_eq!(
            uri,
            "otpauth://totp/OpenTRM%20Test:case.worker?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=OpenTRM%20Test&algorithm=SHA1&digits=6&period=30"
        );
    }
}
