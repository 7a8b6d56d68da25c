//! Key rotation between real nodes on 127.0.0.1: a node hands its peers over to new
//! keys with a handover signed by its old key; what it sealed before the rotation still
//! arrives, what its old key signs afterwards does not, and a handover from a key the
//! peer never pinned changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestNode, eventually, now, ok, spawn_in};
use reqwest::StatusCode;
use serde_json::{Value, json};
use time::{Duration, OffsetDateTime};
use trm_crypto::NodeSigningKey;
use trm_domain::codes::LegalBasis;
use trm_exchange::{
    Header, HpkeKeyPair, LocalKeys, MessageKind, PeerKeys, SignedNodeDocument, SignedReceipt,
    key_id, seal,
};
use trm_server::exchange::MESSAGE_LIFETIME;
use trm_server::key_rotation::rotate_node_keys;
use trm_store::OutboxState;
use uuid::Uuid;

/// The keys a peer pins of `node` now.
fn pinned(node: &TestNode) -> PeerKeys {
    let f = node.state.federation.as_ref().unwrap();
    f.local_keys(node.state.node.node_id).public().unwrap()
}

/// A node's own signing key as it runs now.
fn signing_of(node: &TestNode) -> std::sync::Arc<NodeSigningKey> {
    node.state.federation.as_ref().unwrap().signing.clone()
}

/// An "opened" notice (about a referral nobody holds: it changes nothing but the inbox)
/// from `from`, signed with `key`, sealed to `to`, created at `created_at`.
fn notice(
    from: Uuid,
    key: &NodeSigningKey,
    to: &PeerKeys,
    created_at: OffsetDateTime,
) -> (Uuid, Vec<u8>) {
    notice_until(from, key, to, created_at, created_at + MESSAGE_LIFETIME)
}

/// [`notice`] with its expiry given.
fn notice_until(
    from: Uuid,
    key: &NodeSigningKey,
    to: &PeerKeys,
    created_at: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> (Uuid, Vec<u8>) {
    let local = LocalKeys {
        node_id: from,
        signing: key,
        hpke: vec![],
    };
    let header = Header {
        message_id: Uuid::now_v7(),
        kind: MessageKind::Opened,
        sender: from,
        recipient: to.node_id,
        sender_key_id: key_id(&key.public_key()),
        recipient_key_id: to.hpke_key_id.clone(),
        case_ref: Some(Uuid::now_v7()),
        sequence: 1,
        consent_ref: None,
        created_at,
        expires_at,
    };
    let payload =
        serde_json::to_vec(&json!({"referral_id": Uuid::now_v7(), "version": 1})).unwrap();
    (
        header.message_id,
        seal(&local, to, &header, &payload).unwrap(),
    )
}

/// The fingerprint `at` pins for `peer`.
async fn pinned_fingerprint(at: &TestNode, peer: Uuid) -> String {
    let record = at.state.store.peer(peer).await.unwrap().unwrap();
    let doc: SignedNodeDocument = serde_json::from_str(&record.document).unwrap();
    trm_crypto::fingerprint(&doc.document.signing_public)
}

async fn rejections(node: &TestNode) -> Vec<String> {
    node.state
        .store
        .audit_entries(0, 10_000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| format!("{:?}", e.event.action) == "MessageRejected")
        .map(|e| e.event.subject.unwrap_or_default())
        .collect()
}

/// Two nodes trusting each other.
async fn pair() -> (TestNode, TestNode) {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    albania.trust(&italy, LegalBasis::EuEea).await;
    (italy, albania)
}

/// Rotates `node`'s keys as `trm keys rotate` does, then "restarts" it with the new keys
/// on a new port (the old server keeps running with the old keys but nobody is sent
/// there): current HPKE key first, the old one kept as the data folder keeps it.
async fn rotate_and_restart(node: &mut TestNode) {
    let new_signing = NodeSigningKey::generate(now());
    let new_hpke = HpkeKeyPair::generate(now());
    rotate_node_keys(&node.state, &new_signing, &new_hpke)
        .await
        .unwrap();
    // The old HPKE key, as the folder keeps it (`hpke-retired-<id>.key`).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old-hpke.key");
    node.state.federation.as_ref().unwrap().hpke[0]
        .write_new(&path)
        .unwrap();
    let old_hpke = HpkeKeyPair::load(&path)
        .unwrap()
        .with_valid_until(Some(now() + MESSAGE_LIFETIME * 2));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let state = node
        .state
        .clone()
        .with_node_key(new_signing)
        .with_federation(vec![new_hpke, old_hpke], url.clone());
    tokio::spawn(trm_server::serve(
        listener,
        state.clone(),
        std::future::pending(),
    ));
    node.state = state;
    node.url = url;
}

#[tokio::test]
async fn after_a_handover_the_new_key_is_accepted_what_was_sealed_before_still_arrives_and_the_old_key_signs_nothing_new()
 {
    let (italy, albania) = pair().await;
    let it = italy.state.node.node_id;
    let old_key = signing_of(&italy);
    let old_fingerprint = old_key.fingerprint();
    assert_eq!(pinned_fingerprint(&albania, it).await, old_fingerprint);
    // Queued in Italy before the rotation, delivered after it.
    let (before_id, before) = notice(it, &old_key, &pinned(&albania), now());

    let new_key = NodeSigningKey::generate(now());
    let new_hpke = HpkeKeyPair::generate(now());
    rotate_node_keys(&italy.state, &new_key, &new_hpke)
        .await
        .unwrap();
    italy.wake_sender();
    eventually("Albania pins Italy's new key", || async {
        pinned_fingerprint(&albania, it).await == new_key.fingerprint()
    })
    .await;
    let health = ok(
        albania.get(&albania.admin, "/api/exchange/peers").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(health[0]["fingerprint"], new_key.fingerprint(), "{health}");
    let record = albania.state.store.peer(it).await.unwrap().unwrap();
    let doc: SignedNodeDocument = serde_json::from_str(&record.document).unwrap();
    assert_eq!(doc.document.hpke_key_id, new_hpke.key_id());
    eventually("Italy's handover is acknowledged", || async {
        italy
            .state
            .store
            .outbox(Some(OutboxState::Acknowledged), 10)
            .await
            .unwrap()
            .iter()
            .any(|m| m.kind == "key_handover")
    })
    .await;
    // Served for a peer that missed it, verifiable against the key it pinned.
    let served: Vec<trm_exchange::SignedKeyHandover> = italy
        .http
        .get(format!("{}/api/node/handovers", italy.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(served.len(), 1);
    let old_pins = PeerKeys {
        signing_key_id: key_id(&old_key.public_key()),
        signing_public: old_key.public_key(),
        ..pinned(&italy)
    };
    assert_eq!(
        trm_exchange::verify_handover(&served[0], &old_pins)
            .unwrap()
            .signing_public,
        new_key.public_key()
    );
    let trail = albania.state.store.audit_entries(0, 10_000).await.unwrap();
    assert!(
        trail
            .iter()
            .any(|e| format!("{:?}", e.event.action) == "PeerKeysRotated")
    );

    // A duplicate of the handover gets the receipt of the first time.
    let sent = italy
        .state
        .store
        .outbox(None, 100)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.kind == "key_handover")
        .unwrap();
    let again: SignedReceipt = ok(albania.post_envelope(&sent.envelope).await, StatusCode::OK)
        .await
        .as_object()
        .map(|o| serde_json::from_value(Value::Object(o.clone())).unwrap())
        .unwrap();
    let first: SignedReceipt = serde_json::from_str(sent.receipt.as_deref().unwrap()).unwrap();
    assert_eq!(again, first);

    // A new message, signed with the new key: accepted.
    let (new_id, new) = notice(it, &new_key, &pinned(&albania), now());
    ok(albania.post_envelope(&new).await, StatusCode::OK).await;
    assert!(
        albania
            .state
            .store
            .inbox_entry(new_id)
            .await
            .unwrap()
            .is_some()
    );

    // Sealed before the rotation with the old key: still accepted, exactly once.
    ok(albania.post_envelope(&before).await, StatusCode::OK).await;
    assert!(
        albania
            .state
            .store
            .inbox_entry(before_id)
            .await
            .unwrap()
            .is_some()
    );

    // The old key, on a message created after the rotation: refused, audited, not stored.
    let refused_before = rejections(&albania).await.len();
    let (late_id, late) = notice(
        it,
        &old_key,
        &pinned(&albania),
        now() + Duration::seconds(2),
    );
    let r = albania.post_envelope(&late).await;
    let (status, body) = common::errors(r).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.to_string().contains("rotated-out key"), "{body}");
    assert!(
        albania
            .state
            .store
            .inbox_entry(late_id)
            .await
            .unwrap()
            .is_none()
    );
    let refused = rejections(&albania).await;
    assert_eq!(refused.len(), refused_before + 1);
    assert!(refused.last().unwrap().contains("rotated-out"));

    // A key Albania never knew: refused too.
    let stranger = NodeSigningKey::generate(now());
    let (odd_id, odd) = notice(it, &stranger, &pinned(&albania), now());
    ok(
        albania.post_envelope(&odd).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(
        albania
            .state
            .store
            .inbox_entry(odd_id)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_rotated_out_key_is_refused_once_nothing_it_signed_can_still_be_in_transit() {
    let (italy, albania) = pair().await;
    let it = italy.state.node.node_id;
    let old_key = signing_of(&italy);
    let new_key = NodeSigningKey::generate(now());
    rotate_node_keys(&italy.state, &new_key, &HpkeKeyPair::generate(now()))
        .await
        .unwrap();
    italy.wake_sender();
    eventually("Albania pins Italy's new key", || async {
        pinned_fingerprint(&albania, it).await == new_key.fingerprint()
    })
    .await;
    // Created before the rotation, but arriving after every message sealed then must
    // have expired: only a sender that set its expiry beyond the message lifetime (or a
    // thief of the old key) can make one.
    let created = now() - Duration::seconds(5);
    let (id, envelope) = notice_until(
        it,
        &old_key,
        &pinned(&albania),
        created,
        created + MESSAGE_LIFETIME * 3,
    );
    common::advance_clock(MESSAGE_LIFETIME + Duration::minutes(1));
    let (status, body) = common::errors(albania.post_envelope(&envelope).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.to_string().contains("rotated-out key"), "{body}");
    assert!(albania.state.store.inbox_entry(id).await.unwrap().is_none());
}

#[tokio::test]
async fn after_rotating_a_node_still_opens_what_was_sealed_to_its_old_encryption_key() {
    let (italy, mut albania) = pair().await;
    let it = italy.state.node.node_id;
    let al = albania.state.node.node_id;
    let italy_key = signing_of(&italy);
    // Italy seals to Albania's current encryption key, then Albania rotates.
    let old_keys = pinned(&albania);
    let (id, envelope) = notice(it, &italy_key, &old_keys, now());
    rotate_and_restart(&mut albania).await;
    assert_ne!(pinned(&albania).hpke_key_id, old_keys.hpke_key_id);
    let receipt: SignedReceipt =
        serde_json::from_value(ok(albania.post_envelope(&envelope).await, StatusCode::OK).await)
            .unwrap();
    assert!(albania.state.store.inbox_entry(id).await.unwrap().is_some());
    // Signed with Albania's new key: Italy checks it once it has the handover.
    assert_eq!(
        receipt.receipt.receiver_key_id,
        pinned(&albania).signing_key_id
    );
    let new_fingerprint = signing_of(&albania).fingerprint();
    eventually("Italy pins Albania's new key", || async {
        pinned_fingerprint(&italy, al).await == new_fingerprint
    })
    .await;
    let italy_pins =
        trm_server::exchange::peer_keys(&italy.state.store.peer(al).await.unwrap().unwrap())
            .unwrap();
    trm_exchange::verify_receipt(&receipt, &italy_pins).unwrap();
}

#[tokio::test]
async fn a_handover_signed_by_a_key_never_pinned_changes_nothing() {
    let (italy, albania) = pair().await;
    let it = italy.state.node.node_id;
    let before = albania.state.store.peer(it).await.unwrap().unwrap();
    let f = italy.state.federation.as_ref().unwrap();
    // A thief's key "hands Italy over" to itself; the envelope is even signed with
    // Italy's real key, so only the handover's own signature can catch it.
    let thief = NodeSigningKey::generate(now());
    let new_doc = trm_server::exchange::signed_node_document(
        &italy.state,
        &italy.url,
        &thief,
        &HpkeKeyPair::generate(now()),
    );
    let forged = trm_exchange::sign_handover(&new_doc, &thief, now());
    let peer = pinned(&albania);
    let local = f.local_keys(it);
    let header = Header {
        message_id: Uuid::now_v7(),
        kind: MessageKind::KeyHandover,
        sender: it,
        recipient: peer.node_id,
        sender_key_id: f.signing_key_id(),
        recipient_key_id: peer.hpke_key_id.clone(),
        case_ref: None,
        sequence: 0,
        consent_ref: None,
        created_at: now(),
        expires_at: now() + MESSAGE_LIFETIME,
    };
    let envelope = seal(
        &local,
        &peer,
        &header,
        &serde_json::to_vec(&forged).unwrap(),
    )
    .unwrap();
    let (status, body) = common::errors(albania.post_envelope(&envelope).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.to_string().contains("key handover"), "{body}");
    assert_eq!(albania.state.store.peer(it).await.unwrap().unwrap(), before);
    assert!(
        albania
            .state
            .store
            .inbox_entry(header.message_id)
            .await
            .unwrap()
            .is_none()
    );
    assert!(albania.state.store.handovers(it).await.unwrap().is_empty());
    assert!(
        rejections(&albania)
            .await
            .iter()
            .any(|r| r.contains("key handover"))
    );
    // The thief's key on an envelope of its own is not a key of Italy's at all.
    let (id, theirs) = notice(it, &thief, &peer, now());
    ok(
        albania.post_envelope(&theirs).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(albania.state.store.inbox_entry(id).await.unwrap().is_none());
    assert_eq!(albania.state.store.peer(it).await.unwrap().unwrap(), before);
}

#[tokio::test]
async fn audit_checkpoints_signed_with_a_rotated_out_key_still_verify_and_a_strangers_do_not() {
    let (italy, _albania) = pair().await;
    let store = italy.state.store.clone();
    let node_id = italy.state.node.node_id;
    let old_key = signing_of(&italy);
    trm_server::services::checkpoint_audit(&store, node_id, &old_key, now())
        .await
        .unwrap()
        .unwrap();
    let new_key = NodeSigningKey::generate(now());
    rotate_node_keys(&italy.state, &new_key, &HpkeKeyPair::generate(now()))
        .await
        .unwrap();
    trm_server::services::checkpoint_audit(&store, node_id, &new_key, now())
        .await
        .unwrap()
        .unwrap();
    let report =
        trm_server::services::verify_audit_trail(&store, node_id, Some(new_key.public_key()))
            .await
            .unwrap();
    assert!(report.intact, "{:?}", report.problem);
    assert_eq!(report.checkpoints, 2);
    // A key no handover ties to the current one is not the node's.
    let stranger = NodeSigningKey::generate(now());
    let report =
        trm_server::services::verify_audit_trail(&store, node_id, Some(stranger.public_key()))
            .await
            .unwrap();
    assert!(!report.intact);
}

#[tokio::test]
async fn a_peer_that_missed_the_handover_follows_the_chain_the_node_serves() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    // Italy cannot reach Albania: its handover never arrives there.
    italy.trust_unreachable(&albania).await;
    albania.trust(&italy, LegalBasis::EuEea).await;
    let it = italy.state.node.node_id;
    let old_fingerprint = signing_of(&italy).fingerprint();
    let first = NodeSigningKey::generate(now());
    rotate_node_keys(&italy.state, &first, &HpkeKeyPair::generate(now()))
        .await
        .unwrap();
    let chain: Vec<trm_exchange::SignedKeyHandover> = italy
        .http
        .get(format!("{}/api/node/handovers", italy.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let actor = || trm_domain::audit::AuditActor::Command {
        command: "trm peer follow".into(),
    };

    // A link from a key Albania never pinned is ignored; a forged one from the pinned
    // key is refused and changes nothing.
    let thief = NodeSigningKey::generate(now());
    let stolen_doc = trm_server::exchange::signed_node_document(
        &italy.state,
        &italy.url,
        &thief,
        &HpkeKeyPair::generate(now()),
    );
    let mut forged = trm_exchange::sign_handover(&stolen_doc, &thief, now());
    let unrelated = forged.clone();
    assert_eq!(
        trm_server::key_rotation::follow_handovers(&albania.state, it, &[unrelated], actor())
            .await
            .unwrap(),
        0
    );
    forged.handover.old_signing_public = chain[0].handover.old_signing_public;
    forged.handover.old_signing_key_id = chain[0].handover.old_signing_key_id.clone();
    assert!(
        trm_server::key_rotation::follow_handovers(&albania.state, it, &[forged], actor())
            .await
            .is_err()
    );
    assert_eq!(pinned_fingerprint(&albania, it).await, old_fingerprint);

    let applied = trm_server::key_rotation::follow_handovers(&albania.state, it, &chain, actor())
        .await
        .unwrap();
    assert_eq!(applied, 1);
    assert_eq!(pinned_fingerprint(&albania, it).await, first.fingerprint());
    let (id, envelope) = notice(it, &first, &pinned(&albania), now());
    ok(albania.post_envelope(&envelope).await, StatusCode::OK).await;
    assert!(albania.state.store.inbox_entry(id).await.unwrap().is_some());
    // Nothing more to follow.
    assert_eq!(
        trm_server::key_rotation::follow_handovers(&albania.state, it, &chain, actor())
            .await
            .unwrap(),
        0
    );
}
