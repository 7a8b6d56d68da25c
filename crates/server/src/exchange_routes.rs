//! Handlers of the federation routes.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::auth::Principal;
use crate::delivery::{self, OutboxMessage, OutboxQuery, PeerHealth};
use crate::error::{ApiError, ErrorBody};
use crate::exchange;
use crate::extract::ApiQuery;

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

#[utoipa::path(get, path = "/api/exchange/peers", tag = "federation", security(("bearer" = [])),
    responses((status = 200, body = [PeerHealth], description = "Every peer and the health of the link to it")))]
pub async fn peers(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<PeerHealth>>, ApiError> {
    Ok(Json(delivery::peers(&state, &p).await?))
}

#[utoipa::path(get, path = "/api/exchange/outbox", tag = "federation", security(("bearer" = [])),
    params(OutboxQuery),
    responses((status = 200, body = [OutboxMessage], description = "Messages to other nodes, newest first; no content, only where each stands and why"),
              (status = 422, body = ErrorBody, description = "A filter that is not one of its values")))]
pub async fn outbox(
    State(state): State<AppState>,
    p: Principal,
    ApiQuery(query): ApiQuery<OutboxQuery>,
) -> Result<Json<Vec<OutboxMessage>>, ApiError> {
    Ok(Json(delivery::outbox(&state, &p, &query).await?))
}
