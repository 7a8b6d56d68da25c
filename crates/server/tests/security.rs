//! Need-to-know, the audit trail and encryption at rest, against the real server.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use trm_domain::codes::{OrganisationKind, Role};
use trm_domain::policy::allowed;
use trm_server::route_policy::{Gate, ROUTES};

async fn json_of(r: reqwest::Response) -> (StatusCode, Value) {
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// Every route × every role: the answer matches the policy table. A route that is in
/// the API description but not in the route policy table (or the reverse) fails here.
#[tokio::test]
async fn every_route_answers_every_role_as_the_policy_table_says() {
    let node = spawn().await;
    let home = node.home().await;
    let case = node.create_case(&adult()).await;
    let mut tokens = Vec::new();
    for role in Role::ALL {
        let (_, token) = node
            .user_with_role(&home, &format!("role.{}", role.code()), *role)
            .await;
        tokens.push((*role, token));
    }

    let doc: Value = node.openapi().await;
    let mut documented: Vec<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |m| (m.to_uppercase(), path.clone()))
        })
        .collect();
    documented.sort();
    // The description does not describe itself, nor the stylesheets and the web
    // interface's pages (not API).
    let mut in_table: Vec<(String, String)> = ROUTES
        .iter()
        .filter(|(_, p, _)| *p != "/api/openapi.json" && p.starts_with("/api/"))
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    in_table.sort();
    assert_eq!(
        documented, in_table,
        "the API description and the route policy table disagree"
    );

    let any_id = uuid::Uuid::now_v7().to_string();
    // The logouts last, each with a session of its own: they end the session they use.
    let ends_session = |path: &str| path.starts_with("/api/auth/logout") || path == "/logout";
    let mut routes: Vec<_> = ROUTES.iter().collect();
    routes.sort_by_key(|(_, p, _)| ends_session(p));
    for (role, token) in &tokens {
        for (method, path, gate) in &routes {
            let token = if ends_session(path) {
                &node.login(&format!("role.{}", role.code())).await
            } else {
                token
            };
            let url = path
                .replace("{id}", &case)
                .replace("{measure_id}", &any_id)
                .replace("{consent_id}", &any_id)
                .replace("{share_id}", &any_id);
            let method = Method::from_bytes(method.as_bytes()).unwrap();
            let mut request = node
                .http
                .request(method.clone(), format!("{}{url}", node.url))
                .bearer_auth(token);
            if method != Method::GET {
                request = request.json(&json!({}));
            }
            let status = request.send().await.unwrap().status();
            let context = format!("{role:?} {method} {path}: {status}");
            assert!(status.as_u16() < 500, "{context}");
            match gate {
                Gate::Act(action) if !allowed(*role, *action) => {
                    assert_eq!(status, StatusCode::FORBIDDEN, "{context}")
                }
                Gate::Public => {}
                _ => {
                    assert_ne!(status, StatusCode::FORBIDDEN, "{context}");
                    assert_ne!(status, StatusCode::UNAUTHORIZED, "{context}");
                }
            }
        }
    }
}

#[tokio::test]
async fn law_enforcement_sees_only_what_consent_or_a_legal_basis_opens() {
    let node = spawn().await;
    let home = node.home().await;
    let police = org_of_kind(
        &node.state.store,
        "Test Police Unit",
        OrganisationKind::Police,
    )
    .await;
    let (_, manager) = node
        .user_with_role(&home, "manager", Role::CaseManager)
        .await;
    let (_, officer) = node
        .user_with_role(&police, "officer", Role::LawEnforcement)
        .await;
    let id = node.create_case(&adult()).await;
    let case = format!("/api/cases/{id}");

    assert_eq!(
        node.get(&officer, &case).await.status(),
        StatusCode::NOT_FOUND
    );
    let share = json!({"grantee": {"kind": "organisation", "id": police.id}, "sections": ["exploitation"],
        "purpose": "proceedings", "reason": "Investigation of the exploiters (synthetic)"});
    let (status, body) =
        json_of(node.post(&manager, &format!("{case}/shares"), &share).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["errors"][0]["field"], "legal_basis");

    let consent = json!({
        "scope": {"kind": "share_data", "country": "IT", "organisation": "Test Police Unit", "purpose": "proceedings"},
        "decision": "given", "decided_on": "2026-03-01",
        "informed": {"language": "sq", "interpreter_present": true}
    });
    let (status, record) = json_of(
        node.post(&manager, &format!("{case}/consents"), &consent)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{record}");
    let (status, body) =
        json_of(node.post(&manager, &format!("{case}/shares"), &share).await).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    let (status, seen) = json_of(node.get(&officer, &case).await).await;
    assert_eq!(status, StatusCode::OK);
    assert!(seen["case"]["case_info"].is_object());
    assert!(
        seen["case"]["person"].as_object().unwrap().is_empty(),
        "{seen}"
    );
    assert!(seen.get("measures").is_none() && seen.get("consents").is_none());
    assert_eq!(seen["access"]["via"], "share");
    assert!(!seen.to_string().contains("Testa"));
    assert_eq!(
        node.get(&officer, &format!("{case}/measures"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    // Sharing never lets the reader change the case.
    assert_eq!(
        node.patch(&officer, &case, &json!({"status": "not_a_victim"}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let listed: Value = node.get(&officer, "/api/cases").await.json().await.unwrap();
    assert_eq!(listed["items"][0]["id"], id.as_str());
    assert_eq!(listed["items"][0]["name"], "");

    // Revoking the consent closes the share at once.
    let revoke = format!("{case}/consents/{}/revoke", record["id"].as_str().unwrap());
    assert_eq!(
        node.post(&manager, &revoke, &json!({"reason": "changed their mind"}))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        node.get(&officer, &case).await.status(),
        StatusCode::NOT_FOUND
    );

    // A recorded legal basis opens the sections it names, without consent.
    let by_law = json!({"grantee": {"kind": "organisation", "id": police.id}, "sections": ["identity"],
        "purpose": "proceedings", "legal_basis": "Court order 12/2026 (synthetic)", "reason": "Order of the court"});
    assert_eq!(
        node.post(&manager, &format!("{case}/shares"), &by_law)
            .await
            .status(),
        StatusCode::CREATED
    );
    let (_, seen) = json_of(node.get(&officer, &case).await).await;
    assert_eq!(seen["case"]["person"]["given_name"], "Testa");
    assert!(seen["case"].get("case_info").is_none());
}

#[tokio::test]
async fn a_guardian_sees_only_the_children_in_their_care() {
    let node = spawn().await;
    let home = node.home().await;
    let (guardian, token) = node.user_with_role(&home, "guardian", Role::Guardian).await;
    let mut theirs = child();
    theirs["guardian"] =
        json!({"name": "Synthetic Guardian", "appointed_on": "2026-01-10", "user": guardian.id});
    let theirs = node.create_case(&theirs).await;
    let other = node.create_case(&child()).await;
    let (status, seen) = json_of(node.get(&token, &format!("/api/cases/{theirs}")).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["access"]["via"], "guardian");
    assert_eq!(
        node.get(&token, &format!("/api/cases/{other}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let listed: Value = node.get(&token, "/api/cases").await.json().await.unwrap();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn breaking_the_glass_needs_a_reason_and_is_shown_to_the_case_manager() {
    let node = spawn().await;
    let home = node.home().await;
    let (_, manager) = node
        .user_with_role(&home, "manager", Role::CaseManager)
        .await;
    let id = node.create_case(&adult()).await;
    let case = format!("/api/cases/{id}");
    assert_eq!(
        node.get(&node.admin, &case).await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, body) = json_of(
        node.post(
            &node.admin,
            &format!("{case}/break-glass"),
            &json!({"reason": "urgent"}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "reason");
    let reason = "Police report the person missing tonight (synthetic drill)";
    assert_eq!(
        node.post(
            &node.admin,
            &format!("{case}/break-glass"),
            &json!({"reason": reason})
        )
        .await
        .status(),
        StatusCode::CREATED
    );
    let (status, seen) = json_of(node.get(&node.admin, &case).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["access"]["via"], "break_glass");
    // Break-the-glass reads, but does not let the administrator work the case.
    assert_eq!(
        node.patch(&node.admin, &case, &json!({"status": "not_a_victim"}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    let (status, log) = json_of(node.get(&manager, &format!("{case}/access-log")).await).await;
    assert_eq!(status, StatusCode::OK);
    let flagged: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["break_glass"] == true)
        .collect();
    assert!(
        flagged
            .iter()
            .any(|e| e["action"] == "break_glass" && e["reason"] == reason)
    );
    assert!(flagged.iter().any(|e| e["action"] == "case_read"));
    let timeline: Value = node
        .get(&manager, &format!("{case}/timeline"))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        timeline
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "break_glass")
    );
}

#[tokio::test]
async fn the_monitor_sees_audit_metadata_and_indicators_but_no_person() {
    let node = spawn().await;
    let home = node.home().await;
    let (_, monitor) = node.user_with_role(&home, "monitor", Role::Monitor).await;
    let id = node.create_case(&adult()).await;
    node.get(&node.worker, &format!("/api/cases/{id}")).await;
    assert_eq!(
        node.get(&monitor, &format!("/api/cases/{id}"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let (status, audit) = json_of(node.get(&monitor, "/api/audit?limit=1000").await).await;
    assert_eq!(status, StatusCode::OK);
    let text = audit.to_string();
    assert!(
        !text.contains("Testa") && !text.contains("127.0.0.1"),
        "{text}"
    );
    let entries = audit.as_array().unwrap();
    assert!(
        entries
            .iter()
            .any(|e| e["action"] == "case_read" && e["case"] == id.as_str())
    );
    // The monitor's own refused attempt is in the trail.
    assert!(
        entries
            .iter()
            .any(|e| e["action"] == "access_denied" && e["actor_role"] == "monitor")
    );
    let (status, counts) = json_of(node.get(&monitor, "/api/indicators").await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(counts["cases"], 1);
    let (status, verified) = json_of(node.get(&monitor, "/api/audit/verify").await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(verified["intact"], true, "{verified}");
}

#[tokio::test]
async fn reads_and_refusals_are_audited_before_the_answer() {
    let node = spawn().await;
    let id = node.create_case(&adult()).await;
    let before = node.state.store.audit_head().await.unwrap().0;
    assert_eq!(
        node.get(&node.worker, &format!("/api/cases/{id}"))
            .await
            .status(),
        StatusCode::OK
    );
    let records = node
        .state
        .store
        .audit_for_case(trm_domain::ids::CaseId::parse(&id).unwrap())
        .await
        .unwrap();
    let read = records.last().unwrap();
    assert!(read.seq > before);
    assert_eq!(
        serde_json::to_value(read.event.action).unwrap(),
        "case_read"
    );
    assert_eq!(read.event.address.as_deref(), Some("127.0.0.1"));
    assert_eq!(read.event.sections.len(), 8);
    // Another organisation's attempt: 404 for them, a denied entry for the record.
    assert_eq!(
        node.get(&node.outsider, &format!("/api/cases/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let records = node
        .state
        .store
        .audit_for_case(trm_domain::ids::CaseId::parse(&id).unwrap())
        .await
        .unwrap();
    assert_eq!(
        serde_json::to_value(records.last().unwrap().event.outcome).unwrap(),
        "denied"
    );
}

#[tokio::test]
async fn a_restricted_case_is_readable_only_by_the_administrator() {
    let node = spawn().await;
    let home = node.home().await;
    let (_, manager) = node
        .user_with_role(&home, "manager", Role::CaseManager)
        .await;
    let id = node.create_case(&adult()).await;
    let case = format!("/api/cases/{id}");
    let reason = json!({"reason": "The person asked to restrict processing (synthetic)"});
    assert_eq!(
        node.post(&manager, &format!("{case}/restrict"), &reason)
            .await
            .status(),
        StatusCode::OK
    );
    for token in [&manager, &node.worker] {
        assert_eq!(node.get(token, &case).await.status(), StatusCode::NOT_FOUND);
    }
    assert_eq!(
        node.patch(&node.worker, &case, &json!({"status": "not_a_victim"}))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (status, seen) = json_of(node.get(&node.admin, &case).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["access"]["via"], "restricted");
    assert_eq!(
        node.post(&node.admin, &format!("{case}/unrestrict"), &reason)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(node.get(&manager, &case).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn erasure_removes_the_person_and_keeps_the_indicators() {
    let node = spawn().await;
    let home = node.home().await;
    let (_, manager) = node
        .user_with_role(&home, "manager", Role::CaseManager)
        .await;
    let id = node.create_case(&adult()).await;
    node.create_case(&child()).await;
    let counts = |v: Value| {
        let mut v = v;
        v.as_object_mut().unwrap().remove("anonymised");
        v
    };
    let police = org_of_kind(
        &node.state.store,
        "Test Police Unit",
        OrganisationKind::Police,
    )
    .await;
    let share = json!({"grantee": {"kind": "organisation", "id": police.id}, "sections": ["identity"],
        "purpose": "proceedings", "legal_basis": "Court order 3/2026 (synthetic)",
        "reason": "Testa Fictiva is a witness"});
    assert_eq!(
        node.post(&manager, &format!("/api/cases/{id}/shares"), &share)
            .await
            .status(),
        StatusCode::CREATED
    );
    let before: Value = node
        .get(&manager, "/api/indicators")
        .await
        .json()
        .await
        .unwrap();
    let (status, erased) = json_of(
        node.post(
            &manager,
            &format!("/api/cases/{id}/erase"),
            &json!({"reason": "Erasure request of 2026-11-01 (synthetic)"}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{erased}");
    assert!(!erased.to_string().contains("Testa"));
    let after: Value = node
        .get(&manager, "/api/indicators")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(counts(before), counts(after.clone()));
    assert_eq!(after["anonymised"], 1);
    let shares = node
        .get(&manager, &format!("/api/cases/{id}/shares"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        shares.contains("Court order") && !shares.contains("Testa"),
        "{shares}"
    );
    // An erased case can no longer change.
    assert_eq!(
        node.patch(
            &manager,
            &format!("/api/cases/{id}"),
            &json!({"status": "not_a_victim"})
        )
        .await
        .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn the_database_file_alone_reveals_no_special_category_data() {
    let node = spawn().await;
    let mut body = adult();
    body["person"]["given_name"] = json!("Zyxwvuname");
    body["person"]["residence_address"] = json!("7 Qqqsynthetic Lane");
    body["risk_assessment"] = json!({"level": "high", "assessed_on": "2026-02-01",
        "carried_out_with": ["trafficked_person"], "notes": "Addiction treatment Kkkhealthnote"});
    let id = node.create_case(&body).await;
    let measure = json!({"code": "sop2.assistance_protection", "status": "in_progress",
        "notes": "Sexual exploitation details Jjjnotetext"});
    let r = node
        .post(&node.worker, &format!("/api/cases/{id}/measures"), &measure)
        .await;
    assert_eq!(
        r.status(),
        StatusCode::CREATED,
        "{}",
        r.text().await.unwrap()
    );
    let mut raw = Vec::new();
    for suffix in ["", "-wal"] {
        let path = format!("{}{suffix}", node.db_path().display());
        raw.extend(std::fs::read(&path).unwrap_or_default());
    }
    assert!(raw.len() > 10_000);
    for secret in ["Zyxwvuname", "Qqqsynthetic", "Kkkhealthnote", "Jjjnotetext"] {
        assert!(
            !raw.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret} is readable in the database file"
        );
    }
    // Through the node, with the key, it all reads back.
    let seen = node
        .get(&node.worker, &format!("/api/cases/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(seen.contains("Zyxwvuname") && seen.contains("Jjjnotetext"));
}

/// The router's own source is the list of routes: every `.route(path, method(..))` in
/// it must have its row in the route policy table, so a route added without a policy
/// fails here (and is refused with 500 at run time by the policy middleware).
#[test]
fn every_route_in_the_router_has_a_policy() {
    let source = include_str!("../src/lib.rs");
    let mut found = Vec::new();
    for chunk in source.split(".route(").skip(1) {
        let Some(path) = chunk.split('"').nth(1) else {
            continue;
        };
        // The method router runs to the call's closing parenthesis.
        let mut depth = 1;
        let end = chunk
            .char_indices()
            .find(|(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map_or(chunk.len(), |(i, _)| i);
        let call = &chunk[..end];
        for method in ["get", "post", "patch", "put", "delete"] {
            let called = call.match_indices(&format!("{method}(")).any(|(i, _)| {
                i == 0 || !call[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            if called {
                found.push((method.to_uppercase(), path.to_owned()));
            }
        }
    }
    assert!(found.len() >= 30, "the router scan found only {found:?}");
    for (method, path) in &found {
        assert!(
            trm_server::route_policy::gate(&Method::from_bytes(method.as_bytes()).unwrap(), path)
                .is_some(),
            "{method} {path} is routed but has no row in the route policy table"
        );
    }
    assert_eq!(found.len(), ROUTES.len(), "{found:?}");
}
