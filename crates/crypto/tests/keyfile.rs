//! Data key files: permissions, atomic save, validation with errors naming the field.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;

use time::OffsetDateTime;
use time::macros::datetime;
use trm_crypto::{CryptoError, KeyId, Keyring};

fn now() -> OffsetDateTime {
    datetime!(2026-11-22 10:00 UTC)
}

const KEY_A: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const KEY_B: &str = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

fn invalid(text: &str) -> (String, String, String) {
    match Keyring::from_toml(text) {
        Err(CryptoError::InvalidKeyFile {
            origin,
            field,
            problem,
        }) => (origin, field, problem),
        other => panic!("expected InvalidKeyFile, got {other:?}"),
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn create_new_writes_a_0600_file_that_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    let created = Keyring::create_new(&path, now()).unwrap();
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# OpenTRM data keys. Secret:"), "{text}");
    assert!(text.contains("current = 1\n"));
    assert!(text.contains("created_at = \"2026-11-22T10:00:00Z\"\n"));

    let loaded = Keyring::load(&path).unwrap();
    let sealed = created.seal(b"Testa Fictiva", b"").unwrap();
    assert_eq!(loaded.open(&sealed, b"").unwrap(), b"Testa Fictiva");
    assert_eq!(loaded.key(KeyId(1)).unwrap().created_at(), now());
}

#[test]
fn create_new_refuses_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    fs::write(&path, "keep me").unwrap();
    let err = Keyring::create_new(&path, now()).unwrap_err();
    assert!(
        matches!(&err, CryptoError::File { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists),
        "{err:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "keep me");
}

#[cfg(unix)]
#[test]
fn a_file_readable_by_others_is_refused_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    Keyring::create_new(&path, now()).unwrap();
    for bad in [0o644, 0o640, 0o604, 0o620, 0o601] {
        fs::set_permissions(&path, fs::Permissions::from_mode(bad)).unwrap();
        let err = Keyring::load(&path).unwrap_err();
        assert!(
            matches!(err, CryptoError::InsecurePermissions { mode, .. } if mode == bad),
            "{err:?}"
        );
        let message = err.to_string();
        let shown = path.display().to_string();
        assert!(message.contains(&shown), "{message}");
        assert!(message.contains(&format!("(mode {bad:04o})")), "{message}");
        assert!(
            message.contains(&format!("run chmod 600 {shown}")),
            "{message}"
        );
    }
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let message = Keyring::load(&path).unwrap_err().to_string();
    assert_eq!(
        message,
        format!(
            "the data key file {0} is readable by other users (mode 0644); run chmod 600 {0}",
            path.display()
        )
    );
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    Keyring::load(&path).unwrap();
}

#[test]
fn save_replaces_atomically_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    let mut keyring = Keyring::create_new(&path, now()).unwrap();
    let old = keyring.seal(b"old", b"").unwrap();
    keyring
        .add_key(datetime!(2027-01-01 00:00:00.5 +01:00))
        .unwrap();
    let new = keyring.seal(b"new", b"").unwrap();
    // A stale temporary file from an interrupted save, with a bad mode, is replaced.
    let tmp = dir.path().join("keys.toml.tmp");
    fs::write(&tmp, "stale").unwrap();
    keyring.save(&path).unwrap();
    assert!(!tmp.exists());
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);

    let loaded = Keyring::load(&path).unwrap();
    assert_eq!(loaded.current(), KeyId(2));
    assert_eq!(loaded.ids(), vec![KeyId(1), KeyId(2)]);
    assert_eq!(loaded.open(&old, b"").unwrap(), b"old");
    assert_eq!(loaded.open(&new, b"").unwrap(), b"new");
    // Written in UTC, whole seconds.
    assert_eq!(
        loaded.key(KeyId(2)).unwrap().created_at(),
        datetime!(2026-12-31 23:00 UTC)
    );
    assert_eq!(loaded.to_toml().unwrap(), keyring.to_toml().unwrap());
}

#[test]
fn the_documented_file_form_parses() {
    let text = format!(
        "# OpenTRM data keys. Secret: keep this file apart from the database and back it up separately.\n\
         current = 2\n\
         [[key]]\nid = 1\ncreated_at = \"2026-11-22T10:00:00Z\"\nkey = \"{KEY_A}\"\n\
         [[key]]\nid = 2\ncreated_at = \"2026-11-23T10:00:00+02:00\"\nkey = \"{KEY_B}\"\n"
    );
    let keyring = Keyring::from_toml(&text).unwrap();
    assert_eq!(keyring.current(), KeyId(2));
    assert_eq!(keyring.ids(), vec![KeyId(1), KeyId(2)]);
    // Same key bytes, same result: another keyring parsed from the text opens it.
    let sealed = keyring.seal(b"x", b"").unwrap();
    assert_eq!(
        Keyring::from_toml(&text)
            .unwrap()
            .open(&sealed, b"")
            .unwrap(),
        b"x"
    );
}

#[test]
fn validation_errors_name_the_field() {
    let entry = |id: u32, key: &str| {
        format!("[[key]]\nid = {id}\ncreated_at = \"2026-11-22T10:00:00Z\"\nkey = \"{key}\"\n")
    };

    let (origin, field, problem) = invalid(&format!(
        "current = 3\n{}{}",
        entry(1, KEY_A),
        entry(2, KEY_B)
    ));
    assert_eq!(origin, "data keys");
    assert_eq!(field, "current");
    assert_eq!(problem, "key 3 is not in the file (it holds ids 1, 2)");

    let (_, field, problem) = invalid(&format!(
        "current = 1\n{}{}",
        entry(1, KEY_A),
        entry(1, KEY_B)
    ));
    assert_eq!(field, "[[key]] #2, field `id`");
    assert!(problem.contains("appears twice"), "{problem}");

    let (_, field, problem) = invalid(&format!("current = 1\n{}", entry(1, "AAAA")));
    assert_eq!(field, "[[key]] #1 (id 1), field `key`");
    assert_eq!(problem, "must be 32 bytes of base64, found 3 bytes");

    let (_, field, problem) = invalid(&format!("current = 1\n{}", entry(1, "not base64!")));
    assert_eq!(field, "[[key]] #1 (id 1), field `key`");
    assert_eq!(problem, "not valid base64");

    let (_, field, _) = invalid(&format!("current = 0\n{}", entry(0, KEY_A)));
    assert_eq!(field, "[[key]] #1, field `id`");

    let (_, field, _) = invalid("current = 1\n");
    assert_eq!(field, "[[key]]");

    let (_, field, problem) = invalid(&format!("current = \"one\"\n{}", entry(1, KEY_A)));
    assert_eq!(field, "line 1, field `current`");
    assert!(problem.contains("expected u32"), "{problem}");

    let (_, field, problem) = invalid(&entry(1, KEY_A));
    assert!(field.starts_with("line 1"), "{field}");
    assert!(problem.contains("`current`"), "{problem}");

    let (_, field, problem) =
        invalid("current = 1\n[[key]]\nid = 1\ncreated_at = \"2026-11-22T10:00:00Z\"\n");
    assert_eq!(field, "line 2");
    assert!(problem.contains("`key`"), "{problem}");

    let (_, _, problem) = invalid(&format!("current = 1\ncurent = 2\n{}", entry(1, KEY_A)));
    assert!(problem.contains("`curent`"), "{problem}");

    let (_, field, problem) = invalid(&format!(
        "current = 1\n[[key]]\nid = 1\ncreated_at = \"yesterday\"\nkey = \"{KEY_A}\"\n"
    ));
    assert_eq!(field, "line 4, field `created_at`");
    assert!(!problem.is_empty());
}

#[test]
fn parse_errors_never_echo_a_key() {
    // A key pasted where a number belongs must not end up in an error message (and
    // from there in a log).
    let text = format!("current = \"{KEY_A}\"\n");
    let err = Keyring::from_toml(&text).unwrap_err();
    assert!(!err.to_string().contains(KEY_A), "{err}");
    assert!(!format!("{err:?}").contains(KEY_A), "{err:?}");
    let text = format!(
        "current = 1\n[[key]]\nid = \"{KEY_A}\"\ncreated_at = \"2026-11-22T10:00:00Z\"\nkey = \"{KEY_A}\"\n"
    );
    let err = Keyring::from_toml(&text).unwrap_err();
    assert!(!err.to_string().contains(KEY_A), "{err}");
}

#[test]
fn a_missing_file_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.toml");
    let message = Keyring::load(&path).unwrap_err().to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
}

#[test]
fn errors_in_a_file_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    fs::write(&path, "current = 1\n").unwrap();
    #[cfg(unix)]
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let message = Keyring::load(&path).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!(
            "invalid data key file {}: [[key]]",
            path.display()
        )),
        "{message}"
    );
}
