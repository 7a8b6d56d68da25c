//! HTTP handlers: extract, call a service, map to a response. No rules here.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use time::OffsetDateTime;
use trm_domain::access::{CaseShare, NewShare};
use trm_domain::audit::AuditMetadata;
use trm_domain::case::Case;
use trm_domain::case::{CasePatch, NewCase};
use trm_domain::consent::{ConsentRecord, NewConsent, RevokeConsent};
use trm_domain::ids::{ConsentId, MeasureId};
use trm_domain::indicators::Indicators;
use trm_domain::measure::{Measure, MeasureUpdate, NewMeasure};
use trm_domain::org::{NewOrganisation, NewUser, Organisation, User};
use trm_domain::policy::Action;
use trm_domain::timeline::CaseEvent;
use trm_domain::view::CaseView;
use trm_i18n::guidance::LocalizedCatalogue;
use utoipa::ToSchema;

use crate::AppState;
use crate::accounts::{
    self, ApiToken, ConfirmTotp, CreatedApiToken, LoginRequest, NewApiToken, SessionInfo,
    SessionMode, TotpConfirmed, TotpEnrolment,
};
use crate::auth::{self, Authenticated, ClientAddress, Principal, Via};
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, ApiQuery};
use crate::referral_routes::LangQuery;
use crate::services::{
    self, AccessLogEntry, AuditQuery, AuditVerification, CasePage, CaseQuery, CheckpointView,
    PersonExport, ReasonInput, parse_case_id,
};

#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    pub status: &'static str,
    pub node: String,
    pub country: String,
}

#[utoipa::path(get, path = "/api/health", tag = "node", responses((status = 200, body = Health)))]
pub async fn health(State(state): State<AppState>) -> Json<Health> {
    Json(Health {
        status: "ok",
        node: state.node.name.clone(),
        country: state.node.country.to_string(),
    })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    /// Send as `Authorization: Bearer <token>`. Absent for a cookie session, whose token
    /// is only in the `trm_session` cookie (HttpOnly: page scripts never see it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    pub user: User,
    /// True when the account must set up a second factor first: until then this session
    /// may only call `POST /api/auth/totp/enrol` and `POST /api/auth/totp/confirm`.
    pub enrolment_required: bool,
    /// Cookie sessions: send as `X-CSRF-Token` with every POST, PUT, PATCH and DELETE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// After a login with a recovery code: how many are left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_codes_left: Option<i64>,
}

fn with_cookie(mut response: Response, cookie: &str) -> Result<Response, ApiError> {
    let value = HeaderValue::from_str(cookie)
        .map_err(|e| ApiError::Internal(format!("session cookie: {e}")))?;
    response.headers_mut().append(SET_COOKIE, value);
    Ok(response)
}

#[utoipa::path(post, path = "/api/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = LoginResponse), (status = 401, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Locked account or throttled address; see `Retry-After`")))]
pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<Response, ApiError> {
    let cookie = req.session == SessionMode::Cookie;
    let done = accounts::login(&state, req, peer.ip()).await?;
    let response = Json(LoginResponse {
        token: (!cookie).then(|| done.token.clone()),
        expires_at: done.expires_at,
        user: done.user,
        enrolment_required: done.enrolment_required,
        csrf_token: done.csrf_token,
        recovery_codes_left: done.recovery_codes_left,
    })
    .into_response();
    if !cookie {
        return Ok(response);
    }
    let secure = auth::cookie_must_be_secure(Some(peer.ip()), &headers);
    with_cookie(response, &auth::session_cookie(&done.token, secure))
}

#[utoipa::path(post, path = "/api/auth/logout", tag = "auth", security(("bearer" = [])),
    responses((status = 204, description = "This session or token has ended"), (status = 401, body = ErrorBody)))]
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Authenticated,
) -> Result<Response, ApiError> {
    accounts::logout(&state, &caller).await?;
    ended(&caller, &headers)
}

/// 204, removing the session cookie when the request came with it.
fn ended(caller: &Authenticated, headers: &HeaderMap) -> Result<Response, ApiError> {
    let response = StatusCode::NO_CONTENT.into_response();
    match caller.via {
        Via::Bearer => Ok(response),
        Via::Cookie => {
            let secure = auth::cookie_must_be_secure(caller.address, headers);
            with_cookie(response, &auth::clear_session_cookie(secure))
        }
    }
}

#[utoipa::path(post, path = "/api/auth/logout-all", tag = "auth", security(("bearer" = [])),
    responses((status = 204, description = "Every session and API token of the user has ended"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn logout_all(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Authenticated,
) -> Result<Response, ApiError> {
    accounts::logout_all(&state, &caller).await?;
    ended(&caller, &headers)
}

#[utoipa::path(get, path = "/api/auth/session", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = SessionInfo), (status = 401, body = ErrorBody)))]
pub async fn session(
    State(state): State<AppState>,
    caller: Authenticated,
) -> Result<Json<SessionInfo>, ApiError> {
    Ok(Json(accounts::session_info(&state, &caller).await?))
}

#[utoipa::path(post, path = "/api/auth/totp/enrol", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = TotpEnrolment), (status = 401, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn totp_enrol(
    State(state): State<AppState>,
    caller: Authenticated,
) -> Result<Json<TotpEnrolment>, ApiError> {
    Ok(Json(accounts::begin_totp(&state, &caller).await?))
}

#[utoipa::path(post, path = "/api/auth/totp/confirm", tag = "auth", security(("bearer" = [])),
    request_body = ConfirmTotp,
    responses((status = 200, body = TotpConfirmed), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn totp_confirm(
    State(state): State<AppState>,
    caller: Authenticated,
    ApiJson(input): ApiJson<ConfirmTotp>,
) -> Result<Json<TotpConfirmed>, ApiError> {
    Ok(Json(accounts::confirm_totp(&state, &caller, input).await?))
}

#[utoipa::path(get, path = "/api/tokens", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = [ApiToken], description = "The caller's API tokens, without their secrets"),
        (status = 403, body = ErrorBody)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<ApiToken>>, ApiError> {
    Ok(Json(accounts::list_tokens(&state, &p).await?))
}

#[utoipa::path(post, path = "/api/tokens", tag = "auth", security(("bearer" = [])), request_body = NewApiToken,
    responses((status = 201, body = CreatedApiToken), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    p: Principal,
    ClientAddress(address): ClientAddress,
    ApiJson(input): ApiJson<NewApiToken>,
) -> Result<(StatusCode, Json<CreatedApiToken>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(accounts::create_token(&state, &p, address, input).await?),
    ))
}

#[utoipa::path(delete, path = "/api/tokens/{id}", tag = "auth", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_token(
    State(state): State<AppState>,
    p: Principal,
    ClientAddress(address): ClientAddress,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    accounts::delete_token(&state, &p, address, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub organisation: Option<Organisation>,
}

#[utoipa::path(get, path = "/api/me", tag = "auth", security(("bearer" = [])), responses((status = 200, body = Me)))]
pub async fn me(State(state): State<AppState>, p: Principal) -> Result<Json<Me>, ApiError> {
    let user = state
        .store
        .user(p.user)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let organisation = state.store.organisation(p.organisation).await?;
    Ok(Json(Me { user, organisation }))
}

#[utoipa::path(get, path = "/api/catalogue", tag = "sop", security(("bearer" = [])), params(LangQuery),
    responses((status = 200, body = LocalizedCatalogue, description = "The five SOPs and their measures with WHAT/WHEN/WHO/HOW guidance, in the language asked for (English by default)"), (status = 422, body = ErrorBody)))]
pub async fn catalogue(
    State(state): State<AppState>,
    p: Principal,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Json<LocalizedCatalogue>, ApiError> {
    services::permit(&state, &p, Action::ReadCatalogue).await?;
    let lang = crate::referral_routes::lang(q.lang.as_deref())?;
    Ok(Json(trm_i18n::guidance::localized(state.catalogue, lang)))
}

#[utoipa::path(get, path = "/api/cases", tag = "cases", security(("bearer" = [])), params(CaseQuery),
    responses((status = 200, body = CasePage), (status = 422, body = ErrorBody)))]
pub async fn list_cases(
    State(state): State<AppState>,
    p: Principal,
    ApiQuery(q): ApiQuery<CaseQuery>,
) -> Result<Json<CasePage>, ApiError> {
    Ok(Json(services::list_cases(&state, &p, q).await?))
}

#[utoipa::path(post, path = "/api/cases", tag = "cases", security(("bearer" = [])), request_body = NewCase,
    responses((status = 201, body = CaseView), (status = 422, body = ErrorBody)))]
pub async fn create_case(
    State(state): State<AppState>,
    p: Principal,
    ApiJson(input): ApiJson<NewCase>,
) -> Result<Response, ApiError> {
    let view = services::create_case(&state, &p, input).await?;
    let location = format!("/api/cases/{}", view.case.id);
    Ok((StatusCode::CREATED, [(LOCATION, location)], Json(view)).into_response())
}

#[utoipa::path(get, path = "/api/cases/{id}", tag = "cases", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = CaseView, description = "The case; sections the caller may not see are left out, and `access` says which are shown and why"), (status = 404, body = ErrorBody)))]
pub async fn read_case(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let read = services::read_case(&state, &p, parse_case_id(&id)?).await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        read.to_json()?,
    )
        .into_response())
}

#[utoipa::path(patch, path = "/api/cases/{id}", tag = "cases", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = CasePatch,
    responses((status = 200, body = CaseView), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_case(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(patch): ApiJson<CasePatch>,
) -> Result<Json<CaseView>, ApiError> {
    Ok(Json(
        services::update_case(&state, &p, parse_case_id(&id)?, patch).await?,
    ))
}

#[utoipa::path(get, path = "/api/cases/{id}/measures", tag = "measures", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = [Measure]), (status = 404, body = ErrorBody)))]
pub async fn list_measures(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<Vec<Measure>>, ApiError> {
    Ok(Json(
        services::list_measures(&state, &p, parse_case_id(&id)?).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/measures", tag = "measures", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = NewMeasure,
    responses((status = 201, body = Measure), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn open_measure(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<NewMeasure>,
) -> Result<(StatusCode, Json<Measure>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(services::open_measure(&state, &p, parse_case_id(&id)?, input).await?),
    ))
}

#[utoipa::path(patch, path = "/api/cases/{id}/measures/{measure_id}", tag = "measures", security(("bearer" = [])),
    params(("id" = String, Path), ("measure_id" = String, Path)), request_body = MeasureUpdate,
    responses((status = 200, body = Measure), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_measure(
    State(state): State<AppState>,
    p: Principal,
    Path((id, measure)): Path<(String, String)>,
    ApiJson(update): ApiJson<MeasureUpdate>,
) -> Result<Json<Measure>, ApiError> {
    let measure = MeasureId::parse(&measure).map_err(|_| ApiError::NotFound("measure"))?;
    Ok(Json(
        services::update_measure(&state, &p, parse_case_id(&id)?, measure, update).await?,
    ))
}

#[utoipa::path(get, path = "/api/cases/{id}/consents", tag = "consent", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = [ConsentRecord]), (status = 404, body = ErrorBody)))]
pub async fn list_consents(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<Vec<ConsentRecord>>, ApiError> {
    Ok(Json(
        services::list_consents(&state, &p, parse_case_id(&id)?).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/consents", tag = "consent", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = NewConsent,
    responses((status = 201, body = ConsentRecord), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn record_consent(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<NewConsent>,
) -> Result<(StatusCode, Json<ConsentRecord>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(services::record_consent(&state, &p, parse_case_id(&id)?, input).await?),
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/consents/{consent_id}/revoke", tag = "consent", security(("bearer" = [])),
    params(("id" = String, Path), ("consent_id" = String, Path)), request_body = RevokeConsent,
    responses((status = 200, body = ConsentRecord), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn revoke_consent(
    State(state): State<AppState>,
    p: Principal,
    Path((id, consent)): Path<(String, String)>,
    ApiJson(input): ApiJson<RevokeConsent>,
) -> Result<Json<ConsentRecord>, ApiError> {
    let consent = ConsentId::parse(&consent).map_err(|_| ApiError::NotFound("consent"))?;
    Ok(Json(
        services::revoke_consent(&state, &p, parse_case_id(&id)?, consent, input).await?,
    ))
}

#[utoipa::path(get, path = "/api/cases/{id}/timeline", tag = "cases", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = [CaseEvent]), (status = 404, body = ErrorBody)))]
pub async fn timeline(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<Vec<CaseEvent>>, ApiError> {
    Ok(Json(
        services::timeline(&state, &p, parse_case_id(&id)?).await?,
    ))
}

#[utoipa::path(get, path = "/api/organisations", tag = "node", security(("bearer" = [])), responses((status = 200, body = [Organisation])))]
pub async fn list_organisations(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<Organisation>>, ApiError> {
    Ok(Json(services::list_organisations(&state, &p).await?))
}

#[utoipa::path(post, path = "/api/organisations", tag = "node", security(("bearer" = [])), request_body = NewOrganisation,
    responses((status = 201, body = Organisation), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_organisation(
    State(state): State<AppState>,
    p: Principal,
    ApiJson(input): ApiJson<NewOrganisation>,
) -> Result<(StatusCode, Json<Organisation>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(services::create_organisation(&state, &p, input).await?),
    ))
}

#[utoipa::path(get, path = "/api/users", tag = "node", security(("bearer" = [])), responses((status = 200, body = [User])))]
pub async fn list_users(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<User>>, ApiError> {
    Ok(Json(services::list_users(&state, &p).await?))
}

#[utoipa::path(post, path = "/api/users", tag = "node", security(("bearer" = [])), request_body = NewUser,
    responses((status = 201, body = User), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_user(
    State(state): State<AppState>,
    p: Principal,
    ApiJson(input): ApiJson<NewUser>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(services::create_user(&state, &p, input).await?),
    ))
}

#[utoipa::path(post, path = "/api/users/{id}/disable", tag = "node", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = User, description = "Disabled; its sessions and tokens have ended"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn disable_user(
    State(state): State<AppState>,
    p: Principal,
    ClientAddress(address): ClientAddress,
    Path(id): Path<String>,
) -> Result<Json<User>, ApiError> {
    Ok(Json(
        accounts::disable_user(&state, &p, address, &id).await?,
    ))
}

fn share_id(text: &str) -> Result<uuid::Uuid, ApiError> {
    uuid::Uuid::parse_str(text).map_err(|_| ApiError::NotFound("share"))
}

#[utoipa::path(get, path = "/api/cases/{id}/shares", tag = "access", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = [CaseShare]), (status = 404, body = ErrorBody)))]
pub async fn list_shares(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<Vec<CaseShare>>, ApiError> {
    Ok(Json(
        services::list_shares(&state, &p, parse_case_id(&id)?).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/shares", tag = "access", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = NewShare,
    responses((status = 201, body = CaseShare), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn share_case(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<NewShare>,
) -> Result<(StatusCode, Json<CaseShare>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(services::share_case(&state, &p, parse_case_id(&id)?, input).await?),
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/shares/{share_id}/withdraw", tag = "access", security(("bearer" = [])),
    params(("id" = String, Path), ("share_id" = String, Path)),
    responses((status = 200, body = CaseShare), (status = 404, body = ErrorBody)))]
pub async fn withdraw_share(
    State(state): State<AppState>,
    p: Principal,
    Path((id, share)): Path<(String, String)>,
) -> Result<Json<CaseShare>, ApiError> {
    Ok(Json(
        services::withdraw_share(&state, &p, parse_case_id(&id)?, share_id(&share)?).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/break-glass", tag = "access", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = ReasonInput,
    responses((status = 201, body = CaseShare, description = "Emergency access for one hour, flagged in the audit trail and on the case's timeline"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn break_glass(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> Result<(StatusCode, Json<CaseShare>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(services::break_glass(&state, &p, parse_case_id(&id)?, input).await?),
    ))
}

#[utoipa::path(get, path = "/api/cases/{id}/access-log", tag = "access", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = [AccessLogEntry], description = "Who opened or changed the case, when, which sections, and why"), (status = 404, body = ErrorBody)))]
pub async fn access_log(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<Vec<AccessLogEntry>>, ApiError> {
    Ok(Json(
        services::access_log(&state, &p, parse_case_id(&id)?).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/restrict", tag = "data protection", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = ReasonInput, responses((status = 200, body = Case), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn restrict_case(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> Result<Json<Case>, ApiError> {
    Ok(Json(
        services::restrict_case(&state, &p, parse_case_id(&id)?, input).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/unrestrict", tag = "data protection", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = ReasonInput, responses((status = 200, body = Case), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn unrestrict_case(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> Result<Json<Case>, ApiError> {
    Ok(Json(
        services::unrestrict_case(&state, &p, parse_case_id(&id)?, input).await?,
    ))
}

#[utoipa::path(post, path = "/api/cases/{id}/erase", tag = "data protection", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = ReasonInput, responses((status = 200, body = Case, description = "The case with the person's data erased; the indicators stay"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn erase_case(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> Result<Json<Case>, ApiError> {
    Ok(Json(
        services::erase_case(&state, &p, parse_case_id(&id)?, input).await?,
    ))
}

#[utoipa::path(get, path = "/api/cases/{id}/export", tag = "data protection", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = PersonExport, description = "Everything held about the person (subject access request)"), (status = 404, body = ErrorBody)))]
pub async fn export_person(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<PersonExport>, ApiError> {
    Ok(Json(
        services::export_person(&state, &p, parse_case_id(&id)?).await?,
    ))
}

#[utoipa::path(get, path = "/api/indicators", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = Indicators), (status = 403, body = ErrorBody)))]
pub async fn indicators(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Indicators>, ApiError> {
    Ok(Json(services::indicators(&state, &p).await?))
}

#[utoipa::path(get, path = "/api/audit", tag = "monitoring", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, body = [AuditMetadata], description = "Audit entries without any person's data"), (status = 403, body = ErrorBody)))]
pub async fn audit_metadata(
    State(state): State<AppState>,
    p: Principal,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<Vec<AuditMetadata>>, ApiError> {
    Ok(Json(services::audit_metadata(&state, &p, q).await?))
}

#[utoipa::path(get, path = "/api/audit/verify", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = AuditVerification), (status = 403, body = ErrorBody)))]
pub async fn verify_audit(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<AuditVerification>, ApiError> {
    Ok(Json(services::verify_audit(&state, &p).await?))
}

#[utoipa::path(get, path = "/api/audit/checkpoints", tag = "monitoring", security(("bearer" = [])),
    responses((status = 200, body = [CheckpointView]), (status = 403, body = ErrorBody)))]
pub async fn audit_checkpoints(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<CheckpointView>>, ApiError> {
    Ok(Json(services::audit_checkpoints(&state, &p).await?))
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound("route")
}
