//! Logging in (password and second factor), out, and the first login's enrolment of an
//! authenticator app.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use maud::{Markup, html};
use serde_json::json;
use trm_domain::FieldError;

use super::form::{self, Input, Shown, WebForm, field};
use super::{Ctx, PageError, bare_layout, layout, ok, page, see_other};
use crate::AppState;
use crate::accounts::{self, ConfirmTotp, LoginRequest};
use crate::auth::{self, Authenticated, Via};
use crate::error::ApiError;
use crate::totp;

/// The hidden field of the login form that must match the browser's login cookie.
pub const LOGIN_TOKEN_FIELD: &str = "login_token";

fn login_form(
    ctx: &Ctx,
    state: &AppState,
    nonce: &str,
    shown: Shown<'_>,
    message: Option<String>,
) -> Markup {
    let now = (state.now)().unix_timestamp();
    let body = html! {
        h1 { (ctx.t("ui-login-title")) }
        p { (ctx.node_name) " (" (ctx.country) ")" }
        @if let Some(m) = &message {
            div.error-summary role="alert" { p { (m) } }
        }
        form.stack method="post" action="/login" {
            input type="hidden" name=(LOGIN_TOKEN_FIELD) value=(nonce);
            (field(shown, "username", &ctx.t("ui-login-username"), Input::Text, None, None, true))
            (field(shown, "password", &ctx.t("ui-login-password"), Input::Password, None, None, true))
            (field(shown, "code", &ctx.t("ui-login-code"), Input::Text, None,
                Some(&ctx.t("ui-login-code-hint")), false))
            button type="submit" { (ctx.t("ui-login-submit")) }
        }
        @if let Some(demo) = &state.demo_logins {
            section.demo aria-labelledby="demo-h" {
                h2 #demo-h { (ctx.t("ui-demo-title")) }
                p { (ctx.t("ui-demo-explain")) }
                table {
                    thead { tr {
                        th scope="col" { (ctx.t("ui-login-username")) }
                        th scope="col" { (ctx.t("ui-login-password")) }
                        th scope="col" { (ctx.t("ui-demo-code")) }
                    } }
                    tbody {
                        @for d in demo.iter() {
                            tr {
                                td { code { (d.username) } }
                                td { code { (d.password) } }
                                td { code.totp { (totp::code_at(&d.secret, now)) } }
                            }
                        }
                    }
                }
                p.hint { (ctx.ta("ui-demo-valid", &[("seconds", &(totp::STEP_SECONDS - now.rem_euclid(totp::STEP_SECONDS)).to_string())])) }
            }
        }
    };
    bare_layout(ctx.lang, &ctx.t("ui-login-title"), body)
}

/// The login form with a fresh nonce, and the cookie that carries it.
fn login_answer(
    ctx: &Ctx,
    state: &AppState,
    secure: bool,
    status: StatusCode,
    shown: Shown<'_>,
    message: Option<String>,
) -> Response {
    let nonce = auth::login_nonce();
    let mut response = page(status, login_form(ctx, state, &nonce, shown, message));
    if let Ok(cookie) = HeaderValue::from_str(&auth::login_cookie(&nonce, secure)) {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// `GET /login`.
pub async fn login_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
) -> Response {
    let secure = auth::cookie_must_be_secure(Some(peer.ip()), &headers);
    login_answer(&ctx, &state, secure, StatusCode::OK, Shown::fresh(), None)
}

/// `POST /login`: the same login as `POST /api/auth/login` with a cookie session.
pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    WebForm(pairs): WebForm,
) -> Result<Response, PageError> {
    let values = WebForm(pairs);
    let secure = auth::cookie_must_be_secure(Some(peer.ip()), &headers);
    let refused = |status: StatusCode, message: String| {
        let errors: [FieldError; 0] = [];
        let shown = Shown {
            values: Some(&values),
            errors: &errors,
            lang: ctx.lang,
        };
        Ok(login_answer(
            &ctx,
            &state,
            secure,
            status,
            shown,
            Some(message),
        ))
    };
    // A login posted by another site's page lacks this browser's nonce: no attempt is
    // made (and none counted against the account).
    if !auth::login_nonce_matches(&headers, values.get(LOGIN_TOKEN_FIELD).unwrap_or_default()) {
        return refused(StatusCode::FORBIDDEN, ctx.t("ui-login-expired"));
    }
    let code = values.get("code").unwrap_or_default().trim().to_owned();
    let mut body = json!({
        "username": values.get("username").unwrap_or_default(),
        "password": values.get("password").unwrap_or_default(),
        "session": "cookie",
    });
    if !code.is_empty() {
        // Six digits are the app's code; anything longer a recovery code.
        let key = if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
            "totp"
        } else {
            "recovery_code"
        };
        body[key] = json!(code);
    }
    let request: LoginRequest = match form::parse(body) {
        Ok(r) => r,
        Err(_) => {
            return refused(StatusCode::UNAUTHORIZED, ctx.t("ui-login-failed"));
        }
    };
    match accounts::login(&state, request, peer.ip()).await {
        Ok(done) => {
            let mut response = see_other(if done.enrolment_required {
                "/enrol"
            } else {
                "/"
            });
            let cookie = HeaderValue::from_str(&auth::session_cookie(&done.token, secure))
                .map_err(|e| ctx.fail(ApiError::Internal(e.to_string())))?;
            response.headers_mut().append(SET_COOKIE, cookie);
            Ok(response)
        }
        Err(
            ApiError::AccountLocked { retry_after } | ApiError::TooManyAttempts { retry_after },
        ) => {
            let minutes = retry_after.div_ceil(60).max(1).to_string();
            refused(
                StatusCode::TOO_MANY_REQUESTS,
                ctx.ta("ui-login-locked", &[("minutes", &minutes)]),
            )
        }
        Err(ApiError::BadCredentials | ApiError::Invalid(_)) => {
            refused(StatusCode::UNAUTHORIZED, ctx.t("ui-login-failed"))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// `POST /logout`: ends this session and removes the cookie.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    caller: Authenticated,
    ctx: Ctx,
    _form: WebForm,
) -> Result<Response, PageError> {
    accounts::logout(&state, &caller)
        .await
        .map_err(|e| ctx.fail(e))?;
    let mut response = see_other("/login");
    if caller.via == Via::Cookie {
        let secure = auth::cookie_must_be_secure(caller.address, &headers);
        if let Ok(v) = HeaderValue::from_str(&auth::clear_session_cookie(secure)) {
            response.headers_mut().append(SET_COOKIE, v);
        }
    }
    Ok(response)
}

fn enrol_page(ctx: &Ctx, secret: Option<(String, String)>, shown: Shown<'_>) -> Markup {
    let body = html! {
        h1 { (ctx.t("ui-enrol-title")) }
        @match secret {
            Some((secret, uri)) => {
                (form::error_summary(ctx, shown, &[("code", ctx.t("ui-enrol-code"))]))
                ol.steps {
                    li { (ctx.t("ui-enrol-step-app")) }
                    li {
                        (ctx.t("ui-enrol-step-secret"))
                        p { code #totp-secret .secret { (secret) } }
                        details { summary { (ctx.t("ui-enrol-uri")) } p { code.wrap { (uri) } } }
                    }
                    li { (ctx.t("ui-enrol-step-code")) }
                }
                form.stack method="post" action="/enrol" {
                    (ctx.csrf_field())
                    (field(shown, "code", &ctx.t("ui-enrol-code"), Input::Code, None, None, true))
                    button type="submit" { (ctx.t("ui-enrol-submit")) }
                }
            },
            None => p { (ctx.t("ui-enrol-done-already")) " " a href="/" { (ctx.t("ui-continue")) } },
        }
    };
    match &ctx.user {
        Some(p) if p.access == auth::Access::Session => layout(ctx, &ctx.t("ui-enrol-title"), body),
        _ => bare_layout(ctx.lang, &ctx.t("ui-enrol-title"), body),
    }
}

/// The secret being enrolled: the pending one if there is one (a reload shows the same
/// secret), else a new one. `None` once a second factor is in force.
async fn pending_secret(
    state: &AppState,
    caller: &Authenticated,
) -> Result<Option<(String, String)>, ApiError> {
    match state.store.totp(caller.principal.user).await? {
        Some(t) if t.enabled => Ok(None),
        Some(t) => {
            let user = state
                .store
                .user(caller.principal.user)
                .await?
                .ok_or(ApiError::Unauthenticated)?;
            let issuer = format!("OpenTRM {}", state.node.name);
            Ok(Some((
                totp::encode_secret(&t.secret),
                totp::otpauth_uri(&issuer, user.username.as_str(), &t.secret),
            )))
        }
        None => {
            let e = accounts::begin_totp(state, caller).await?;
            Ok(Some((e.secret, e.otpauth_uri)))
        }
    }
}

/// `GET /enrol`: the first login of an account that needs a second factor.
pub async fn enrol_form(
    State(state): State<AppState>,
    caller: Authenticated,
    ctx: Ctx,
) -> Result<Response, PageError> {
    let secret = pending_secret(&state, &caller)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(ok(enrol_page(&ctx, secret, Shown::fresh())))
}

/// `POST /enrol`: confirms the app with its current code, then shows the recovery codes
/// once (not a redirect: they are shown this one time only).
pub async fn enrol(
    State(state): State<AppState>,
    caller: Authenticated,
    ctx: Ctx,
    values: WebForm,
) -> Result<Response, PageError> {
    let confirmed = match form::parse::<ConfirmTotp>(form::to_json(&values, Some(&["code"]))) {
        Ok(input) => accounts::confirm_totp(&state, &caller, input).await,
        Err(e) => Err(e),
    };
    match confirmed {
        Ok(done) => {
            let body = html! {
                h1 { (ctx.t("ui-enrol-done")) }
                p { (ctx.t("ui-enrol-recovery")) }
                ul.codes { @for c in &done.recovery_codes { li { code { (c) } } } }
                p { a.button href="/" { (ctx.t("ui-continue")) } }
            };
            Ok(ok(bare_layout(ctx.lang, &ctx.t("ui-enrol-done"), body)))
        }
        Err(ApiError::Invalid(errors)) => {
            let secret = pending_secret(&state, &caller)
                .await
                .map_err(|e| ctx.fail(e))?;
            let shown = Shown {
                values: Some(&values),
                errors: &errors,
                lang: ctx.lang,
            };
            Ok(page(
                StatusCode::UNPROCESSABLE_ENTITY,
                enrol_page(&ctx, secret, shown),
            ))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}
