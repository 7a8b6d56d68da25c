//! The JSON API against a real server, real HTTP and a real SQLite database.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cloned_ref_to_slice_refs
)]

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn health_is_open_and_everything_else_needs_a_token() {
    let node = spawn().await;
    let r = node
        .http
        .get(format!("{}/api/health", node.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    for path in [
        "/api/cases",
        "/api/catalogue",
        "/api/me",
        "/api/users",
        "/api/organisations",
    ] {
        let r = node
            .http
            .get(format!("{}{path}", node.url))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{path}");
        assert!(r.headers().contains_key("www-authenticate"));
        let r = node.get("trm_forged-token-that-does-not-exist", path).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
}

#[tokio::test]
async fn login_logout_and_expired_tokens() {
    let node = spawn().await;
    let r = node
        .http
        .post(format!("{}/api/auth/login", node.url))
        .json(&json!({"username": "worker", "password": "wrong password entirely"}))
        .send()
        .await
        .unwrap();
    let (status, body) = errors(r).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "bad_credentials");
    let r = node
        .http
        .post(format!("{}/api/auth/login", node.url))
        .json(&json!({"username": "nobody", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        errors(r).await.1["code"],
        "bad_credentials",
        "an unknown user answers like a wrong password"
    );

    let token = node.login("worker").await;
    assert_eq!(node.get(&token, "/api/me").await.status(), StatusCode::OK);
    let r = node
        .http
        .post(format!("{}/api/auth/logout", node.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        node.get(&token, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );

    // A token past its expiry is refused.
    let expired = "trm_expired-synthetic-token";
    let worker = node
        .state
        .store
        .user_by_username("worker")
        .await
        .unwrap()
        .unwrap()
        .0;
    let created = time::OffsetDateTime::now_utc() - time::Duration::hours(13);
    node.state
        .store
        .write(trm_store::Change::Account(
            trm_store::AccountChange::CreateToken(trm_store::TokenRecord {
                hash: trm_server::auth::token_hash(expired),
                id: trm_domain::ids::TokenId::from_uuid(uuid::Uuid::now_v7()),
                user: worker.id,
                kind: trm_store::TokenKind::Session,
                name: None,
                scopes: Default::default(),
                created_at: created,
                expires_at: time::OffsetDateTime::now_utc() - time::Duration::minutes(1),
                last_used_at: created,
            }),
        ))
        .await
        .unwrap();
    assert_eq!(
        node.get(expired, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_case_is_created_read_updated_and_its_timeline_kept() {
    let node = spawn().await;
    let w = node.worker.clone();
    let r = node.post(&w, "/api/cases", &adult()).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let created: Value = r.json().await.unwrap();
    let id = created["case"]["id"].as_str().unwrap();
    assert_eq!(location, format!("/api/cases/{id}"));
    assert_eq!(created["case"]["version"], 1);
    assert_eq!(created["derived"]["is_child"], false);

    let read: Value = node.get(&w, &location).await.json().await.unwrap();
    assert_eq!(read["case"], created["case"]);

    let r = node
        .patch(
            &w,
            &location,
            &json!({"expected_version": 1, "status": "identified_formal",
            "reflection_period": {"starts_on": "2026-01-01", "ends_on": "2026-03-01"}}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let updated: Value = r.json().await.unwrap();
    assert_eq!(updated["case"]["version"], 2);
    assert_eq!(updated["derived"]["formal_identification"], true);

    let stale = node
        .patch(
            &w,
            &location,
            &json!({"expected_version": 1, "status": "presumed_victim"}),
        )
        .await;
    assert_eq!(stale.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let timeline: Value = node
        .get(&w, &format!("{location}/timeline"))
        .await
        .json()
        .await
        .unwrap();
    let kinds: Vec<&str> = timeline
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["case_opened", "case_updated"]);
    let changed = &timeline[1]["changed"];
    assert!(
        changed.as_array().unwrap().contains(&json!("status")),
        "{changed}"
    );
    assert_eq!(timeline[1]["actor"]["name"], "Test worker");
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field_and_nothing_is_written() {
    let node = spawn().await;
    let w = node.worker.clone();
    let before = node.count_cases().await;

    let raw = |body: &'static str| {
        node.http
            .post(format!("{}/api/cases", node.url))
            .bearer_auth(&w)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let (status, body) = errors(raw("{\"status\": ").await.unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["code"], "malformed");

    let r = node
        .http
        .post(format!("{}/api/cases", node.url))
        .bearer_auth(&w)
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let cases: [(Value, &str, &str); 8] = [
        (
            json!({"status": "presumed_victim", "person": {"sex": 3}}),
            "person.sex",
            "invalid type",
        ),
        (
            json!({"status": "victim-ish", "person": {"sex": "male", "given_name": "A"}}),
            "status",
            "unknown variant",
        ),
        (
            json!({"status": "presumed_victim", "person": {"sex": "male", "given_name": "A", "citizenships": ["QQ"]}}),
            "person.citizenships[0]",
            "ISO 3166-1",
        ),
        (
            json!({"status": "presumed_victim", "person": {"sex": "male", "given_name": "A", "date_of_birth": "2099-01-01"}}),
            "person.date_of_birth",
            "in the future",
        ),
        (
            json!({"status": "presumed_victim", "person": {"sex": "male", "given_name": "A"},
                "reflection_period": {"starts_on": "2026-05-01", "ends_on": "2026-04-01"}}),
            "reflection_period.ends_on",
            "before it starts",
        ),
        (
            json!({"status": "presumed_victim", "person": {"sex": "male", "given_name": "A"}, "favourite": 1}),
            "favourite",
            "unknown field",
        ),
        (
            json!({"status": "presumed_victim", "person": {"sex": "male"}}),
            "person.given_name",
            "a name is required",
        ),
        (
            json!({"status": "presumed_victim", "person": {"sex": "male", "given_name": "A"},
                "case_info": {"exploitation_types": ["sexual", "juggling"]}}),
            "case_info.exploitation_types[1]",
            "unknown variant",
        ),
    ];
    for (body, field, message) in cases {
        let (status, answer) = errors(node.post(&w, "/api/cases", &body).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let first = &answer["errors"][0];
        assert_eq!(first["field"], field, "{answer}");
        assert!(
            first["message"].as_str().unwrap().contains(message),
            "{answer}"
        );
    }
    assert_eq!(
        node.count_cases().await,
        before,
        "nothing may be written on bad input"
    );

    let unknown = "/api/cases/01900000-0000-7000-8000-000000000000";
    assert_eq!(node.get(&w, unknown).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        node.get(&w, "/api/cases/not-a-uuid").await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, body) = errors(node.get(&w, "/api/cases?limit=0").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "limit");
    let (status, _) = errors(node.get(&w, "/api/cases?sop=9").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_childs_return_is_blocked_until_guardian_and_best_interests_determination() {
    let node = spawn().await;
    let w = node.worker.clone();
    let id = node.create_case(&child()).await;
    let case = format!("/api/cases/{id}");

    let (status, body) = errors(
        node.post(
            &w,
            &format!("{case}/measures"),
            &json!({"code": "sop4.safe_transfer", "status": "done"}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("until a guardian is recorded"),
        "{message}"
    );
    assert!(
        body["errors"][1]["message"]
            .as_str()
            .unwrap()
            .contains("best-interests determination"),
        "{body}"
    );
    let measures: Value = node
        .get(&w, &format!("{case}/measures"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(measures, json!([]), "nothing written");

    // Planning it is fine; then completing it waits for the safeguards.
    let planned: Value = node
        .post(
            &w,
            &format!("{case}/measures"),
            &json!({"code": "sop4.safe_transfer"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let measure = format!("{case}/measures/{}", planned["id"].as_str().unwrap());
    assert_eq!(
        node.patch(&w, &measure, &json!({"status": "done"}))
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let r = node
        .patch(&w, &case, &json!({
            "guardian": {"name": "Guardian Exampleson", "organisation": "Test Child Protection Office", "appointed_on": "2026-01-10"},
            "best_interests": [{"kind": "determination", "decided_on": "2026-02-01", "decided_by": "Test BID panel",
                                "summary": "Synthetic: return with family support is in the child's best interests"}]
        }))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = node.patch(&w, &measure, &json!({"status": "done"})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let view: Value = node.get(&w, &case).await.json().await.unwrap();
    assert_eq!(view["derived"]["is_child"], true);
    assert_eq!(view["measures"][0]["status"], "done");
}

#[tokio::test]
async fn assistance_is_unconditional_over_the_api() {
    let node = spawn().await;
    let w = node.worker.clone();
    let id = node.create_case(&adult()).await; // cooperation: declined
    let catalogue: Value = node.get(&w, "/api/catalogue").await.json().await.unwrap();
    let sops = catalogue["sops"].as_array().unwrap();
    assert_eq!(sops.len(), 5);
    let mut count = 0;
    for sop in &sops[1..3] {
        for m in sop["measures"].as_array().unwrap() {
            let r = node
                .post(
                    &w,
                    &format!("/api/cases/{id}/measures"),
                    &json!({"code": m["code"], "status": "done"}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::CREATED, "{}", m["code"]);
            count += 1;
        }
    }
    assert_eq!(count, 8);
}

#[tokio::test]
async fn consent_is_recorded_revoked_and_derived() {
    let node = spawn().await;
    let w = node.worker.clone();
    let id = node.create_case(&adult()).await;
    let consent = json!({
        "scope": {"kind": "share_data", "country": "AL", "purpose": "referral"},
        "decision": "given", "decided_on": "2026-03-01",
        "informed": {"language": "sq", "interpreter_present": true}
    });
    let r = node
        .post(&w, &format!("/api/cases/{id}/consents"), &consent)
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let record: Value = r.json().await.unwrap();
    let view: Value = node
        .get(&w, &format!("/api/cases/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["derived"]["current_consents"][0]["state"], "given");

    let revoke = format!(
        "/api/cases/{id}/consents/{}/revoke",
        record["id"].as_str().unwrap()
    );
    let r = node
        .post(
            &w,
            &revoke,
            &json!({"reason": "Synthetic: changed her mind"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let view: Value = node
        .get(&w, &format!("/api/cases/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["derived"]["current_consents"][0]["state"], "revoked");
    let (status, body) = errors(node.post(&w, &revoke, &json!({})).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "revocation");

    let timeline: Value = node
        .get(&w, &format!("/api/cases/{id}/timeline"))
        .await
        .json()
        .await
        .unwrap();
    let kinds: Vec<&str> = timeline
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["case_opened", "consent_recorded", "consent_revoked"]
    );
}

#[tokio::test]
async fn lists_filter_and_page() {
    let node = spawn().await;
    let w = node.worker.clone();
    let adult_id = node.create_case(&adult()).await;
    let child_id = node.create_case(&child()).await;
    node.post(
        &w,
        &format!("/api/cases/{child_id}/measures"),
        &json!({"code": "sop2.intake_needs_assessment", "due_on": "2026-01-01"}),
    )
    .await;
    let mut identified = adult();
    identified["status"] = json!("identified_informal");
    let third = node.create_case(&identified).await;

    let ids = |v: Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(node.get(&w, "/api/cases").await.json().await.unwrap()),
        [third.clone(), child_id.clone(), adult_id.clone()]
    );
    assert_eq!(
        ids(node
            .get(&w, "/api/cases?child=true")
            .await
            .json()
            .await
            .unwrap()),
        [child_id.clone()]
    );
    assert_eq!(
        ids(node
            .get(&w, "/api/cases?child=false")
            .await
            .json()
            .await
            .unwrap()),
        [third.clone(), adult_id.clone()]
    );
    assert_eq!(
        ids(node.get(&w, "/api/cases?sop=2").await.json().await.unwrap()),
        [child_id.clone()]
    );
    assert_eq!(
        ids(node
            .get(&w, "/api/cases?overdue=true")
            .await
            .json()
            .await
            .unwrap()),
        [child_id.clone()]
    );
    assert_eq!(
        ids(node
            .get(&w, "/api/cases?status=identified_informal")
            .await
            .json()
            .await
            .unwrap()),
        [third.clone()]
    );

    let page1: Value = node
        .get(&w, "/api/cases?limit=2")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(page1.clone()), [third, child_id]);
    let next = page1["next"].as_str().unwrap();
    let page2: Value = node
        .get(&w, &format!("/api/cases?limit=2&before={next}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ids(page2.clone()), [adult_id]);
    assert!(page2["next"].is_null());
}

#[tokio::test]
async fn roles_and_organisations_bound_what_a_user_sees() {
    let node = spawn().await;
    let id = node.create_case(&adult()).await;
    let case = format!("/api/cases/{id}");
    // An administrator runs the node but does not read case contents (unless they
    // break the glass): the case is not there for them.
    assert_eq!(
        node.get(&node.admin, &case).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        node.get(&node.admin, "/api/cases").await.status(),
        StatusCode::FORBIDDEN
    );
    // Another organisation's case looks exactly like a missing one.
    let (status, body) = errors(node.get(&node.outsider, &case).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["message"], "no such case");
    assert_eq!(
        node.patch(&node.outsider, &case, &json!({"status": "not_a_victim"}))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let list: Value = node
        .get(&node.outsider, "/api/cases")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"], json!([]));
    // A case worker cannot manage accounts.
    let new_user = json!({"username": "intruder", "display_name": "X", "role": "administrator",
        "organisation": node.state.node.organisation, "password": "long enough password"});
    assert_eq!(
        node.post(&node.worker, "/api/users", &new_user)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        node.post(&node.admin, "/api/users", &new_user)
            .await
            .status(),
        StatusCode::CREATED
    );
    let (status, body) = errors(node.post(&node.admin, "/api/users", &new_user).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "username");
}

#[tokio::test]
async fn concurrent_changes_to_one_case_are_serialised_not_lost() {
    let node = std::sync::Arc::new(spawn().await);
    let id = node.create_case(&adult()).await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let node = node.clone();
        let id = id.clone();
        tasks.push(tokio::spawn(async move {
            let code = if i % 2 == 0 {
                "sop2.assistance_protection"
            } else {
                "sop3.social_inclusion"
            };
            node.post(
                &node.worker,
                &format!("/api/cases/{id}/measures"),
                &json!({"code": code}),
            )
            .await
            .status()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::CREATED);
    }
    let view: Value = node
        .get(&node.worker, &format!("/api/cases/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["measures"].as_array().unwrap().len(), 20);
    assert_eq!(view["case"]["version"], 21);
    let timeline: Value = node
        .get(&node.worker, &format!("/api/cases/{id}/timeline"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(timeline.as_array().unwrap().len(), 21);
}

#[tokio::test]
async fn openapi_document_describes_every_route() {
    let node = spawn().await;
    let doc: Value = node.openapi().await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/health", "get"),
        ("/api/auth/login", "post"),
        ("/api/auth/logout", "post"),
        ("/api/auth/logout-all", "post"),
        ("/api/auth/session", "get"),
        ("/api/auth/totp/enrol", "post"),
        ("/api/auth/totp/confirm", "post"),
        ("/api/tokens", "get"),
        ("/api/tokens", "post"),
        ("/api/tokens/{id}", "delete"),
        ("/api/me", "get"),
        ("/api/catalogue", "get"),
        ("/api/cases", "get"),
        ("/api/cases", "post"),
        ("/api/cases/{id}", "get"),
        ("/api/cases/{id}", "patch"),
        ("/api/cases/{id}/measures", "get"),
        ("/api/cases/{id}/measures", "post"),
        ("/api/cases/{id}/measures/{measure_id}", "patch"),
        ("/api/cases/{id}/consents", "get"),
        ("/api/cases/{id}/consents", "post"),
        ("/api/cases/{id}/consents/{consent_id}/revoke", "post"),
        ("/api/cases/{id}/timeline", "get"),
        ("/api/organisations", "get"),
        ("/api/organisations", "post"),
        ("/api/users", "get"),
        ("/api/users", "post"),
        ("/api/users/{id}/disable", "post"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing from OpenAPI"
        );
    }
    assert!(doc["components"]["schemas"]["NewCase"].is_object());
}
