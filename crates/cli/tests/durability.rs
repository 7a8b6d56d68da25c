//! An acknowledged write survives `kill -9` of the server: the real binary is killed in
//! the middle of a load of creates, restarted, and every create that got a 2xx is there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

mod support;
use support::first_login;

const ADMIN_PASSWORD: &str = "synthetic admin passphrase";
const WORKER_PASSWORD: &str = "synthetic worker passphrase";

async fn serve(data: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines.next_line().await.unwrap().unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_owned();
    (child, url)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_create_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("node");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_trm"))
        .args([
            "init",
            "--country",
            "IT",
            "--name",
            "Durability Test NGO",
            "--admin-password",
            ADMIN_PASSWORD,
            "--data",
        ])
        .arg(&data)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());

    let http = reqwest::Client::new();
    let (mut server, mut url) = serve(&data).await;
    let admin = first_login(&http, &url, "admin", ADMIN_PASSWORD).await;
    let me: Value = http
        .get(format!("{url}/api/me"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let r = http
        .post(format!("{url}/api/users"))
        .bearer_auth(&admin)
        .json(
            &json!({"username": "worker", "display_name": "Test Worker", "role": "case_worker",
                      "organisation": me["user"]["organisation"], "password": WORKER_PASSWORD}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);

    // One session for all rounds: it is in the database, so it outlives each kill -9.
    let token = first_login(&http, &url, "worker", WORKER_PASSWORD).await;
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    for round in 0..3 {
        let mut writers = Vec::new();
        for w in 0..16 {
            let (http, url, token, acked) = (
                http.clone(),
                url.clone(),
                token.clone(),
                acknowledged.clone(),
            );
            writers.push(tokio::spawn(async move {
                for i in 0.. {
                    let body = json!({
                        "status": "presumed_victim",
                        "person": {"given_name": format!("Durable{round}x{w}x{i}"), "family_name": "Fictiva", "sex": "female"}
                    });
                    let Ok(r) = http.post(format!("{url}/api/cases")).bearer_auth(&token).json(&body).send().await else {
                        break;
                    };
                    if r.status() != StatusCode::CREATED {
                        break;
                    }
                    let Ok(v) = r.json::<Value>().await else { break };
                    acked.lock().unwrap().push(v["case"]["id"].as_str().unwrap().to_owned());
                }
            }));
        }
        // Let the load run, then pull the plug while requests are in flight.
        let before = acknowledged.lock().unwrap().len();
        while acknowledged.lock().unwrap().len() < before + 200 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        server.start_kill().unwrap(); // SIGKILL
        server.wait().await.unwrap();
        for w in writers {
            w.await.unwrap();
        }
        (server, url) = serve(&data).await;
        let ids = acknowledged.lock().unwrap().clone();
        for id in &ids {
            let r = http
                .get(format!("{url}/api/cases/{id}"))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap();
            assert_eq!(
                r.status(),
                StatusCode::OK,
                "round {round}: acknowledged case {id} lost after kill -9"
            );
        }
        assert!(ids.len() >= (round + 1) * 200);
    }
    server.start_kill().unwrap();
}
