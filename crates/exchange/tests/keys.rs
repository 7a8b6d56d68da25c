//! HPKE key files and key ids.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;

use common::now;
use sha2::{Digest, Sha256};
use time::Duration;
use trm_crypto::{CryptoError, fingerprint};
use trm_exchange::{ExchangeError, HpkeKeyPair, PeerKeys, key_id};

#[test]
fn a_key_id_is_the_first_8_bytes_of_the_sha256_in_hex() {
    let public = [42u8; 32];
    let id = key_id(&public);
    assert_eq!(id.len(), 16);
    let digest = Sha256::digest(public);
    let expected: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(id, expected);
    // The start of the fingerprint read over the phone.
    assert_eq!(fingerprint(&public).replace(' ', "")[..16], id);
}

#[test]
fn load_or_create_makes_a_private_file_then_loads_the_same_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hpke.key");
    let (made, created) = HpkeKeyPair::load_or_create(&path, now()).unwrap();
    assert!(created);
    #[cfg(unix)]
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(made.key_id()), "the key id is in a comment");
    assert!(text.contains("valid_from = \"2026-11-22T10:00:00Z\""));
    assert!(!text.contains("valid_until"));
    let (loaded, created) = HpkeKeyPair::load_or_create(&path, now() + Duration::days(1)).unwrap();
    assert!(!created);
    assert_eq!(loaded.public_key(), made.public_key());
    assert_eq!(loaded.key_id(), made.key_id());
    assert_eq!(loaded.key_id(), key_id(&made.public_key()));
    assert_eq!(loaded.valid_from(), now());
    assert_eq!(loaded.valid_until(), None);
    // Debug shows the id and dates, never the secret.
    let debug = format!("{loaded:?}");
    assert!(debug.contains(loaded.key_id()));
    assert!(!debug.contains("secret"));
}

#[test]
fn a_rotated_out_key_keeps_its_end_of_validity() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hpke.key");
    let key = HpkeKeyPair::generate(now());
    key.write_new(&path).unwrap();
    assert!(key.write_new(&path).is_err(), "write_new never overwrites");
    let until = now() + Duration::days(90);
    let key = key.with_valid_until(Some(until));
    key.save(&path).unwrap();
    let loaded = HpkeKeyPair::load(&path).unwrap();
    assert_eq!(loaded.valid_until(), Some(until));
    assert_eq!(loaded.public_key(), key.public_key());
}

#[cfg(unix)]
#[test]
fn a_key_file_other_users_can_read_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hpke.key");
    HpkeKeyPair::generate(now()).write_new(&path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let e = HpkeKeyPair::load(&path).unwrap_err();
    assert!(
        matches!(
            e,
            ExchangeError::Key(CryptoError::InsecurePermissions { .. })
        ),
        "{e:?}"
    );
    assert!(HpkeKeyPair::load_or_create(&path, now()).is_err());
}

#[test]
fn invalid_key_files_name_the_field_and_not_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hpke.key");
    let write = |text: &str| {
        let _ = fs::remove_file(&path);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        std::io::Write::write_all(&mut options.open(&path).unwrap(), text.as_bytes()).unwrap();
    };
    let secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    let field = |text: &str| {
        write(text);
        match HpkeKeyPair::load(&path) {
            Err(ExchangeError::Key(CryptoError::InvalidKeyFile { field, problem, .. })) => {
                assert!(!problem.contains(secret), "{problem}");
                field
            }
            other => panic!("expected an invalid key file, got {other:?}"),
        }
    };
    assert_eq!(
        field("valid_from = \"2026-11-22T10:00:00Z\"\nsecret = \"AAEC\"\n"),
        "secret"
    );
    assert!(
        field(&format!("valid_from = 3\nsecret = \"{secret}\"\n")).contains("valid_from"),
        "names valid_from"
    );
    assert_eq!(
        field(&format!(
            "valid_from = \"2026-11-22T10:00:00Z\"\nvalid_until = \"2026-11-01T10:00:00Z\"\nsecret = \"{secret}\"\n"
        )),
        "valid_until"
    );
    write(&format!(
        "valid_from = \"2026-11-22T10:00:00Z\"\nsecret = \"{secret}\"\n"
    ));
    let key = HpkeKeyPair::load(&path).unwrap();
    assert_eq!(
        key.public_key(),
        HpkeKeyPair::from_secret(&std::array::from_fn(|i| i as u8), now()).public_key()
    );
}

#[test]
fn peer_keys_travel_as_json_with_base64_keys() {
    let peer = common::a().peer();
    let json = serde_json::to_value(&peer).unwrap();
    assert!(json["signing_public"].as_str().unwrap().ends_with('='));
    assert_eq!(json["hpke_key_id"], peer.hpke_key_id.as_str());
    let back: PeerKeys = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, peer);
    let mut short = json;
    short["hpke_public"] = "AAEC".into();
    assert!(serde_json::from_value::<PeerKeys>(short).is_err());
}
