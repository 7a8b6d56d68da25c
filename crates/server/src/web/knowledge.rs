//! The knowledge page: the SOPs and their measures with WHAT/WHEN/WHO/HOW guidance, and
//! the working definitions.

use axum::extract::State;
use axum::response::Response;
use maud::html;
use trm_domain::policy::Action;

use trm_i18n::guidance;

use super::{Ctx, PageError, guidance_list, layout, measure_title, ok};
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
    let body = html! {
        h1 { (ctx.t("ui-nav-knowledge")) }
        nav.toc aria-label=(ctx.t("ui-case-sections")) { ul {
            li { a href="#sops" { (ctx.t("ui-knowledge-sops")) } }
            li { a href="#definitions" { (ctx.t("ui-knowledge-definitions")) } }
        } }
        section #sops aria-labelledby="h-sops" {
            h2 #h-sops { (ctx.t("ui-knowledge-sops")) }
            p { (ctx.t("ui-board-a-la-carte")) }
            @for sop in &state.catalogue.sops {
                h3 { (ctx.ta("ui-sop-number", &[("number", &sop.number.to_string())])) " · " (ctx.t(&format!("ui-sop-{}", sop.number))) }
                p { (guidance::purpose(ctx.lang, sop.number)) }
                @for m in &sop.measures {
                    details.guide {
                        summary { (measure_title(&ctx, &m.code)) }
                        (guidance_list(&ctx, &m.code))
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
                    dd { (guidance::definition(ctx.lang, &term.code)) }
                }
            }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-nav-knowledge"), body)))
}
