//! The account page: password, second factor, sessions.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};

use super::form::{self, Input, Shown, WebForm, error_summary, field};
use super::{Ctx, PageError, datetime, label, layout, ok, page, see_other};
use crate::AppState;
use crate::accounts::{self, ChangePassword};
use crate::auth::Authenticated;
use crate::error::ApiError;

async fn account_page(
    state: &AppState,
    caller: &Authenticated,
    ctx: &Ctx,
    shown: Shown<'_>,
    changed: bool,
) -> Result<Markup, ApiError> {
    let p = &caller.principal;
    let totp = state.store.totp(p.user).await?;
    let sessions = accounts::list_sessions(state, caller).await?;
    let fields = [
        ("current_password", ctx.t("ui-account-current-password")),
        ("new_password", ctx.t("ui-account-new-password")),
    ];
    let user = state
        .store
        .user(p.user)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    Ok(layout(
        ctx,
        &ctx.t("ui-nav-account"),
        html! {
            h1 { (ctx.t("ui-nav-account")) }
            dl {
                dt { (ctx.t("ui-login-username")) } dd { code { (user.username.as_str()) } }
                dt { (ctx.t("ui-account-role")) } dd { (label(ctx, "role", p.role.code())) }
            }
            section aria-labelledby="h-language" {
                h2 #h-language { (ctx.t("ui-account-language")) }
                form.stack method="post" action="/language" {
                    (ctx.csrf_field())
                    input type="hidden" name="back" value="/account";
                    div.field {
                        label for="account-lang" { (ctx.t("ui-account-language")) }
                        select #account-lang name="lang" aria-describedby="account-lang-hint" {
                            option value="" selected[user.language.is_none()] { (ctx.t("ui-account-language-browser")) }
                            @for lang in trm_i18n::Lang::all() {
                                option value=(lang.tag()) lang=(lang.tag())
                                    selected[user.language.is_some_and(|c| c.as_str() == lang.iso639())] {
                                    (crate::print::endonym(lang.tag()))
                                }
                            }
                        }
                        p.hint #account-lang-hint { (ctx.t("ui-account-language-hint")) }
                    }
                    button type="submit" { (ctx.t("ui-account-language-save")) }
                }
            }
            section aria-labelledby="h-totp" {
                h2 #h-totp { (ctx.t("ui-account-totp")) }
                @if totp.is_some_and(|t| t.enabled) {
                    p.ok { (ctx.t("ui-account-totp-on")) }
                    p { (ctx.ta("ui-account-recovery-left", &[("count", &state.store.recovery_codes_left(p.user).await?.to_string())])) }
                } @else {
                    p.warn { (ctx.t("ui-account-totp-off")) " " a href="/enrol" { (ctx.t("ui-enrol-title")) } }
                }
            }
            section aria-labelledby="h-password" {
                h2 #h-password { (ctx.t("ui-account-password")) }
                @if changed { p.ok role="status" { (ctx.t("ui-account-password-changed")) } }
                (error_summary(ctx, shown, &fields))
                form.stack method="post" action="/account/password" novalidate {
                    (ctx.csrf_field())
                    (field(shown, "current_password", &fields[0].1, Input::Password, None, None, true))
                    (field(shown, "new_password", &fields[1].1, Input::Password, None, Some(&ctx.t("ui-account-password-rule")), true))
                    button type="submit" { (ctx.t("ui-account-password-change")) }
                }
            }
            section aria-labelledby="h-sessions" {
                h2 #h-sessions { (ctx.t("ui-account-sessions")) }
                div.scroll { table {
                    thead { tr {
                        th scope="col" { (ctx.t("ui-account-session-started")) }
                        th scope="col" { (ctx.t("ui-account-session-used")) }
                        th scope="col" { (ctx.t("ui-account-session-ends")) }
                        th scope="col" { span.visually-hidden { (ctx.t("ui-account-session-end")) } }
                    } }
                    tbody { @for s in &sessions { tr {
                        td { (datetime(s.created_at)) }
                        td { (datetime(s.last_used_at)) }
                        td { (datetime(s.expires_at)) }
                        td {
                            @if s.current { (ctx.t("ui-account-session-this")) }
                            @else {
                                form.inline method="post" action=(format!("/account/sessions/{}/end", s.id)) {
                                    (ctx.csrf_field())
                                    button.secondary type="submit" { (ctx.t("ui-account-session-end")) }
                                }
                            }
                        }
                    } } }
                } }
            }
        },
    ))
}

/// `GET /account`.
pub async fn account(
    State(state): State<AppState>,
    caller: Authenticated,
    ctx: Ctx,
    axum::extract::Query(q): axum::extract::Query<Changed>,
) -> Result<Response, PageError> {
    account_page(&state, &caller, &ctx, Shown::fresh(), q.changed.is_some())
        .await
        .map(ok)
        .map_err(|e| ctx.fail(e))
}

#[derive(Debug, serde::Deserialize)]
pub struct Changed {
    pub changed: Option<String>,
}

/// `POST /account/password`.
pub async fn change_password(
    State(state): State<AppState>,
    caller: Authenticated,
    ctx: Ctx,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = match form::parse::<ChangePassword>(form::to_json(
        &values,
        Some(&["current_password", "new_password"]),
    )) {
        Ok(input) => accounts::change_password(&state, &caller, input).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(see_other("/account?changed=1")),
        Err(ApiError::Invalid(errors)) => {
            // Passwords are never shown again.
            let blank = WebForm::default();
            let shown = Shown {
                values: Some(&blank),
                errors: &errors,
                lang: ctx.lang,
            };
            let markup = account_page(&state, &caller, &ctx, shown, false)
                .await
                .map_err(|e| ctx.fail(e))?;
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// `POST /account/sessions/{id}/end`.
pub async fn end_session(
    State(state): State<AppState>,
    caller: Authenticated,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: WebForm,
) -> Result<Response, PageError> {
    accounts::end_session(&state, &caller, &id)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(see_other("/account#h-sessions"))
}
