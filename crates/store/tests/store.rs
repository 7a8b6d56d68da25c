//! The store against a real SQLite file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sqlx::{ConnectOptions, Row};
use time::OffsetDateTime;
use trm_domain::case::{Case, NewCase};
use trm_domain::codes::{CountryCode, OrganisationKind};
use trm_domain::ids::{CaseId, OrganisationId};
use trm_domain::org::{NewOrganisation, Organisation};
use trm_store::{CaseChange, Change, Store, StoreError, connect_options};
use uuid::Uuid;

fn new_case() -> NewCase {
    serde_json::from_value(serde_json::json!({
        "status": "presumed_victim",
        "person": {"given_name": "Testa", "family_name": "Fictiva", "sex": "female"}
    }))
    .unwrap()
}

fn sealer() -> trm_store::Sealer {
    trm_store::Sealer::new(trm_store::Keyring::generate(OffsetDateTime::now_utc()))
}

async fn setup() -> (tempfile::TempDir, Store, Organisation) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("node.db"), sealer())
        .await
        .unwrap();
    let org = Organisation::create(
        OrganisationId::from_uuid(Uuid::now_v7()),
        NewOrganisation {
            name: "Test NGO".into(),
            kind: OrganisationKind::Ngo,
            country: CountryCode::parse("IT").unwrap(),
        },
    )
    .unwrap();
    store
        .write(Change::CreateOrganisation(org.clone()))
        .await
        .unwrap();
    (dir, store, org)
}

fn insert(case: &Case) -> Change {
    Change::Case(Box::new(CaseChange {
        case: case.clone(),
        expected_version: None,
        measures: vec![],
        consents: vec![],
        shares: vec![],
        referrals: Vec::new(),
        erase_referrals: false,
        outbox: Vec::new(),
        events: vec![],
    }))
}

#[tokio::test]
async fn durability_settings_are_wal_with_a_full_sync_on_commit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("node.db");
    Store::open(&path, sealer()).await.unwrap();
    let mut conn = connect_options(&path).connect().await.unwrap();
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(&mut conn)
        .await
        .unwrap()
        .get(0);
    let sync: i64 = sqlx::query("PRAGMA synchronous")
        .fetch_one(&mut conn)
        .await
        .unwrap()
        .get(0);
    assert_eq!(mode, "wal");
    assert_eq!(
        sync, 2,
        "synchronous=FULL: an acknowledged commit survives a power cut"
    );
}

#[tokio::test]
async fn one_bad_change_in_a_group_commit_fails_alone() {
    let (_dir, store, org) = setup().await;
    let now = OffsetDateTime::now_utc();
    let cases: Vec<Case> = (0..50)
        .map(|_| Case::open(CaseId::from_uuid(Uuid::now_v7()), org.id, new_case(), now).unwrap())
        .collect();
    // The same case twice in one burst: the second insert must fail, the rest succeed.
    let mut writes = Vec::new();
    for case in cases.iter().chain(std::iter::once(&cases[7])) {
        let store = store.clone();
        let change = insert(case);
        writes.push(tokio::spawn(async move { store.write(change).await }));
    }
    let mut failures = 0;
    for w in writes {
        match w.await.unwrap() {
            Ok(()) => {}
            Err(StoreError::Duplicate(_)) => failures += 1,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(failures, 1);
    assert_eq!(store.count_cases().await.unwrap(), 50);
}

#[tokio::test]
async fn a_stale_version_is_a_conflict_and_writes_nothing() {
    let (_dir, store, org) = setup().await;
    let now = OffsetDateTime::now_utc();
    let case = Case::open(CaseId::from_uuid(Uuid::now_v7()), org.id, new_case(), now).unwrap();
    store.write(insert(&case)).await.unwrap();
    let next = case.touched(now);
    let update = |expected| {
        Change::Case(Box::new(CaseChange {
            case: next.clone(),
            expected_version: Some(expected),
            measures: vec![],
            consents: vec![],
            shares: vec![],
            referrals: Vec::new(),
            erase_referrals: false,
            outbox: Vec::new(),
            events: vec![],
        }))
    };
    store.write(update(1)).await.unwrap();
    assert!(matches!(
        store.write(update(1)).await,
        Err(StoreError::Conflict)
    ));
    assert_eq!(store.case(case.id).await.unwrap().unwrap().case.version, 2);
}

#[tokio::test]
async fn reopening_applies_no_migration_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("node.db");
    Store::open(&path, sealer()).await.unwrap().close().await;
    let store = Store::open(&path, sealer()).await.unwrap();
    store.close().await;
    let mut conn = connect_options(&path).connect().await.unwrap();
    let n: i64 = sqlx::query("SELECT count(*) FROM schema_migrations")
        .fetch_one(&mut conn)
        .await
        .unwrap()
        .get(0);
    assert_eq!(n as usize, trm_store::MIGRATIONS.len());
}

#[tokio::test]
async fn the_log_is_checkpointed_in_the_background() {
    let (dir, store, org) = setup().await;
    let db = dir.path().join("node.db");
    let size = || std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    let before = size();
    let now = OffsetDateTime::now_utc();
    for _ in 0..200 {
        let case = Case::open(CaseId::from_uuid(Uuid::now_v7()), org.id, new_case(), now).unwrap();
        store.write(insert(&case)).await.unwrap();
    }
    // Commits only append to the log; the database file grows when a checkpoint copies
    // the log into it, which nothing but the background task does.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while size() <= before && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        size() > before,
        "the database file never grew: no checkpoint ran"
    );
}
