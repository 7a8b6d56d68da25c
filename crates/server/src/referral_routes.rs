//! Handlers of the template and referral routes: extract, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, LOCATION};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use trm_domain::policy::Action;
use trm_domain::referral::DraftInput;
use trm_domain::template::WireDocument;
use trm_i18n::Lang;
use utoipa::IntoParams;

use crate::AppState;
use crate::auth::Principal;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, ApiQuery};
use crate::print::{PRINT_CSS, PrintMeta, page};
use crate::referrals::{self, NewReferral, ReferralSummary, ReferralView};
use crate::services::{self, parse_case_id};

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct LangQuery {
    /// A language tag: en, sq, bs, hr, sr-Latn, mk, bg, ro, uk, it, pl, sk.
    pub lang: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PrintQuery {
    pub lang: Option<String>,
    /// A version number; the latest by default.
    pub version: Option<u32>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct VersionQuery {
    pub version: Option<u32>,
}

pub(crate) fn lang(query: Option<&str>) -> Result<Lang, ApiError> {
    query.map_or(Ok(Lang::ENGLISH), |l| {
        Lang::parse(l).map_err(|_| ApiError::field("lang", trm_i18n::not_offered(l)))
    })
}

#[utoipa::path(get, path = "/api/template", tag = "template", security(("bearer" = [])), params(LangQuery),
    responses((status = 200, description = "The referral template as this node fills it (its national profile applied), every label in the language asked for"), (status = 422, body = ErrorBody)))]
pub async fn template(
    State(state): State<AppState>,
    p: Principal,
    ApiQuery(q): ApiQuery<LangQuery>,
) -> Result<Json<trm_i18n::LabelledTemplate>, ApiError> {
    services::permit(&state, &p, Action::ReadTemplate).await?;
    let template = referrals::node_template(&state)?;
    Ok(Json(trm_i18n::labelled(
        &template,
        lang(q.lang.as_deref())?,
    )))
}

#[utoipa::path(get, path = "/api/template/json-schema", tag = "template",
    responses((status = 200, description = "The JSON Schema (draft 2020-12) of the wire form of a referral made by this node")))]
pub async fn json_schema(State(state): State<AppState>) -> Result<Response, ApiError> {
    let template = referrals::node_template(&state)?;
    let schema = trm_domain::template::json_schema(&template);
    Ok(([(CONTENT_TYPE, "application/schema+json")], Json(schema)).into_response())
}

pub async fn asset(Path(file): Path<String>) -> Response {
    match file.as_str() {
        "print.css" => (
            [
                (CONTENT_TYPE, "text/css; charset=utf-8"),
                (CACHE_CONTROL, "public, max-age=3600"),
            ],
            PRINT_CSS,
        )
            .into_response(),
        other => match crate::web::asset(other) {
            Some((kind, text)) => (
                [
                    (CONTENT_TYPE, kind),
                    (CACHE_CONTROL, "public, max-age=3600"),
                ],
                text,
            )
                .into_response(),
            None => ApiError::NotFound("asset").into_response(),
        },
    }
}

#[utoipa::path(get, path = "/api/referrals", tag = "referrals", security(("bearer" = [])),
    responses((status = 200, body = [ReferralSummary], description = "The referrals your organisation holds, most recently changed first")))]
pub async fn list_referrals(
    State(state): State<AppState>,
    p: Principal,
) -> Result<Json<Vec<ReferralSummary>>, ApiError> {
    Ok(Json(referrals::list(&state, &p).await?))
}

#[utoipa::path(post, path = "/api/cases/{id}/referrals", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = NewReferral,
    responses((status = 201, body = ReferralView, description = "A draft prefilled from the case"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_referral(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<NewReferral>,
) -> Result<Response, ApiError> {
    let view = referrals::create(&state, &p, parse_case_id(&id)?, input).await?;
    let location = format!("/api/referrals/{}", view.referral.id);
    Ok((StatusCode::CREATED, [(LOCATION, location)], Json(view)).into_response())
}

#[utoipa::path(get, path = "/api/referrals/{id}", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = ReferralView), (status = 404, body = ErrorBody)))]
pub async fn read_referral(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<ReferralView>, ApiError> {
    Ok(Json(referrals::read(&state, &p, &id).await?))
}

#[utoipa::path(put, path = "/api/referrals/{id}/draft", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = DraftInput,
    responses((status = 200, body = ReferralView, description = "The draft, replaced by the content sent; `blocking` lists what still stops sending"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save_draft(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<DraftInput>,
) -> Result<Json<ReferralView>, ApiError> {
    Ok(Json(referrals::save_draft(&state, &p, &id, input).await?))
}

#[utoipa::path(post, path = "/api/referrals/{id}/send", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = ReferralView, description = "The draft, frozen"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "Every rule the draft breaks, each naming its field")))]
pub async fn send_referral(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<Json<ReferralView>, ApiError> {
    Ok(Json(referrals::send(&state, &p, &id).await?))
}

#[utoipa::path(post, path = "/api/referrals/{id}/versions", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 201, body = ReferralView, description = "This node's next version, started from the latest"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn start_version(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<ReferralView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(referrals::start_version(&state, &p, &id).await?),
    ))
}

#[utoipa::path(post, path = "/api/referrals/incoming", tag = "referrals", security(("bearer" = [])), request_body = WireDocument,
    responses((status = 201, body = ReferralView, description = "Accepted: a new incoming referral, or the next version of one held here"), (status = 422, body = ErrorBody)))]
pub async fn receive_referral(
    State(state): State<AppState>,
    p: Principal,
    ApiJson(wire): ApiJson<WireDocument>,
) -> Result<(StatusCode, Json<ReferralView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(referrals::receive(&state, &p, wire).await?),
    ))
}

#[utoipa::path(get, path = "/api/referrals/{id}/wire", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path), VersionQuery),
    responses((status = 200, body = WireDocument, description = "The wire form: codes, free text tagged with its language, the sender's profile"), (status = 404, body = ErrorBody)))]
pub async fn referral_wire(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<VersionQuery>,
) -> Result<Json<WireDocument>, ApiError> {
    Ok(Json(referrals::wire(&state, &p, &id, q.version).await?))
}

#[utoipa::path(get, path = "/api/referrals/{id}/print", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path), PrintQuery),
    responses((status = 200, content_type = "text/html", description = "The referral as a printable A4 page in the language asked for"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn print_referral(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<PrintQuery>,
) -> Result<Response, ApiError> {
    let lang = lang(q.lang.as_deref())?;
    let (record, version, template, document) =
        referrals::for_print(&state, &p, &id, q.version).await?;
    let chosen = referrals::pick(&record, Some(version))?;
    let (from, to) = match document.author_side {
        trm_domain::template::Side::Origin => (
            record.referral.counterpart.as_str().to_owned(),
            state.node.country.as_str().to_owned(),
        ),
        _ if record.referral.direction == trm_domain::referral::Direction::Incoming => (
            record.referral.counterpart.as_str().to_owned(),
            state.node.country.as_str().to_owned(),
        ),
        _ => (
            state.node.country.as_str().to_owned(),
            record.referral.counterpart.as_str().to_owned(),
        ),
    };
    let meta = PrintMeta {
        version,
        state: chosen.state,
        from: &from,
        to: &to,
        printed_at: (state.now)(),
    };
    let html = page(&template, &document, lang, &meta).into_string();
    Ok(([(CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response())
}

#[utoipa::path(get, path = "/api/referrals/{id}/htcds", tag = "referrals", security(("bearer" = [])), params(("id" = String, Path), VersionQuery),
    responses((status = 200, description = "The version as HTCDS 2.0-shaped JSON (docs/standards.md); codes with no HTCDS value are listed under `unmapped`"), (status = 404, body = ErrorBody)))]
pub async fn referral_htcds(
    State(state): State<AppState>,
    p: Principal,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<VersionQuery>,
) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(referrals::htcds(&state, &p, &id, q.version).await?))
}

#[utoipa::path(get, path = "/api/exports/cases.csv", tag = "exports", security(("bearer" = [])),
    responses((status = 200, content_type = "text/csv", description = "One row per case held by your organisation: codes, countries, counts and year-months only; no names, no free text")))]
pub async fn cases_csv(State(state): State<AppState>, p: Principal) -> Result<Response, ApiError> {
    let csv = referrals::cases_csv(&state, &p).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"cases.csv\"",
            ),
        ],
        csv,
    )
        .into_response())
}
