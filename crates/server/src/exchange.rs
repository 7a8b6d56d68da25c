//! The federation, on this node's side: the node's signed document, the transactional
//! outbox and its sender, the envelope endpoint and its inbox.
//!
//! Delivery is at least once on the wire and exactly once in effect: the sender retries
//! until the peer's signed receipt comes back (or the message expires), and the
//! receiver keeps every message id it has taken in, answering a duplicate with the
//! receipt it gave the first time. Messages of one referral apply in sequence order; a
//! message that arrives before its predecessor is stored and waits.

use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use tokio::sync::Notify;
use trm_crypto::NodeSigningKey;
use trm_domain::Rule;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::ids::ReferralId;
use trm_domain::template::WireDocument;
use trm_exchange::{
    ExchangeError, Header, HpkeKeyPair, LocalKeys, MessageKind, NodeDocument, PeerKeys, Receipt,
    ReceiptStatus, SignedNodeDocument, SignedReceipt,
};
use trm_store::{
    Change, ExchangeChange, InboxEntry, InboxState, OutboxEntry, OutboxState, PeerRecord,
    ReferralWrite,
};
use uuid::Uuid;

use crate::AppState;
use crate::error::ApiError;

/// The longest a message can wait for its receipt (the node's `exchange.message_lifetime`
/// may be shorter): a retired HPKE key is kept this long after a rotation.
pub const MESSAGE_LIFETIME: time::Duration = trm_domain::delivery::MAX_LIFETIME;
/// The first retry waits about this long; each further one twice as long, up to the cap.
const FIRST_RETRY: Duration = Duration::from_millis(200);
const RETRY_CAP: Duration = Duration::from_secs(300);
/// How often the sender looks for messages that crossed the warning or alert time.
const REPORT_EVERY: Duration = Duration::from_secs(30);

/// What the node needs to take part in the federation.
pub struct Federation {
    pub signing: Arc<NodeSigningKey>,
    /// Current HPKE key first; older ones kept until nothing sealed to them can arrive.
    pub hpke: Vec<HpkeKeyPair>,
    /// The URL peers reach this node at.
    pub url: String,
    /// Wakes the sender when a message is queued.
    pub wake: Notify,
    pub http: reqwest::Client,
}

impl Federation {
    pub fn new(signing: Arc<NodeSigningKey>, hpke: Vec<HpkeKeyPair>, url: String) -> Federation {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap_or_default();
        Federation {
            signing,
            hpke,
            url,
            wake: Notify::new(),
            http,
        }
    }

    pub fn signing_key_id(&self) -> String {
        trm_exchange::key_id(&self.signing.public_key())
    }

    pub fn local_keys(&self, node_id: Uuid) -> LocalKeys<'_> {
        LocalKeys {
            node_id,
            signing: &self.signing,
            hpke: self.hpke.iter().collect(),
        }
    }
}

pub fn federation(state: &AppState) -> Result<&Federation, ApiError> {
    state.federation.as_deref().ok_or_else(|| {
        ApiError::Conflict(
            "this node has no federation keys (run `trm init` again or add hpke.key)".into(),
        )
    })
}

/// The node's own signed document: what a peer's administrator fetches and checks
/// against the fingerprint read to them over the phone.
pub fn node_document(state: &AppState) -> Result<SignedNodeDocument, ApiError> {
    let f = federation(state)?;
    let current = f
        .hpke
        .first()
        .ok_or_else(|| ApiError::Internal("no HPKE key".into()))?;
    Ok(signed_node_document(state, &f.url, &f.signing, current))
}

/// This node's document with these keys, signed by `signing`, issued now.
pub fn signed_node_document(
    state: &AppState,
    url: &str,
    signing: &NodeSigningKey,
    hpke: &HpkeKeyPair,
) -> SignedNodeDocument {
    let signing_public = signing.public_key();
    let doc = NodeDocument {
        node_id: state.node.node_id,
        country: state.node.country.as_str().to_owned(),
        name: state.node.name.clone(),
        url: url.to_owned(),
        signing_public,
        signing_key_id: trm_exchange::key_id(&signing_public),
        hpke_public: hpke.public_key(),
        hpke_key_id: hpke.key_id().to_owned(),
        hpke_valid_from: hpke.valid_from(),
        issued_at: (state.now)(),
    };
    trm_exchange::sign_node_document(&doc, signing)
}

/// The keys of a trusted peer, from the document verified when it was added.
pub fn peer_keys(peer: &PeerRecord) -> Result<PeerKeys, ApiError> {
    let signed: SignedNodeDocument = serde_json::from_str(&peer.document).map_err(|e| {
        ApiError::Internal(format!(
            "the stored document of peer {} is unreadable: {e}",
            peer.node_id
        ))
    })?;
    Ok(signed.document.peer_keys())
}

/// The trusted peer for a country, if one is trusted.
pub async fn peer_for(
    state: &AppState,
    country: trm_domain::codes::CountryCode,
) -> Result<Option<PeerRecord>, ApiError> {
    Ok(state
        .store
        .peers()
        .await?
        .into_iter()
        .find(|p| p.country == country && p.removed_at.is_none()))
}

/// Seals `payload` for `peer` and returns the outbox entry to write with the change that
/// caused it (same transaction). The caller has checked consent and legal basis.
#[allow(clippy::too_many_arguments)]
pub async fn outgoing(
    state: &AppState,
    peer: &PeerRecord,
    kind: MessageKind,
    case_id: Option<Uuid>,
    referral: ReferralId,
    consent: Option<Uuid>,
    payload: &[u8],
) -> Result<OutboxEntry, ApiError> {
    let f = federation(state)?;
    let keys = peer_keys(peer)?;
    let now = (state.now)();
    let sequence = state
        .store
        .next_sequence(peer.node_id, referral.as_uuid())
        .await?;
    let local = f.local_keys(state.node.node_id);
    let header = Header {
        message_id: Uuid::now_v7(),
        kind,
        sender: state.node.node_id,
        recipient: peer.node_id,
        sender_key_id: f.signing_key_id(),
        recipient_key_id: keys.hpke_key_id.clone(),
        case_ref: Some(referral.as_uuid()),
        sequence,
        consent_ref: consent,
        created_at: now,
        expires_at: now + state.delivery.lifetime(),
    };
    let envelope = trm_exchange::seal(&local, &keys, &header, payload).map_err(internal)?;
    Ok(OutboxEntry {
        message_id: header.message_id,
        peer: peer.node_id,
        kind: kind_name(kind),
        case_id,
        referral_id: Some(referral.as_uuid()),
        consent_id: consent,
        sequence,
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
    })
}

/// The kind's name as stored and shown (`referral`, `follow_up`, …).
pub fn kind_name(kind: MessageKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn internal(e: ExchangeError) -> ApiError {
    ApiError::Internal(e.to_string())
}

/// How long to wait before attempt `attempts + 1`: exponential, capped, with jitter so
/// that many nodes coming back at once do not retry in step.
pub fn backoff(attempts: u32, jitter: f64) -> Duration {
    let exp = FIRST_RETRY.saturating_mul(1u32 << attempts.min(16));
    let base = exp.min(RETRY_CAP);
    // jitter in [0, 1): wait between half and the whole of the base.
    base.mul_f64(0.5 + jitter.clamp(0.0, 1.0) / 2.0)
}

/// The sender: delivers every due message, sleeps until the next is due or one is
/// queued. Runs for the life of the server.
pub async fn run_sender(state: AppState) {
    let Some(f) = state.federation.clone() else {
        return;
    };
    let mut last_report = None;
    loop {
        match deliver_due(&state).await {
            Ok(()) => {}
            Err(e) => tracing::warn!(error = %e, "the outbox sender failed a round"),
        }
        // The thresholds are minutes apart: looking twice a minute is enough, and keeps
        // the scan of unacknowledged messages out of a backlog's every round.
        if last_report.is_none_or(|at: std::time::Instant| at.elapsed() >= REPORT_EVERY) {
            if let Err(e) = raise_overdue(&state).await {
                tracing::warn!(error = %e, "late messages could not be reported");
            }
            last_report = Some(std::time::Instant::now());
        }
        let next = state.store.outbox_next_due().await.ok().flatten();
        let wait = match next {
            Some(at) => {
                let now = (state.now)();
                if at <= now {
                    Duration::from_millis(0)
                } else {
                    Duration::try_from(at - now).unwrap_or(RETRY_CAP)
                }
            }
            None => RETRY_CAP,
        };
        if wait.is_zero() {
            continue;
        }
        tokio::select! {
            () = f.wake.notified() => {}
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// Reports every queued message that has just crossed the warning or the alert time,
/// once each: a log line an operator's monitoring can catch (warning, then error) and an
/// audit entry. Never a word of the content: the message id, the peer, the age, and why
/// the last attempt failed.
pub async fn raise_overdue(state: &AppState) -> Result<(), ApiError> {
    let now = (state.now)();
    for alert in [false, true] {
        let threshold = if alert {
            state.delivery.alert_after()
        } else {
            state.delivery.warn_after()
        };
        let crossed = state
            .store
            .outbox_to_raise(alert, now - threshold, 500)
            .await?;
        if crossed.is_empty() {
            continue;
        }
        let mut audits = Vec::with_capacity(crossed.len());
        for m in &crossed {
            let age = trm_domain::delivery::show(time::Duration::minutes(
                (now - m.created_at).whole_minutes(),
            ));
            let why = m.last_error.as_deref().unwrap_or("no answer yet");
            if alert {
                tracing::error!(message = %m.message_id, peer = %m.peer, kind = %m.kind, age = %age, attempts = m.attempts, last_error = why, "a message to a peer is stuck: unacknowledged past the alert time");
            } else {
                tracing::warn!(message = %m.message_id, peer = %m.peer, kind = %m.kind, age = %age, attempts = m.attempts, last_error = why, "a message to a peer is late: unacknowledged past the warning time");
            }
            let action = if alert {
                AuditAction::MessageStuck
            } else {
                AuditAction::MessageLate
            };
            audits.push(
                AuditEvent::new(now, sender_actor(), action).subject(format!(
                    "message {} to {} unacknowledged for {age} after {} attempt(s): {why}",
                    m.message_id, m.peer, m.attempts
                )),
            );
        }
        state
            .store
            .write_audited(
                Change::Exchange(Box::new(ExchangeChange::Raised {
                    message_ids: crossed.iter().map(|m| m.message_id).collect(),
                    alert,
                    at: now,
                })),
                audits,
            )
            .await?;
    }
    Ok(())
}

/// How many deliveries are in flight at once.
const IN_FLIGHT: usize = 32;

/// One round: every message due now, at most [`IN_FLIGHT`] at once.
pub async fn deliver_due(state: &AppState) -> Result<(), ApiError> {
    let due = state.store.outbox_due((state.now)(), 256).await?;
    let mut tasks = tokio::task::JoinSet::new();
    for entry in due {
        let state = state.clone();
        tasks.spawn(async move { deliver_one(&state, entry).await });
        if tasks.len() >= IN_FLIGHT {
            let _ = tasks.join_next().await;
        }
    }
    while tasks.join_next().await.is_some() {}
    Ok(())
}

async fn deliver_one(state: &AppState, entry: OutboxEntry) -> Result<(), ApiError> {
    let now = (state.now)();
    if now >= entry.expires_at {
        tracing::error!(message = %entry.message_id, peer = %entry.peer, "a message expired unacknowledged");
        let audit = AuditEvent::new(now, sender_actor(), AuditAction::MessageExpired)
            .subject(format!("message {} to {}", entry.message_id, entry.peer));
        state
            .store
            .write_audited(
                Change::Exchange(Box::new(ExchangeChange::Expired {
                    message_id: entry.message_id,
                })),
                vec![audit],
            )
            .await?;
        return Ok(());
    }
    if consent_withdrawn(state, &entry).await? {
        let audit =
            AuditEvent::new(now, sender_actor(), AuditAction::MessageWithdrawn).subject(format!(
                "message {} to {}: its consent was revoked",
                entry.message_id, entry.peer
            ));
        state
            .store
            .write_audited(
                Change::Exchange(Box::new(ExchangeChange::Withdrawn {
                    message_id: entry.message_id,
                })),
                vec![audit],
            )
            .await?;
        return Ok(());
    }
    let outcome = push(state, &entry).await;
    let peer_back = outcome.is_ok() && entry.attempts > 0;
    let change = match outcome {
        // A peer that answers again after failures is back: the rest of its backlog is
        // due now rather than at the end of each message's backoff (up to 5 minutes).
        Ok(receipt) if entry.attempts > 0 => Change::Batch(vec![
            Change::Exchange(Box::new(ExchangeChange::Acknowledged {
                message_id: entry.message_id,
                at: (state.now)(),
                receipt,
            })),
            Change::Exchange(Box::new(ExchangeChange::RetryNow {
                peer: entry.peer,
                at: (state.now)(),
            })),
        ]),
        Ok(receipt) => Change::Exchange(Box::new(ExchangeChange::Acknowledged {
            message_id: entry.message_id,
            at: (state.now)(),
            receipt,
        })),
        Err(error) => {
            let attempts = entry.attempts.saturating_add(1);
            let wait = backoff(attempts, rand::thread_rng().r#gen::<f64>());
            tracing::info!(message = %entry.message_id, peer = %entry.peer, attempts, error = %error, "delivery failed; will retry");
            Change::Exchange(Box::new(ExchangeChange::Attempted {
                message_id: entry.message_id,
                attempts,
                next_attempt_at: (state.now)() + wait,
                error,
            }))
        }
    };
    state.store.write(change).await?;
    if peer_back && let Some(f) = &state.federation {
        f.wake.notify_one();
    }
    Ok(())
}

/// Whether the consent a queued message relies on has been revoked since it was queued:
/// checked again before every attempt, so a revocation wins even if the withdrawal
/// that follows it was interrupted.
async fn consent_withdrawn(state: &AppState, entry: &OutboxEntry) -> Result<bool, ApiError> {
    // A revocation notice names the revoked consent; it is what must go.
    if entry.kind == kind_name(MessageKind::ConsentRevocation) {
        return Ok(false);
    }
    let (Some(case), Some(consent)) = (entry.case_id, entry.consent_id) else {
        return Ok(false);
    };
    let Some(record) = state
        .store
        .case(trm_domain::ids::CaseId::from_uuid(case))
        .await?
    else {
        return Ok(true);
    };
    Ok(record
        .consents
        .iter()
        .find(|c| c.id.as_uuid() == consent)
        .is_none_or(|c| c.revocation.is_some()))
}

/// After a consent was revoked: messages queued under it are withdrawn, and every peer
/// that already received data under it is sent a revocation notice, so that it restricts
/// that data.
pub async fn after_revocation(
    state: &AppState,
    case: trm_domain::ids::CaseId,
    consent: trm_domain::ids::ConsentId,
    revoked_on: time::Date,
) -> Result<(), ApiError> {
    if state.federation.is_none() {
        return Ok(());
    }
    let mut withdrawn = Vec::new();
    let mut notify: Vec<(Uuid, Uuid)> = Vec::new();
    let covered = state.store.outbox_of_consent(consent.as_uuid()).await?;
    let revocation = kind_name(MessageKind::ConsentRevocation);
    let notified = |peer: Uuid, referral: Uuid| {
        covered
            .iter()
            .any(|m| m.kind == revocation && m.peer == peer && m.referral_id == Some(referral))
    };
    for m in covered.iter().filter(|m| m.kind != revocation) {
        match m.state {
            OutboxState::Queued => withdrawn.push(m.message_id),
            OutboxState::Acknowledged => {
                if let Some(referral) = m.referral_id
                    && !notify.contains(&(m.peer, referral))
                    && !notified(m.peer, referral)
                {
                    notify.push((m.peer, referral));
                }
            }
            _ => {}
        }
    }
    let now = (state.now)();
    let mut changes: Vec<Change> = withdrawn
        .iter()
        .map(|id| Change::Exchange(Box::new(ExchangeChange::Withdrawn { message_id: *id })))
        .collect();
    for (peer_id, referral) in &notify {
        let Some(peer) = state.store.peer(*peer_id).await? else {
            continue;
        };
        let notice = trm_domain::referral::RevocationNotice {
            referral_id: ReferralId::from_uuid(*referral),
            consent_id: consent,
            revoked_on,
        };
        let payload = serde_json::to_vec(&notice).map_err(|e| ApiError::Internal(e.to_string()))?;
        let entry = outgoing(
            state,
            &peer,
            MessageKind::ConsentRevocation,
            Some(case.as_uuid()),
            ReferralId::from_uuid(*referral),
            Some(consent.as_uuid()),
            &payload,
        )
        .await?;
        changes.push(Change::Exchange(Box::new(ExchangeChange::Enqueue(entry))));
    }
    if changes.is_empty() {
        return Ok(());
    }
    let audit = AuditEvent::new(now, sender_actor(), AuditAction::MessageWithdrawn)
        .case(case)
        .subject(format!(
            "consent {consent} revoked: {} queued message(s) withdrawn, {} revocation notice(s) queued",
            withdrawn.len(),
            notify.len()
        ));
    state
        .store
        .write_audited(Change::Batch(changes), vec![audit])
        .await?;
    if let Some(f) = &state.federation {
        f.wake.notify_one();
    }
    Ok(())
}

/// The first time staff here open a version received from a peer: the referral
/// remembers it, and the sender is told with an `opened` message (the business receipt).
/// Returns the referral as written.
pub async fn tell_opened(
    state: &AppState,
    referral: &trm_domain::referral::Referral,
    version: u32,
) -> Result<trm_domain::referral::Referral, ApiError> {
    // The lock the envelope endpoint takes for this referral, and a fresh read: a
    // message applied meanwhile (a restriction) must not be overwritten.
    let _one_at_a_time = state.referral_lock(referral.id).lock().await;
    let Some(current) = state.store.referral(referral.id).await? else {
        return Ok(referral.clone());
    };
    if current.referral.opened_up_to >= version || current.referral.restricted_at.is_some() {
        return Ok(current.referral);
    }
    let mut opened = current.referral;
    opened.opened_up_to = version;
    let mut changes = Vec::new();
    if let Some(peer) = peer_for(state, referral.counterpart).await?
        && state.federation.is_some()
    {
        let notice = trm_domain::referral::OpenedNotice {
            referral_id: referral.id,
            version,
            request_id: None,
        };
        let payload = serde_json::to_vec(&notice).map_err(|e| ApiError::Internal(e.to_string()))?;
        let entry = outgoing(
            state,
            &peer,
            MessageKind::Opened,
            referral.case_id.map(|c| c.as_uuid()),
            referral.id,
            None,
            &payload,
        )
        .await?;
        changes.push(Change::Exchange(Box::new(ExchangeChange::Enqueue(entry))));
    }
    changes.push(Change::Referral(Box::new(ReferralWrite {
        referral: opened.clone(),
        version: None,
    })));
    state.store.write(Change::Batch(changes)).await?;
    if let Some(f) = &state.federation {
        f.wake.notify_one();
    }
    Ok(opened)
}

fn sender_actor() -> AuditActor {
    AuditActor::Command {
        command: "outbox sender".into(),
    }
}

/// Sends one envelope; Ok is the peer's verified receipt (JSON). Errors name what went
/// wrong without any content of the message.
async fn push(state: &AppState, entry: &OutboxEntry) -> Result<String, String> {
    let f = state.federation.as_deref().ok_or("no federation keys")?;
    let peer = state
        .store
        .peer(entry.peer)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the peer is unknown")?;
    if peer.removed_at.is_some() {
        return Err("the peer was removed".into());
    }
    let keys = peer_keys(&peer).map_err(|e| e.to_string())?;
    let url = format!("{}/api/exchange/envelopes", peer.url.trim_end_matches('/'));
    let response = f
        .http
        .post(&url)
        .header("content-type", "application/octet-stream")
        .body(entry.envelope.clone())
        .send()
        .await
        .map_err(|e| format!("cannot reach {}: {}", peer.url, e.without_url()))?;
    let status = response.status();
    let body = response
        .bytes()
        .await
        .map_err(|e| format!("the answer broke off: {}", e.without_url()))?;
    if !status.is_success() {
        // The peer's error names fields and rules, never values: safe to keep.
        let reason = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .map(|v| {
                let fields: Vec<String> = v["errors"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| {
                        format!(
                            "{}: {}",
                            e["field"].as_str().unwrap_or(""),
                            e["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                format!(
                    "{} {}",
                    v["message"].as_str().unwrap_or(""),
                    fields.join("; ")
                )
            })
            .unwrap_or_default();
        return Err(format!("the peer answered {status}: {reason}"));
    }
    let signed: SignedReceipt =
        serde_json::from_slice(&body).map_err(|e| format!("the receipt is unreadable: {e}"))?;
    let receipt = crate::key_rotation::verify_peer_receipt(state, &keys, &signed)
        .await
        .map_err(|e| format!("the receipt does not verify: {e}"))?;
    if receipt.message_id != entry.message_id
        || receipt.digest != trm_exchange::digest(&entry.envelope)
    {
        return Err("the receipt is for another message".into());
    }
    if receipt.status == ReceiptStatus::Rejected {
        return Err("the peer rejected the message".into());
    }
    serde_json::to_string(&signed).map_err(|e| e.to_string())
}

/// Records a refused envelope in the audit trail and the log (why, never what it
/// carried) and returns the error answered to the sender.
pub(crate) async fn refuse(state: &AppState, e: ApiError, why: &str) -> ApiError {
    let audit = AuditEvent::new(
        (state.now)(),
        AuditActor::Command {
            command: "envelope endpoint".into(),
        },
        AuditAction::MessageRejected,
    )
    .denied()
    .subject(why.to_owned());
    if let Err(failed) = state.store.audit(vec![audit]).await {
        tracing::error!(error = %failed, "a refused envelope could not be audited");
    }
    tracing::warn!(reason = why, "an envelope was refused");
    e
}

/// Takes in one envelope from a peer. Returns the signed receipt: for a duplicate, the
/// receipt given the first time. Nothing is stored unless every check passes.
pub async fn receive_envelope(state: &AppState, bytes: &[u8]) -> Result<SignedReceipt, ApiError> {
    let f = federation(state)?;
    let now = (state.now)();
    let header = match trm_exchange::peek_header(bytes) {
        Ok(h) => h,
        Err(e) => {
            return Err(refuse(
                state,
                ApiError::Malformed(format!("not an envelope: {e}")),
                "malformed",
            )
            .await);
        }
    };
    let peer = match state.store.peer(header.sender).await? {
        Some(p) if p.removed_at.is_none() => p,
        _ => return Err(refuse(state, ApiError::Forbidden, "unknown or removed sender").await),
    };
    // The pinned key, or a rotated-out one for what was created before the rotation.
    let keys = crate::key_rotation::sender_keys(state, &peer, &header).await?;
    let opened = match trm_exchange::open(bytes, &f.local_keys(state.node.node_id), &keys, now) {
        Ok(o) => o,
        Err(e) => {
            let why = format!("refused from {}: {e}", peer.country);
            let rule = Rule::EnvelopeRefused {
                detail: e.to_string(),
            };
            return Err(refuse(state, ApiError::field("envelope", rule), &why).await);
        }
    };
    if let Some(existing) = state.store.inbox_entry(header.message_id).await? {
        return serde_json::from_str(&existing.receipt)
            .map_err(|e| ApiError::Internal(e.to_string()));
    }
    // A handover belongs to no case: it is applied at once, outside the sequences.
    if header.kind == MessageKind::KeyHandover {
        return crate::key_rotation::take_handover(state, &peer, &header, &opened.payload, bytes)
            .await;
    }
    let case_ref = header
        .case_ref
        .ok_or_else(|| ApiError::field("envelope", Rule::NoCaseReference))?;
    let _one_at_a_time = state
        .referral_lock(ReferralId::from_uuid(case_ref))
        .lock()
        .await;
    let applied = state
        .store
        .applied_sequence(header.sender, case_ref)
        .await?;
    if header.sequence <= applied {
        return Err(refuse(
            state,
            ApiError::Conflict(format!(
                "sequence {} of this case was applied already",
                header.sequence
            )),
            "sequence replay",
        )
        .await);
    }
    let digest = trm_exchange::digest(bytes);
    let receipt = Receipt {
        message_id: header.message_id,
        digest,
        received_at: now,
        status: ReceiptStatus::Accepted,
        receiver: state.node.node_id,
        receiver_key_id: f.signing_key_id(),
    };
    let signed = trm_exchange::sign_receipt(&receipt, &f.signing);
    let receipt_json =
        serde_json::to_string(&signed).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut entry = InboxEntry {
        message_id: header.message_id,
        sender: header.sender,
        kind: kind_name(header.kind),
        case_ref: Some(case_ref),
        sequence: header.sequence,
        envelope: bytes.to_vec(),
        digest: hex(&digest),
        received_at: now,
        state: InboxState::Waiting,
        receipt: receipt_json,
        applied_at: None,
    };
    let mut changes = Vec::new();
    let mut audits = Vec::new();
    if header.sequence == applied + 1 {
        // In order: apply it, then every stored successor that now follows.
        let mut next = applied + 1;
        let mut applied_ids = vec![header.message_id];
        let mut payloads = vec![(header.clone(), opened.payload)];
        for waiting in state.store.inbox_waiting(header.sender, case_ref).await? {
            if waiting.sequence != next + 1 {
                break;
            }
            let o = trm_exchange::open(
                &waiting.envelope,
                &f.local_keys(state.node.node_id),
                &keys,
                now,
            )
            .map_err(internal)?;
            next += 1;
            applied_ids.push(waiting.message_id);
            payloads.push((o.header, o.payload));
        }
        let mut writes: Vec<ReferralWrite> = Vec::new();
        let mut extra: Vec<Change> = Vec::new();
        for (h, payload) in payloads {
            let (write, more, audit) = apply_payload(state, &peer, &h, &payload, &writes).await?;
            writes.extend(write);
            extra.extend(more);
            audits.push(audit);
        }
        changes.extend(writes.into_iter().map(|w| Change::Referral(Box::new(w))));
        changes.extend(extra);
        entry.state = InboxState::Applied;
        entry.applied_at = Some(now);
        changes.insert(
            0,
            Change::Exchange(Box::new(ExchangeChange::Receive(entry))),
        );
        changes.push(Change::Exchange(Box::new(ExchangeChange::Applied {
            message_ids: applied_ids,
            sender: header.sender,
            case_ref,
            sequence: next,
            at: now,
        })));
    } else {
        changes.push(Change::Exchange(Box::new(ExchangeChange::Receive(entry))));
        audits.push(
            AuditEvent::new(now, peer_actor(&peer), AuditAction::MessageReceived).subject(format!(
                "message {} waits for sequence {}",
                header.message_id,
                applied + 1
            )),
        );
    }
    state
        .store
        .write_audited(Change::Batch(changes), audits)
        .await?;
    Ok(signed)
}

pub(crate) fn peer_actor(peer: &PeerRecord) -> AuditActor {
    AuditActor::Command {
        command: format!("peer {} {}", peer.country, peer.node_id),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a message changes here. A referral version is taken in like one posted to
/// `/api/referrals/incoming`, held by the node's own organisation (its focal point).
async fn apply_payload(
    state: &AppState,
    peer: &PeerRecord,
    header: &Header,
    payload: &[u8],
    earlier: &[ReferralWrite],
) -> Result<(Option<ReferralWrite>, Vec<Change>, AuditEvent), ApiError> {
    match header.kind {
        MessageKind::Referral | MessageKind::FollowUp => {
            let wire: WireDocument = serde_json::from_slice(payload).map_err(|e| {
                ApiError::field(
                    "payload",
                    Rule::NotAReferralDocument {
                        detail: e.to_string(),
                    },
                )
            })?;
            let write = crate::referrals::take_in(
                state,
                state.node.organisation,
                peer.country,
                &wire,
                earlier,
            )
            .await?;
            let audit = AuditEvent::new(
                (state.now)(),
                peer_actor(peer),
                AuditAction::ReferralReceived,
            )
            .sections(trm_domain::access::Section::ALL)
            .subject(format!(
                "referral {} v{} from {}",
                wire.referral.referral_id, wire.referral.version, peer.country
            ));
            Ok((Some(write), Vec::new(), audit))
        }
        MessageKind::Opened => {
            let notice: trm_domain::referral::OpenedNotice = serde_json::from_slice(payload)
                .map_err(|e| {
                    ApiError::field(
                        "payload",
                        Rule::NotAnOpenedNotice {
                            detail: e.to_string(),
                        },
                    )
                })?;
            if let Some(request) = notice.request_id {
                let (changes, audit) = crate::requests::peer_opened(state, peer, request).await?;
                return Ok((None, changes, audit));
            }
            let now = (state.now)();
            let carried: Vec<Uuid> = state
                .store
                .outbox_for_referral(notice.referral_id.as_uuid())
                .await?
                .into_iter()
                .filter(|m| m.peer == peer.node_id && m.opened_at.is_none())
                .filter(|m| {
                    m.kind == kind_name(MessageKind::Referral)
                        || m.kind == kind_name(MessageKind::FollowUp)
                })
                .map(|m| m.message_id)
                .collect();
            let audit = AuditEvent::new(now, peer_actor(peer), AuditAction::MessageReceived)
                .subject(format!(
                    "referral {} version {} opened at {}",
                    notice.referral_id, notice.version, peer.country
                ));
            let marks = carried
                .into_iter()
                .map(|message_id| {
                    Change::Exchange(Box::new(ExchangeChange::Opened {
                        message_id,
                        at: now,
                    }))
                })
                .collect();
            Ok((None, marks, audit))
        }
        MessageKind::ConsentRevocation => {
            let notice: trm_domain::referral::RevocationNotice = serde_json::from_slice(payload)
                .map_err(|e| {
                    ApiError::field(
                        "payload",
                        Rule::NotARevocationNotice {
                            detail: e.to_string(),
                        },
                    )
                })?;
            let now = (state.now)();
            let held = match earlier
                .iter()
                .rev()
                .find(|w| w.referral.id == notice.referral_id)
            {
                Some(w) => Some(w.referral.clone()),
                None => state
                    .store
                    .referral(notice.referral_id)
                    .await?
                    .map(|r| r.referral),
            };
            // Nothing of it arrived here: nothing to restrict, and the notice is taken.
            let Some(mut referral) = held else {
                let audit = AuditEvent::new(now, peer_actor(peer), AuditAction::MessageReceived)
                    .subject(format!(
                        "revocation notice for referral {}, which is not held here",
                        notice.referral_id
                    ));
                return Ok((None, Vec::new(), audit));
            };
            if referral.counterpart != peer.country {
                return Err(ApiError::field(
                    "payload.referral_id",
                    Rule::ReferralNotFromSender,
                ));
            }
            referral.restricted_at.get_or_insert(now);
            referral.updated_at = now;
            let audit = AuditEvent::new(now, peer_actor(peer), AuditAction::CaseRestricted)
                .subject(format!(
                    "referral {} restricted: the sender's consent {} was revoked",
                    notice.referral_id, notice.consent_id
                ));
            Ok((
                Some(ReferralWrite {
                    referral,
                    version: None,
                }),
                Vec::new(),
                audit,
            ))
        }
        MessageKind::Request => {
            let (changes, audit) =
                crate::requests::take_in_request(state, peer, header, payload, earlier).await?;
            Ok((None, changes, audit))
        }
        MessageKind::Reply => {
            let (changes, audit) =
                crate::requests::take_in_reply(state, peer, header, payload).await?;
            Ok((None, changes, audit))
        }
        other => Err(ApiError::field(
            "kind",
            Rule::KindNotTakenIn {
                kind: kind_name(other).to_owned(),
            },
        )),
    }
}
