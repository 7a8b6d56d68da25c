//! Identification screening on a case: a checklist of signs that records what was
//! observed and suggests next steps. It never changes the person's status: that is the
//! competent authority's decision, recorded by a person on the case page.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use maud::html;
use serde::Deserialize;
use serde_json::json;
use trm_domain::catalogue::MeasureCode;
use trm_domain::measure::{MeasureUpdate, NewMeasure};

use super::form::{self, WebForm};
use super::{Ctx, PageError, layout, measure_title, ok, see_other};
use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::services::{self, parse_case_id};

/// Where a screening is recorded: in the notes of the case's initial referral measure
/// (SOP 1), which is opened if the case has none. Its status is left as it is.
const RECORDED_ON: &str = "sop1.initial_referral";

#[derive(Debug, Deserialize)]
pub struct Observed {
    pub observed: Option<String>,
}

/// `GET /cases/{id}/screening?observed=a,b`.
pub async fn form_page(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<Observed>,
) -> Result<Response, PageError> {
    let screening = trm_domain::knowledge::screening().map_err(|e| ctx.fail(ApiError::from(e)))?;
    let case_id = parse_case_id(&id).map_err(|e| ctx.fail(e))?;
    // Read through the service: the caller must be able to see the case.
    let read = services::read_case(&state, &p, case_id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let observed: Vec<&str> = q
        .observed
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .collect();
    let suggested = screening.suggest(&observed);
    let recorded = q.observed.is_some();
    let body = html! {
        p.crumbs { a href="/cases" { (ctx.t("ui-nav-cases")) } " › " a href=(format!("/cases/{}", read.view.case.id)) { (ctx.t("ui-case")) } }
        h1 { (ctx.t("ui-screening-title")) }
        p { (ctx.t("ui-screening-explain")) }
        p.rules { strong { (ctx.t("ui-screening-never-decides")) } }
        @if recorded {
            div.notice role="status" {
                p { (ctx.t("ui-screening-recorded")) }
                @if suggested.is_empty() {
                    p { (ctx.t("ui-screening-nothing")) }
                } @else {
                    h2 { (ctx.t("ui-screening-next")) }
                    ul { @for code in &suggested {
                        li { a href=(format!("/cases/{}/sop/{code}", read.view.case.id)) { (measure_title(&ctx, code)) } }
                    } }
                }
            }
        }
        form.stack method="post" action=(format!("/cases/{}/screening", read.view.case.id)) {
            (ctx.csrf_field())
            @for group in screening.groups() {
                fieldset {
                    legend { (ctx.t(&format!("ui-ind-group-{group}"))) }
                    @for i in screening.indicators.iter().filter(|i| i.group == group) {
                        div.check {
                            input type="checkbox" id=(format!("ind-{}", i.code)) name="observed" value=(i.code)
                                checked[observed.contains(&i.code.as_str())];
                            label for=(format!("ind-{}", i.code)) { (ctx.t(&format!("ui-ind-{}", i.code))) }
                        }
                    }
                }
            }
            button type="submit" { (ctx.t("ui-screening-record")) }
        }
    };
    Ok(ok(layout(&ctx, &ctx.t("ui-screening-title"), body)))
}

/// `POST /cases/{id}/screening`: records the signs observed, then shows the suggestions.
pub async fn record(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let screening = trm_domain::knowledge::screening().map_err(|e| ctx.fail(ApiError::from(e)))?;
    let case_id = parse_case_id(&id).map_err(|e| ctx.fail(e))?;
    let observed: Vec<&str> = values
        .all("observed")
        .into_iter()
        .filter(|o| screening.indicators.iter().any(|i| i.code == *o))
        .collect();
    let today = super::date((state.now)().date());
    // Codes, not labels: they read the same in every language and hold no personal data.
    let line = format!(
        "Screening {today}: observed {}",
        if observed.is_empty() {
            "no signs".to_owned()
        } else {
            observed.join(", ")
        }
    );
    let recorded = async {
        let read = services::read_case(&state, &p, case_id).await?;
        let code = MeasureCode::parse(RECORDED_ON).map_err(ApiError::Internal)?;
        match read.view.measures.iter().find(|m| m.code == code) {
            Some(m) => {
                let notes = if m.notes.is_empty() {
                    line.clone()
                } else {
                    format!("{}\n{line}", m.notes)
                };
                let update: MeasureUpdate = form::parse(json!({ "notes": notes }))?;
                services::update_measure(&state, &p, case_id, m.id, update).await?;
            }
            None => {
                let input: NewMeasure = form::parse(json!({ "code": RECORDED_ON, "notes": line }))?;
                services::open_measure(&state, &p, case_id, input).await?;
            }
        }
        Ok::<(), ApiError>(())
    }
    .await;
    recorded.map_err(|e| ctx.fail(e))?;
    Ok(see_other(&format!(
        "/cases/{id}/screening?observed={}",
        observed.join(",")
    )))
}
