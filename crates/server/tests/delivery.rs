//! Delivery as an administrator watches it: a message that stays unacknowledged is
//! reported late, then stuck — once each, in the log and the audit trail, with the
//! reason and never the content — and listed by `GET /api/exchange/outbox?health=…`;
//! at its expiry it is given up loudly. And a message that arrives before its
//! predecessor waits for it, then both apply in sequence order.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{advance_clock, eventually, ok, referral_ready_to_send, referral_with_case, spawn_in};
use reqwest::StatusCode;
use serde_json::{Value, json};
use time::Duration;
use trm_domain::codes::{LegalBasis, Role};
use trm_exchange::MessageKind;
use trm_store::{Change, ExchangeChange, OutboxState};

fn count_of(trail: &[trm_store::AuditRecord], action: &str) -> usize {
    trail
        .iter()
        .filter(|e| format!("{:?}", e.event.action) == action)
        .count()
}

#[tokio::test]
async fn an_unacknowledged_message_is_reported_late_then_stuck_once_each_then_expires() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    // Albania is down: nobody listens where Italy reaches it.
    italy.trust_unreachable(&albania).await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let mut admin = italy.admin.clone();
    let id = referral_ready_to_send(&italy).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    let store = &italy.state.store;
    eventually("the first attempt failed", || async {
        store.outbox(Some(OutboxState::Queued), 10).await.unwrap()[0]
            .last_error
            .is_some()
    })
    .await;

    let listed = |health: &'static str, admin: String| {
        let italy = &italy;
        async move {
            ok(
                italy
                    .get(&admin, &format!("/api/exchange/outbox?health={health}"))
                    .await,
                StatusCode::OK,
            )
            .await
            .as_array()
            .unwrap()
            .clone()
        }
    };
    assert!(
        listed("late", admin.clone()).await.is_empty(),
        "not late yet"
    );
    let all = ok(
        italy.get(&admin, "/api/exchange/outbox").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(all[0]["health"], "on_time");

    // Past the warning time (30 minutes by default).
    advance_clock(Duration::minutes(31));
    // The administrator's session ended meanwhile (30 minutes idle).
    admin = italy.login("admin").await;
    trm_server::exchange::raise_overdue(&italy.state)
        .await
        .unwrap();
    trm_server::exchange::raise_overdue(&italy.state)
        .await
        .unwrap();
    let trail = store.audit_entries(0, 10_000).await.unwrap();
    assert_eq!(
        count_of(&trail, "MessageLate"),
        1,
        "warned once, not per round"
    );
    assert_eq!(count_of(&trail, "MessageStuck"), 0);
    let late = listed("late", admin.clone()).await;
    assert_eq!(late.len(), 1);
    assert_eq!(late[0]["health"], "late");
    assert_eq!(late[0]["referral_id"], id.as_str());
    assert!(
        late[0]["last_error"]
            .as_str()
            .is_some_and(|e| !e.is_empty()),
        "the administrator sees why: {late:?}"
    );
    assert!(listed("stuck", admin.clone()).await.is_empty());
    let peers = ok(
        italy.get(&admin, "/api/exchange/peers").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(peers[0]["health"], "late");
    assert_eq!(peers[0]["queued"], 1);
    assert_eq!(peers[0]["late"], 1);
    assert_eq!(peers[0]["stuck"], 0);
    assert!(peers[0]["last_error"].is_string());

    // Past the alert time (4 hours by default).
    advance_clock(Duration::hours(4));
    admin = italy.login("admin").await;
    trm_server::exchange::raise_overdue(&italy.state)
        .await
        .unwrap();
    trm_server::exchange::raise_overdue(&italy.state)
        .await
        .unwrap();
    let trail = store.audit_entries(0, 10_000).await.unwrap();
    assert_eq!(count_of(&trail, "MessageLate"), 1);
    assert_eq!(count_of(&trail, "MessageStuck"), 1, "alerted once");
    let stuck = listed("stuck", admin.clone()).await;
    assert_eq!(stuck.len(), 1);
    assert_eq!(stuck[0]["health"], "stuck");
    let peers = ok(
        italy.get(&admin, "/api/exchange/peers").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(peers[0]["health"], "stuck");
    // Reports name the message and the peer, never the person.
    for e in trail.iter().filter(|e| {
        let a = format!("{:?}", e.event.action);
        a == "MessageLate" || a == "MessageStuck"
    }) {
        let text = format!("{e:?}");
        assert!(!text.contains("Testa"), "{text}");
        assert!(e.event.case.is_none());
    }

    // A filter that is not one of its values is refused, naming it.
    let (status, body) =
        common::errors(italy.get(&admin, "/api/exchange/outbox?health=sick").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "health");
    let (status, body) =
        common::errors(italy.get(&admin, "/api/exchange/outbox?state=lost").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "state");
    // Only those who watch the exchange may list it.
    assert_eq!(
        italy
            .get(&italy.login("worker").await, "/api/exchange/outbox")
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    // At its expiry (30 days) it is given up, loudly, and no longer listed as stuck.
    advance_clock(Duration::days(30));
    admin = italy.login("admin").await;
    let message_id = stuck[0]["message_id"].as_str().unwrap().to_owned();
    // The node's own sender gives it up (a second sender here would race it).
    italy.wake_sender();
    eventually("the message expired", || async {
        !store
            .outbox(Some(OutboxState::Expired), 10)
            .await
            .unwrap()
            .is_empty()
    })
    .await;
    let expired = ok(
        italy
            .get(&admin, "/api/exchange/outbox?state=expired")
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(expired[0]["message_id"], message_id.as_str());
    assert!(listed("stuck", admin.clone()).await.is_empty());
    let trail = store.audit_entries(0, 10_000).await.unwrap();
    assert_eq!(count_of(&trail, "MessageExpired"), 1);
}

#[tokio::test]
async fn a_message_that_arrives_before_its_predecessor_waits_then_both_apply_in_order() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    // Italy's sender cannot reach Albania: the test delivers, out of order.
    italy.trust_unreachable(&albania).await;
    albania
        .trust(&italy, LegalBasis::PublicBodiesArrangement)
        .await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let (case, id, consent) = referral_with_case(&italy).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    let referral = trm_domain::ids::ReferralId::parse(&id).unwrap();
    // Message 2 of the same referral: the notice that the consent was revoked.
    let peer = italy
        .state
        .store
        .peer(albania.state.node.node_id)
        .await
        .unwrap()
        .unwrap();
    let notice = trm_domain::referral::RevocationNotice {
        referral_id: referral,
        consent_id: trm_domain::ids::ConsentId::parse(&consent).unwrap(),
        revoked_on: common::now().date(),
    };
    let second = trm_server::exchange::outgoing(
        &italy.state,
        &peer,
        MessageKind::ConsentRevocation,
        Some(uuid::Uuid::parse_str(&case).unwrap()),
        referral,
        Some(uuid::Uuid::parse_str(&consent).unwrap()),
        &serde_json::to_vec(&notice).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(second.sequence, 2);
    italy
        .state
        .store
        .write(Change::Exchange(Box::new(ExchangeChange::Enqueue(
            second.clone(),
        ))))
        .await
        .unwrap();
    let first = italy
        .state
        .store
        .outbox_for_referral(referral.as_uuid())
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.sequence == 1)
        .unwrap();

    // 2 arrives first: stored and acknowledged, not applied.
    let receipt: Value = ok(
        albania.post_envelope(&second.envelope).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        receipt["receipt"]["message_id"],
        second.message_id.to_string()
    );
    let inbox = albania.state.store.inbox(10).await.unwrap();
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].state, trm_store::InboxState::Waiting);
    assert!(
        albania
            .state
            .store
            .referral(referral)
            .await
            .unwrap()
            .is_none(),
        "nothing applied while 1 is missing"
    );
    // Sent again (the sender retries): the same receipt, still waiting.
    let again: Value = ok(
        albania.post_envelope(&second.envelope).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(again, receipt);

    // 1 arrives: the referral is taken in, then the waiting notice restricts it.
    ok(albania.post_envelope(&first.envelope).await, StatusCode::OK).await;
    let inbox = albania.state.store.inbox(10).await.unwrap();
    assert_eq!(inbox.len(), 2);
    assert!(
        inbox
            .iter()
            .all(|m| m.state == trm_store::InboxState::Applied),
        "both applied"
    );
    let held = albania
        .state
        .store
        .referral(referral)
        .await
        .unwrap()
        .expect("the referral was taken in");
    assert!(
        held.referral.restricted_at.is_some(),
        "the notice was applied after the referral it concerns"
    );
    assert_eq!(
        albania
            .get(&focal, &format!("/api/referrals/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "restricted: visible to no one but the administrator"
    );
    assert_eq!(
        albania
            .state
            .store
            .applied_sequence(italy.state.node.node_id, referral.as_uuid())
            .await
            .unwrap(),
        2
    );
}

/// Staff saving a draft and a peer's message about the same referral (a new version, a
/// restriction) both read and write the referral whole: the one waits for the other, so
/// neither overwrites what the other wrote.
#[tokio::test]
async fn editing_a_referral_waits_while_a_message_about_it_is_being_applied() {
    let italy = spawn_in("IT").await;
    let (_, id, _) = referral_with_case(&italy).await;
    let referral = trm_domain::ids::ReferralId::parse(&id).unwrap();
    let draft = ok(
        italy
            .get(&italy.worker, &format!("/api/referrals/{id}"))
            .await,
        StatusCode::OK,
    )
    .await;
    let fields = draft["current"]["document"]["fields"].clone();

    // The envelope endpoint holds the referral while it applies a message.
    let applying = italy.state.referral_lock(referral).lock().await;
    let edit = tokio::spawn({
        let http = reqwest::Client::new();
        let url = format!("{}/api/referrals/{id}/draft", italy.url);
        let token = italy.worker.clone();
        async move {
            http.put(url)
                .bearer_auth(token)
                .json(&json!({"fields": fields}))
                .send()
                .await
                .unwrap()
                .status()
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!edit.is_finished(), "the edit did not wait for the message");
    drop(applying);
    assert_eq!(edit.await.unwrap(), StatusCode::OK);
}

/// A peer that answers again after failures is back: the rest of its backlog is due at
/// once instead of at the end of each message's backoff; and a failure recorded late
/// never pushes back a message that was made due again meanwhile.
#[tokio::test]
async fn when_a_peer_answers_again_the_rest_of_its_backlog_goes_at_once() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    albania
        .trust(&italy, LegalBasis::PublicBodiesArrangement)
        .await;
    italy.trust_unreachable(&albania).await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    for _ in 0..2 {
        let id = referral_ready_to_send(&italy).await;
        ok(
            italy
                .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
                .await,
            StatusCode::OK,
        )
        .await;
    }
    let store = &italy.state.store;
    eventually("both failed once", || async {
        store
            .outbox(Some(OutboxState::Queued), 10)
            .await
            .unwrap()
            .iter()
            .all(|m| m.attempts >= 1)
    })
    .await;
    // Both far into their backoff; then the first is due again, just before the peer is
    // back.
    let queued = store.outbox(Some(OutboxState::Queued), 10).await.unwrap();
    let later = common::now() + Duration::hours(1);
    for (i, m) in queued.iter().enumerate() {
        store
            .write(Change::Exchange(Box::new(ExchangeChange::Attempted {
                message_id: m.message_id,
                attempts: m.attempts + 1,
                next_attempt_at: if i == 0 { common::now() } else { later },
                error: "synthetic failure".into(),
            })))
            .await
            .unwrap();
    }
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    italy.wake_sender();
    eventually(
        "both acknowledged, the second without waiting its hour",
        || async {
            store
                .outbox(Some(OutboxState::Acknowledged), 10)
                .await
                .unwrap()
                .len()
                == 2
        },
    )
    .await;

    // A failure written from a stale read (attempt 1) after a retry-now reset the count
    // is ignored: the message stays due now.
    let id = referral_ready_to_send(&italy).await;
    italy.trust_unreachable(&albania).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    eventually("it failed once", || async {
        store.outbox(Some(OutboxState::Queued), 10).await.unwrap()[0].attempts >= 1
    })
    .await;
    let m = store.outbox(Some(OutboxState::Queued), 10).await.unwrap()[0].clone();
    let now = common::now();
    store
        .write(Change::Exchange(Box::new(ExchangeChange::RetryNow {
            peer: m.peer,
            at: now + Duration::minutes(10),
        })))
        .await
        .unwrap();
    store
        .write(Change::Exchange(Box::new(ExchangeChange::Attempted {
            message_id: m.message_id,
            attempts: m.attempts + 1,
            next_attempt_at: now + Duration::hours(5),
            error: "a stale failure".into(),
        })))
        .await
        .unwrap();
    let after = store.outbox(Some(OutboxState::Queued), 10).await.unwrap()[0].clone();
    assert_eq!(after.attempts, 0, "the retry-now's count stands");
    assert_eq!(after.next_attempt_at, now + Duration::minutes(10));
}
