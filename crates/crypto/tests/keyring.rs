//! Sealed values: round trips, tampering, key ids, rotation.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use time::OffsetDateTime;
use time::macros::datetime;
use trm_crypto::keyring::SEAL_OVERHEAD;
use trm_crypto::{CryptoError, KeyId, Keyring, sealed_key_id};

fn now() -> OffsetDateTime {
    datetime!(2026-11-22 10:00 UTC)
}

proptest! {
    #[test]
    fn seal_then_open_gives_back_the_plaintext(
        plaintext in proptest::collection::vec(any::<u8>(), 0..2048),
        aad in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let keyring = Keyring::generate(now());
        let sealed = keyring.seal(&plaintext, &aad).unwrap();
        prop_assert_eq!(sealed.len(), plaintext.len() + SEAL_OVERHEAD);
        prop_assert_eq!(keyring.open(&sealed, &aad).unwrap(), plaintext);
    }

    #[test]
    fn every_single_flipped_bit_is_refused(
        plaintext in proptest::collection::vec(any::<u8>(), 0..256),
        position in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let keyring = Keyring::generate(now());
        let mut sealed = keyring.seal(&plaintext, b"case/7/notes").unwrap();
        let at = position.index(sealed.len());
        sealed[at] ^= 1 << bit;
        prop_assert!(keyring.open(&sealed, b"case/7/notes").is_err());
    }

    #[test]
    fn open_never_panics_on_arbitrary_input(
        bytes in proptest::collection::vec(any::<u8>(), 0..128),
        aad in proptest::collection::vec(any::<u8>(), 0..16),
    ) {
        let keyring = Keyring::generate(now());
        let _ = keyring.open(&bytes, &aad);
        let _ = sealed_key_id(&bytes);
    }

    #[test]
    fn open_never_panics_on_arbitrary_bytes_behind_a_valid_header(
        tail in proptest::collection::vec(any::<u8>(), 0..128),
    ) {
        let keyring = Keyring::generate(now());
        let mut bytes = vec![1, 0, 0, 0, 1];
        bytes.extend_from_slice(&tail);
        let result = keyring.open(&bytes, b"");
        prop_assert!(result.is_err());
    }
}

#[test]
fn every_bit_of_one_value_flipped_in_turn_is_refused() {
    let keyring = Keyring::generate(now());
    let sealed = keyring.seal(b"Testa Fictiva", b"aad").unwrap();
    for at in 0..sealed.len() {
        for bit in 0..8 {
            let mut changed = sealed.clone();
            changed[at] ^= 1 << bit;
            assert!(
                keyring.open(&changed, b"aad").is_err(),
                "byte {at} bit {bit}"
            );
        }
    }
}

#[test]
fn wrong_aad_is_tampered() {
    let keyring = Keyring::generate(now());
    let sealed = keyring.seal(b"secret", b"case/1/name").unwrap();
    assert!(matches!(
        keyring.open(&sealed, b"case/2/name"),
        Err(CryptoError::Tampered)
    ));
    assert!(matches!(
        keyring.open(&sealed, b""),
        Err(CryptoError::Tampered)
    ));
}

#[test]
fn another_keyring_with_the_same_id_is_tampered() {
    let a = Keyring::generate(now());
    let b = Keyring::generate(now());
    let sealed = a.seal(b"secret", b"").unwrap();
    assert!(matches!(b.open(&sealed, b""), Err(CryptoError::Tampered)));
}

#[test]
fn unknown_key_id() {
    let keyring = Keyring::generate(now());
    let mut sealed = keyring.seal(b"secret", b"").unwrap();
    sealed[1..5].copy_from_slice(&7u32.to_be_bytes());
    assert!(matches!(
        keyring.open(&sealed, b""),
        Err(CryptoError::UnknownKey(KeyId(7)))
    ));
}

#[test]
fn malformed_values() {
    let keyring = Keyring::generate(now());
    for short in [&b""[..], &[1], &[1, 0, 0, 0, 1], &[1; SEAL_OVERHEAD - 1]] {
        assert!(matches!(
            keyring.open(short, b""),
            Err(CryptoError::Malformed(_))
        ));
        assert_eq!(sealed_key_id(short), None);
    }
    let mut sealed = keyring.seal(b"", b"").unwrap();
    assert_eq!(sealed.len(), SEAL_OVERHEAD);
    assert_eq!(keyring.open(&sealed, b"").unwrap(), b"");
    sealed[0] = 2;
    assert!(matches!(
        keyring.open(&sealed, b""),
        Err(CryptoError::Malformed(_))
    ));
    assert_eq!(sealed_key_id(&sealed), None);
}

#[test]
fn add_key_keeps_old_values_open_and_seals_new_ones_under_the_new_id() {
    let mut keyring = Keyring::generate(now());
    let old = keyring.seal(b"old", b"").unwrap();
    assert_eq!(keyring.add_key(now()).unwrap(), KeyId(2));
    assert_eq!(keyring.current(), KeyId(2));
    assert_eq!(keyring.ids(), vec![KeyId(1), KeyId(2)]);
    let new = keyring.seal(b"new", b"").unwrap();
    assert_eq!(sealed_key_id(&old), Some(KeyId(1)));
    assert_eq!(sealed_key_id(&new), Some(KeyId(2)));
    assert_eq!(keyring.open(&old, b"").unwrap(), b"old");
    assert_eq!(keyring.open(&new, b"").unwrap(), b"new");
}

#[test]
fn a_retired_key_no_longer_opens_and_the_current_key_cannot_be_retired() {
    let mut keyring = Keyring::generate(now());
    let old = keyring.seal(b"old", b"").unwrap();
    assert!(matches!(
        keyring.retire(KeyId(1)),
        Err(CryptoError::RetireCurrent(KeyId(1)))
    ));
    keyring.add_key(now()).unwrap();
    keyring.retire(KeyId(1)).unwrap();
    assert_eq!(keyring.ids(), vec![KeyId(2)]);
    assert!(matches!(
        keyring.open(&old, b""),
        Err(CryptoError::UnknownKey(KeyId(1)))
    ));
    assert!(matches!(
        keyring.retire(KeyId(1)),
        Err(CryptoError::NoSuchKey(KeyId(1)))
    ));
    // Ids are never reused after a retirement.
    assert_eq!(keyring.add_key(now()).unwrap(), KeyId(3));
}

#[test]
fn key_ids_do_not_wrap_around() {
    let mut keyring = Keyring::from_toml(&format!(
        "current = 4294967295\n[[key]]\nid = 4294967295\ncreated_at = \"2026-11-22T10:00:00Z\"\nkey = \"{}\"\n",
        "A".repeat(43) + "="
    ))
    .unwrap();
    assert!(matches!(
        keyring.add_key(now()),
        Err(CryptoError::KeyIdsExhausted(KeyId(u32::MAX)))
    ));
    assert_eq!(keyring.ids(), vec![KeyId(u32::MAX)]);
}

#[test]
fn key_id_display_and_order() {
    assert_eq!(KeyId(42).to_string(), "42");
    assert!(KeyId(1) < KeyId(2));
}
