//! Running a node, against the real binary: retention, subject access export, and
//! encrypted backups with their restore.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;
use sqlx::{Connection, Row};
use support::*;
use time::{Duration, OffsetDateTime};
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::case::{Case, Restriction};
use trm_domain::ids::{CaseId, UserId};
use trm_domain::indicators::Indicators;
use trm_domain::timeline::{Actor, EventKind};
use trm_store::{CaseChange, Change, Store};

/// Rewrites a case through the store, as a command would.
async fn rewrite(store: &Store, id: CaseId, edit: impl FnOnce(&mut Case)) {
    let record = store.case(id).await.unwrap().unwrap();
    let mut case = record.case.touched(OffsetDateTime::now_utc());
    edit(&mut case);
    let audit = AuditEvent::new(
        OffsetDateTime::now_utc(),
        AuditActor::Command {
            command: "test".into(),
        },
        AuditAction::CaseUpdated,
    )
    .case(id);
    store
        .write_audited(
            Change::Case(Box::new(CaseChange {
                case,
                expected_version: Some(record.case.version),
                measures: Vec::new(),
                consents: Vec::new(),
                shares: Vec::new(),
                referrals: Vec::new(),
                erase_referrals: false,
                outbox: Vec::new(),
                events: Vec::new(),
            })),
            vec![audit],
        )
        .await
        .unwrap();
}

fn years_ago(years: i64) -> time::Date {
    (OffsetDateTime::now_utc() - Duration::days(366 * years)).date()
}

/// Every stored row of the case tables and the audit log, as bytes.
async fn raw_rows(data: &Path) -> Vec<(String, String, Vec<u8>)> {
    let mut rows = sealed_rows(data).await;
    let mut conn = raw(data).await;
    for table in ["case_events", "audit_log"] {
        let sql =
            format!("SELECT CAST(rowid AS TEXT), CAST(doc AS BLOB) FROM {table} ORDER BY rowid");
        for r in sqlx::query(&sql).fetch_all(&mut conn).await.unwrap() {
            rows.push((table.to_owned(), r.get(0), r.get(1)));
        }
    }
    conn.close().await.unwrap();
    rows
}

fn indicators(cases: &[Case]) -> Indicators {
    let today = OffsetDateTime::now_utc().date();
    let mut out = Indicators::default();
    for c in cases {
        out.add(c, today);
    }
    out
}

#[tokio::test]
async fn retention_anonymises_exactly_the_cases_due_and_keeps_the_indicators() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 30);
    let store = store(&data).await;
    let ids: Vec<CaseId> = store
        .all_cases()
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let due: Vec<CaseId> = ids[..3].to_vec();
    let (recent, restricted, later) = (ids[3], ids[4], ids[5]);
    for id in &due {
        rewrite(&store, *id, |c| c.closed_on = Some(years_ago(7))).await;
    }
    rewrite(&store, recent, |c| c.closed_on = Some(years_ago(2))).await;
    rewrite(&store, restricted, |c| {
        c.closed_on = Some(years_ago(8));
        c.restriction = Some(Restriction {
            requested_on: years_ago(1),
            reason: "kept for a legal claim".into(),
            recorded_by: UserId::from_uuid(uuid::Uuid::nil()),
        });
    })
    .await;
    let before = every_case(&store).await;
    let counts_before = indicators(&store.all_cases().await.unwrap());
    store.close().await;
    let rows_before = raw_rows(&data).await;

    // A dry run lists the cases due, by id and closing date, and changes nothing.
    let out = trm_ok(&["retention", "run", "--dry-run", "--data", s(&data)]);
    assert!(out.contains("4 case(s) due"), "{out}");
    for id in &due {
        assert!(out.contains(&id.to_string()), "{out}");
    }
    assert!(out.contains(&format!("{restricted}  closed on")));
    assert!(out.contains("held back"));
    assert!(!out.contains(&recent.to_string()));
    assert!(out.contains("nothing was changed"));
    assert_eq!(
        raw_rows(&data).await,
        rows_before,
        "a dry run writes nothing"
    );
    let names: Vec<&str> = before
        .iter()
        .map(|(c, ..)| c.person.given_name.as_str())
        .filter(|n| n.len() >= 5)
        .collect();
    assert!(names.iter().all(|n| !out.contains(n)), "no names: {out}");

    // The real run anonymises exactly the three due, holds back the restricted one.
    let out = trm_ok(&["retention", "run", "--data", s(&data)]);
    assert!(out.contains("anonymised 3 case(s); 1 held back"), "{out}");
    let store = support::store(&data).await;
    let after = every_case(&store).await;
    for ((old, ..), (new, measures, ..)) in before.iter().zip(&after) {
        assert_eq!(old.id, new.id);
        if due.contains(&new.id) {
            assert!(new.anonymised_at.is_some());
            assert_eq!(new.person.given_name, "[erased]");
            assert!(new.person.family_name.is_empty() && new.person.date_of_birth.is_none());
            assert!(measures.iter().all(|m| m.notes.is_empty()));
            let timeline = store.timeline(new.id).await.unwrap();
            let last = timeline.last().unwrap();
            assert_eq!(last.kind, EventKind::CaseAnonymised);
            assert_eq!(last.subject.as_deref(), Some("retention"));
            assert_eq!(
                last.actor,
                Actor::Command {
                    command: "trm retention run".into()
                }
            );
            let audit = store.audit_for_case(new.id).await.unwrap();
            let last = &audit.last().unwrap().event;
            assert_eq!(last.action, AuditAction::CaseAnonymised);
            assert_eq!(
                last.actor,
                AuditActor::Command {
                    command: "trm retention run".into()
                }
            );
        } else {
            assert_eq!(old, new, "case {} was not due", new.id);
        }
    }
    let counts_after = indicators(&store.all_cases().await.unwrap());
    assert_eq!(counts_after.counts(), counts_before.counts());
    assert_eq!(counts_after.anonymised, 3);

    // The server runs the same rule at start (then daily).
    rewrite(&store, later, |c| c.closed_on = Some(years_ago(6))).await;
    store.close().await;
    let mut server = Command::new(env!("CARGO_BIN_EXE_trm"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data", s(&data)])
        .env("TRM_LOG", "warn,trm=info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = String::new();
    for line in BufReader::new(server.stderr.take().unwrap()).lines() {
        let line = line.unwrap();
        log.push_str(&line);
        log.push('\n');
        if line.contains("retention: run finished") {
            break;
        }
    }
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(log.contains("cases due for anonymisation"), "{log}");
    let store = support::store(&data).await;
    let case = store.case(later).await.unwrap().unwrap().case;
    assert!(case.anonymised_at.is_some(), "{log}");
    let timeline = store.timeline(later).await.unwrap();
    assert_eq!(
        timeline.last().unwrap().actor,
        Actor::Command {
            command: "trm serve (daily retention run)".into()
        }
    );
    store.close().await;
    trm_ok(&["audit", "verify", "--data", s(&data)]);
}

#[tokio::test]
async fn export_writes_everything_held_as_json_or_an_escaped_printable_page() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 5);
    let store = store(&data).await;
    let id = store.all_cases().await.unwrap()[0].id;
    rewrite(&store, id, |c| {
        c.person.given_name = "<script>alert('Testa')</script>".into();
        c.person.family_name = "Fictiva & Co".into();
        c.person.languages = vec![trm_domain::codes::LanguageCode::parse("it").unwrap()];
    })
    .await;
    store.close().await;
    let out = |name: &str| dir.path().join(name);

    trm_ok(&[
        "export",
        "person",
        &id.to_string(),
        "--data",
        s(&data),
        "--out",
        s(&out("p.json")),
    ]);
    let json: Value = serde_json::from_slice(&std::fs::read(out("p.json")).unwrap()).unwrap();
    assert_eq!(json["case"]["case"]["id"], id.to_string());
    assert_eq!(
        json["case"]["case"]["person"]["given_name"],
        "<script>alert('Testa')</script>"
    );
    for part in ["measures", "consents"] {
        assert!(json["case"][part].is_array());
    }
    for part in ["timeline", "shares", "access_log"] {
        assert!(json[part].is_array(), "{part}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out("p.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "an export is private to its owner");
    }

    // HTML, in the person's language (Italian) when --lang is absent.
    trm_ok(&[
        "export",
        "person",
        &id.to_string(),
        "--data",
        s(&data),
        "--out",
        s(&out("p.html")),
        "--format",
        "html",
    ]);
    let html = std::fs::read_to_string(out("p.html")).unwrap();
    assert!(html.contains("&lt;script&gt;alert(&#39;Testa&#39;)&lt;/script&gt;"));
    assert!(html.contains("Fictiva &amp; Co"));
    assert!(!html.contains("<script"), "nothing unescaped");
    assert!(
        html.contains("<html lang=\"it\">") && html.contains("Dati personali conservati su di te")
    );
    assert!(html.contains("@media print") && html.contains("size: A4"));
    for external in ["http://", "https://", "src=", "<link", "@import", "url("] {
        assert!(!html.contains(external), "self-contained: found {external}");
    }

    // Albanian labels on request.
    trm_ok(&[
        "export",
        "person",
        &id.to_string(),
        "--data",
        s(&data),
        "--out",
        s(&out("sq.html")),
        "--format",
        "html",
        "--lang",
        "sq",
    ]);
    let html = std::fs::read_to_string(out("sq.html")).unwrap();
    assert!(html.contains("<html lang=\"sq\">"));
    for label in [
        "Të dhënat personale që mbahen për ju",
        "Rreth jush",
        "Mbiemri",
        "Kush e ka hapur rastin tuaj",
    ] {
        assert!(html.contains(label), "{label}");
    }

    // Every export is audited, by the command.
    let store = support::store(&data).await;
    let exports = store
        .audit_for_case(id)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.event.action == AuditAction::PersonExported)
        .collect::<Vec<_>>();
    assert_eq!(exports.len(), 3);
    assert!(exports.iter().all(|r| r.event.actor
        == AuditActor::Command {
            command: "trm export person".into()
        }));
    store.close().await;

    // Refusals: an existing file, a path with `..`, a file in the data folder, an
    // unknown case, something that is not a case id.
    let id = id.to_string();
    for (args, expected) in [
        (vec!["--out", s(&out("p.json"))], "already exists"),
        (vec!["--out", "../p2.json"], "contains `..`"),
        (
            vec!["--out", s(&data.join("p3.json"))],
            "inside the node's data folder",
        ),
    ] {
        let mut all = vec!["export", "person", id.as_str(), "--data", s(&data)];
        all.extend(args);
        let o = trm(&all);
        assert!(!o.status.success());
        assert!(text(&o.stderr).contains(expected), "{}", text(&o.stderr));
    }
    assert_eq!(
        std::fs::read(out("p.json")).unwrap().first(),
        Some(&b'{'),
        "not overwritten"
    );
    let unknown = CaseId::from_uuid(uuid::Uuid::now_v7()).to_string();
    let o = trm(&[
        "export",
        "person",
        &unknown,
        "--data",
        s(&data),
        "--out",
        s(&out("x.json")),
    ]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("holds no case"),
        "{}",
        text(&o.stderr)
    );
    assert!(!out("x.json").exists());
    let o = trm(&[
        "export",
        "person",
        "Testa Fictiva",
        "--data",
        s(&data),
        "--out",
        s(&out("x.json")),
    ]);
    assert!(!o.status.success());
    let stderr = text(&o.stderr);
    assert!(
        stderr.contains("CASE_ID") && !stderr.contains("Testa"),
        "{stderr}"
    );
}

#[test]
fn every_label_file_has_every_key_of_the_english_one() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/i18n/export");
    let keys = |lang: &str| -> BTreeSet<String> {
        let text = std::fs::read_to_string(folder.join(format!("{lang}.toml"))).unwrap();
        let value: toml::Table = toml::from_str(&text).unwrap();
        let mut keys = BTreeSet::new();
        for (table, entries) in &value {
            for (key, label) in entries.as_table().unwrap() {
                assert!(
                    !label.as_str().unwrap().trim().is_empty(),
                    "{lang}: {table}.{key} is empty"
                );
                keys.insert(format!("{table}.{key}"));
            }
        }
        keys
    };
    let english = keys("en");
    assert!(english.contains("text.title") && english.contains("fields.given_name"));
    let mut languages = Vec::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let lang = name.strip_suffix(".toml").unwrap().to_owned();
        assert_eq!(
            keys(&lang),
            english,
            "{lang}.toml and en.toml differ in their keys"
        );
        languages.push(lang);
    }
    languages.sort();
    assert_eq!(languages, ["en", "it", "ro", "sq", "uk"]);
}

// Multi-threaded: the store's connections close in background tasks, which must run
// while the test waits for `trm restore --replace` (it refuses an open database).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_restores_every_case_and_a_damaged_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = node(dir.path(), "node", 20);
    let store = store(&data).await;
    let before = every_case(&store).await;
    let names: Vec<String> = before
        .iter()
        .map(|(c, ..)| c.person.family_name.clone())
        .filter(|n| n.len() >= 5)
        .collect();
    store.close().await;
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let file = backups.join("node.trmbackup");

    let out = trm_ok(&["backup", "--data", s(&data), "--out", s(&file)]);
    assert!(
        out.contains("data.keys") && out.contains("separately"),
        "{out}"
    );
    let sealed = std::fs::read(&file).unwrap();
    assert!(sealed.starts_with(b"TRMSEAL1"));
    assert!(
        !sealed.windows(15).any(|w| w == b"SQLite format 3"),
        "encrypted"
    );
    for name in &names {
        assert!(!sealed.windows(name.len()).any(|w| w == name.as_bytes()));
    }
    assert!(
        std::fs::read_dir(&data).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains("backup")),
        "the snapshot in the data folder is gone"
    );

    // Into a fresh folder with the node's configuration and keys.
    let fresh = |name: &str| {
        let to = dir.path().join(name);
        std::fs::create_dir(&to).unwrap();
        for f in ["trm.toml", "data.keys", "node.key"] {
            std::fs::copy(data.join(f), to.join(f)).unwrap();
        }
        to
    };
    let restored = fresh("restored");
    let out = trm_ok(&["restore", "--from", s(&file), "--data", s(&restored)]);
    assert!(out.contains("20 cases"), "{out}");
    let store = support::store(&restored).await;
    assert_eq!(
        every_case(&store).await,
        before,
        "every case comes back the same"
    );
    let last = store.audit_entries(0, 10_000).await.unwrap();
    assert_eq!(
        last.last().unwrap().event.action,
        AuditAction::BackupRestored
    );
    store.close().await;
    // The backup is recorded on the node it was taken from, after it was written.
    let source = support::store(&data).await;
    let entries = source.audit_entries(0, 10_000).await.unwrap();
    assert_eq!(
        entries.last().unwrap().event.action,
        AuditAction::BackupTaken
    );
    source.close().await;
    trm_ok(&["audit", "verify", "--data", s(&restored)]);

    // A database in place is only replaced on request.
    let o = trm(&["restore", "--from", s(&file), "--data", s(&restored)]);
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("--replace"));
    trm_ok(&[
        "restore",
        "--from",
        s(&file),
        "--data",
        s(&restored),
        "--replace",
    ]);
    let store = support::store(&restored).await;
    assert_eq!(every_case(&store).await, before);
    store.close().await;

    // Damaged backups: one byte flipped, cut short, not a backup at all.
    let mut flipped = sealed.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x01;
    let cut = sealed[..sealed.len() - 100].to_vec();
    for (name, bytes) in [
        ("flipped", flipped),
        ("cut", cut),
        ("plain", b"SQLite format 3\0".to_vec()),
    ] {
        let bad = backups.join(name);
        std::fs::write(&bad, bytes).unwrap();
        let target = fresh(&format!("target-{name}"));
        let o = trm(&["restore", "--from", s(&bad), "--data", s(&target)]);
        let stderr = text(&o.stderr);
        assert!(!o.status.success(), "{name}");
        assert!(
            stderr.contains("cannot be restored") && stderr.contains("nothing was changed"),
            "{stderr}"
        );
        let left: Vec<String> = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("node.db"))
            .collect();
        assert!(
            left.is_empty(),
            "{name}: nothing written in place: {left:?}"
        );
    }

    // A backup sealed under another node's keys does not open here.
    let other = node(dir.path(), "other", 0);
    let o = trm(&[
        "restore",
        "--from",
        s(&file),
        "--data",
        s(&other),
        "--replace",
    ]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("cannot be restored"),
        "{}",
        text(&o.stderr)
    );
    trm_ok(&["audit", "verify", "--data", s(&other)]);

    // Paths: traversal, an existing file, a file in the data folder.
    let run_in = |cwd: &Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_trm"))
            .current_dir(cwd)
            .args(args)
            .output()
            .unwrap()
    };
    for (args, expected) in [
        (
            vec!["backup", "--data", s(&data), "--out", "../escape.trm"],
            "contains `..`",
        ),
        (
            vec!["backup", "--data", s(&data), "--out", s(&file)],
            "already exists",
        ),
        (
            vec!["backup", "--data", s(&data), "--out", s(&data.join("b"))],
            "inside the node's data folder",
        ),
        (
            vec!["backup", "--data", "../node", "--out", "x.trm"],
            "contains `..`",
        ),
        (
            vec![
                "restore",
                "--from",
                "../backups/node.trmbackup",
                "--data",
                s(&restored),
                "--replace",
            ],
            "contains `..`",
        ),
    ] {
        let o = run_in(&backups, &args);
        assert!(!o.status.success(), "{args:?}");
        assert!(
            text(&o.stderr).contains(expected),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
    assert!(!dir.path().join("escape.trm").exists());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        sealed,
        "the backup was not overwritten"
    );
}
