//! Key rotation: this node handing its peers over to new keys (`trm keys rotate`), and a
//! peer's handover taken in here. The rules and why are in `docs/envelope.md` ("Key
//! rotation").
//!
//! - [`rotate_node_keys`] signs the handover with the node's current (old) key and queues
//!   it to every trusted peer, sealed with the old key they still pin, with the audit
//!   entry and the node's own record of the handover in one transaction.
//! - [`take_handover`] (from the envelope endpoint) pins a peer's new document once the
//!   key it pinned vouched for it, and keeps the old key for what it signed until the
//!   rotation.
//! - [`sender_keys`] picks the key an envelope from a peer is checked with: the pinned
//!   one, or a rotated-out one for a message created no later than its rotation.
//! - [`former_signing_keys`]: this node's rotated-out keys, each tied to the current key
//!   by a chain of handovers, for checking old audit checkpoints.

use time::OffsetDateTime;
use trm_crypto::NodeSigningKey;
use trm_domain::Rule;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::ids::CaseId;
use trm_exchange::{
    Header, HpkeKeyPair, MessageKind, NodeDocument, PeerKeys, Receipt, ReceiptStatus,
    SignedKeyHandover, SignedReceipt,
};
use trm_store::{
    Change, ExchangeChange, HandoverRecord, InboxEntry, InboxState, OutboxEntry, OutboxState,
    PeerRecord, StoreError,
};
use uuid::Uuid;

use crate::AppState;
use crate::error::ApiError;
use crate::exchange::{
    MESSAGE_LIFETIME, federation, kind_name, peer_keys, refuse, signed_node_document,
};

/// The command named in the audit trail for a rotation.
pub const ROTATE_COMMAND: &str = "trm keys rotate";

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(e.to_string())
}

/// Hands this node over from the keys it runs with (`state`'s federation) to
/// `new_signing` and `new_hpke`: signs the handover with the old signing key, seals one
/// handover envelope to every trusted peer with the old key (the one they pin), and
/// commits them to the outbox with the node's own record of the handover and the audit
/// entry. The caller then makes the new keys current (`trm keys rotate` replaces the key
/// files; the server must be restarted with them).
pub async fn rotate_node_keys(
    state: &AppState,
    new_signing: &NodeSigningKey,
    new_hpke: &HpkeKeyPair,
) -> Result<SignedKeyHandover, ApiError> {
    let f = federation(state)?;
    let now = (state.now)();
    let old_public = f.signing.public_key();
    if new_signing.public_key() == old_public {
        return Err(ApiError::Conflict(
            "the new signing key is the current one".into(),
        ));
    }
    let new_document = signed_node_document(state, &f.url, new_signing, new_hpke);
    // The old key vouches for nothing created after this instant.
    let handover = trm_exchange::sign_handover(&new_document, &f.signing, now);
    let payload = serde_json::to_vec(&handover).map_err(internal)?;
    let local = f.local_keys(state.node.node_id);
    let mut changes = Vec::new();
    let peers: Vec<PeerRecord> = state
        .store
        .peers()
        .await?
        .into_iter()
        .filter(|p| p.removed_at.is_none())
        .collect();
    for peer in &peers {
        let keys = peer_keys(peer)?;
        let header = Header {
            message_id: Uuid::now_v7(),
            kind: MessageKind::KeyHandover,
            sender: state.node.node_id,
            recipient: peer.node_id,
            sender_key_id: f.signing_key_id(),
            recipient_key_id: keys.hpke_key_id.clone(),
            case_ref: None,
            sequence: 0,
            consent_ref: None,
            created_at: now,
            expires_at: now + MESSAGE_LIFETIME,
        };
        let envelope = trm_exchange::seal(&local, &keys, &header, &payload).map_err(internal)?;
        changes.push(Change::Exchange(Box::new(ExchangeChange::Enqueue(
            OutboxEntry {
                message_id: header.message_id,
                peer: peer.node_id,
                kind: kind_name(MessageKind::KeyHandover),
                case_id: None,
                referral_id: None,
                consent_id: None,
                sequence: 0,
                envelope,
                state: OutboxState::Queued,
                attempts: 0,
                next_attempt_at: now,
                last_error: None,
                created_at: now,
                expires_at: header.expires_at,
                acknowledged_at: None,
                receipt: None,
                opened_at: None,
            },
        ))));
    }
    let old_key_id = handover.handover.old_signing_key_id.clone();
    let new_key_id = new_document.document.signing_key_id.clone();
    changes.push(Change::Exchange(Box::new(ExchangeChange::Handover(
        HandoverRecord {
            node_id: state.node.node_id,
            old_key_id: old_key_id.clone(),
            old_public,
            new_key_id: new_key_id.clone(),
            valid_until: now,
            handover: serde_json::to_string(&handover).map_err(internal)?,
            recorded_at: now,
        },
    ))));
    let old_hpke = f
        .hpke
        .first()
        .map(|k| k.key_id().to_owned())
        .unwrap_or_default();
    let audit = AuditEvent::new(
        now,
        AuditActor::Command {
            command: ROTATE_COMMAND.into(),
        },
        AuditAction::NodeKeysRotated,
    )
    .subject(format!(
        "signing key {old_key_id} -> {new_key_id}, encryption key {old_hpke} -> {}; handover queued to {} peer(s)",
        new_hpke.key_id(),
        peers.len()
    ));
    state
        .store
        .write_audited(Change::Batch(changes), vec![audit])
        .await?;
    f.wake.notify_one();
    Ok(handover)
}

/// The keys to check an envelope from `peer` with. The pinned key as long as the header
/// names it (or names a key this node never knew: `open` refuses that as unknown). A
/// key the peer rotated out is used only for a message created no later than its
/// rotation, and only while such a message can still be in transit; otherwise the
/// envelope is refused here (audited, nothing stored).
pub(crate) async fn sender_keys(
    state: &AppState,
    peer: &PeerRecord,
    header: &Header,
) -> Result<PeerKeys, ApiError> {
    let pinned = peer_keys(peer)?;
    if header.sender_key_id == pinned.signing_key_id {
        return Ok(pinned);
    }
    let Some(retired) = state
        .store
        .handover(peer.node_id, &header.sender_key_id)
        .await?
    else {
        return Ok(pinned);
    };
    let now = (state.now)();
    if header.created_at <= retired.valid_until && now <= retired.valid_until + MESSAGE_LIFETIME {
        return Ok(PeerKeys {
            signing_key_id: retired.old_key_id,
            signing_public: retired.old_public,
            ..pinned
        });
    }
    let rule = Rule::RotatedOutKey {
        key: retired.old_key_id.to_string(),
        retired_at: retired.valid_until.to_string(),
    };
    let why = format!("refused from {}: {rule}", peer.country);
    Err(refuse(state, ApiError::field("envelope", rule), &why).await)
}

/// Verifies a receipt from `peer` (whose pinned keys are `pinned`). A receipt the peer
/// signed with a key it has since rotated out still counts if it was given before the
/// rotation: a duplicate is answered with the receipt of the first time, which may be
/// older than the peer's current key.
pub async fn verify_peer_receipt(
    state: &AppState,
    pinned: &PeerKeys,
    signed: &SignedReceipt,
) -> Result<Receipt, String> {
    let first = match trm_exchange::verify_receipt(signed, pinned) {
        Ok(r) => return Ok(r),
        Err(e) => e,
    };
    let retired = state
        .store
        .handover(pinned.node_id, &signed.receipt.receiver_key_id)
        .await
        .map_err(|e| e.to_string())?;
    match retired {
        Some(r) if signed.receipt.received_at <= r.valid_until => {
            let keys = PeerKeys {
                signing_key_id: r.old_key_id,
                signing_public: r.old_public,
                ..pinned.clone()
            };
            trm_exchange::verify_receipt(signed, &keys).map_err(|e| e.to_string())
        }
        _ => Err(first.to_string()),
    }
}

/// Takes in a peer's key handover (the envelope is verified and opened, and not a
/// duplicate): checks it against the key pinned for the peer, pins the new document,
/// keeps the old key for what it signed until the rotation, and stores the envelope as
/// applied with its receipt, so a duplicate gets that receipt again.
pub(crate) async fn take_handover(
    state: &AppState,
    peer: &PeerRecord,
    header: &Header,
    payload: &[u8],
    envelope: &[u8],
) -> Result<SignedReceipt, ApiError> {
    let f = federation(state)?;
    // One handover of a peer at a time (the stripe of its node id).
    let _one_at_a_time = state
        .case_lock(CaseId::from_uuid(peer.node_id))
        .lock()
        .await;
    // The same handover delivered twice at once: the second gets the first's receipt.
    if let Some(existing) = state.store.inbox_entry(header.message_id).await? {
        return serde_json::from_str(&existing.receipt).map_err(internal);
    }
    let peer = match state.store.peer(peer.node_id).await? {
        Some(p) if p.removed_at.is_none() => p,
        _ => return Err(refuse(state, ApiError::Forbidden, "unknown or removed sender").await),
    };
    let signed: SignedKeyHandover = match serde_json::from_slice(payload) {
        Ok(s) => s,
        Err(e) => {
            let rule = Rule::NotAKeyHandover {
                detail: e.to_string(),
            };
            let why = format!("refused from {}: a malformed key handover", peer.country);
            return Err(refuse(state, ApiError::field("payload", rule), &why).await);
        }
    };
    let pinned = peer_keys(&peer)?;
    let new = match trm_exchange::verify_handover(&signed, &pinned) {
        Ok(doc) => doc,
        Err(e) => {
            let why = format!("refused from {}: key handover: {e}", peer.country);
            return Err(refuse(
                state,
                ApiError::field(
                    "payload",
                    Rule::HandoverRefused {
                        detail: e.to_string(),
                    },
                ),
                &why,
            )
            .await);
        }
    };
    let now = (state.now)();
    let h = &signed.handover;
    // The old key vouches for nothing created after the handover reached us, whatever
    // the handover says.
    let valid_until = h.old_key_valid_until.min(now);
    let digest = trm_exchange::digest(envelope);
    let receipt = trm_exchange::sign_receipt(
        &Receipt {
            message_id: header.message_id,
            digest,
            received_at: now,
            status: ReceiptStatus::Accepted,
            receiver: state.node.node_id,
            receiver_key_id: f.signing_key_id(),
        },
        &f.signing,
    );
    let entry = InboxEntry {
        message_id: header.message_id,
        sender: header.sender,
        kind: kind_name(header.kind),
        case_ref: None,
        sequence: header.sequence,
        envelope: envelope.to_vec(),
        digest: digest.iter().map(|b| format!("{b:02x}")).collect(),
        received_at: now,
        state: InboxState::Applied,
        receipt: serde_json::to_string(&receipt).map_err(internal)?,
        applied_at: Some(now),
    };
    let actor = AuditActor::Command {
        command: format!("peer {} {}", peer.country, peer.node_id),
    };
    let (record, audit) = handover_record(&peer, &signed, &new, valid_until, now, actor)?;
    let changes = vec![
        Change::Exchange(Box::new(ExchangeChange::Receive(entry))),
        Change::Exchange(Box::new(ExchangeChange::Handover(record))),
        Change::Exchange(Box::new(ExchangeChange::Repin {
            node_id: peer.node_id,
            previous: peer.document.clone(),
            document: serde_json::to_string(&h.new_document).map_err(internal)?,
        })),
    ];
    state
        .store
        .write_audited(Change::Batch(changes), vec![audit])
        .await?;
    tracing::info!(peer = %peer.node_id, old = %h.old_signing_key_id, new = %new.signing_key_id, "a peer's key handover was applied");
    Ok(receipt)
}

/// The record of a verified handover of `peer` to `new`, and its audit entry.
fn handover_record(
    peer: &PeerRecord,
    signed: &SignedKeyHandover,
    new: &NodeDocument,
    valid_until: OffsetDateTime,
    now: OffsetDateTime,
    actor: AuditActor,
) -> Result<(HandoverRecord, AuditEvent), ApiError> {
    let h = &signed.handover;
    let record = HandoverRecord {
        node_id: peer.node_id,
        old_key_id: h.old_signing_key_id.clone(),
        old_public: h.old_signing_public,
        new_key_id: new.signing_key_id.clone(),
        valid_until,
        handover: serde_json::to_string(signed).map_err(internal)?,
        recorded_at: now,
    };
    let audit = AuditEvent::new(now, actor, AuditAction::PeerKeysRotated).subject(format!(
        "peer {} {}: signing key {} -> {} (fingerprint {}), encryption key {}",
        peer.country,
        peer.node_id,
        h.old_signing_key_id,
        new.signing_key_id,
        trm_crypto::fingerprint(&new.signing_public),
        new.hpke_key_id
    ));
    Ok((record, audit))
}

/// Follows a peer's handovers as it serves them (`GET /api/node/handovers`), from the
/// key pinned here: for a peer whose handover never arrived (this node was unreachable
/// for longer than a message's lifetime). Each link must verify against the key pinned
/// before it, exactly as a handover that arrives in an envelope; links that do not
/// start from the pinned key are ignored. Returns how many were applied (0: nothing
/// to follow).
pub async fn follow_handovers(
    state: &AppState,
    node_id: Uuid,
    chain: &[SignedKeyHandover],
    actor: AuditActor,
) -> Result<usize, ApiError> {
    let _one_at_a_time = state.case_lock(CaseId::from_uuid(node_id)).lock().await;
    let peer = match state.store.peer(node_id).await? {
        Some(p) if p.removed_at.is_none() => p,
        _ => return Err(ApiError::NotFound("trusted peer")),
    };
    let now = (state.now)();
    let mut pinned = peer_keys(&peer)?;
    let mut latest = None;
    let mut changes = Vec::new();
    let mut audits = Vec::new();
    // Each link replaces the pinned key, so a chain longer than the list is a cycle.
    while audits.len() < chain.len() {
        let Some(next) = chain
            .iter()
            .find(|h| h.handover.old_signing_public == pinned.signing_public)
        else {
            break;
        };
        let new = trm_exchange::verify_handover(next, &pinned).map_err(|e| {
            ApiError::field(
                "handovers",
                Rule::PeerHandoverRefused {
                    detail: e.to_string(),
                },
            )
        })?;
        let valid_until = next.handover.old_key_valid_until.min(now);
        let (record, audit) = handover_record(&peer, next, &new, valid_until, now, actor.clone())?;
        changes.push(Change::Exchange(Box::new(ExchangeChange::Handover(record))));
        audits.push(audit);
        pinned = new.peer_keys();
        latest = Some(&next.handover.new_document);
    }
    let Some(document) = latest else {
        return Ok(0);
    };
    changes.push(Change::Exchange(Box::new(ExchangeChange::Repin {
        node_id,
        previous: peer.document.clone(),
        document: serde_json::to_string(document).map_err(internal)?,
    })));
    let applied = audits.len();
    state
        .store
        .write_audited(Change::Batch(changes), audits)
        .await?;
    Ok(applied)
}

/// This node's key handovers, oldest first.
pub async fn own_handovers(state: &AppState) -> Result<Vec<SignedKeyHandover>, ApiError> {
    state
        .store
        .handovers(state.node.node_id)
        .await?
        .iter()
        .map(|r| serde_json::from_str(&r.handover).map_err(internal))
        .collect()
}

/// This node's rotated-out signing keys that the current key `current` vouches for: each
/// handed over, directly or through later handovers, to `current`. A handover row
/// whose signatures do not verify ties nothing (someone with write access to the
/// database cannot make a key of their own the node's this way).
pub async fn former_signing_keys(
    store: &trm_store::Store,
    node_id: Uuid,
    current: [u8; 32],
) -> Result<Vec<[u8; 32]>, StoreError> {
    let records = store.handovers(node_id).await?;
    let mut known = vec![current];
    loop {
        let mut grew = false;
        for r in &records {
            if known.contains(&r.old_public) {
                continue;
            }
            let Ok(signed) = serde_json::from_str::<SignedKeyHandover>(&r.handover) else {
                continue;
            };
            if let Ok(doc) = trm_exchange::verify_handover_from(&signed, node_id, &r.old_public)
                && known.contains(&doc.signing_public)
            {
                known.push(r.old_public);
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    known.remove(0);
    Ok(known)
}
