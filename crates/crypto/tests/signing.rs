//! The node's signing key: sign and verify, fingerprints, the key file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;

use time::OffsetDateTime;
use time::macros::datetime;
use trm_crypto::{CryptoError, NodeSigningKey, fingerprint, verify};

fn now() -> OffsetDateTime {
    datetime!(2026-11-22 10:00 UTC)
}

#[test]
fn sign_then_verify() {
    let key = NodeSigningKey::generate(now());
    let sig = key.sign(b"referral 42");
    assert!(verify(&key.public_key(), b"referral 42", &sig));
    assert!(!verify(&key.public_key(), b"referral 43", &sig));
    let other = NodeSigningKey::generate(now());
    assert!(!verify(&other.public_key(), b"referral 42", &sig));
    let mut bad = sig;
    bad[10] ^= 1;
    assert!(!verify(&key.public_key(), b"referral 42", &bad));
    // Garbage keys and signatures are just invalid.
    assert!(!verify(&[0xff; 32], b"referral 42", &sig));
    assert!(!verify(&key.public_key(), b"referral 42", &[0xff; 64]));
    // The identity point is a weak key that strict verification refuses.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    assert!(!verify(&identity, b"", &[0; 64]));
}

#[test]
fn fingerprint_is_eight_groups_of_four_lowercase_hex() {
    let key = NodeSigningKey::generate(now());
    let print = key.fingerprint();
    assert_eq!(print, fingerprint(&key.public_key()));
    let groups: Vec<&str> = print.split(' ').collect();
    assert_eq!(groups.len(), 8, "{print}");
    for group in groups {
        assert_eq!(group.len(), 4, "{print}");
        assert!(
            group
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)),
            "{print}"
        );
    }
    // SHA-256 of 32 zero bytes starts 66687aadf862bd776c8fc18b8e9f8e20.
    assert_eq!(
        fingerprint(&[0; 32]),
        "6668 7aad f862 bd77 6c8f c18b 8e9f 8e20"
    );
}

#[test]
fn load_or_create_twice_gives_the_same_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("node.key");
    let (first, created) = NodeSigningKey::load_or_create(&path, now()).unwrap();
    assert!(created);
    #[cfg(unix)]
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let (second, created) = NodeSigningKey::load_or_create(&path, now()).unwrap();
    assert!(!created);
    assert_eq!(first.public_key(), second.public_key());
    assert_eq!(second.created_at(), now());
    let sig = second.sign(b"m");
    assert!(verify(&first.public_key(), b"m", &sig));

    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# OpenTRM node signing key (Ed25519). Secret:"));
    assert!(text.contains(&first.fingerprint()));
    assert!(text.contains("created_at = \"2026-11-22T10:00:00Z\"\n"));
    assert!(text.contains("\nseed = \""));
}

#[test]
fn debug_shows_the_fingerprint_not_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("node.key");
    let (key, _) = NodeSigningKey::load_or_create(&path, now()).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let seed = text
        .lines()
        .find_map(|l| l.strip_prefix("seed = \""))
        .unwrap()
        .trim_end_matches('"');
    let debug = format!("{key:?}");
    assert!(debug.contains(&key.fingerprint()));
    assert!(!debug.contains(seed));
}

#[cfg(unix)]
#[test]
fn a_key_file_open_to_others_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("node.key");
    NodeSigningKey::load_or_create(&path, now()).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let err = NodeSigningKey::load_or_create(&path, now()).unwrap_err();
    assert!(matches!(err, CryptoError::InsecurePermissions { .. }));
    assert_eq!(
        err.to_string(),
        format!(
            "the signing key file {0} is readable by other users (mode 0640); run chmod 600 {0}",
            path.display()
        )
    );
}

#[test]
fn a_bad_seed_names_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("node.key");
    fs::write(
        &path,
        "created_at = \"2026-11-22T10:00:00Z\"\nseed = \"AAAA\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let err = NodeSigningKey::load_or_create(&path, now()).unwrap_err();
    match err {
        CryptoError::InvalidKeyFile { field, problem, .. } => {
            assert_eq!(field, "seed");
            assert_eq!(problem, "must be 32 bytes of base64, found 3 bytes");
        }
        other => panic!("{other:?}"),
    }
    // The broken file is left alone, not replaced by a new key.
    assert!(fs::read_to_string(&path).unwrap().contains("AAAA"));
}

#[test]
fn a_key_from_a_fixed_seed_is_the_same_key_every_time() {
    let a = NodeSigningKey::from_seed(&[7; 32], now());
    let b = NodeSigningKey::from_seed(&[7; 32], now());
    assert_eq!(a.public_key(), b.public_key());
    assert_eq!(a.sign(b"x"), b.sign(b"x"));
    assert_ne!(
        a.public_key(),
        NodeSigningKey::from_seed(&[8; 32], now()).public_key()
    );
}
