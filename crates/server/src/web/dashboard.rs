//! The dashboard: what needs the user's attention today.

use axum::extract::State;
use axum::response::Response;
use maud::{Markup, html};
use trm_domain::policy::Action;

use super::{Ctx, PageError, label, layout, ok};
use crate::AppState;
use crate::auth::Principal;
use crate::services::{self, CaseQuery, CaseSummary};

/// Reflection periods ending within this many days are shown on the dashboard.
pub const REFLECTION_SOON_DAYS: i64 = 14;

fn case_link(ctx: &Ctx, c: &CaseSummary) -> Markup {
    html! {
        a href=(format!("/cases/{}", c.id)) {
            @if c.name.is_empty() { (ctx.t("ui-case-unnamed")) } @else { (c.name) }
        }
        " · " (label(ctx, "status", c.status.code()))
        @if c.is_child { " · " span.badge.child { (ctx.t("ui-child")) } }
    }
}

/// `GET /`.
pub async fn dashboard(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
) -> Result<Response, PageError> {
    // The panels a role cannot use are left out, never refused: every role has a dashboard.
    // The cases are the ones the user manages; every case they may see is one link away.
    let cases = if p.may(Action::ListCases) {
        services::list_cases(
            &state,
            &p,
            CaseQuery {
                mine: Some(true),
                limit: Some(services::MAX_PAGE),
                ..CaseQuery::default()
            },
        )
        .await
        .map_err(|e| ctx.fail(e))?
        .items
    } else {
        Vec::new()
    };
    let overdue: Vec<&CaseSummary> = cases.iter().filter(|c| c.overdue_measures > 0).collect();
    let mut ending: Vec<&CaseSummary> = cases
        .iter()
        .filter(|c| {
            c.reflection_days_left
                .is_some_and(|d| (1..=REFLECTION_SOON_DAYS).contains(&d))
        })
        .collect();
    ending.sort_by_key(|c| c.reflection_days_left);
    // Incoming items not yet answered, overdue first: the focal point's to-do list.
    let waiting = if p.may(Action::ReadInbox) {
        super::inbox::waiting(
            crate::requests::inbox(&state, &p, None)
                .await
                .map_err(|e| ctx.fail(e))?,
        )
    } else {
        Vec::new()
    };
    let body = html! {
        h1 { (ctx.ta("ui-dashboard-hello", &[("name", &p.display_name)])) }
        div.panels {
            @if p.may(Action::ListCases) {
                section.panel aria-labelledby="p-cases" {
                    h2 #p-cases { (ctx.t("ui-dashboard-my-cases")) }
                    @if cases.is_empty() {
                        p.empty { (ctx.t("ui-dashboard-no-my-cases")) }
                    } @else {
                        ul { @for c in cases.iter().take(10) { li { (case_link(&ctx, c)) } } }
                        p { a href="/cases?mine=true" { (ctx.ta("ui-dashboard-all-cases", &[("count", &cases.len().to_string())])) } }
                    }
                    p { a href="/cases" { (ctx.t("ui-dashboard-every-case")) } }
                    @if p.may(Action::CreateCase) {
                        p { a.button href="/cases/new" { (ctx.t("ui-case-new")) } }
                    }
                }
                section.panel aria-labelledby="p-overdue" {
                    h2 #p-overdue { (ctx.t("ui-dashboard-overdue")) }
                    @if overdue.is_empty() {
                        p.empty { (ctx.t("ui-dashboard-none-overdue")) }
                    } @else {
                        ul { @for c in &overdue { li {
                            (case_link(&ctx, c)) " · "
                            strong.overdue { (ctx.ta("ui-dashboard-overdue-count", &[("count", &c.overdue_measures.to_string())])) }
                        } } }
                    }
                }
                section.panel aria-labelledby="p-reflection" {
                    h2 #p-reflection { (ctx.ta("ui-dashboard-reflection", &[("days", &REFLECTION_SOON_DAYS.to_string())])) }
                    @if ending.is_empty() {
                        p.empty { (ctx.t("ui-dashboard-none-reflection")) }
                    } @else {
                        ul { @for c in &ending { li {
                            (case_link(&ctx, c)) " · "
                            strong { (ctx.ta("ui-days-left", &[("days", &c.reflection_days_left.unwrap_or(0).to_string())])) }
                        } } }
                    }
                }
            }
            section.panel aria-labelledby="p-messages" {
                h2 #p-messages { (ctx.t("ui-dashboard-messages")) }
                @if waiting.is_empty() {
                    p.empty { (ctx.t("ui-dashboard-no-messages")) }
                } @else {
                    ul { @for i in waiting.iter().take(10) { li {
                        a href=(super::inbox::item_link(i)) { (i.sender_country.as_str()) " · " (super::inbox::item_kind(&ctx, i)) }
                        @if let Some(d) = i.due_by {
                            " · " @if i.overdue { strong.overdue { (ctx.ta("ui-dashboard-due", &[("date", &super::date(d))])) } }
                            @else { (ctx.ta("ui-dashboard-due", &[("date", &super::date(d))])) }
                        }
                    } } }
                    p { a href="/inbox" { (ctx.ta("ui-dashboard-inbox-all", &[("count", &waiting.len().to_string())])) } }
                }
            }
            section.panel aria-labelledby="p-knowledge" {
                h2 #p-knowledge { (ctx.t("ui-nav-knowledge")) }
                ul {
                    li { a href="/knowledge" { (ctx.t("ui-knowledge-sops")) } }
                    li { a href="/knowledge#definitions" { (ctx.t("ui-knowledge-definitions")) } }
                }
            }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-nav-dashboard"), body)))
}
