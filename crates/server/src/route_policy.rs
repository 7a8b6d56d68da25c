//! Every route and the action it performs, in one table. A middleware looks each
//! request up here before the handler runs: a route missing from the table is refused
//! (and the route × role test fails), and a role the policy table does not allow is
//! refused with 403 and audited. The services check again, below the handlers.

use axum::extract::FromRequestParts;
use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use trm_domain::policy::Action;

use crate::AppState;
use crate::auth::{Authenticated, Principal};
use crate::error::ApiError;
use crate::services::permit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// No login: health, the API description, login itself.
    Public,
    /// Any valid session or token, an enrolment session (a login still missing its
    /// second factor) included: setting up the second factor, and describing or ending
    /// the session. Everything else refuses an enrolment session.
    AnyToken,
    /// Any logged-in user, about themselves (their account, their session).
    SignedIn,
    /// The action of the policy table the route performs.
    Act(Action),
}

use Gate::{Act, AnyToken, Public, SignedIn};

pub const ROUTES: &[(&str, &str, Gate)] = &[
    ("GET", "/api/health", Public),
    ("GET", "/api/openapi.json", Public),
    ("POST", "/api/auth/login", Public),
    ("POST", "/api/auth/logout", AnyToken),
    ("POST", "/api/auth/logout-all", AnyToken),
    ("GET", "/api/auth/session", AnyToken),
    ("POST", "/api/auth/totp/enrol", AnyToken),
    ("POST", "/api/auth/totp/confirm", AnyToken),
    // Tokens are managed from an interactive session (checked by the service).
    ("GET", "/api/tokens", SignedIn),
    ("POST", "/api/tokens", SignedIn),
    ("DELETE", "/api/tokens/{id}", SignedIn),
    ("GET", "/api/me", SignedIn),
    ("GET", "/api/catalogue", Act(Action::ReadCatalogue)),
    ("GET", "/api/cases", Act(Action::ListCases)),
    ("POST", "/api/cases", Act(Action::CreateCase)),
    ("GET", "/api/cases/{id}", Act(Action::ReadCase)),
    ("PATCH", "/api/cases/{id}", Act(Action::UpdateCase)),
    ("GET", "/api/cases/{id}/measures", Act(Action::ReadCase)),
    ("POST", "/api/cases/{id}/measures", Act(Action::UpdateCase)),
    (
        "PATCH",
        "/api/cases/{id}/measures/{measure_id}",
        Act(Action::UpdateCase),
    ),
    ("GET", "/api/cases/{id}/consents", Act(Action::ReadCase)),
    ("POST", "/api/cases/{id}/consents", Act(Action::UpdateCase)),
    (
        "POST",
        "/api/cases/{id}/consents/{consent_id}/revoke",
        Act(Action::UpdateCase),
    ),
    ("GET", "/api/cases/{id}/timeline", Act(Action::ReadCase)),
    ("GET", "/api/cases/{id}/shares", Act(Action::ShareCase)),
    ("POST", "/api/cases/{id}/shares", Act(Action::ShareCase)),
    (
        "POST",
        "/api/cases/{id}/shares/{share_id}/withdraw",
        Act(Action::ShareCase),
    ),
    (
        "POST",
        "/api/cases/{id}/break-glass",
        Act(Action::BreakGlass),
    ),
    (
        "GET",
        "/api/cases/{id}/access-log",
        Act(Action::ReadCaseAccessLog),
    ),
    (
        "POST",
        "/api/cases/{id}/restrict",
        Act(Action::RestrictCase),
    ),
    (
        "POST",
        "/api/cases/{id}/unrestrict",
        Act(Action::RestrictCase),
    ),
    ("POST", "/api/cases/{id}/erase", Act(Action::EraseCase)),
    ("GET", "/api/cases/{id}/export", Act(Action::ExportPerson)),
    ("GET", "/api/indicators", Act(Action::ReadIndicators)),
    ("GET", "/api/organisations", Act(Action::ReadOrganisations)),
    (
        "POST",
        "/api/organisations",
        Act(Action::ManageOrganisations),
    ),
    ("GET", "/api/users", Act(Action::ReadUsers)),
    ("POST", "/api/users", Act(Action::ManageUsers)),
    ("POST", "/api/users/{id}/disable", Act(Action::ManageUsers)),
    ("GET", "/api/audit", Act(Action::ReadAuditMetadata)),
    ("GET", "/api/audit/verify", Act(Action::VerifyAudit)),
    ("GET", "/api/audit/checkpoints", Act(Action::VerifyAudit)),
    ("GET", "/api/template", Act(Action::ReadTemplate)),
    // Published: the schema holds no personal data, and partners validate against it.
    ("GET", "/api/template/json-schema", Public),
    ("GET", "/assets/{file}", Public),
    ("GET", "/api/referrals", Act(Action::ReadReferral)),
    (
        "POST",
        "/api/referrals/incoming",
        Act(Action::ReceiveReferral),
    ),
    (
        "POST",
        "/api/cases/{id}/referrals",
        Act(Action::EditReferral),
    ),
    ("GET", "/api/referrals/{id}", Act(Action::ReadReferral)),
    (
        "PUT",
        "/api/referrals/{id}/draft",
        Act(Action::EditReferral),
    ),
    (
        "POST",
        "/api/referrals/{id}/send",
        Act(Action::SendReferral),
    ),
    (
        "POST",
        "/api/referrals/{id}/versions",
        Act(Action::EditReferral),
    ),
    ("GET", "/api/referrals/{id}/wire", Act(Action::ReadReferral)),
    (
        "GET",
        "/api/referrals/{id}/print",
        Act(Action::ReadReferral),
    ),
    (
        "GET",
        "/api/referrals/{id}/htcds",
        Act(Action::ReadReferral),
    ),
    ("GET", "/api/exports/cases.csv", Act(Action::ExportCasesCsv)),
    // Public: a peer's administrator checks it against a fingerprint.
    ("GET", "/api/node", Public),
    // Public: every handover is signed by a key the node had, for a peer to follow.
    ("GET", "/api/node/handovers", Public),
    // Public at the HTTP level: every envelope is checked against the pinned keys of the
    // peer that signed it, before anything is decrypted or stored.
    ("POST", "/api/exchange/envelopes", Public),
    ("GET", "/api/exchange/peers", Act(Action::ReadExchange)),
    ("GET", "/api/exchange/outbox", Act(Action::ReadExchange)),
    (
        "GET",
        "/api/referrals/{id}/requests",
        Act(Action::ReadRequest),
    ),
    (
        "POST",
        "/api/referrals/{id}/requests",
        Act(Action::SendRequest),
    ),
    ("GET", "/api/requests/stats", Act(Action::ReadRequestStats)),
    ("GET", "/api/requests/{rid}", Act(Action::ReadRequest)),
    (
        "POST",
        "/api/requests/{rid}/dispatch",
        Act(Action::DispatchRequest),
    ),
    (
        "POST",
        "/api/requests/{rid}/reply",
        Act(Action::ReplyRequest),
    ),
    ("GET", "/api/inbox", Act(Action::ReadInbox)),
    // The web interface: each page performs the action of the API route it stands for.
    ("GET", "/", SignedIn),
    ("GET", "/login", Public),
    ("POST", "/login", Public),
    ("POST", "/logout", AnyToken),
    // Only sets the browser's language cookie.
    ("GET", "/language", Public),
    // Saves the language on the signed-in user's own account.
    ("POST", "/language", SignedIn),
    ("GET", "/enrol", AnyToken),
    ("POST", "/enrol", AnyToken),
    ("GET", "/account", SignedIn),
    ("POST", "/account/password", SignedIn),
    ("POST", "/account/sessions/{id}/end", SignedIn),
    ("GET", "/knowledge", Act(Action::ReadCatalogue)),
    ("GET", "/cases", Act(Action::ListCases)),
    ("POST", "/cases", Act(Action::CreateCase)),
    ("GET", "/cases/new", Act(Action::CreateCase)),
    ("GET", "/cases/{id}", Act(Action::ReadCase)),
    ("GET", "/cases/{id}/sop/{code}", Act(Action::ReadCase)),
    ("POST", "/cases/{id}/sop/{code}", Act(Action::UpdateCase)),
    ("POST", "/cases/{id}/consents", Act(Action::UpdateCase)),
    (
        "POST",
        "/cases/{id}/consents/{consent_id}/revoke",
        Act(Action::UpdateCase),
    ),
    (
        "POST",
        "/cases/{id}/edit/{section}",
        Act(Action::UpdateCase),
    ),
    ("GET", "/cases/{id}/screening", Act(Action::ReadCase)),
    ("POST", "/cases/{id}/screening", Act(Action::UpdateCase)),
    ("POST", "/cases/{id}/referrals", Act(Action::EditReferral)),
    ("GET", "/referrals/{id}", Act(Action::ReadReferral)),
    ("POST", "/referrals/{id}/draft", Act(Action::EditReferral)),
    (
        "POST",
        "/referrals/{id}/versions",
        Act(Action::EditReferral),
    ),
    ("POST", "/referrals/{id}/send", Act(Action::SendReferral)),
    ("POST", "/referrals/{id}/requests", Act(Action::SendRequest)),
    ("GET", "/inbox", Act(Action::ReadInbox)),
    ("GET", "/requests/{rid}", Act(Action::ReadRequest)),
    (
        "POST",
        "/requests/{rid}/dispatch",
        Act(Action::DispatchRequest),
    ),
    ("POST", "/requests/{rid}/reply", Act(Action::ReplyRequest)),
    // The index links only to the administration pages the reader's role may open.
    ("GET", "/admin", SignedIn),
    ("GET", "/admin/users", Act(Action::ManageUsers)),
    ("POST", "/admin/users", Act(Action::ManageUsers)),
    (
        "POST",
        "/admin/users/{id}/disable",
        Act(Action::ManageUsers),
    ),
    ("GET", "/admin/peers", Act(Action::ReadExchange)),
    ("GET", "/admin/messages", Act(Action::ReadExchange)),
    // Running the verification is a read (like `GET /api/audit/verify`), audited.
    ("GET", "/admin/audit", Act(Action::VerifyAudit)),
];

pub fn gate(method: &Method, path: &str) -> Option<Gate> {
    ROUTES
        .iter()
        .find(|(m, p, _)| *m == method.as_str() && *p == path)
        .map(|(_, _, g)| *g)
}

pub async fn enforce(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    let path = matched.as_ref().map(MatchedPath::as_str).unwrap_or("");
    let Some(gate) = gate(request.method(), path) else {
        tracing::error!(method = %request.method(), path, "a route has no entry in the route policy table");
        return ApiError::Internal("route without a policy".into()).into_response();
    };
    if gate == Public {
        return next.run(request).await;
    }
    // A page's refusal is a page (or a redirect to the login); the API's is JSON.
    let page = crate::web::is_page(path);
    let refuse = |parts: &axum::http::request::Parts, e: ApiError| {
        if page {
            crate::web::refused(&parts.headers, e)
        } else {
            e.into_response()
        }
    };
    let request = match crate::web::lift_form_csrf(request).await {
        Ok(r) => r,
        Err(response) => return response,
    };
    let (mut parts, body) = request.into_parts();
    if gate == AnyToken {
        // Authenticated (and remembered in the request for the handler), nothing more.
        return match Authenticated::from_request_parts(&mut parts, &state).await {
            Ok(_) => next.run(Request::from_parts(parts, body)).await,
            Err(e) => refuse(&parts, e),
        };
    }
    let principal = match Principal::from_request_parts(&mut parts, &state).await {
        Ok(p) => p,
        Err(e) => return refuse(&parts, e),
    };
    if let Act(action) = gate
        && let Err(e) = permit(&state, &principal, action).await
    {
        return refuse(&parts, e);
    }
    parts.extensions.insert(principal);
    next.run(Request::from_parts(parts, body)).await
}
