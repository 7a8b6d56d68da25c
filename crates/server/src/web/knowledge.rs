//! The knowledge page: the SOPs and their measures with WHAT/WHEN/WHO/HOW guidance, and
//! the working definitions.

use axum::extract::State;
use axum::response::Response;
use maud::html;
use trm_domain::policy::Action;

use super::{Ctx, PageError, layout, measure_title, ok};
use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::services;

/// `GET /knowledge`.
pub async fn knowledge(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
) -> Result<Response, PageError> {
    services::permit(&state, &p, Action::ReadCatalogue)
        .await
        .map_err(|e| ctx.fail(e))?;
    let terms = trm_domain::knowledge::definitions().map_err(|e| ctx.fail(ApiError::from(e)))?;
    let english = ctx.lang != trm_i18n::Lang::ENGLISH;
    let body = html! {
        h1 { (ctx.t("ui-nav-knowledge")) }
        nav.toc aria-label=(ctx.t("ui-case-sections")) { ul {
            li { a href="#sops" { (ctx.t("ui-knowledge-sops")) } }
            li { a href="#definitions" { (ctx.t("ui-knowledge-definitions")) } }
        } }
        section #sops aria-labelledby="h-sops" {
            h2 #h-sops { (ctx.t("ui-knowledge-sops")) }
            p { (ctx.t("ui-board-a-la-carte")) }
            @if english { p.hint { (ctx.t("ui-guidance-english")) } }
            @for sop in &state.catalogue.sops {
                h3 { (ctx.ta("ui-sop-number", &[("number", &sop.number.to_string())])) " · " (ctx.t(&format!("ui-sop-{}", sop.number))) }
                p lang="en" { (sop.purpose) }
                @for m in &sop.measures {
                    details.guide {
                        summary { (measure_title(&ctx, &m.code)) }
                        dl lang="en" {
                            dt { (ctx.t("ui-guidance-what")) } dd { (m.what) }
                            dt { (ctx.t("ui-guidance-when")) } dd { (m.when) }
                            dt { (ctx.t("ui-guidance-who")) } dd { (m.who) }
                            dt { (ctx.t("ui-guidance-how")) } dd { (m.how) }
                        }
                    }
                }
            }
        }
        section #definitions aria-labelledby="h-definitions" {
            h2 #h-definitions { (ctx.t("ui-knowledge-definitions")) }
            p.hint { (ctx.t("ui-knowledge-definitions-source")) }
            dl.terms {
                @for term in &terms.terms {
                    dt { (ctx.t(&format!("ui-term-{}", term.code))) }
                    dd lang="en" { (term.definition) }
                }
            }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-nav-knowledge"), body)))
}
