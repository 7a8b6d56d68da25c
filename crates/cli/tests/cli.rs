//! The `trm` binary as an administrator uses it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

use serde_json::Value;
use trm_domain::timeline::{Actor, EventKind};
use trm_store::{CaseFilter, Store};

fn trm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn gen_prints_deterministic_json_lines() {
    let a = trm(&["gen", "--cases", "7", "--seed", "3"]);
    let b = trm(&["gen", "--cases", "7", "--seed", "3"]);
    let c = trm(&["gen", "--cases", "7", "--seed", "4"]);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout, "same seed, same cases");
    assert_ne!(a.stdout, c.stdout, "another seed, other cases");
    let lines: Vec<Value> = text(&a.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    for l in &lines {
        assert!(l["case"]["person"]["sex"].is_string());
        assert!(l["measures"].is_array() && l["consents"].is_array());
    }
}

#[tokio::test]
async fn init_then_gen_writes_cases_with_the_command_as_actor() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("node");
    let d = data.to_str().unwrap();
    let out = trm(&[
        "init",
        "--data",
        d,
        "--country",
        "AL",
        "--name",
        "Test Focal Point Albania",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(
        printed.contains("password (shown once"),
        "a generated password is printed once: {printed}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&data).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "the data folder is private to the node's user");
    }

    let again = trm(&["init", "--data", d, "--country", "AL", "--name", "Again"]);
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("already holds a node"));

    let out = trm(&["gen", "--cases", "25", "--seed", "9", "--data", d]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("wrote 25 synthetic cases"));

    let store = Store::open(
        &data.join("node.db"),
        trm_store::Sealer::new(trm_store::Keyring::load(&data.join("data.keys")).unwrap()),
    )
    .await
    .unwrap();
    assert_eq!(store.count_cases().await.unwrap(), 25);
    let node = store.node().await.unwrap().unwrap();
    assert_eq!(node.country.as_str(), "AL");
    let cases = store
        .cases(
            &CaseFilter {
                limit: 100,
                ..Default::default()
            },
            time::OffsetDateTime::now_utc().date(),
        )
        .await
        .unwrap();
    assert!(cases.iter().all(|c| c.case.holder == node.organisation));
    let timeline = store.timeline(cases[0].case.id).await.unwrap();
    assert_eq!(timeline[0].kind, EventKind::CaseOpened);
    assert_eq!(
        timeline[0].actor,
        Actor::Command {
            command: "trm gen".into()
        }
    );
}

#[test]
fn bad_arguments_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("n");
    let out = trm(&[
        "init",
        "--data",
        d.to_str().unwrap(),
        "--country",
        "ZZ",
        "--name",
        "X",
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--country"),
        "{}",
        text(&out.stderr)
    );
    let out = trm(&[
        "init",
        "--data",
        d.to_str().unwrap(),
        "--country",
        "IT",
        "--name",
        "X",
        "--admin-password",
        "short",
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--admin-password"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        !d.join("node.db").exists(),
        "nothing is created on bad input"
    );
    let out = trm(&[
        "serve",
        "--data",
        dir.path().join("missing").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is not a node folder"),
        "{}",
        text(&out.stderr)
    );
}
