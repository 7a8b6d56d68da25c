//! Small pieces of the binary encodings (envelope, and the signed bytes of receipts and
//! node documents) and of the JSON forms (base64 keys and signatures, hex digests).

use time::OffsetDateTime;

use crate::ExchangeError;

/// Longest key id, in bytes.
pub(crate) const MAX_KEY_ID_LEN: usize = 64;

/// Whether `id` may stand in an envelope as a key id: 1 to 64 bytes of ASCII letters,
/// digits, `.`, `_`, `:` and `-`. Anything else (control characters, spaces, other
/// scripts) is refused, so a key id read from an untrusted envelope is safe to log.
pub(crate) fn valid_key_id(id: &[u8]) -> bool {
    (1..=MAX_KEY_ID_LEN).contains(&id.len())
        && id
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
}

/// An instant as 12 bytes: Unix seconds (i64) and nanoseconds (u32, below 10^9), both
/// big-endian. Every `OffsetDateTime` has exactly one such form; the offset is dropped.
pub(crate) fn put_time(out: &mut Vec<u8>, at: OffsetDateTime) {
    out.extend_from_slice(&at.unix_timestamp().to_be_bytes());
    out.extend_from_slice(&at.nanosecond().to_be_bytes());
}

/// A string or byte string with its length as a u64, big-endian, in front: for the signed
/// bytes of receipts and node documents, whose fields have no fixed bound.
pub(crate) fn put_long_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// Reads a byte slice front to back; every read names the field it is for, so a short
/// input is refused with that name.
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub(crate) fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ExchangeError> {
        if self.rest.len() < n {
            return Err(ExchangeError::Malformed { what });
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    pub(crate) fn array<const N: usize>(
        &mut self,
        what: &'static str,
    ) -> Result<[u8; N], ExchangeError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    pub(crate) fn u8(&mut self, what: &'static str) -> Result<u8, ExchangeError> {
        Ok(self.array::<1>(what)?[0])
    }

    pub(crate) fn u32(&mut self, what: &'static str) -> Result<u32, ExchangeError> {
        Ok(u32::from_be_bytes(self.array(what)?))
    }

    pub(crate) fn u64(&mut self, what: &'static str) -> Result<u64, ExchangeError> {
        Ok(u64::from_be_bytes(self.array(what)?))
    }

    pub(crate) fn time(&mut self, what: &'static str) -> Result<OffsetDateTime, ExchangeError> {
        let seconds = i64::from_be_bytes(self.array(what)?);
        let nanos = self.u32(what)?;
        if nanos >= 1_000_000_000 {
            return Err(ExchangeError::Malformed { what });
        }
        OffsetDateTime::from_unix_timestamp(seconds)
            .ok()
            .and_then(|t| t.replace_nanosecond(nanos).ok())
            .ok_or(ExchangeError::Malformed { what })
    }

    pub(crate) fn remaining(&self) -> usize {
        self.rest.len()
    }
}

/// Lowercase hex.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let digits = text.as_bytes();
    if digits.len() != 2 * N {
        return None;
    }
    let value = |d: u8| match d {
        b'0'..=b'9' => Some(d - b'0'),
        b'a'..=b'f' => Some(d - b'a' + 10),
        b'A'..=b'F' => Some(d - b'A' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (o, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        *o = value(pair[0])? << 4 | value(pair[1])?;
    }
    Some(out)
}

/// `[u8; N]` as standard base64 (with padding) in JSON.
pub(crate) mod base64_array {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer, de};

    pub(crate) fn serialize<S: Serializer, const N: usize>(
        bytes: &[u8; N],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        d: D,
    ) -> Result<[u8; N], D::Error> {
        let text = String::deserialize(d)?;
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| de::Error::custom("not valid base64"))?;
        <[u8; N]>::try_from(bytes.as_slice())
            .map_err(|_| de::Error::custom(format!("must be {N} bytes of base64")))
    }
}

/// `[u8; 32]` as 64 hex digits in JSON.
pub(crate) mod hex_array {
    use serde::{Deserialize, Deserializer, Serializer, de};

    pub(crate) fn serialize<S: Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::hex(bytes))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let text = String::deserialize(d)?;
        super::unhex(&text).ok_or_else(|| de::Error::custom("must be 64 hex digits"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        let bytes: [u8; 32] = std::array::from_fn(|i| (i * 37) as u8);
        assert_eq!(unhex::<32>(&hex(&bytes)), Some(bytes));
        assert_eq!(unhex::<32>(&hex(&bytes).to_uppercase()), Some(bytes));
        assert_eq!(unhex::<2>("0g00"), None);
        assert_eq!(unhex::<2>("000"), None);
        assert_eq!(hex(&[0x0f, 0xa0]), "0fa0");
    }

    #[test]
    fn key_ids() {
        assert!(valid_key_id(b"3f2a9c01deadbeef"));
        assert!(valid_key_id(b"a.b_c:d-E"));
        assert!(!valid_key_id(b""));
        assert!(!valid_key_id(b"a b"));
        assert!(!valid_key_id("é".as_bytes()));
        assert!(!valid_key_id(&[b'a'; 65]));
        assert!(valid_key_id(&[b'a'; 64]));
    }
}
