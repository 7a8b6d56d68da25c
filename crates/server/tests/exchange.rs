//! The federation between real nodes on 127.0.0.1: a referral sent in Italy arrives in
//! Albania exactly once, waits while the peer is unreachable, and every forged, replayed
//! or misaddressed envelope is refused with nothing stored.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{eventually, ok, referral_ready_to_send, referral_with_case, referrals_at, spawn_in};
use reqwest::StatusCode;
use serde_json::json;
use trm_domain::codes::{LegalBasis, Role};
use trm_store::{Change, ExchangeChange, OutboxState};

#[tokio::test]
async fn a_referral_sent_in_italy_arrives_in_albania_exactly_once_with_a_signed_receipt() {
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

    let id = referral_ready_to_send(&italy).await;
    let sent = ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(sent["current"]["state"], "sent");

    eventually("the referral is in Albania", || async {
        !referrals_at(&albania, &focal).await.is_empty()
    })
    .await;
    let there = ok(
        albania.get(&focal, &format!("/api/referrals/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(there["referral"]["direction"], "incoming");
    // Albania's focal point has opened it: Italy is told (the business receipt).
    let referral_uuid = uuid::Uuid::parse_str(&id).unwrap();
    eventually("Italy learns it was opened", || async {
        italy
            .state
            .store
            .outbox_for_referral(referral_uuid)
            .await
            .unwrap()
            .iter()
            .any(|m| m.kind == "referral" && m.opened_at.is_some())
    })
    .await;
    assert_eq!(
        there["current"]["document"]["fields"]["personal.name"],
        json!({"text": "Testa Fictiva", "lang": "it"})
    );

    let store = &italy.state.store;
    eventually("Italy holds the receipt", || async {
        store
            .outbox(Some(OutboxState::Acknowledged), 10)
            .await
            .unwrap()
            .len()
            == 1
    })
    .await;
    let entry = &store
        .outbox(Some(OutboxState::Acknowledged), 10)
        .await
        .unwrap()[0];
    let receipt: trm_exchange::SignedReceipt =
        serde_json::from_str(entry.receipt.as_deref().unwrap()).unwrap();
    let peer = store
        .peer(albania.state.node.node_id)
        .await
        .unwrap()
        .unwrap();
    let keys = trm_server::exchange::peer_keys(&peer).unwrap();
    let checked = trm_exchange::verify_receipt(&receipt, &keys).unwrap();
    assert_eq!(checked.digest, trm_exchange::digest(&entry.envelope));

    // The same envelope again: the first receipt, and nothing applied twice.
    let again = albania.post_envelope(&entry.envelope).await;
    assert_eq!(again.status(), StatusCode::OK);
    let again: trm_exchange::SignedReceipt = again.json().await.unwrap();
    assert_eq!(
        again, receipt,
        "a duplicate is answered with the original receipt"
    );
    let held = ok(
        albania.get(&focal, &format!("/api/referrals/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(held["history"].as_array().unwrap().len(), 1, "applied once");
}

#[tokio::test]
async fn while_the_peer_is_unreachable_messages_wait_and_then_arrive_once_each_in_order() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    albania.trust(&italy, LegalBasis::EuEea).await;
    // Italy knows Albania at an address where nobody listens: the peer is "down".
    italy.trust_unreachable(&albania).await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let mut ids = Vec::new();
    for _ in 0..4 {
        let id = referral_ready_to_send(&italy).await;
        ok(
            italy
                .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
                .await,
            StatusCode::OK,
        )
        .await;
        ids.push(id);
    }
    let store = &italy.state.store;
    eventually("every message has failed at least once", || async {
        store
            .outbox(Some(OutboxState::Queued), 10)
            .await
            .unwrap()
            .iter()
            .all(|m| m.attempts >= 1 && m.last_error.is_some())
    })
    .await;
    assert!(referrals_at(&albania, &focal).await.is_empty());

    // The peer comes back.
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    italy.wake_sender();
    eventually("all four arrived", || async {
        referrals_at(&albania, &focal).await.len() == 4
    })
    .await;
    eventually("all four acknowledged", || async {
        store
            .outbox(Some(OutboxState::Acknowledged), 10)
            .await
            .unwrap()
            .len()
            == 4
    })
    .await;
    let mut arrived: Vec<String> = referrals_at(&albania, &focal)
        .await
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    arrived.sort();
    ids.sort();
    assert_eq!(arrived, ids, "each exactly once");
}

#[tokio::test]
async fn forged_tampered_misaddressed_and_unknown_envelopes_are_refused_and_nothing_is_stored() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    let moldova = spawn_in("MD").await;
    // Italy's sender cannot reach Albania: the test delivers by hand.
    italy.trust_unreachable(&albania).await;
    albania.trust(&italy, LegalBasis::EuEea).await;
    moldova.trust(&italy, LegalBasis::EuEea).await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let id = referral_ready_to_send(&italy).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    let envelope = italy
        .state
        .store
        .outbox(Some(OutboxState::Queued), 10)
        .await
        .unwrap()[0]
        .envelope
        .clone();

    // Every tenth byte flipped, and the first and last hundred.
    let positions: Vec<usize> = (0..envelope.len())
        .filter(|i| i % 10 == 0 || *i < 100 || *i + 100 >= envelope.len())
        .collect();
    for i in positions {
        let mut bad = envelope.clone();
        bad[i] ^= 0x01;
        let r = albania.post_envelope(&bad).await;
        assert!(
            r.status().is_client_error(),
            "byte {i} flipped was accepted: {}",
            r.status()
        );
    }
    // Addressed to Albania, delivered to Moldova (which trusts Italy).
    let r = moldova.post_envelope(&envelope).await;
    assert!(r.status().is_client_error(), "{}", r.status());
    assert!(
        albania.state.store.inbox(10).await.unwrap().is_empty(),
        "nothing stored in Albania"
    );
    assert!(
        moldova.state.store.inbox(10).await.unwrap().is_empty(),
        "nothing stored in Moldova"
    );

    // From a peer Albania removed.
    let italy_id = italy.state.node.node_id;
    albania
        .state
        .store
        .write(Change::Exchange(Box::new(ExchangeChange::RemovePeer {
            node_id: italy_id,
            at: common::now(),
        })))
        .await
        .unwrap();
    let r = albania.post_envelope(&envelope).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(albania.state.store.inbox(10).await.unwrap().is_empty());
    // The refusals are in the audit trail, without the message's content.
    let trail = albania.state.store.audit_entries(0, 1000).await.unwrap();
    let refused: Vec<_> = trail
        .iter()
        .filter(|e| format!("{:?}", e.event.action).contains("MessageRejected"))
        .collect();
    assert!(!refused.is_empty());
    assert!(refused.iter().all(|e| !format!("{e:?}").contains("Testa")));
}

#[tokio::test]
async fn a_peer_whose_transfers_are_blocked_gets_nothing_and_nothing_is_queued() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    italy.trust(&albania, LegalBasis::Blocked).await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let id = referral_ready_to_send(&italy).await;
    let v = ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(v["errors"][0]["field"], "peer.legal_basis");
    assert!(italy.state.store.outbox(None, 10).await.unwrap().is_empty());
    let view = ok(
        italy.get(&manager, &format!("/api/referrals/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(view["current"]["state"], "draft", "not frozen either");
}

#[tokio::test]
async fn albanias_follow_up_after_return_travels_back_to_italy_as_version_2() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    albania
        .trust(&italy, LegalBasis::PublicBodiesArrangement)
        .await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let id = referral_ready_to_send(&italy).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    eventually("the referral is in Albania", || async {
        !referrals_at(&albania, &focal).await.is_empty()
    })
    .await;

    let next = ok(
        albania
            .post(&focal, &format!("/api/referrals/{id}/versions"), &json!({}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    let mut fields = next["current"]["document"]["fields"].clone();
    fields["lt_measures.education"] = json!({"offered": true, "accepted": true});
    fields["lt_basic.x_al_reintegration_centre"] = json!("Synthetic Reintegration Centre (TEST)");
    ok(
        albania
            .put(
                &focal,
                &format!("/api/referrals/{id}/draft"),
                &json!({"fields": fields, "language": "sq"}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    ok(
        albania
            .post(&focal, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;

    eventually("Italy holds version 2", || async {
        let v = ok(
            italy.get(&manager, &format!("/api/referrals/{id}")).await,
            StatusCode::OK,
        )
        .await;
        v["history"].as_array().unwrap().len() == 2
    })
    .await;
    let home = ok(
        italy.get(&manager, &format!("/api/referrals/{id}")).await,
        StatusCode::OK,
    )
    .await;
    let states: Vec<&str> = home["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["sent", "received"]);
    assert_eq!(
        home["current"]["document"]["fields"]["lt_measures.education"]["accepted"],
        true
    );
    let kinds: Vec<String> = albania
        .state
        .store
        .outbox(None, 10)
        .await
        .unwrap()
        .iter()
        .map(|m| m.kind.clone())
        .collect();
    assert_eq!(
        kinds,
        ["follow_up"],
        "the country of origin's answer travels as a follow-up report"
    );
    // Italy opened version 2 above, so Albania is told; once that is delivered, Italy's
    // administrator sees the link healthy and nothing stuck.
    eventually("nothing left queued in Italy", || async {
        italy
            .state
            .store
            .outbox(Some(OutboxState::Queued), 10)
            .await
            .unwrap()
            .is_empty()
    })
    .await;
    let admin = italy.admin.clone();
    let peers = ok(
        italy.get(&admin, "/api/exchange/peers").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(peers[0]["country"], "AL");
    assert_eq!(peers[0]["queued"], 0);
    assert!(peers[0]["last_acknowledged"].is_string());
    let outbox = ok(
        italy.get(&admin, "/api/exchange/outbox").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(outbox[0]["state"], "acknowledged");
    assert!(outbox[0].get("envelope").is_none(), "no content is shown");
}

#[tokio::test]
async fn a_revoked_consent_withdraws_what_is_queued_and_the_receiver_restricts_what_it_holds() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    albania
        .trust(&italy, LegalBasis::PublicBodiesArrangement)
        .await;
    let (_, manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let w = italy.worker.clone();

    // Delivered, then the person withdraws the consent.
    let (case, id, consent) = referral_with_case(&italy).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    eventually("the referral is in Albania", || async {
        !referrals_at(&albania, &focal).await.is_empty()
    })
    .await;
    let store = &italy.state.store;
    eventually("Italy holds the receipt", || async {
        store
            .outbox(Some(OutboxState::Acknowledged), 10)
            .await
            .unwrap()
            .len()
            == 1
    })
    .await;
    ok(
        italy
            .post(
                &w,
                &format!("/api/cases/{case}/consents/{consent}/revoke"),
                &json!({"reason": "The person withdrew consent (synthetic)"}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    eventually("Albania restricts the data", || async {
        albania
            .get(&focal, &format!("/api/referrals/{id}"))
            .await
            .status()
            == StatusCode::NOT_FOUND
    })
    .await;
    let held = albania
        .state
        .store
        .referral(trm_domain::ids::ReferralId::parse(&id).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(
        held.referral.restricted_at.is_some(),
        "restricted, pending deletion"
    );
    eventually("Albania's receipt confirms the notice", || async {
        store
            .outbox(Some(OutboxState::Acknowledged), 10)
            .await
            .unwrap()
            .iter()
            .any(|m| m.kind == "consent_revocation")
    })
    .await;

    // Queued while Albania is unreachable, then the consent is revoked: never sent.
    italy.trust_unreachable(&albania).await;
    let (case, id, consent) = referral_with_case(&italy).await;
    ok(
        italy
            .post(&manager, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        StatusCode::OK,
    )
    .await;
    ok(
        italy
            .post(
                &w,
                &format!("/api/cases/{case}/consents/{consent}/revoke"),
                &json!({}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    let withdrawn = store
        .outbox(Some(OutboxState::Withdrawn), 10)
        .await
        .unwrap();
    assert_eq!(withdrawn.len(), 1);
    assert_eq!(withdrawn[0].referral_id.unwrap().to_string(), id);
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    italy.wake_sender();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        albania
            .get(&focal, &format!("/api/referrals/{id}"))
            .await
            .status()
            == StatusCode::NOT_FOUND,
        "nothing left after the revocation"
    );
    assert_eq!(
        albania.state.store.inbox(10).await.unwrap().len(),
        2,
        "the first referral and its revocation notice only"
    );
}
