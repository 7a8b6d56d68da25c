//! Administration pages: users and roles, the peers with their fingerprints and the
//! health of each link, the messages that are late or stuck and why, and the audit
//! trail's verification. Each page is the API's service drawn; the route table gates it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use trm_domain::codes::Role;
use trm_domain::delivery::DeliveryHealth;
use trm_domain::org::NewUser;
use trm_domain::policy::Action;

use super::form::{self, Failed, Input, Shown, WebForm, error_summary, field, options};
use super::{Ctx, PageError, datetime, label, layout, ok, page, see_other};
use crate::AppState;
use crate::auth::{ClientAddress, Principal};
use crate::delivery::{self, OutboxQuery};
use crate::error::ApiError;
use crate::services;

fn health(ctx: &Ctx, h: DeliveryHealth) -> Markup {
    html! { span class=(format!("badge h-{}", h.code())) { (ctx.t(&format!("ui-health-{}", h.code()))) } }
}

/// `GET /admin`: the administration pages the reader's role may open.
pub async fn index(ctx: Ctx) -> Result<Response, PageError> {
    let links = [
        ("/admin/users", "ui-admin-users", Action::ManageUsers),
        ("/admin/peers", "ui-admin-peers", Action::ReadExchange),
        ("/admin/messages", "ui-admin-messages", Action::ReadExchange),
        ("/admin/audit", "ui-admin-audit", Action::VerifyAudit),
    ];
    let body = html! {
        h1 { (ctx.t("ui-nav-admin")) }
        ul.admin-links {
            @for (href, key, needs) in links.iter().filter(|l| ctx.may(l.2)) {
                @let _ = needs;
                li { a href=(href) { (ctx.t(key)) } }
            }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-nav-admin"), body)))
}

async fn users_page(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    failed: Option<&Failed<'_>>,
) -> Result<Markup, ApiError> {
    let users = services::list_users(state, p).await?;
    let organisations = services::list_organisations(state, p).await?;
    let shown = Shown::of(failed, "user");
    let roles = options(
        ctx,
        "role",
        &Role::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(),
        false,
    );
    let orgs: Vec<(String, String)> = organisations
        .iter()
        .map(|o| (o.id.to_string(), o.name.clone()))
        .collect();
    let fields = [
        ("username", ctx.t("ui-login-username")),
        ("display_name", ctx.t("ui-admin-display-name")),
        ("role", ctx.t("ui-admin-role")),
        ("organisation", ctx.t("ui-admin-organisation")),
        ("password", ctx.t("ui-admin-initial-password")),
    ];
    let org_name = |id| {
        organisations
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    let body = html! {
        p.crumbs { a href="/admin" { (ctx.t("ui-nav-admin")) } " › " (ctx.t("ui-admin-users")) }
        h1 { (ctx.t("ui-admin-users")) }
        div.scroll { table {
            thead { tr {
                th scope="col" { (ctx.t("ui-login-username")) }
                th scope="col" { (fields[1].1) }
                th scope="col" { (fields[2].1) }
                th scope="col" { (fields[3].1) }
                th scope="col" { (ctx.t("ui-admin-account")) }
            } }
            tbody {
                @for u in &users {
                    tr {
                        td { code { (u.username.as_str()) } }
                        td { (u.display_name) }
                        td { (label(ctx, "role", u.role.code())) }
                        td { (org_name(u.organisation)) }
                        td {
                            @if u.disabled { (ctx.t("ui-admin-disabled")) }
                            @else if u.id == p.user { (ctx.t("ui-admin-active")) }
                            @else {
                                form.inline method="post" action=(format!("/admin/users/{}/disable", u.id)) {
                                    (ctx.csrf_field())
                                    (ctx.t("ui-admin-active")) " "
                                    button.secondary type="submit" aria-label=(ctx.ta("ui-admin-disable-who", &[("name", &u.display_name)])) { (ctx.t("ui-admin-disable")) }
                                }
                            }
                        }
                    }
                }
            }
        } }
        h2 #new-user { (ctx.t("ui-admin-new-user")) }
        p.hint { (ctx.t("ui-admin-new-user-hint")) }
        (error_summary(ctx, shown, &fields))
        form.stack method="post" action="/admin/users" novalidate {
            (ctx.csrf_field())
            (field(shown, "username", &fields[0].1, Input::Text, None, None, true))
            (field(shown, "display_name", &fields[1].1, Input::Text, None, None, true))
            (field(shown, "role", &fields[2].1, Input::Select(&roles), Some("case_worker"), None, true))
            (field(shown, "organisation", &fields[3].1, Input::Select(&orgs), None, None, true))
            (field(shown, "password", &fields[4].1, Input::Password, None, Some(&ctx.t("ui-admin-password-hint")), true))
            button type="submit" { (ctx.t("ui-admin-create-user")) }
        }
    };
    Ok(layout(ctx, &ctx.t("ui-admin-users"), body))
}

/// `GET /admin/users`.
pub async fn users(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
) -> Result<Response, PageError> {
    users_page(&state, &p, &ctx, None)
        .await
        .map(ok)
        .map_err(|e| ctx.fail(e))
}

/// `POST /admin/users`.
pub async fn create_user(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let input: NewUser = form::parse(form::to_json(
            &values,
            Some(&[
                "username",
                "display_name",
                "role",
                "organisation",
                "password",
            ]),
        ))?;
        services::create_user(&state, &p, input).await.map(|_| ())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other("/admin/users")),
        Err(ApiError::Invalid(errors)) => {
            // What was typed comes back, the password never.
            let values = values.without("password");
            let failed = Failed {
                form: "user",
                values: &values,
                errors: &errors,
                lang: ctx.lang,
            };
            let markup = users_page(&state, &p, &ctx, Some(&failed))
                .await
                .map_err(|e| ctx.fail(e))?;
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// `POST /admin/users/{id}/disable`: its sessions and tokens end with it.
pub async fn disable_user(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    crate::accounts::disable_user(&state, &p, address, &id)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(see_other("/admin/users"))
}

/// `GET /admin/peers`.
pub async fn peers(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
) -> Result<Response, PageError> {
    let peers = delivery::peers(&state, &p).await.map_err(|e| ctx.fail(e))?;
    let body = html! {
        p.crumbs { a href="/admin" { (ctx.t("ui-nav-admin")) } " › " (ctx.t("ui-admin-peers")) }
        h1 { (ctx.t("ui-admin-peers")) }
        p.hint { (ctx.t("ui-admin-peers-hint")) }
        @if peers.is_empty() {
            p.empty { (ctx.t("ui-admin-no-peers")) }
        }
        @for peer in &peers {
            section.peer aria-label=(peer.name) {
                h2 { (peer.country) " · " (peer.name) " " (health(&ctx, peer.health))
                    @if !peer.trusted { " " span.badge.overdue { (ctx.t("ui-admin-peer-removed")) } } }
                dl {
                    dt { (ctx.t("ui-admin-fingerprint")) }
                    dd { code.fingerprint { (peer.fingerprint.as_deref().unwrap_or("—")) } }
                    dt { (ctx.t("ui-admin-legal-basis")) } dd { code { (peer.legal_basis) } }
                    dt { (ctx.t("ui-admin-address")) } dd { code { (peer.url) } }
                    dt { (ctx.t("ui-admin-queued")) } dd { (peer.queued) }
                    dt { (ctx.t("ui-admin-late")) } dd { (peer.late) }
                    dt { (ctx.t("ui-admin-stuck")) } dd { @if peer.stuck > 0 { strong.overdue { (peer.stuck) } } @else { "0" } }
                    dt { (ctx.t("ui-admin-last-ack")) } dd { @if let Some(t) = peer.last_acknowledged { (datetime(t)) } @else { (ctx.t("ui-admin-never")) } }
                    dt { (ctx.t("ui-admin-oldest-unack")) } dd { @if let Some(t) = peer.oldest_unacknowledged { (datetime(t)) } @else { (ctx.t("ui-admin-none")) } }
                    dt { (ctx.t("ui-admin-last-failure")) } dd { @if let Some(e) = &peer.last_error { small lang="en" { (e) } } @else { (ctx.t("ui-admin-none")) } }
                }
                p { a href=(format!("/admin/messages?peer={}", peer.node_id)) { (ctx.t("ui-admin-peer-messages")) } }
            }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-admin-peers"), body)))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessagesQuery {
    pub peer: Option<uuid::Uuid>,
}

/// `GET /admin/messages`: late and stuck messages (stuck first), with why each last
/// attempt failed; never their content.
pub async fn messages(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    crate::extract::ApiQuery(q): crate::extract::ApiQuery<MessagesQuery>,
) -> Result<Response, PageError> {
    let query = OutboxQuery {
        health: Some("late".into()),
        peer: q.peer,
        ..OutboxQuery::default()
    };
    let mut list = delivery::outbox(&state, &p, &query)
        .await
        .map_err(|e| ctx.fail(e))?;
    list.sort_by_key(|m| (m.health != DeliveryHealth::Stuck, m.created_at));
    let peers = delivery::peers(&state, &p).await.map_err(|e| ctx.fail(e))?;
    let peer_name = |id: uuid::Uuid| {
        peers
            .iter()
            .find(|x| x.node_id == id)
            .map(|x| format!("{} · {}", x.country, x.name))
            .unwrap_or_else(|| id.to_string())
    };
    let body = html! {
        p.crumbs { a href="/admin" { (ctx.t("ui-nav-admin")) } " › " (ctx.t("ui-admin-messages")) }
        h1 { (ctx.t("ui-admin-messages")) }
        p.hint { (ctx.t("ui-admin-messages-hint")) }
        @if list.is_empty() {
            p.empty { (ctx.t("ui-admin-no-late")) }
        } @else {
            div.scroll { table {
                thead { tr {
                    th scope="col" { (ctx.t("ui-admin-health")) }
                    th scope="col" { (ctx.t("ui-admin-peer")) }
                    th scope="col" { (ctx.t("ui-admin-kind")) }
                    th scope="col" { (ctx.t("ui-admin-queued-at")) }
                    th scope="col" { (ctx.t("ui-admin-attempts")) }
                    th scope="col" { (ctx.t("ui-admin-next-attempt")) }
                    th scope="col" { (ctx.t("ui-admin-last-failure")) }
                } }
                tbody {
                    @for m in &list {
                        tr {
                            td { (health(&ctx, m.health)) }
                            td { (peer_name(m.peer)) }
                            td { code { (m.kind) } }
                            td { (datetime(m.created_at)) }
                            td { (m.attempts) }
                            td { (datetime(m.next_attempt_at)) }
                            td { @if let Some(e) = &m.last_error { small lang="en" { (e) } } }
                        }
                    }
                }
            } }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-admin-messages"), body)))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    pub run: Option<String>,
}

/// `GET /admin/audit`; `?run=1` recomputes the chain and checks the checkpoints (audited).
pub async fn audit(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    crate::extract::ApiQuery(q): crate::extract::ApiQuery<AuditQuery>,
) -> Result<Response, PageError> {
    let report = match q.run {
        Some(_) => Some(
            services::verify_audit(&state, &p)
                .await
                .map_err(|e| ctx.fail(e))?,
        ),
        None => None,
    };
    let body = html! {
        p.crumbs { a href="/admin" { (ctx.t("ui-nav-admin")) } " › " (ctx.t("ui-admin-audit")) }
        h1 { (ctx.t("ui-admin-audit")) }
        p.hint { (ctx.t("ui-admin-audit-hint")) }
        form method="get" action="/admin/audit" {
            input type="hidden" name="run" value="1";
            button type="submit" { (ctx.t("ui-admin-audit-run")) }
        }
        @if let Some(r) = &report {
            div.rules.ok[r.intact].blocked[!r.intact] #audit-result role="status" {
                p { strong { (ctx.t(if r.intact { "ui-admin-audit-intact" } else { "ui-admin-audit-broken" })) } }
                dl {
                    dt { (ctx.t("ui-admin-audit-entries")) } dd { (r.entries) }
                    dt { (ctx.t("ui-admin-audit-checkpoints")) } dd { (r.checkpoints) }
                    dt { (ctx.t("ui-admin-audit-head")) } dd { code.fingerprint { (r.head) } }
                    @if let Some(problem) = &r.problem { dt { (ctx.t("ui-admin-audit-problem")) } dd lang="en" { (problem) } }
                }
            }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-admin-audit"), body)))
}
