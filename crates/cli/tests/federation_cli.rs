//! Three nodes as three real `trm serve` processes: trusted through `trm node show` and
//! `trm peer add` (a wrong fingerprint is refused), a referral sent from Italy arrives in
//! Albania, and `kill -9` of the receiver or of the sender loses nothing and applies
//! nothing twice.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::process::{Child, Command};

mod support;
use support::first_login;

const PASSWORD: &str = "synthetic federation passphrase";

fn trm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_trm"))
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
            .args([
                "init",
                "--country",
                country,
                "--name",
                &format!("Test node {country}"),
                "--admin-password",
                PASSWORD,
            ])
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

    /// `kill -9`, no warning.
    async fn kill(&mut self) {
        if let Some(mut child) = self.server.take() {
            child.start_kill().unwrap();
            child.wait().await.unwrap();
        }
    }

    async fn fingerprint(&self) -> String {
        let out = trm()
            .args(["node", "show", "--data"])
            .arg(&self.data)
            .output()
            .await
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("signing"))
            .unwrap()
            .to_owned();
        line.split("fingerprint ").nth(1).unwrap().trim().to_owned()
    }

    async fn trust(&self, other: &Node, fingerprint: &str) -> std::process::Output {
        trm()
            .args(["peer", "add", "--data"])
            .arg(&self.data)
            .args([
                "--url",
                &other.url,
                "--fingerprint",
                fingerprint,
                "--legal-basis",
                "public_bodies_arrangement",
            ])
            .output()
            .await
            .unwrap()
    }
}

/// A first login that sets up the second factor; returns the session token.
async fn login(http: &reqwest::Client, url: &str, username: &str) -> String {
    first_login(http, url, username, PASSWORD).await
}

/// The administrator creates a user of `role`; returns the user's session token.
async fn user(
    http: &reqwest::Client,
    url: &str,
    admin: &str,
    username: &str,
    role: &str,
) -> String {
    let me: Value = http
        .get(format!("{url}/api/me"))
        .bearer_auth(admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let r = http
        .post(format!("{url}/api/users"))
        .bearer_auth(admin)
        .json(
            &json!({"username": username, "display_name": format!("Test {username}"), "role": role,
                      "organisation": me["user"]["organisation"], "password": PASSWORD}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    login(http, url, username).await
}

async fn call(
    http: &reqwest::Client,
    method: reqwest::Method,
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

/// A case in Italy with consent to share with Albania, and its complete referral.
async fn referral(http: &reqwest::Client, italy: &str, token: &str) -> String {
    use reqwest::Method;
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
    let first = referral(&http, &italy.url, &manager).await;
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
    let second = referral(&http, &italy.url, &manager).await;
    call(
        &http,
        reqwest::Method::POST,
        format!("{}/api/referrals/{second}/send", italy.url),
        &manager,
        json!({}),
    )
    .await;
    let third = referral(&http, &italy.url, &manager).await;
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
