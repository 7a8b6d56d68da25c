//! `trm keys rotate` between two real `trm serve` processes: refused while the server
//! runs; on the stopped node it makes new keys; after the restart the peer follows the
//! handover (`trm peer list` shows the new fingerprint), a referral queued before the
//! rotation still arrives, and one sent afterwards (signed with the new key) arrives too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use tokio::process::{Child, Command};

mod support;
use support::first_login;

const PASSWORD: &str = "synthetic rotation passphrase";

fn trm() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_trm"));
    c.env_remove("TRM_DATA_KEYS");
    c
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Node {
    data: PathBuf,
    url: String,
    server: Option<Child>,
}

impl Node {
    async fn init(root: &Path, country: &str) -> Node {
        let data = root.join(country);
        let port = free_port();
        let status = trm()
            .args(["init", "--country", country, "--name"])
            .arg(format!("Test node {country}"))
            .args(["--admin-password", PASSWORD])
            .args(["--listen", &format!("127.0.0.1:{port}"), "--data"])
            .arg(&data)
            .stdout(Stdio::null())
            .status()
            .await
            .unwrap();
        assert!(status.success());
        let mut node = Node {
            data,
            url: format!("http://127.0.0.1:{port}"),
            server: None,
        };
        node.start().await;
        node
    }

    async fn start(&mut self) {
        let child = trm()
            .args(["serve", "--data"])
            .arg(&self.data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        self.server = Some(child);
        for _ in 0..200 {
            if reqwest::get(format!("{}/api/health", self.url))
                .await
                .is_ok()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("{} did not start", self.url);
    }

    async fn kill(&mut self) {
        if let Some(mut child) = self.server.take() {
            child.start_kill().unwrap();
            child.wait().await.unwrap();
        }
    }

    /// Runs `trm <args> --data <this node>`.
    async fn run(&self, args: &[&str]) -> std::process::Output {
        trm()
            .args(args)
            .arg("--data")
            .arg(&self.data)
            .output()
            .await
            .unwrap()
    }

    async fn fingerprint(&self) -> String {
        let out = self.run(&["node", "show"]).await;
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text.lines().find(|l| l.starts_with("signing")).unwrap();
        line.split("fingerprint ").nth(1).unwrap().trim().to_owned()
    }

    async fn trust(&self, other: &Node, fingerprint: &str) {
        let out = self
            .run(&[
                "peer",
                "add",
                "--url",
                &other.url,
                "--fingerprint",
                fingerprint,
                "--legal-basis",
                "public_bodies_arrangement",
            ])
            .await;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

async fn call(
    http: &reqwest::Client,
    method: Method,
    url: String,
    token: &str,
    body: Value,
) -> Value {
    let r = http
        .request(method, url)
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = r.status();
    let v: Value = r.json().await.unwrap_or(Value::Null);
    assert!(status.is_success(), "{status}: {v:#}");
    v
}

/// The administrator creates a user of `role`; returns the user's session token.
async fn user(
    http: &reqwest::Client,
    url: &str,
    admin: &str,
    username: &str,
    role: &str,
) -> String {
    let me = call(
        http,
        Method::GET,
        format!("{url}/api/me"),
        admin,
        Value::Null,
    )
    .await;
    call(
        http,
        Method::POST,
        format!("{url}/api/users"),
        admin,
        json!({"username": username, "display_name": format!("Test {username}"), "role": role,
               "organisation": me["user"]["organisation"], "password": PASSWORD}),
    )
    .await;
    first_login(http, url, username, PASSWORD).await
}

/// Drafts and sends a complete Italian referral to Albania (with consent); returns its id.
async fn send_referral(http: &reqwest::Client, italy: &str, token: &str) -> String {
    let case = call(http, Method::POST, format!("{italy}/api/cases"), token, json!({
        "status": "presumed_victim",
        "person": {"given_name": "Testa", "family_name": "Fictiva", "sex": "female", "age_estimate": "over_18", "citizenships": ["AL"]},
        "case_info": {"exploitation_types": ["labour"], "exploitation_countries": ["IT"]}
    }))
    .await;
    let case = case["case"]["id"].as_str().unwrap().to_owned();
    call(http, Method::POST, format!("{italy}/api/cases/{case}/consents"), token, json!({
        "scope": {"kind": "share_data", "country": "AL", "purpose": "referral"},
        "decision": "given", "decided_on": "2026-03-01", "informed": {"language": "sq", "interpreter_present": true}
    }))
    .await;
    let view = call(
        http,
        Method::POST,
        format!("{italy}/api/cases/{case}/referrals"),
        token,
        json!({"recipient": "AL"}),
    )
    .await;
    let id = view["referral"]["id"].as_str().unwrap().to_owned();
    let mut fields = view["current"]["document"]["fields"].clone();
    fields["perspective.wishes_programme"] = json!(true);
    fields["perspective.informed_of_programme"] = json!(true);
    fields["personal.children_to_return"] = json!(false);
    call(
        http,
        Method::PUT,
        format!("{italy}/api/referrals/{id}/draft"),
        token,
        json!({"fields": fields}),
    )
    .await;
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

async fn arrived(http: &reqwest::Client, albania: &str, token: &str) -> Vec<String> {
    let Ok(r) = http
        .get(format!("{albania}/api/referrals"))
        .bearer_auth(token)
        .send()
        .await
    else {
        return Vec::new();
    };
    let v: Value = r.json().await.unwrap_or(Value::Null);
    v.as_array()
        .into_iter()
        .flatten()
        .map(|r| r["id"].as_str().unwrap_or("").to_owned())
        .collect()
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
    italy.trust(&albania, &fp_al).await;
    albania.trust(&italy, &old_fp).await;

    let http = reqwest::Client::new();
    let it_admin = first_login(&http, &italy.url, "admin", PASSWORD).await;
    let manager = user(&http, &italy.url, &it_admin, "manager", "case_manager").await;
    let al_admin = first_login(&http, &albania.url, "admin", PASSWORD).await;
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
