//! Helpers shared by the tests that drive the `trm` binary on a node folder.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod federation;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sqlx::{ConnectOptions, SqliteConnection};
use trm_store::{CaseRecord, Store};

pub const ADMIN_PASSWORD: &str = "synthetic admin passphrase";

pub fn trm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(args)
        .env_remove("TRM_DATA_KEYS")
        .output()
        .unwrap()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `trm` and returns its standard output; panics with its errors if it failed.
pub fn trm_ok(args: &[&str]) -> String {
    let out = trm(args);
    assert!(
        out.status.success(),
        "trm {args:?} failed: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

pub fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A new node at `<dir>/<name>` with `cases` synthetic cases.
pub fn node(dir: &Path, name: &str, cases: usize) -> PathBuf {
    let data = dir.join(name);
    trm_ok(&[
        "init",
        "--data",
        s(&data),
        "--country",
        "AL",
        "--name",
        "Test Focal Point Albania",
        "--admin-password",
        ADMIN_PASSWORD,
    ]);
    if cases > 0 {
        trm_ok(&[
            "gen",
            "--cases",
            &cases.to_string(),
            "--seed",
            "5",
            "--data",
            s(&data),
        ]);
    }
    data
}

/// The node's store, opened with its key file (not through `trm`).
pub async fn store(data: &Path) -> Store {
    Store::open(
        &data.join("node.db"),
        trm_store::Sealer::new(trm_store::Keyring::load(&data.join("data.keys")).unwrap()),
    )
    .await
    .unwrap()
}

/// A plain connection to the node's database, beside the store.
pub async fn raw(data: &Path) -> SqliteConnection {
    trm_store::connect_options(&data.join("node.db"))
        .create_if_missing(false)
        .connect()
        .await
        .unwrap()
}

/// A copy of a node folder that no process has open.
pub fn copy_node(from: &Path, to: &Path) -> PathBuf {
    std::fs::create_dir_all(to).unwrap();
    for name in [
        "node.db",
        "node.db-wal",
        "data.keys",
        "node.key",
        "trm.toml",
    ] {
        let source = from.join(name);
        if source.exists() {
            std::fs::copy(&source, to.join(name)).unwrap();
        }
    }
    to.to_owned()
}

/// A case with what is kept beside it, comparable.
pub type Snapshot = (
    trm_domain::Case,
    Vec<trm_domain::measure::Measure>,
    Vec<trm_domain::consent::ConsentRecord>,
    Vec<trm_domain::access::CaseShare>,
);

fn snapshot(r: CaseRecord) -> Snapshot {
    (r.case, r.measures, r.consents, r.shares)
}

/// Every case of the store, with its measures, consents and shares, by id.
pub async fn every_case(store: &Store) -> Vec<Snapshot> {
    let mut out = Vec::new();
    for case in store.all_cases().await.unwrap() {
        out.push(snapshot(store.case(case.id).await.unwrap().unwrap()));
    }
    out
}

pub const SEALED_TABLES: [&str; 4] = ["cases", "measures", "consents", "case_shares"];

/// Every (table, id, stored doc) of the sealed tables, in order.
pub async fn sealed_rows(data: &Path) -> Vec<(String, String, Vec<u8>)> {
    use sqlx::{Connection, Row};
    let mut conn = raw(data).await;
    let mut out = Vec::new();
    for table in SEALED_TABLES {
        let rows = sqlx::query(&format!("SELECT id, doc FROM {table} ORDER BY id"))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        for r in rows {
            out.push((table.to_owned(), r.get(0), r.get(1)));
        }
    }
    conn.close().await.unwrap();
    out
}

/// A user's first login: the password gives an enrolment session, which sets up TOTP
/// and so becomes a full session. Returns its token (sessions outlive a restart).
pub async fn first_login(
    http: &reqwest::Client,
    url: &str,
    username: &str,
    password: &str,
) -> String {
    let r = http
        .post(format!("{url}/api/auth/login"))
        .json(&serde_json::json!({"username": username, "password": password}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::OK);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["enrolment_required"], true);
    let token = v["token"].as_str().unwrap().to_owned();
    let enrolment: serde_json::Value = http
        .post(format!("{url}/api/auth/totp/enrol"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let secret = trm_server::totp::decode_secret(enrolment["secret"].as_str().unwrap()).unwrap();
    let code = trm_server::totp::code_at(&secret, time::OffsetDateTime::now_utc().unix_timestamp());
    let r = http
        .post(format!("{url}/api/auth/totp/confirm"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"code": code}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::OK);
    token
}
