//! The security commands as an administrator uses them, against the real binary: the
//! audit trail catches every kind of tampering with the database, the database alone
//! reveals nothing, and data key rotation moves every record (and survives a crash).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use sqlx::Connection;
use support::*;
use trm_store::{KeyId, Keyring};

/// Runs `trm audit verify` on `data`: it must fail with status 2 and name `entry`.
fn assert_broken_at(data: &Path, entry: &str) {
    let out = trm(&["audit", "verify", "--data", s(data)]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains("the audit trail is broken") && stderr.contains(entry),
        "expected the break to name `{entry}`: {stderr}"
    );
    assert!(!text(&out.stdout).contains("intact"));
}

async fn tamper(data: &Path, statements: &[&str]) {
    let mut conn = raw(data).await;
    for sql in statements {
        let done = sqlx::query(sql).execute(&mut conn).await.unwrap();
        assert!(done.rows_affected() > 0, "{sql} changed nothing");
    }
    conn.close().await.unwrap();
}

#[tokio::test]
async fn audit_verify_finds_edited_deleted_reordered_and_truncated_entries() {
    let dir = tempfile::tempdir().unwrap();
    let base = node(dir.path(), "base", 30);
    let out = trm_ok(&["audit", "verify", "--data", s(&base)]);
    assert!(out.contains("audit trail intact") && out.contains("entries:     30"));

    // (a) one entry's stored document edited.
    let a = copy_node(&base, &dir.path().join("a"));
    tamper(
        &a,
        &[
            r#"UPDATE audit_log SET doc = CAST(replace(CAST(doc AS TEXT), '"outcome":"done"', '"outcome":"denied"') AS BLOB) WHERE seq = 5"#,
        ],
    )
    .await;
    assert_broken_at(&a, "entry 5 was changed");

    // (b) an entry in the middle deleted.
    let b = copy_node(&base, &dir.path().join("b"));
    tamper(&b, &["DELETE FROM audit_log WHERE seq = 10"]).await;
    assert_broken_at(&b, "entries 10..11 are missing");

    // (c) two entries reordered by swapping their sequence numbers.
    let c = copy_node(&base, &dir.path().join("c"));
    tamper(
        &c,
        &[
            "UPDATE audit_log SET seq = -13 WHERE seq = 13",
            "UPDATE audit_log SET seq = 13 WHERE seq = 12",
            "UPDATE audit_log SET seq = 12 WHERE seq = -13",
        ],
    )
    .await;
    assert_broken_at(&c, "entry 12 does not point");

    // (d) the last entries deleted after the head was signed: the chain that is left
    // is whole, only the signed checkpoint shows what is missing.
    let d = copy_node(&base, &dir.path().join("d"));
    let signed = trm_ok(&["audit", "checkpoint", "--data", s(&d)]);
    let head: u64 = signed
        .split_whitespace()
        .skip_while(|w| *w != "entry")
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(head, 31, "30 creates and the verification before: {signed}");
    tamper(
        &d,
        &[&format!("DELETE FROM audit_log WHERE seq > {}", head - 3)],
    )
    .await;
    assert_broken_at(
        &d,
        &format!("checkpoint at entry {head} lies beyond the end"),
    );
    let refused = trm(&["audit", "checkpoint", "--data", s(&d)]);
    assert_eq!(
        refused.status.code(),
        Some(2),
        "a broken chain is never signed"
    );

    // The untouched node still verifies, and every verification was itself recorded.
    let out = trm_ok(&["audit", "verify", "--data", s(&base)]);
    assert!(out.contains("entries:     31"), "{out}");
    let store = store(&base).await;
    let last = store.audit_entries(30, 10).await.unwrap();
    assert_eq!(
        last[0].event.action,
        trm_domain::audit::AuditAction::AuditVerified
    );
}

#[tokio::test]
async fn the_database_file_alone_reveals_no_name_or_note() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 30);
    let store = store(&data).await;
    let mut secrets = Vec::new();
    for (case, measures, consents, _) in every_case(&store).await {
        let p = &case.person;
        secrets.extend([p.given_name.clone(), p.family_name.clone()]);
        secrets.extend(p.previous_names.iter().cloned());
        secrets.extend(p.nicknames.iter().cloned());
        secrets.extend(p.place_of_birth.clone());
        secrets.extend(p.residence_address.clone());
        secrets.extend(case.risk_assessment.and_then(|r| r.notes));
        secrets.extend(case.risk_management_plan.map(|r| r.summary));
        secrets.extend(case.best_interests.into_iter().map(|b| b.summary));
        secrets.extend(measures.into_iter().map(|m| m.notes));
        secrets.extend(consents.into_iter().filter_map(|c| c.informed.notes));
    }
    store.close().await;
    // Short strings could turn up in any binary data by chance.
    secrets.retain(|s| s.len() >= 5);
    secrets.sort();
    secrets.dedup();
    assert!(
        secrets.len() > 60,
        "the cases hold names and notes: {}",
        secrets.len()
    );
    assert!(secrets.iter().any(|s| s.starts_with("Synthetic")));

    let mut bytes = std::fs::read(data.join("node.db")).unwrap();
    if let Ok(wal) = std::fs::read(data.join("node.db-wal")) {
        bytes.extend(wal);
    }
    for secret in &secrets {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "`{secret}` is readable in the database file"
        );
    }
}

/// Every sealed row's key id, as stored.
async fn key_ids(data: &Path) -> Vec<Option<KeyId>> {
    sealed_rows(data)
        .await
        .into_iter()
        .map(|(_, _, doc)| trm_crypto::sealed_key_id(&doc))
        .collect()
}

#[tokio::test]
async fn rotation_moves_every_record_under_the_new_key_and_retires_the_old() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 30);
    let store_before = store(&data).await;
    let before = every_case(&store_before).await;
    store_before.close().await;
    let old_keys = dir.path().join("old.keys");
    std::fs::copy(data.join("data.keys"), &old_keys).unwrap();
    assert!(key_ids(&data).await.iter().all(|k| *k == Some(KeyId(1))));

    let out = trm_ok(&["keys", "rotate-data", "--data", s(&data), "--batch", "7"]);
    assert!(out.contains("added data key 2"), "{out}");
    assert!(out.contains("retired data key(s) 1"), "{out}");

    let keyring = Keyring::load(&data.join("data.keys")).unwrap();
    assert_eq!(keyring.ids(), vec![KeyId(2)], "the old key is retired");
    assert_eq!(keyring.current(), KeyId(2));
    let ids = key_ids(&data).await;
    assert!(ids.len() > 100);
    assert!(
        ids.iter().all(|k| *k == Some(KeyId(2))),
        "every sealed row is under key 2"
    );
    let after = store(&data).await;
    assert_eq!(
        every_case(&after).await,
        before,
        "every record reads back the same"
    );
    after.close().await;
    // The old key file no longer opens anything.
    let old = trm_store::Store::open(
        &data.join("node.db"),
        trm_store::Sealer::new(Keyring::load(&old_keys).unwrap()),
    )
    .await
    .unwrap();
    assert!(old.all_cases().await.is_err());
    old.close().await;
    trm_ok(&["audit", "verify", "--data", s(&data)]);

    // Keys from the environment cannot be rewritten by the command.
    let refused = Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(["keys", "rotate-data", "--data", s(&data)])
        .env(
            "TRM_DATA_KEYS",
            std::fs::read_to_string(data.join("data.keys")).unwrap(),
        )
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(text(&refused.stderr).contains("TRM_DATA_KEYS"));
    assert_eq!(
        Keyring::load(&data.join("data.keys")).unwrap().ids(),
        vec![KeyId(2)]
    );
}

#[tokio::test]
async fn a_rotation_killed_half_way_finishes_when_run_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 30);
    let before_store = store(&data).await;
    let before = every_case(&before_store).await;
    before_store.close().await;

    let mut child = Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(["keys", "rotate-data", "--batch", "1", "--data", s(&data)])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    loop {
        let line = lines.next().unwrap().unwrap();
        if line.contains("resealed") {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL, between two batches or in the middle of one
    child.wait().unwrap();

    let keyring = Keyring::load(&data.join("data.keys")).unwrap();
    assert_eq!(
        keyring.ids(),
        vec![KeyId(1), KeyId(2)],
        "the new key was saved before anything was sealed under it"
    );
    let ids = key_ids(&data).await;
    assert!(ids.contains(&Some(KeyId(2))));
    assert!(
        ids.contains(&Some(KeyId(1))),
        "killed half-way: rows remain under the old key"
    );

    let out = trm_ok(&["keys", "rotate-data", "--data", s(&data)]);
    assert!(out.contains("continuing an unfinished rotation"), "{out}");
    assert!(out.contains("retired data key(s) 1"), "{out}");
    assert!(key_ids(&data).await.iter().all(|k| *k == Some(KeyId(2))));
    assert_eq!(
        Keyring::load(&data.join("data.keys")).unwrap().ids(),
        vec![KeyId(2)]
    );
    let after = store(&data).await;
    assert_eq!(every_case(&after).await, before);
    after.close().await;
    trm_ok(&["audit", "verify", "--data", s(&data)]);
}

/// Starts `trm serve` on the node and waits for it to listen.
fn serve(data: &Path) -> std::process::Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data", s(data)])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    assert!(line.contains("listening on"), "{line}");
    child
}

#[tokio::test]
async fn the_old_key_is_kept_while_a_server_started_before_the_rotation_runs() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 10);
    let mut server = serve(&data);

    // The server holds key 1 in memory and would seal new records under it: the
    // rotation moves the records but must not retire key 1.
    let out = trm(&["keys", "rotate-data", "--data", s(&data)]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("still seals new records under data key(s) 1"),
        "{stderr}"
    );
    assert_eq!(
        Keyring::load(&data.join("data.keys")).unwrap().ids(),
        vec![KeyId(1), KeyId(2)]
    );
    assert!(key_ids(&data).await.iter().all(|k| *k == Some(KeyId(2))));

    // Restarted, the server seals under key 2; the rotation now finishes while it runs.
    server.kill().unwrap();
    server.wait().unwrap();
    let mut server = serve(&data);
    let out = trm_ok(&["keys", "rotate-data", "--data", s(&data)]);
    assert!(out.contains("retired data key(s) 1"), "{out}");
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(
        Keyring::load(&data.join("data.keys")).unwrap().ids(),
        vec![KeyId(2)]
    );
}

/// TOTP secrets are sealed under the data key like case documents: rotation moves them
/// too, or retiring the old key would lock every user out of their second factor.
#[tokio::test]
async fn rotation_moves_the_totp_secrets_too() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 0);
    let store_before = store(&data).await;
    let admin = store_before
        .user_by_username("admin")
        .await
        .unwrap()
        .unwrap()
        .0;
    let state = trm_server::AppState::new(
        store_before.clone(),
        store_before.node().await.unwrap().unwrap(),
        trm_domain::load_catalogue().unwrap(),
    );
    let enrolled = trm_server::accounts::enrol_totp_unchecked(&state, &admin)
        .await
        .unwrap();
    let secret = trm_server::totp::decode_secret(&enrolled.secret).unwrap();
    drop(state);
    store_before.close().await;

    let stored_key = async || {
        let mut conn = raw(&data).await;
        let row: (Vec<u8>,) =
            sqlx::query_as("SELECT totp_secret FROM users WHERE username = 'admin'")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        conn.close().await.unwrap();
        trm_crypto::sealed_key_id(&row.0)
    };
    assert_eq!(stored_key().await, Some(KeyId(1)));
    let out = trm_ok(&["keys", "rotate-data", "--data", s(&data)]);
    assert!(out.contains("retired data key(s) 1"), "{out}");
    assert_eq!(
        stored_key().await,
        Some(KeyId(2)),
        "resealed under the new key"
    );
    let after = store(&data).await;
    let totp = after.totp(admin.id).await.unwrap().unwrap();
    assert_eq!(totp.secret, secret, "and it still opens, unchanged");
    after.close().await;
}
