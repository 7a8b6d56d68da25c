//! Real nodes as `trm serve` processes on loopback, for the tests of the federation:
//! start, `kill -9`, restart, trust each other by fingerprint, and the API calls a
//! person would make (log in, create a user, draft and send a referral).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use tokio::process::{Child, Command};

use super::first_login;

pub const PASSWORD: &str = "synthetic federation passphrase";

pub fn trm() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_trm"));
    c.env_remove("TRM_DATA_KEYS");
    c
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Node {
    pub data: PathBuf,
    pub url: String,
    pub server: Option<Child>,
}

impl Node {
    /// `trm init` a node of `country` under `root`, and start its server.
    pub async fn init(root: &Path, country: &str) -> Node {
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

    pub async fn start(&mut self) {
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
    pub async fn kill(&mut self) {
        if let Some(mut child) = self.server.take() {
            child.start_kill().unwrap();
            child.wait().await.unwrap();
        }
    }

    /// Runs `trm <args> --data <this node>`.
    pub async fn run(&self, args: &[&str]) -> std::process::Output {
        trm()
            .args(args)
            .arg("--data")
            .arg(&self.data)
            .output()
            .await
            .unwrap()
    }

    /// The signing key's fingerprint, as `trm node show` prints it.
    pub async fn fingerprint(&self) -> String {
        let out = self.run(&["node", "show"]).await;
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text.lines().find(|l| l.starts_with("signing")).unwrap();
        line.split("fingerprint ").nth(1).unwrap().trim().to_owned()
    }

    /// `trm peer add` of `other`, pinned by `fingerprint`.
    pub async fn trust(&self, other: &Node, fingerprint: &str) -> std::process::Output {
        self.run(&[
            "peer",
            "add",
            "--url",
            &other.url,
            "--fingerprint",
            fingerprint,
            "--legal-basis",
            "public_bodies_arrangement",
        ])
        .await
    }

    /// Like [`Node::trust`], and it must succeed.
    pub async fn trust_ok(&self, other: &Node, fingerprint: &str) {
        let out = self.trust(other, fingerprint).await;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A first login that sets up the second factor; returns the session token.
pub async fn login(http: &reqwest::Client, url: &str, username: &str) -> String {
    first_login(http, url, username, PASSWORD).await
}

/// One API call that must succeed; returns the answer's JSON.
pub async fn call(
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
pub async fn user(
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
    login(http, url, username).await
}

/// A case in Italy with consent to share with Albania, and its complete referral
/// (a draft); returns the referral's id.
pub async fn draft_referral(http: &reqwest::Client, italy: &str, token: &str) -> String {
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

/// The ids of the referrals `token` sees at `albania` (none while it is down).
pub async fn arrived(http: &reqwest::Client, albania: &str, token: &str) -> Vec<String> {
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
