//! Requests between real nodes on 127.0.0.1 (seed 004 Table 9, §4.3.2): Italy asks
//! Albania about a referral both hold; the request lands in the Albanian focal point's
//! inbox, is opened, dispatched and answered, and Italy sees every step, the deadline
//! and the response time. Without consent nothing leaves; a reply to nothing is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestNode, advance_clock, eventually, now, ok, referral_with_case, spawn_in};
use reqwest::StatusCode;
use serde_json::{Value, json};
use trm_domain::codes::{LegalBasis, OrganisationKind, Role};
use trm_exchange::MessageKind;

/// Words that appear in a request's details and nowhere else: searched for in the raw
/// database files.
const DETAILS: &str = "Synthetic question: does the Fictiva family register list Testa?";

struct Pair {
    italy: TestNode,
    albania: TestNode,
    /// Italy's case manager, who sends.
    manager: String,
    /// Albania's focal point, who receives.
    focal: String,
    case: String,
    consent: String,
    referral: String,
}

/// Italy and Albania trusting each other, and a referral from Italy that Albania holds.
async fn referral_in_albania() -> Pair {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    albania.trust(&italy, LegalBasis::EuEea).await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let (case, referral, consent) = referral_with_case(&italy).await;
    ok(
        italy
            .post(
                &manager,
                &format!("/api/referrals/{referral}/send"),
                &json!({}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    eventually("the referral is in Albania", || async {
        albania
            .get(&focal, &format!("/api/referrals/{referral}"))
            .await
            .status()
            == StatusCode::OK
    })
    .await;
    Pair {
        italy,
        albania,
        manager,
        focal,
        case,
        consent,
        referral,
    }
}

fn identity_check(due_in_days: i64) -> Value {
    let due = now().date() + time::Duration::days(due_in_days);
    json!({"kind": "checks.identity", "details": {"text": DETAILS, "lang": "it"}, "due_by": due.to_string()})
}

async fn requests_of(node: &TestNode, token: &str, referral: &str) -> Vec<Value> {
    ok(
        node.get(token, &format!("/api/referrals/{referral}/requests"))
            .await,
        StatusCode::OK,
    )
    .await
    .as_array()
    .unwrap()
    .clone()
}

async fn inbox(node: &TestNode, token: &str, query: &str) -> Vec<Value> {
    ok(
        node.get(token, &format!("/api/inbox{query}")).await,
        StatusCode::OK,
    )
    .await
    .as_array()
    .unwrap()
    .clone()
}

/// The state Italy sees of its one request about the referral.
/// Italy asks Albania for an identity check due in `days`; answers the request's id
/// once it is in Albania's inbox and Italy holds the receipt.
async fn request_delivered(p: &Pair, days: i64) -> String {
    let sent = ok(
        p.italy
            .post(
                &p.manager,
                &format!("/api/referrals/{}/requests", p.referral),
                &identity_check(days),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let rid = sent["id"].as_str().unwrap().to_owned();
    eventually("the request is in Albania", || async {
        inbox(&p.albania, &p.focal, "")
            .await
            .iter()
            .any(|i| i["item"] == "request")
    })
    .await;
    eventually("Italy holds the receipt", || async {
        italy_sees(p).await["state"] == "delivered"
    })
    .await;
    rid
}

async fn italy_sees(p: &Pair) -> Value {
    requests_of(&p.italy, &p.manager, &p.referral).await[0].clone()
}

#[tokio::test]
async fn a_request_from_italy_is_opened_dispatched_and_answered_in_albania_and_italy_sees_each_step()
 {
    let p = referral_in_albania().await;
    let police = common::org_of_kind(
        &p.albania.state.store,
        "Test Border Police",
        OrganisationKind::Police,
    )
    .await;
    let (officer, officer_token) = p
        .albania
        .user_with_role(&police, "officer", Role::LawEnforcement)
        .await;

    let sent = ok(
        p.italy
            .post(
                &p.manager,
                &format!("/api/referrals/{}/requests", p.referral),
                &identity_check(14),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let rid = sent["id"].as_str().unwrap().to_owned();
    assert_eq!(sent["direction"], "outgoing");
    assert_eq!(sent["kind"], "checks.identity");
    assert_eq!(sent["overdue"], false);
    assert!(sent["response_time_hours"].is_null());

    // It lands in the Albanian focal point's inbox, new, with its deadline.
    eventually("the request is in Albania's inbox", || async {
        inbox(&p.albania, &p.focal, "")
            .await
            .iter()
            .any(|i| i["item"] == "request")
    })
    .await;
    let items = inbox(&p.albania, &p.focal, "?state=new").await;
    let item = items.iter().find(|i| i["item"] == "request").unwrap();
    assert_eq!(item["request_id"], rid.as_str());
    assert_eq!(item["sender_country"], "IT");
    assert_eq!(item["kind"], "checks.identity");
    assert_eq!(item["overdue"], false);
    assert_eq!(
        item["due_by"],
        (now().date() + time::Duration::days(14)).to_string()
    );
    // The referral itself was opened already (by the helper): not new any more.
    assert!(items.iter().all(|i| i["item"] != "referral"), "{items:?}");
    let all = inbox(&p.albania, &p.focal, "").await;
    assert!(
        all.iter()
            .any(|i| i["item"] == "referral" && i["status"] == "opened" && i["version"] == 1),
        "{all:?}"
    );
    let bad = ok(
        p.albania.get(&p.focal, "/api/inbox?state=lost").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(
        bad["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("state: unknown variant `lost`"),
        "{bad}"
    );
    eventually("Italy holds the receipt", || async {
        italy_sees(&p).await["state"] == "delivered"
    })
    .await;

    // Not dispatched yet: the officer cannot see it, let alone answer it.
    assert_eq!(
        p.albania
            .get(&officer_token, &format!("/api/requests/{rid}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // The focal point opens it: Italy is told.
    let opened = ok(
        p.albania
            .get(&p.focal, &format!("/api/requests/{rid}"))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(opened["state"], "opened");
    assert_eq!(opened["details"]["text"], DETAILS);
    assert!(
        inbox(&p.albania, &p.focal, "?state=new")
            .await
            .iter()
            .all(|i| i["request_id"] != rid.as_str())
    );
    eventually("Italy learns it was opened", || async {
        italy_sees(&p).await["state"] == "opened"
    })
    .await;

    let dispatched = ok(
        p.albania
            .post(
                &p.focal,
                &format!("/api/requests/{rid}/dispatch"),
                &json!({"user": officer.id}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(dispatched["state"], "dispatched");
    assert_eq!(
        inbox(&p.albania, &p.focal, "?state=dispatched").await[0]["request_id"],
        rid.as_str()
    );

    let answer = json!({"outcome": "provided", "details": {"text": "Identity confirmed by the synthetic register.", "lang": "sq"}});
    let replied = ok(
        p.albania
            .post(
                &officer_token,
                &format!("/api/requests/{rid}/reply"),
                &answer,
            )
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(replied["state"], "answered");
    // Answered once: a second reply is refused, naming why.
    let again = ok(
        p.albania
            .post(&p.focal, &format!("/api/requests/{rid}/reply"), &answer)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(
        again["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("answered already"),
        "{again}"
    );

    eventually("Italy sees the answer", || async {
        italy_sees(&p).await["state"] == "answered"
    })
    .await;
    let there = italy_sees(&p).await;
    assert_eq!(there["reply"]["outcome"], "provided");
    assert_eq!(there["reply"]["details"]["lang"], "sq");
    assert_eq!(there["overdue"], false);
    assert!(
        there["response_time_hours"].as_f64().unwrap() >= 0.0,
        "{there}"
    );

    // The referral view: its version was delivered, opened, and answered by the reply.
    let view = ok(
        p.italy
            .get(&p.manager, &format!("/api/referrals/{}", p.referral))
            .await,
        StatusCode::OK,
    )
    .await;
    let delivery = &view["delivery"][0];
    assert_eq!(delivery["version"], 1);
    assert_eq!(delivery["state"], "opened", "{delivery}");
    assert_eq!(delivery["answered"], true);
    assert!(delivery["delivered_at"].is_string());

    // Italy's focal point finds the reply in its inbox.
    let (_, italy_focal) = p
        .italy
        .user_with_role(&p.italy.home().await, "focal", Role::FocalPoint)
        .await;
    let replies = inbox(&p.italy, &italy_focal, "").await;
    assert!(
        replies
            .iter()
            .any(|i| i["item"] == "reply" && i["request_id"] == rid.as_str()),
        "{replies:?}"
    );

    // Response times, without a person.
    let stats = ok(
        p.italy.get(&p.manager, "/api/requests/stats").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        stats,
        json!([{"direction": "outgoing", "country": "AL", "kind": "checks.identity", "count": 1,
                "answered": 1, "overdue": 0, "median_response_hours": there["response_time_hours"]}])
    );

    // Sealed at rest on both sides: the details are nowhere in the database files.
    for node in [&p.italy, &p.albania] {
        for suffix in ["", "-wal"] {
            let mut path = node.db_path().into_os_string();
            path.push(suffix);
            let bytes = std::fs::read(&path).unwrap_or_default();
            assert!(
                !bytes
                    .windows(DETAILS.len())
                    .any(|w| w == DETAILS.as_bytes()),
                "the details are readable in {path:?}"
            );
        }
    }
}

#[tokio::test]
async fn without_consent_or_with_bad_input_a_request_is_refused_and_nothing_is_queued() {
    let p = referral_in_albania().await;
    let path = format!("/api/referrals/{}/requests", p.referral);
    let referral = uuid::Uuid::parse_str(&p.referral).unwrap();
    let queued_requests = || async {
        p.italy
            .state
            .store
            .outbox_for_referral(referral)
            .await
            .unwrap()
            .iter()
            .filter(|m| m.kind == "request")
            .count()
    };

    for (body, field) in [
        (identity_check(-1), "due_by"),
        (identity_check(91), "due_by"),
        (
            json!({"kind": "checks.horoscope", "details": {"text": "x", "lang": "it"}, "due_by": "2030-01-01"}),
            "kind",
        ),
    ] {
        let refused = ok(
            p.italy.post(&p.manager, &path, &body).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], field, "{refused}");
    }

    ok(
        p.italy
            .post(
                &p.italy.worker.clone(),
                &format!("/api/cases/{}/consents/{}/revoke", p.case, p.consent),
                &json!({}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    let refused = ok(
        p.italy.post(&p.manager, &path, &identity_check(14)).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "consents.share_data");
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("revoked"),
        "{refused}"
    );
    assert_eq!(queued_requests().await, 0);
    assert!(
        requests_of(&p.italy, &p.manager, &p.referral)
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_request_past_its_due_date_is_overdue_on_both_sides_until_answered() {
    let p = referral_in_albania().await;
    let rid = request_delivered(&p, 2).await;

    // Both nodes' clocks move on past the due date (their sessions end meanwhile).
    advance_clock(time::Duration::days(3));
    let manager = p.italy.login("manager").await;
    let focal = p.albania.login("focal").await;
    let here = &requests_of(&p.italy, &manager, &p.referral).await[0];
    assert_eq!(here["overdue"], true, "{here}");
    assert_eq!(here["state"], "delivered");
    let there = inbox(&p.albania, &focal, "").await;
    let item = there.iter().find(|i| i["item"] == "request").unwrap();
    assert_eq!(item["overdue"], true, "{item}");
    assert!(item["age_hours"].as_f64().unwrap() >= 72.0, "{item}");
    let stats = ok(
        p.italy.get(&manager, "/api/requests/stats").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(stats[0]["overdue"], 1, "{stats}");

    // Answered late: no longer overdue.
    ok(
        p.albania
            .post(
                &focal,
                &format!("/api/requests/{rid}/reply"),
                &json!({"outcome": "not_available", "details": {"text": "No synthetic record found.", "lang": "sq"}}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    let answered = ok(
        p.albania.get(&focal, &format!("/api/requests/{rid}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(answered["overdue"], false);
    eventually("Italy sees the late answer", || async {
        requests_of(&p.italy, &manager, &p.referral).await[0]["state"] == "answered"
    })
    .await;
    let here = &requests_of(&p.italy, &manager, &p.referral).await[0];
    assert_eq!(here["overdue"], false);
    assert!(
        here["response_time_hours"].as_f64().unwrap() >= 72.0,
        "{here}"
    );
}

#[tokio::test]
async fn a_reply_to_an_unknown_request_is_refused_and_nothing_is_stored() {
    let p = referral_in_albania().await;
    // Albania's `opened` notice (its message 1 about the referral) is applied first, so
    // the forged reply is next in sequence and applied at once rather than stored to wait.
    let referral_uuid = uuid::Uuid::parse_str(&p.referral).unwrap();
    eventually("Italy learns the referral was opened", || async {
        p.italy
            .state
            .store
            .outbox_for_referral(referral_uuid)
            .await
            .unwrap()
            .iter()
            .any(|m| m.kind == "referral" && m.opened_at.is_some())
    })
    .await;
    let italy_as_peer = p
        .albania
        .state
        .store
        .peer(p.italy.state.node.node_id)
        .await
        .unwrap()
        .unwrap();
    let unknown = uuid::Uuid::now_v7();
    let payload = json!({"format": 1, "request_id": unknown, "referral_id": p.referral,
        "outcome": "provided", "details": {"text": "An answer to nothing (synthetic).", "lang": "sq"},
        "answered_at": "2026-11-22T10:00:00Z"});
    let referral = trm_domain::ids::ReferralId::parse(&p.referral).unwrap();
    let entry = trm_server::exchange::outgoing(
        &p.albania.state,
        &italy_as_peer,
        MessageKind::Reply,
        None,
        referral,
        None,
        &serde_json::to_vec(&payload).unwrap(),
    )
    .await
    .unwrap();
    let refused = ok(
        p.italy.post_envelope(&entry.envelope).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        refused["errors"][0]["field"], "payload.request_id",
        "{refused}"
    );
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("no request"),
        "{refused}"
    );
    let store = &p.italy.state.store;
    assert!(store.inbox_entry(entry.message_id).await.unwrap().is_none());
    assert!(
        store
            .request(trm_domain::ids::RequestId::from_uuid(unknown))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        requests_of(&p.italy, &p.manager, &p.referral)
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn roles_the_policy_table_does_not_allow_are_refused() {
    let p = referral_in_albania().await;
    // A case worker drafts referrals but does not send a person's data abroad.
    let refused = p
        .italy
        .post(
            &p.italy.worker.clone(),
            &format!("/api/referrals/{}/requests", p.referral),
            &identity_check(14),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let any = uuid::Uuid::now_v7();
    // Only the focal point dispatches and reads the inbox.
    let worker = p.albania.worker.clone();
    assert_eq!(
        p.albania
            .post(
                &worker,
                &format!("/api/requests/{any}/dispatch"),
                &json!({})
            )
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        p.albania.get(&worker, "/api/inbox").await.status(),
        StatusCode::FORBIDDEN
    );
    // The administrator reads the statistics, never a request.
    let admin = p.albania.admin.clone();
    assert_eq!(
        p.albania.get(&admin, "/api/requests/stats").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        p.albania
            .get(&admin, &format!("/api/requests/{any}"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_persons_requests_are_in_the_subject_access_export_and_go_with_erasure() {
    let p = referral_in_albania().await;
    let sent = ok(
        p.italy
            .post(
                &p.manager,
                &format!("/api/referrals/{}/requests", p.referral),
                &identity_check(14),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let export = ok(
        p.italy
            .get(&p.manager, &format!("/api/cases/{}/export", p.case))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(export["requests"][0]["id"], sent["id"]);
    assert_eq!(export["requests"][0]["details"]["text"], DETAILS);

    ok(
        p.italy
            .post(
                &p.manager,
                &format!("/api/cases/{}/erase", p.case),
                &json!({"reason": "Erasure request of the person (synthetic)"}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    let rid = trm_domain::ids::RequestId::parse(sent["id"].as_str().unwrap()).unwrap();
    assert!(
        p.italy.state.store.request(rid).await.unwrap().is_none(),
        "no request about the person is left"
    );
    let referral = trm_domain::ids::ReferralId::parse(&p.referral).unwrap();
    assert!(
        p.italy
            .state
            .store
            .requests_of_referral(referral)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn after_the_consent_is_revoked_the_receiver_cannot_reply_about_the_restricted_referral() {
    let p = referral_in_albania().await;
    let rid = request_delivered(&p, 14).await;
    ok(
        p.italy
            .post(
                &p.italy.worker.clone(),
                &format!("/api/cases/{}/consents/{}/revoke", p.case, p.consent),
                &json!({}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    eventually("Albania restricts the referral", || async {
        p.albania
            .get(&p.focal, &format!("/api/referrals/{}", p.referral))
            .await
            .status()
            == StatusCode::NOT_FOUND
    })
    .await;
    let refused = ok(
        p.albania
            .post(
                &p.focal,
                &format!("/api/requests/{rid}/reply"),
                &json!({"outcome": "provided", "details": {"text": "Too late (synthetic).", "lang": "sq"}}),
            )
            .await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(
        refused["message"].as_str().unwrap().contains("restricted"),
        "{refused}"
    );
    // Nothing was queued for Italy, and the request stays unanswered.
    let referral = uuid::Uuid::parse_str(&p.referral).unwrap();
    assert!(
        p.albania
            .state
            .store
            .outbox_for_referral(referral)
            .await
            .unwrap()
            .iter()
            .all(|m| m.kind != "reply")
    );
    assert!(
        inbox(&p.albania, &p.focal, "")
            .await
            .iter()
            .all(|i| i["item"] != "request"),
        "a restricted referral's requests leave the inbox"
    );
}
