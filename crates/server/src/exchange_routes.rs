//! Handlers of the federation routes.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use time::OffsetDateTime;
use trm_domain::policy::Action;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::auth::Principal;
use crate::error::{ApiError, ErrorBody};
use crate::exchange;
use crate::services;

#[utoipa::path(get, path = "/api/node", tag = "federation",
    responses((status = 200, description = "This node's signed node document: its id, country, URL and public keys. A peer's administrator checks it against the fingerprint read to them (`trm peer add`).")))]
pub async fn node_document(State(state): State<AppState>) -> Result<Response, ApiError> {
    Ok(Json(exchange::node_document(&state)?).into_response())
}

#[utoipa::path(get, path = "/api/node/handovers", tag = "federation",
    responses((status = 200, description = "Every key handover of this node (`trm keys rotate`), oldest first: each signed by the key it rotated out and naming the new node document. A peer that missed one follows the chain from the key it pinned (docs/envelope.md).")))]
pub async fn node_handovers(State(state): State<AppState>) -> Result<Response, ApiError> {
    Ok(Json(crate::key_rotation::own_handovers(&state).await?).into_response())
}

#[utoipa::path(post, path = "/api/exchange/envelopes", tag = "federation",
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "One sealed envelope (docs/envelope.md)"),
    responses((status = 200, description = "The signed receipt: the envelope is committed (or was already)"),
              (status = 400, body = ErrorBody), (status = 403, body = ErrorBody, description = "Not from a trusted peer"), (status = 422, body = ErrorBody)))]
pub async fn receive_envelope(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Response, ApiError> {
    Ok(Json(exchange::receive_envelope(&state, &body).await?).into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PeerHealth {
    pub node_id: Uuid,
    pub country: String,
    pub name: String,
    pub url: String,
    pub legal_basis: String,
    pub trusted: bool,
    /// The fingerprint of the signing key pinned now (it changes when the peer
    /// rotates its keys).
    pub fingerprint: Option<String>,
    pub queued: usize,
    #[serde(with = "time::serde::rfc3339::option")]
    pub oldest_unacknowledged: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_acknowledged: Option<OffsetDateTime>,
    /// Why the latest attempt failed, if it did.
    pub last_error: Option<String>,
}

#[utoipa::path(get, path = "/api/exchange/peers", tag = "federation", security(("bearer" = [])),
    responses((status = 200, body = [PeerHealth], description = "Every peer and the health of the link to it")))]
pub async fn peers(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<PeerHealth>>, ApiError> {
    services::permit(&state, &p, Action::ReadExchange).await?;
    let all = state.store.outbox(None, 100_000).await?;
    let out = state
        .store
        .peers()
        .await?
        .into_iter()
        .map(|peer| {
            let mine: Vec<_> = all.iter().filter(|m| m.peer == peer.node_id).collect();
            let queued: Vec<_> = mine
                .iter()
                .filter(|m| m.state == trm_store::OutboxState::Queued)
                .collect();
            let fingerprint = exchange::peer_keys(&peer)
                .ok()
                .map(|k| trm_crypto::fingerprint(&k.signing_public));
            PeerHealth {
                fingerprint,
                node_id: peer.node_id,
                country: peer.country.to_string(),
                name: peer.name,
                url: peer.url,
                legal_basis: peer.legal_basis.code().to_owned(),
                trusted: peer.removed_at.is_none(),
                queued: queued.len(),
                oldest_unacknowledged: queued.iter().map(|m| m.created_at).min(),
                last_acknowledged: mine.iter().filter_map(|m| m.acknowledged_at).max(),
                last_error: queued
                    .iter()
                    .max_by_key(|m| m.attempts)
                    .and_then(|m| m.last_error.clone()),
            }
        })
        .collect();
    Ok(Json(out))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxMessage {
    pub message_id: Uuid,
    pub peer: Uuid,
    pub kind: String,
    pub referral_id: Option<Uuid>,
    pub sequence: u64,
    pub state: String,
    pub attempts: u32,
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub next_attempt_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub acknowledged_at: Option<OffsetDateTime>,
    /// When the receiving node's staff opened it (the business receipt).
    #[serde(with = "time::serde::rfc3339::option")]
    pub opened_at: Option<OffsetDateTime>,
    /// Unacknowledged for longer than the warning time: someone should look.
    pub late: bool,
}

#[utoipa::path(get, path = "/api/exchange/outbox", tag = "federation", security(("bearer" = [])),
    responses((status = 200, body = [OutboxMessage], description = "Messages to other nodes, newest first; no content, only where each stands and why")))]
pub async fn outbox(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<OutboxMessage>>, ApiError> {
    services::permit(&state, &p, Action::ReadExchange).await?;
    let now = (state.now)();
    let out = state
        .store
        .outbox(None, 1000)
        .await?
        .into_iter()
        .map(|m| OutboxMessage {
            late: m.state != trm_store::OutboxState::Acknowledged
                && now - m.created_at > exchange::LATE_AFTER,
            message_id: m.message_id,
            peer: m.peer,
            kind: m.kind,
            referral_id: m.referral_id,
            sequence: m.sequence,
            state: m.state.code().to_owned(),
            attempts: m.attempts,
            last_error: m.last_error,
            created_at: m.created_at,
            next_attempt_at: m.next_attempt_at,
            expires_at: m.expires_at,
            acknowledged_at: m.acknowledged_at,
            opened_at: m.opened_at,
        })
        .collect();
    Ok(Json(out))
}
