//! `trm keys rotate` between two real `trm serve` processes: refused while the server
//! runs; on the stopped node it makes new keys; after the restart the peer follows the
//! handover (`trm peer list` shows the new fingerprint), a referral queued before the
//! rotation still arrives, and one sent afterwards (signed with the new key) arrives too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use reqwest::Method;
use serde_json::json;

mod support;
use support::federation::{Node, arrived, call, draft_referral, login, user};

/// Drafts and sends a complete Italian referral to Albania (with consent); returns its id.
async fn send_referral(http: &reqwest::Client, italy: &str, token: &str) -> String {
    let id = draft_referral(http, italy, token).await;
    call(
        http,
        Method::POST,
        format!("{italy}/api/referrals/{id}/send"),
        token,
        json!({}),
    )
    .await;
    id
}

async fn wait_for(http: &reqwest::Client, albania: &str, token: &str, id: &str) {
    for _ in 0..1200 {
        if arrived(http, albania, token).await.iter().any(|r| r == id) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("referral {id} never arrived");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_node_is_followed_by_its_peer_and_nothing_queued_is_lost() {
    let root = tempfile::tempdir().unwrap();
    let mut italy = Node::init(root.path(), "IT").await;
    let mut albania = Node::init(root.path(), "AL").await;
    let (old_fp, fp_al) = (italy.fingerprint().await, albania.fingerprint().await);
    italy.trust_ok(&albania, &fp_al).await;
    albania.trust_ok(&italy, &old_fp).await;

    let http = reqwest::Client::new();
    let it_admin = login(&http, &italy.url, "admin").await;
    let manager = user(&http, &italy.url, &it_admin, "manager", "case_manager").await;
    let al_admin = login(&http, &albania.url, "admin").await;
    let focal = user(&http, &albania.url, &al_admin, "focal", "focal_point").await;

    // Queued while Albania is down: sealed and signed with Italy's old key.
    albania.kill().await;
    let before = send_referral(&http, &italy.url, &manager).await;

    // Refused while Italy's server holds the keys.
    let refused = italy.run(&["keys", "rotate"]).await;
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("stop the node's server"));
    assert_eq!(italy.fingerprint().await, old_fp);

    italy.kill().await;
    let signed = italy.run(&["audit", "checkpoint"]).await;
    assert!(signed.status.success());
    let rotated = italy.run(&["keys", "rotate"]).await;
    assert!(
        rotated.status.success(),
        "{}",
        String::from_utf8_lossy(&rotated.stderr)
    );
    let new_fp = italy.fingerprint().await;
    assert_ne!(new_fp, old_fp);
    assert!(String::from_utf8_lossy(&rotated.stdout).contains(&new_fp));
    // The audit trail, its checkpoints signed with the old key included, still verifies.
    let verified = italy.run(&["audit", "verify"]).await;
    let report = String::from_utf8_lossy(&verified.stdout).into_owned();
    assert!(
        verified.status.success() && !report.contains("checkpoints: 0 checked"),
        "{report}{}",
        String::from_utf8_lossy(&verified.stderr)
    );

    albania.start().await;
    italy.start().await;
    wait_for(&http, &albania.url, &focal, &before).await;
    let mut followed = false;
    for _ in 0..400 {
        let list = albania.run(&["peer", "list"]).await;
        let text = String::from_utf8_lossy(&list.stdout).into_owned();
        if text.contains(&new_fp) {
            assert!(!text.contains(&old_fp), "{text}");
            followed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(followed, "Albania never pinned Italy's new key");

    // Signed with the new key.
    let after = send_referral(&http, &italy.url, &manager).await;
    wait_for(&http, &albania.url, &focal, &after).await;
    let ids = arrived(&http, &albania.url, &focal).await;
    assert_eq!(ids.len(), 2, "each referral exactly once: {ids:?}");
}
