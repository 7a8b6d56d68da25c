//! Handlers of the request, reply and inbox routes: extract, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use trm_domain::request::{Dispatch, NewReply, NewRequest};

use crate::AppState;
use crate::auth::Principal;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, ApiQuery};
use crate::requests::{self, InboxItem, InboxQuery, RequestStats, RequestView};

#[utoipa::path(post, path = "/api/referrals/{id}/requests", tag = "requests", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = NewRequest,
    responses((status = 201, body = RequestView, description = "Sealed into the outbox for the other country's node, with the consent and legal basis a referral needs"),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "The referral was not sent yet, or no peer of its country is trusted; nothing was queued"),
        (status = 422, body = ErrorBody, description = "A rule broken (due date, details), no consent to share with that country, or transfers to it blocked; nothing was queued")))]
pub async fn send_request(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<NewRequest>,
) -> Result<Response, ApiError> {
    let view = requests::send(&state, &p, &id, input).await?;
    let location = format!("/api/requests/{}", view.request.id);
    Ok((StatusCode::CREATED, [(LOCATION, location)], Json(view)).into_response())
}

#[utoipa::path(get, path = "/api/referrals/{id}/requests", tag = "requests", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = [RequestView], description = "The requests about the referral, sent and received, oldest first, each with its state, due date, overdue flag and response time"), (status = 404, body = ErrorBody)))]
pub async fn list_requests(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<Vec<RequestView>>, ApiError> {
    Ok(Json(requests::list(&state, &p, &id).await?))
}

#[utoipa::path(get, path = "/api/requests/{rid}", tag = "requests", security(("bearer" = [])), params(("rid" = String, Path)),
    responses((status = 200, body = RequestView, description = "The request; the first opening of one from abroad tells the sender"), (status = 404, body = ErrorBody)))]
pub async fn read_request(
    State(state): State<AppState>,
    p: Principal,
    Path(rid): Path<String>,
) -> Result<Json<RequestView>, ApiError> {
    Ok(Json(requests::read(&state, &p, &rid).await?))
}

#[utoipa::path(post, path = "/api/requests/{rid}/dispatch", tag = "requests", security(("bearer" = [])), params(("rid" = String, Path)),
    request_body = Dispatch,
    responses((status = 200, body = RequestView, description = "Passed to the organisation or user named"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn dispatch_request(
    State(state): State<AppState>,
    p: Principal,
    Path(rid): Path<String>,
    ApiJson(to): ApiJson<Dispatch>,
) -> Result<Json<RequestView>, ApiError> {
    Ok(Json(requests::dispatch(&state, &p, &rid, to).await?))
}

#[utoipa::path(post, path = "/api/requests/{rid}/reply", tag = "requests", security(("bearer" = [])), params(("rid" = String, Path)),
    request_body = NewReply,
    responses((status = 200, body = RequestView, description = "Answered; the reply is sealed into the outbox for the sender"), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "Not dispatched to you, sent from here, or its referral is restricted"), (status = 422, body = ErrorBody, description = "A rule broken, or answered already")))]
pub async fn reply_request(
    State(state): State<AppState>,
    p: Principal,
    Path(rid): Path<String>,
    ApiJson(input): ApiJson<NewReply>,
) -> Result<Json<RequestView>, ApiError> {
    Ok(Json(requests::reply(&state, &p, &rid, input).await?))
}

#[utoipa::path(get, path = "/api/inbox", tag = "requests", security(("bearer" = [])), params(InboxQuery),
    responses((status = 200, body = [InboxItem], description = "Everything that came from abroad, newest first: referral and follow-up versions, requests, replies"), (status = 422, body = ErrorBody)))]
pub async fn inbox(
    State(state): State<AppState>,
    p: Principal,
    ApiQuery(q): ApiQuery<InboxQuery>,
) -> Result<Json<Vec<InboxItem>>, ApiError> {
    Ok(Json(requests::inbox(&state, &p, q.state).await?))
}

#[utoipa::path(get, path = "/api/requests/stats", tag = "requests", security(("bearer" = [])),
    responses((status = 200, body = [RequestStats], description = "Per direction, country and kind: requests, answered, overdue, median response time in hours. No personal data")))]
pub async fn request_stats(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<RequestStats>>, ApiError> {
    Ok(Json(requests::stats(&state, &p).await?))
}
