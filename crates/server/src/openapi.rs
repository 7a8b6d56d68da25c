//! The OpenAPI 3 document, generated from the handlers and types.

use axum::Json;
use axum::response::IntoResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::{exchange_routes, referral_routes, request_routes, routes};

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "OpenTRM node API", description = "Case management along the five SOPs of the Transnational Referral Mechanism."),
    paths(
        routes::health, routes::login, routes::logout, routes::logout_all, routes::session,
        routes::totp_enrol, routes::totp_confirm,
        routes::list_tokens, routes::create_token, routes::delete_token,
        routes::me, routes::catalogue,
        routes::list_cases, routes::create_case, routes::read_case, routes::update_case,
        routes::list_measures, routes::open_measure, routes::update_measure,
        routes::list_consents, routes::record_consent, routes::revoke_consent, routes::timeline,
        routes::list_organisations, routes::create_organisation, routes::list_users, routes::create_user,
        routes::disable_user,
        routes::list_shares, routes::share_case, routes::withdraw_share, routes::break_glass,
        routes::access_log, routes::restrict_case, routes::unrestrict_case, routes::erase_case,
        routes::export_person, routes::indicators, routes::audit_metadata, routes::verify_audit,
        routes::audit_checkpoints,
        referral_routes::template, referral_routes::json_schema, referral_routes::list_referrals,
        referral_routes::create_referral, referral_routes::read_referral, referral_routes::save_draft,
        referral_routes::send_referral, referral_routes::start_version, referral_routes::receive_referral,
        referral_routes::referral_wire, referral_routes::print_referral, referral_routes::referral_htcds,
        referral_routes::cases_csv,
        exchange_routes::node_document, exchange_routes::receive_envelope, exchange_routes::peers,
        exchange_routes::outbox, exchange_routes::node_handovers,
        request_routes::send_request, request_routes::list_requests, request_routes::read_request,
        request_routes::dispatch_request, request_routes::reply_request, request_routes::inbox,
        request_routes::request_stats,
    ),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

pub fn openapi_json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

pub(crate) async fn serve_openapi() -> impl IntoResponse {
    Json(ApiDoc::openapi())
}
