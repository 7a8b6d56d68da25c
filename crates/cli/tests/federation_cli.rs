//! Three nodes as three real `trm serve` processes: trusted through `trm node show` and
//! `trm peer add` (a wrong fingerprint is refused), a referral sent from Italy arrives in
//! Albania, and `kill -9` of the receiver or of the sender loses nothing and applies
//! nothing twice.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use serde_json::{Value, json};

mod support;
use support::federation::{Node, arrived, call, draft_referral, login, user};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_processes_trust_each_other_by_fingerprint_and_a_kill_9_loses_nothing() {
    let root = tempfile::tempdir().unwrap();
    let mut italy = Node::init(root.path(), "IT").await;
    let mut albania = Node::init(root.path(), "AL").await;
    let moldova = Node::init(root.path(), "MD").await;

    let (fp_it, fp_al, fp_md) = (
        italy.fingerprint().await,
        albania.fingerprint().await,
        moldova.fingerprint().await,
    );
    let wrong = italy.trust(&albania, &fp_md).await;
    assert!(
        !wrong.status.success(),
        "Moldova's fingerprint does not pin Albania"
    );
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("NOT the one"));
    for (a, b, fp) in [
        (&italy, &albania, &fp_al),
        (&albania, &italy, &fp_it),
        (&italy, &moldova, &fp_md),
        (&moldova, &italy, &fp_it),
    ] {
        let out = a.trust(b, fp).await;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let http = reqwest::Client::new();
    let it_admin = login(&http, &italy.url, "admin").await;
    let manager = user(&http, &italy.url, &it_admin, "manager", "case_manager").await;
    let al_admin = login(&http, &albania.url, "admin").await;
    let focal = user(&http, &albania.url, &al_admin, "focal", "focal_point").await;

    // Delivered while both run.
    let first = draft_referral(&http, &italy.url, &manager).await;
    call(
        &http,
        reqwest::Method::POST,
        format!("{}/api/referrals/{first}/send", italy.url),
        &manager,
        json!({}),
    )
    .await;
    let mut waited = 0;
    while !arrived(&http, &albania.url, &focal).await.contains(&first) {
        waited += 1;
        assert!(waited < 400, "the first referral never arrived");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }

    // The receiver is killed; two referrals are sent meanwhile; the sender is killed
    // right after committing the second; both come back.
    albania.kill().await;
    let second = draft_referral(&http, &italy.url, &manager).await;
    call(
        &http,
        reqwest::Method::POST,
        format!("{}/api/referrals/{second}/send", italy.url),
        &manager,
        json!({}),
    )
    .await;
    let third = draft_referral(&http, &italy.url, &manager).await;
    call(
        &http,
        reqwest::Method::POST,
        format!("{}/api/referrals/{third}/send", italy.url),
        &manager,
        json!({}),
    )
    .await;
    italy.kill().await;
    albania.start().await;
    italy.start().await;
    let mut waited = 0;
    loop {
        let ids = arrived(&http, &albania.url, &focal).await;
        if ids.contains(&second) && ids.contains(&third) {
            assert_eq!(ids.len(), 3, "each referral exactly once: {ids:?}");
            break;
        }
        waited += 1;
        assert!(
            waited < 1200,
            "the referrals sent while Albania was down never arrived: {ids:?}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    // Italy holds a receipt for each.
    let mut waited = 0;
    loop {
        let outbox = call(
            &http,
            reqwest::Method::GET,
            format!("{}/api/exchange/outbox", italy.url),
            &it_admin,
            Value::Null,
        )
        .await;
        let states: Vec<&str> = outbox
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["state"].as_str().unwrap())
            .collect();
        if states.len() == 3 && states.iter().all(|s| *s == "acknowledged") {
            break;
        }
        waited += 1;
        assert!(
            waited < 400,
            "not every message was acknowledged: {states:?}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The warning and alert times of `[exchange]` in trm.toml: a wrong one stops the node
/// from starting with a message that names the setting; good ones are taken.
#[test]
fn the_exchange_limits_in_trm_toml_are_checked_when_the_node_opens() {
    let dir = tempfile::tempdir().unwrap();
    let data = support::node(dir.path(), "albania", 0);
    let config = data.join("trm.toml");
    let original = std::fs::read_to_string(&config).unwrap();

    for (setting, wrong) in [
        ("warn_after = \"soon\"", "exchange.warn_after"),
        (
            "warn_after = \"2h\"\nalert_after = \"1h\"",
            "exchange.alert_after",
        ),
        ("message_lifetime = \"60d\"", "exchange.message_lifetime"),
    ] {
        std::fs::write(&config, format!("{original}\n[exchange]\n{setting}\n")).unwrap();
        let out = support::trm(&["peer", "list", "--data", support::s(&data)]);
        assert!(!out.status.success(), "{setting} was taken");
        let err = support::text(&out.stderr);
        assert!(err.contains(wrong), "{setting}: {err}");
    }

    std::fs::write(
        &config,
        format!("{original}\n[exchange]\nwarn_after = \"10m\"\nalert_after = \"1h\"\n"),
    )
    .unwrap();
    let listed = support::trm_ok(&["peer", "list", "--data", support::s(&data)]);
    assert!(listed.contains("no peers"), "{listed}");
}
