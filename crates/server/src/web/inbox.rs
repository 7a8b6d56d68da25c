//! The focal point's inbox (everything that came from abroad, with its age, status and
//! due date) and one request from abroad: open it (the sender is told, by the service),
//! dispatch it to an organisation or a user here, reply.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use trm_domain::policy::Action;
use trm_domain::referral::Direction;
use trm_domain::request::{Dispatch, NewReply, Outcome};

use super::form::{self, Failed, Input, Shown, WebForm, error_summary, field, with_text};
use super::referrals::{kind_label, request_status, text_lang};
use super::{Ctx, PageError, date, datetime, layout, ok};
use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::requests::{self, InboxItem, InboxKind, InboxStatus};
use crate::services;

/// An age in hours as the reader reads it: hours under two days, days after.
pub fn age(ctx: &Ctx, hours: f64) -> String {
    if hours < 48.0 {
        ctx.ta(
            "ui-age-hours",
            &[("hours", &format!("{}", hours.floor() as i64))],
        )
    } else {
        ctx.ta(
            "ui-age-days",
            &[("days", &format!("{}", (hours / 24.0).floor() as i64))],
        )
    }
}

pub fn item_kind(ctx: &Ctx, i: &InboxItem) -> String {
    let what = ctx.t(match i.item {
        InboxKind::Referral => "ui-inbox-kind-referral",
        InboxKind::FollowUp => "ui-inbox-kind-follow_up",
        InboxKind::Request => "ui-inbox-kind-request",
        InboxKind::Reply => "ui-inbox-kind-reply",
    });
    match i.kind {
        Some(k) => format!("{what}: {}", kind_label(ctx.lang, k)),
        None => what,
    }
}

fn status_code(s: InboxStatus) -> &'static str {
    match s {
        InboxStatus::New => "new",
        InboxStatus::Opened => "opened",
        InboxStatus::Dispatched => "dispatched",
        InboxStatus::Answered => "answered",
    }
}

pub fn item_link(i: &InboxItem) -> String {
    match (i.item, i.request_id) {
        (InboxKind::Request, Some(r)) => format!("/requests/{r}"),
        (InboxKind::Reply, _) => format!("/referrals/{}#requests", i.referral_id),
        _ => format!("/referrals/{}", i.referral_id),
    }
}

/// Waiting items first: overdue, then by due date, then the oldest.
pub fn waiting(items: Vec<InboxItem>) -> Vec<InboxItem> {
    let mut out: Vec<InboxItem> = items
        .into_iter()
        .filter(|i| i.status != InboxStatus::Answered && i.item != InboxKind::Reply)
        .collect();
    out.sort_by_key(|i| (!i.overdue, i.due_by.is_none(), i.due_by, i.received_at));
    out
}

/// `GET /inbox`.
pub async fn inbox(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
) -> Result<Response, PageError> {
    let items = requests::inbox(&state, &p, None)
        .await
        .map_err(|e| ctx.fail(e))?;
    let body = html! {
        h1 { (ctx.t("ui-nav-inbox")) }
        p.hint { (ctx.t("ui-inbox-intro")) }
        @if items.is_empty() {
            p.empty { (ctx.t("ui-inbox-empty")) }
        } @else {
            div.scroll { table.inbox {
                caption.visually-hidden { (ctx.t("ui-nav-inbox")) }
                thead { tr {
                    th scope="col" { (ctx.t("ui-inbox-from")) }
                    th scope="col" { (ctx.t("ui-inbox-what")) }
                    th scope="col" { (ctx.t("ui-inbox-received")) }
                    th scope="col" { (ctx.t("ui-inbox-age")) }
                    th scope="col" { (ctx.t("ui-inbox-status")) }
                    th scope="col" { (ctx.t("ui-inbox-due")) }
                } }
                tbody {
                    @for i in &items {
                        tr.overdue-row[i.overdue] {
                            td { (i.sender_country.as_str()) }
                            td { a href=(item_link(i)) { (item_kind(&ctx, i)) } @if let Some(v) = i.version { " · " (ctx.ta("ui-referral-version", &[("version", &v.to_string())])) } }
                            td { (datetime(i.received_at)) }
                            td { (age(&ctx, i.age_hours)) }
                            td { span class=(format!("badge i-{}", status_code(i.status))) { (ctx.t(&format!("ui-inbox-status-{}", status_code(i.status)))) } }
                            td {
                                @if let Some(d) = i.due_by { (date(d)) }
                                @if i.overdue { " " strong.badge.overdue { (trm_i18n::text(ctx.lang, "request-overdue", &[])) } }
                            }
                        }
                    }
                }
            } }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-nav-inbox"), body)))
}

async fn render(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    id: &str,
    failed: Option<&Failed<'_>>,
) -> Result<Markup, ApiError> {
    let r = requests::read(state, p, id).await?;
    let incoming = r.request.direction == Direction::Incoming;
    let open = incoming && r.request.reply.is_none();
    let can_dispatch = open && p.may(Action::DispatchRequest);
    let (organisations, users) = if can_dispatch {
        (
            services::list_organisations(state, p).await?,
            services::list_users(state, p).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let d = Shown::of(failed, "dispatch");
    let mut org_options = vec![(String::new(), ctx.t("ui-request-nobody"))];
    org_options.extend(
        organisations
            .iter()
            .map(|o| (o.id.to_string(), o.name.clone())),
    );
    let mut user_options = vec![(String::new(), ctx.t("ui-request-nobody"))];
    user_options.extend(
        users
            .iter()
            .filter(|u| !u.disabled && u.role.sees_personal_data())
            .map(|u| {
                (
                    u.id.to_string(),
                    format!(
                        "{} ({})",
                        u.display_name,
                        super::label(ctx, "role", u.role.code())
                    ),
                )
            }),
    );
    let dispatch_fields = [
        ("organisation", ctx.t("ui-request-to-organisation")),
        ("user", ctx.t("ui-request-to-user")),
    ];
    let rp = Shown::of(failed, "reply");
    let outcomes: Vec<(String, String)> = Outcome::ALL
        .iter()
        .map(|o| {
            (
                o.code().to_owned(),
                trm_i18n::text(ctx.lang, &format!("request-outcome-{}", o.code()), &[]),
            )
        })
        .collect();
    let reply_fields = [
        ("outcome", ctx.t("ui-request-outcome")),
        ("details.text", ctx.t("ui-request-answer")),
    ];
    let title = kind_label(ctx.lang, r.request.kind);
    let body = html! {
        p.crumbs {
            @if ctx.may(Action::ReadInbox) { a href="/inbox" { (ctx.t("ui-nav-inbox")) } " › " }
            (title)
        }
        h1 { (title) }
        dl {
            dt { (ctx.t("ui-inbox-from")) } dd { (r.request.counterpart.as_str()) }
            dt { (ctx.t("ui-inbox-status")) } dd { (request_status(ctx, &r)) }
            dt { (ctx.t("ui-inbox-due")) } dd { (date(r.request.due_by)) }
            @if let Some(at) = r.request.received_at { dt { (ctx.t("ui-inbox-received")) } dd { (datetime(at)) } }
            dt { (ctx.t("ui-request-referral")) } dd { a href=(format!("/referrals/{}", r.request.referral_id)) { (ctx.t("ui-request-referral-open")) } }
        }
        h2 { (ctx.t("ui-request-details")) }
        p.details lang=(r.request.details.lang.as_str()) { (r.request.details.text) }
        @if let Some(reply) = &r.request.reply {
            h2 { (ctx.t("ui-request-reply")) }
            p { strong { (trm_i18n::text(ctx.lang, &format!("request-outcome-{}", reply.outcome.code()), &[])) } }
            p.details lang=(reply.details.lang.as_str()) { (reply.details.text) }
        }
        @if can_dispatch {
            section #dispatch aria-labelledby="h-dispatch" {
                h2 #h-dispatch { (ctx.t("ui-request-dispatch")) }
                @if let Some(to) = r.request.dispatched_to {
                    p { (ctx.t("ui-request-dispatched-already")) " "
                        @if let Some(o) = to.organisation.and_then(|o| organisations.iter().find(|x| x.id == o)) { (o.name) " " }
                        @if let Some(u) = to.user.and_then(|u| users.iter().find(|x| x.id == u)) { (u.display_name) }
                    }
                }
                (error_summary(ctx, d, &dispatch_fields))
                form.stack method="post" action=(format!("/requests/{}/dispatch", r.request.id)) novalidate {
                    (ctx.csrf_field())
                    div.row {
                        (field(d, "organisation", &dispatch_fields[0].1, Input::Select(&org_options), None, None, false))
                        (field(d, "user", &dispatch_fields[1].1, Input::Select(&user_options), None, None, false))
                    }
                    button type="submit" { (ctx.t("ui-request-dispatch")) }
                }
            }
        }
        @if open && p.may(Action::ReplyRequest) {
            section #reply aria-labelledby="h-reply" {
                h2 #h-reply { (ctx.t("ui-request-reply-title")) }
                (error_summary(ctx, rp, &reply_fields))
                form.stack method="post" action=(format!("/requests/{}/reply", r.request.id)) novalidate {
                    (ctx.csrf_field())
                    (field(rp, "outcome", &reply_fields[0].1, Input::Select(&outcomes), None, None, true))
                    (field(rp, "details.text", &reply_fields[1].1, Input::Area, None, None, true))
                    (text_lang(ctx, "details.lang", rp, ctx.lang.iso639()))
                    button type="submit" { (ctx.t("ui-request-reply-send")) }
                }
            }
        }
    };
    Ok(layout(ctx, &title, body))
}

/// `GET /requests/{rid}`.
pub async fn request(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let markup = render(&state, &p, &ctx, &id, None)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(ok(markup))
}

/// After a form of the request page: back to it, or the page again with the errors.
async fn after(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    id: &str,
    form_name: &str,
    values: &WebForm,
    result: Result<(), ApiError>,
) -> Result<Response, PageError> {
    let back = format!("/requests/{id}");
    form::after(ctx, &back, form_name, values, result, async |failed| {
        render(state, p, ctx, id, Some(failed)).await
    })
    .await
}

/// `POST /requests/{rid}/dispatch`.
pub async fn dispatch(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let to: Dispatch = form::parse(form::to_json(&values, Some(&["organisation", "user"])))?;
        requests::dispatch(&state, &p, &id, to).await.map(|_| ())
    }
    .await;
    after(&state, &p, &ctx, &id, "dispatch", &values, result).await
}

/// `POST /requests/{rid}/reply`.
pub async fn reply(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let input: NewReply = form::parse(with_text(form::to_json(
            &values,
            Some(&["outcome", "details.text", "details.lang"]),
        )))?;
        requests::reply(&state, &p, &id, input).await.map(|_| ())
    }
    .await;
    after(&state, &p, &ctx, &id, "reply", &values, result).await
}
