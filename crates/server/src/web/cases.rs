//! Case pages: the list, a new case, one case (person, status, the SOP board, consents,
//! child safeguards, risk, assistance plan, timeline), and one measure with its guidance.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use serde_json::{Value, json};
use trm_domain::access::Section;
use trm_domain::case::{CasePatch, NewCase};
use trm_domain::catalogue::MeasureCode;
use trm_domain::codes::{
    AgeEstimate, BestInterestsKind, ConsentDecision, MeasureStatus, PersonStatus, RiskLevel, Sex,
    SharePurpose,
};
use trm_domain::consent::{ConsentScope, ConsentState, NewConsent, RevokeConsent};
use trm_domain::ids::{ConsentId, MeasureId};
use trm_domain::measure::{ChildSafeguard, MeasureUpdate, NewMeasure, child_safeguards};
use trm_domain::policy::Action;
use trm_domain::{FieldError, Sop};

use super::form::{self, Failed, Input, Shown, WebForm, error_summary, field, options};
use super::{
    Ctx, PageError, date, datetime, guidance_list, label, layout, measure_title, ok, page,
    see_other,
};
use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::services::{self, CaseQuery, CaseRead, parse_case_id};

fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| code(*v)).collect()
}

/// The case list's filters, as their query parameters.
const FILTERS: [&str; 5] = ["mine", "status", "child", "sop", "overdue"];

/// The query of `/cases` as the API's `CaseQuery`: every refusal names the parameter,
/// and the page shows it beside the filter form instead of an API error.
fn case_query(pairs: &WebForm) -> Result<CaseQuery, ApiError> {
    let mut body = serde_json::Map::new();
    for (name, value) in &pairs.0 {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let typed = match name.as_str() {
            "mine" | "child" | "overdue" => match value {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                other => Value::String(other.to_owned()),
            },
            "sop" | "limit" => value
                .parse::<u64>()
                .map_or_else(|_| Value::String(value.to_owned()), Value::from),
            _ => Value::String(value.to_owned()),
        };
        body.insert(name.clone(), typed);
    }
    form::parse(Value::Object(body))
}

/// `GET /cases`: the cases the user may see, filtered.
pub async fn list(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let pairs = WebForm(
        form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    );
    let listed = match case_query(&pairs) {
        Ok(q) => services::list_cases(&state, &p, q).await,
        Err(e) => Err(e),
    };
    let (page_, errors) = match listed {
        Ok(page_) => (Some(page_), Vec::new()),
        Err(ApiError::Invalid(errors)) => (None, errors),
        Err(e) => return Err(ctx.fail(e)),
    };
    let shown = Shown {
        values: Some(&pairs),
        errors: &errors,
        lang: ctx.lang,
    };
    // The next page keeps the filters.
    let kept: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            pairs
                .0
                .iter()
                .filter(|(k, v)| FILTERS.contains(&k.as_str()) && !v.is_empty()),
        )
        .finish();
    let choices = filter_choices(&ctx);
    let labels = [
        ("mine", ctx.t("ui-cases-whose")),
        ("status", ctx.t("ui-case-status")),
        ("child", ctx.t("ui-cases-age")),
        ("sop", ctx.t("ui-cases-sop")),
        ("overdue", ctx.t("ui-cases-overdue")),
    ];
    let body = html! {
        h1 { (ctx.t("ui-nav-cases")) }
        @if ctx.may(Action::CreateCase) { p.actions { a.button href="/cases/new" { (ctx.t("ui-case-new")) } } }
        (error_summary(&ctx, shown, &labels))
        form.filters method="get" action="/cases" aria-label=(ctx.t("ui-cases-filter")) {
            div.row {
                (field(shown, "mine", &labels[0].1, Input::Select(&choices.mine), None, None, false))
                (field(shown, "status", &labels[1].1, Input::Select(&choices.statuses), None, None, false))
                (field(shown, "child", &labels[2].1, Input::Select(&choices.ages), None, None, false))
                (field(shown, "sop", &labels[3].1, Input::Select(&choices.sops), None, None, false))
                (field(shown, "overdue", &labels[4].1, Input::Select(&choices.overdue), None, None, false))
            }
            button type="submit" { (ctx.t("ui-cases-filter")) }
            " " a href="/cases" { (ctx.t("ui-cases-all")) }
        }
        @if let Some(page_) = &page_ {
            @if page_.items.is_empty() {
                p.empty { (ctx.t("ui-cases-none-match")) }
            } @else {
                div.scroll {
                    table {
                        caption.visually-hidden { (ctx.t("ui-nav-cases")) }
                        thead { tr {
                            th scope="col" { (ctx.t("ui-case-person")) }
                            th scope="col" { (ctx.t("ui-case-status")) }
                            th scope="col" { (ctx.t("ui-cases-open-measures")) }
                            th scope="col" { (ctx.t("ui-cases-overdue")) }
                            th scope="col" { (ctx.t("ui-case-reflection")) }
                        } }
                        tbody {
                            @for c in &page_.items {
                                tr {
                                    td {
                                        a href=(format!("/cases/{}", c.id)) {
                                            @if c.name.is_empty() { (ctx.t("ui-case-unnamed")) } @else { (c.name) }
                                        }
                                        @if c.is_child { " " span.badge.child { (ctx.t("ui-child")) } }
                                    }
                                    td { (label(&ctx, "status", c.status.code())) }
                                    td { (c.open_measures) }
                                    td { @if c.overdue_measures > 0 { strong.overdue { (c.overdue_measures) } } @else { "0" } }
                                    td { @if let Some(d) = c.reflection_days_left { (ctx.ta("ui-days-left", &[("days", &d.to_string())])) } }
                                }
                            }
                        }
                    }
                }
                @if let Some(next) = page_.next {
                    p { a href=(format!("/cases?before={next}{}{kept}", if kept.is_empty() { "" } else { "&" })) { (ctx.t("ui-next-page")) } }
                }
            }
        }
    };
    let status_code = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(page(
        status_code,
        layout(&ctx, &ctx.t("ui-nav-cases"), body),
    ))
}

/// The choices of the case list's filters.
struct FilterChoices {
    mine: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    ages: Vec<(String, String)>,
    sops: Vec<(String, String)>,
    overdue: Vec<(String, String)>,
}

fn filter_choices(ctx: &Ctx) -> FilterChoices {
    let any = || (String::new(), ctx.t("ui-cases-any"));
    let mut statuses = vec![any()];
    statuses.extend(options(
        ctx,
        "status",
        &codes(PersonStatus::ALL, PersonStatus::code),
        false,
    ));
    let mut sops = vec![any()];
    sops.extend(Sop::ALL.iter().map(|s| {
        (
            s.number().to_string(),
            format!(
                "{} · {}",
                ctx.ta("ui-sop-number", &[("number", &s.number().to_string())]),
                ctx.t(&format!("ui-sop-{}", s.number()))
            ),
        )
    }));
    FilterChoices {
        mine: vec![
            (String::new(), ctx.t("ui-cases-every")),
            ("true".into(), ctx.t("ui-cases-mine")),
        ],
        statuses,
        ages: vec![
            any(),
            ("true".into(), ctx.t("ui-cases-children")),
            ("false".into(), ctx.t("ui-cases-adults")),
        ],
        sops,
        overdue: vec![any(), ("true".into(), ctx.t("ui-cases-overdue-only"))],
    }
}

fn new_case_form(ctx: &Ctx, shown: Shown<'_>) -> Markup {
    let statuses = options(
        ctx,
        "status",
        &codes(PersonStatus::ALL, PersonStatus::code),
        false,
    );
    let sexes = options(ctx, "sex", &codes(Sex::ALL, Sex::code), false);
    let ages = options(
        ctx,
        "age",
        &codes(AgeEstimate::ALL, AgeEstimate::code),
        true,
    );
    let fields = [
        ("status", ctx.t("ui-case-status")),
        ("person.given_name", ctx.t("ui-person-given-name")),
        ("person.family_name", ctx.t("ui-person-family-name")),
        ("person.nicknames[]", ctx.t("ui-person-nicknames")),
        ("person.sex", ctx.t("ui-person-sex")),
        ("person.date_of_birth", ctx.t("ui-person-dob")),
        ("person.age_estimate", ctx.t("ui-person-age")),
        ("person.citizenships[]", ctx.t("ui-person-citizenships")),
        ("person.languages[]", ctx.t("ui-person-languages")),
    ];
    let f = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    let body = html! {
        h1 { (ctx.t("ui-case-new")) }
        p { (ctx.t("ui-case-new-intro")) }
        (error_summary(ctx, shown, &fields))
        form.stack method="post" action="/cases" novalidate {
            (ctx.csrf_field())
            (field(shown, "status", &f("status"), Input::Select(&statuses), Some("presumed_victim"), Some(&ctx.t("ui-case-status-hint")), true))
            fieldset {
                legend { (ctx.t("ui-case-person")) }
                (field(shown, "person.given_name", &f("person.given_name"), Input::Text, None, None, false))
                (field(shown, "person.family_name", &f("person.family_name"), Input::Text, None, None, false))
                (field(shown, "person.nicknames[]", &f("person.nicknames[]"), Input::Text, None, Some(&ctx.t("ui-hint-comma")), false))
                (field(shown, "person.sex", &f("person.sex"), Input::Select(&sexes), Some("unknown"), None, true))
                (field(shown, "person.date_of_birth", &f("person.date_of_birth"), Input::Date, None, Some(&ctx.t("ui-hint-date")), false))
                (field(shown, "person.age_estimate", &f("person.age_estimate"), Input::Select(&ages), None, Some(&ctx.t("ui-person-age-hint")), false))
                (field(shown, "person.citizenships[]", &f("person.citizenships[]"), Input::Text, None, Some(&ctx.t("ui-hint-countries")), false))
                (field(shown, "person.languages[]", &f("person.languages[]"), Input::Text, None, Some(&ctx.t("ui-hint-languages")), false))
            }
            button type="submit" { (ctx.t("ui-case-create")) }
        }
    };
    layout(ctx, &ctx.t("ui-case-new"), body)
}

/// `GET /cases/new`.
pub async fn new_case(p: Principal, ctx: Ctx) -> Result<Response, PageError> {
    p.authorize(Action::CreateCase).map_err(|e| ctx.fail(e))?;
    Ok(ok(new_case_form(&ctx, Shown::fresh())))
}

/// `POST /cases`.
pub async fn create(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    values: WebForm,
) -> Result<Response, PageError> {
    let created = match form::parse::<NewCase>(form::to_json(&values, None)) {
        Ok(mut input) => {
            // Whoever opens a case in the interface manages it until it is handed over.
            input.case_manager.get_or_insert(p.user);
            services::create_case(&state, &p, input).await
        }
        Err(e) => Err(e),
    };
    match created {
        Ok(view) => Ok(see_other(&format!("/cases/{}", view.case.id))),
        Err(ApiError::Invalid(errors)) => Ok(page(
            StatusCode::UNPROCESSABLE_ENTITY,
            new_case_form(
                &ctx,
                Shown {
                    values: Some(&values),
                    errors: &errors,
                    lang: ctx.lang,
                },
            ),
        )),
        Err(e) => Err(ctx.fail(e)),
    }
}

/// The person's name as the case worker knows them.
fn person_name(ctx: &Ctx, read: &CaseRead) -> String {
    let p = &read.view.case.person;
    let name = [p.given_name.trim(), p.family_name.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !name.is_empty() {
        name
    } else if let Some(n) = p.nicknames.first() {
        n.clone()
    } else {
        ctx.t("ui-case-unnamed")
    }
}

fn status_of(ctx: &Ctx, status: MeasureStatus) -> Markup {
    html! { span class=(format!("badge m-{}", status.code())) { (label(ctx, "mstatus", status.code())) } }
}

fn board(ctx: &Ctx, state: &AppState, read: &CaseRead) -> Markup {
    let id = read.view.case.id;
    let today = (state.now)().date();
    html! {
        section #board aria-labelledby="h-board" {
            h2 #h-board { (ctx.t("ui-board-title")) }
            p.hint { (ctx.t("ui-board-a-la-carte")) }
            div.board {
                @for sop in &state.catalogue.sops {
                    section.column aria-labelledby=(format!("h-sop{}", sop.number)) {
                        h3 id=(format!("h-sop{}", sop.number)) {
                            (ctx.ta("ui-sop-number", &[("number", &sop.number.to_string())])) br;
                            (ctx.t(&format!("ui-sop-{}", sop.number)))
                        }
                        ul {
                            @for m in &sop.measures {
                                @let on_case: Vec<_> = read.view.measures.iter().filter(|x| x.code.as_str() == m.code).collect();
                                li {
                                    a href=(format!("/cases/{id}/sop/{}", m.code)) { (measure_title(ctx, &m.code)) }
                                    " "
                                    @if on_case.is_empty() {
                                        span.badge.m-none { (ctx.t("ui-measure-not-opened")) }
                                    }
                                    @for x in &on_case {
                                        (status_of(ctx, x.status))
                                        @if x.is_overdue(today) { " " span.badge.overdue { (ctx.t("ui-overdue")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn consents(ctx: &Ctx, read: &CaseRead, failed: Option<&Failed<'_>>) -> Markup {
    let id = read.view.case.id;
    let shown = Shown::of(failed, "consent");
    let kinds = vec![
        ("share_data".to_owned(), ctx.t("ui-consent-kind-share_data")),
        ("return".to_owned(), ctx.t("ui-consent-kind-return")),
    ];
    let purposes = options(
        ctx,
        "purpose",
        &codes(SharePurpose::ALL, SharePurpose::code),
        false,
    );
    let decisions = options(
        ctx,
        "decision",
        &codes(ConsentDecision::ALL, ConsentDecision::code),
        false,
    );
    let yes_no = vec![
        ("false".to_owned(), ctx.t("ui-no")),
        ("true".to_owned(), ctx.t("ui-yes")),
    ];
    let fields = [
        ("scope.kind", ctx.t("ui-consent-kind")),
        ("scope.country", ctx.t("ui-consent-country")),
        ("scope.purpose", ctx.t("ui-consent-purpose")),
        ("decision", ctx.t("ui-consent-decision")),
        ("decided_on", ctx.t("ui-consent-decided-on")),
        ("informed.language", ctx.t("ui-consent-language")),
        (
            "informed.interpreter_present:bool",
            ctx.t("ui-consent-interpreter"),
        ),
    ];
    let l = |i: usize| fields[i].1.clone();
    let scope_text = |s: &ConsentScope| match s {
        ConsentScope::ShareData {
            country,
            organisation,
            purpose,
        } => {
            ctx.ta(
                "ui-consent-scope-share",
                &[
                    ("country", country.as_str()),
                    ("purpose", &label(ctx, "purpose", purpose.code())),
                ],
            ) + &organisation
                .as_ref()
                .map(|o| format!(" ({o})"))
                .unwrap_or_default()
        }
        ConsentScope::Return { country } => {
            ctx.ta("ui-consent-scope-return", &[("country", country.as_str())])
        }
        ConsentScope::Measure { measure } => measure_title(ctx, measure.as_str()),
    };
    html! {
        section #consents aria-labelledby="h-consents" {
            h2 #h-consents { (ctx.t("ui-consents-title")) }
            p.hint { (ctx.t("ui-consents-explain")) }
            @if !read.view.derived.current_consents.is_empty() {
                h3 { (ctx.t("ui-consents-current")) }
                ul {
                    @for c in &read.view.derived.current_consents {
                        li { (scope_text(&c.scope)) ": " strong class=(if c.state == ConsentState::Given { "ok" } else { "warn" }) { (label(ctx, "cstate", state_code(c.state))) } }
                    }
                }
            }
            @if read.view.consents.is_empty() {
                p.empty { (ctx.t("ui-consents-none")) }
            } @else {
                div.scroll { table {
                    caption { (ctx.t("ui-consents-records")) }
                    thead { tr {
                        th scope="col" { (ctx.t("ui-consent-scope")) }
                        th scope="col" { (l(3)) }
                        th scope="col" { (l(4)) }
                        th scope="col" { (ctx.t("ui-consent-revoked")) }
                    } }
                    tbody {
                        @for c in &read.view.consents {
                            tr {
                                td { (scope_text(&c.scope)) }
                                td { (label(ctx, "decision", c.decision.code())) }
                                td { (date(c.decided_on)) }
                                td {
                                    @if let Some(r) = &c.revocation {
                                        (date(r.revoked_on))
                                    } @else if c.decision == ConsentDecision::Given && ctx.may(Action::UpdateCase) {
                                        form.inline method="post" action=(format!("/cases/{id}/consents/{}/revoke", c.id)) {
                                            (ctx.csrf_field())
                                            label for=(format!("r-{}", c.id)) class="visually-hidden" { (ctx.t("ui-consent-revoke-reason")) }
                                            input type="text" id=(format!("r-{}", c.id)) name="reason" placeholder=(ctx.t("ui-consent-revoke-reason"));
                                            " "
                                            button.secondary type="submit" { (ctx.t("ui-consent-revoke")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                } }
            }
            @if ctx.may(Action::UpdateCase) {
                h3 #record-consent { (ctx.t("ui-consent-record")) }
                (error_summary(ctx, shown, &fields))
                form.stack method="post" action=(format!("/cases/{id}/consents")) novalidate {
                    (ctx.csrf_field())
                    div.row {
                        (field(shown, "scope.kind", &l(0), Input::Select(&kinds), None, None, true))
                        (field(shown, "scope.country", &l(1), Input::Text, None, Some(&ctx.t("ui-hint-country")), true))
                        (field(shown, "scope.purpose", &l(2), Input::Select(&purposes), None, Some(&ctx.t("ui-consent-purpose-hint")), false))
                    }
                    div.row {
                        (field(shown, "decision", &l(3), Input::Select(&decisions), None, None, true))
                        (field(shown, "decided_on", &l(4), Input::Date, None, Some(&ctx.t("ui-hint-date")), true))
                        (field(shown, "informed.language", &l(5), Input::Text, None, Some(&ctx.t("ui-hint-language")), true))
                        (field(shown, "informed.interpreter_present:bool", &l(6), Input::Select(&yes_no), None, None, true))
                    }
                    button type="submit" { (ctx.t("ui-consent-record")) }
                }
            }
        }
    }
}

fn state_code(s: ConsentState) -> &'static str {
    match s {
        ConsentState::Given => "given",
        ConsentState::Refused => "refused",
        ConsentState::Revoked => "revoked",
        ConsentState::NotRecorded => "not_recorded",
    }
}

/// The measures a child's safeguards hold back now, and why, in plain words.
fn blocked_measures(state: &AppState, read: &CaseRead) -> Vec<(String, ChildSafeguard)> {
    let case = &read.view.case;
    let mut out = Vec::new();
    for m in state.catalogue.measures() {
        let Ok(code) = MeasureCode::parse(&m.code) else {
            continue;
        };
        for s in child_safeguards(&code) {
            let missing = match s {
                ChildSafeguard::Guardian => case.guardian.is_none(),
                ChildSafeguard::BestInterestsDetermination => {
                    !case.has_best_interests_determination()
                }
            };
            if missing {
                out.push((m.code.clone(), *s));
            }
        }
    }
    out
}

fn safeguards(ctx: &Ctx, state: &AppState, read: &CaseRead, failed: Option<&Failed<'_>>) -> Markup {
    let case = &read.view.case;
    let id = case.id;
    let blocked = blocked_measures(state, read);
    let g = Shown::of(failed, "guardian");
    let b = Shown::of(failed, "best_interests");
    let kinds = options(
        ctx,
        "bi",
        &codes(BestInterestsKind::ALL, BestInterestsKind::code),
        false,
    );
    let gfields = [
        ("guardian.name", ctx.t("ui-guardian-name")),
        ("guardian.organisation", ctx.t("ui-guardian-organisation")),
        ("guardian.appointed_on", ctx.t("ui-guardian-appointed")),
    ];
    let bfields = [
        ("best_interests.kind", ctx.t("ui-bi-kind")),
        ("best_interests.decided_on", ctx.t("ui-bi-decided-on")),
        ("best_interests.decided_by", ctx.t("ui-bi-decided-by")),
        ("best_interests.summary", ctx.t("ui-bi-summary")),
    ];
    html! {
        section #safeguards aria-labelledby="h-safeguards" {
            h2 #h-safeguards { (ctx.t("ui-safeguards-title")) }
            div.rules {
                p { (ctx.t("ui-safeguards-rule-guardian")) }
                p { (ctx.t("ui-safeguards-rule-bid")) }
                @if blocked.is_empty() {
                    p.ok { (ctx.t("ui-safeguards-nothing-blocked")) }
                } @else {
                    p.warn { (ctx.t("ui-safeguards-blocked")) }
                    ul {
                        @for (code, why) in &blocked {
                            li {
                                a href=(format!("/cases/{id}/sop/{code}")) { (measure_title(ctx, code)) }
                                ": "
                                (ctx.t(match why {
                                    ChildSafeguard::Guardian => "ui-safeguards-needs-guardian",
                                    ChildSafeguard::BestInterestsDetermination => "ui-safeguards-needs-bid",
                                }))
                            }
                        }
                    }
                }
            }
            h3 { (ctx.t("ui-guardian")) }
            @if let Some(gd) = &case.guardian {
                p { strong { (gd.name) } @if let Some(o) = &gd.organisation { " · " (o) } " · " (ctx.t("ui-guardian-appointed")) " " (date(gd.appointed_on)) }
            } @else {
                p.empty { (ctx.t("ui-guardian-none")) }
            }
            @if ctx.may(Action::UpdateCase) {
                (error_summary(ctx, g, &gfields))
                form.stack method="post" action=(format!("/cases/{id}/edit/guardian")) novalidate {
                    (ctx.csrf_field())
                    input type="hidden" name="expected_version:int" value=(case.version);
                    div.row {
                        (field(g, "guardian.name", &gfields[0].1, Input::Text, case.guardian.as_ref().map(|x| x.name.as_str()), None, true))
                        (field(g, "guardian.organisation", &gfields[1].1, Input::Text, case.guardian.as_ref().and_then(|x| x.organisation.as_deref()), None, false))
                        (field(g, "guardian.appointed_on", &gfields[2].1, Input::Date, case.guardian.as_ref().map(|x| date(x.appointed_on)).as_deref(), Some(&ctx.t("ui-hint-date")), true))
                    }
                    button type="submit" { (ctx.t("ui-save")) }
                }
            }
            h3 { (ctx.t("ui-bi-title")) }
            @if case.best_interests.is_empty() {
                p.empty { (ctx.t("ui-bi-none")) }
            } @else {
                ul { @for r in &case.best_interests {
                    li { strong { (label(ctx, "bi", r.kind.code())) } " · " (date(r.decided_on)) " · " (r.decided_by) br; (r.summary) }
                } }
            }
            @if ctx.may(Action::UpdateCase) {
                (error_summary(ctx, b, &bfields))
                form.stack method="post" action=(format!("/cases/{id}/edit/best_interests")) novalidate {
                    (ctx.csrf_field())
                    input type="hidden" name="expected_version:int" value=(case.version);
                    div.row {
                        (field(b, "best_interests.kind", &bfields[0].1, Input::Select(&kinds), None, None, true))
                        (field(b, "best_interests.decided_on", &bfields[1].1, Input::Date, None, Some(&ctx.t("ui-hint-date")), true))
                        (field(b, "best_interests.decided_by", &bfields[2].1, Input::Text, None, None, true))
                    }
                    (field(b, "best_interests.summary", &bfields[3].1, Input::Area, None, None, true))
                    button type="submit" { (ctx.t("ui-bi-add")) }
                }
            }
        }
    }
}

fn risk_and_plan(ctx: &Ctx, read: &CaseRead, failed: Option<&Failed<'_>>) -> Markup {
    let case = &read.view.case;
    let id = case.id;
    let sections = &read.access.sections;
    let r = Shown::of(failed, "risk");
    let pl = Shown::of(failed, "plan");
    let levels = options(ctx, "risk", &codes(RiskLevel::ALL, RiskLevel::code), false);
    let rfields = [
        ("risk_assessment.level", ctx.t("ui-risk-level")),
        ("risk_assessment.assessed_on", ctx.t("ui-risk-assessed-on")),
        ("risk_assessment.notes", ctx.t("ui-notes")),
    ];
    let pfields = [
        ("assistance_plan.agreed_on", ctx.t("ui-plan-agreed-on")),
        ("assistance_plan.goals", ctx.t("ui-plan-goals")),
    ];
    let goals = case.assistance_plan.as_ref().map(|p| {
        p.goals
            .iter()
            .map(|g| g.goal.clone())
            .collect::<Vec<_>>()
            .join("\n")
    });
    html! {
        @if sections.contains(&Section::Risk) {
            section #risk aria-labelledby="h-risk" {
                h2 #h-risk { (ctx.t("ui-risk-title")) }
                @if let Some(ra) = &case.risk_assessment {
                    p { strong class=(format!("risk-{}", ra.level.code())) { (label(ctx, "risk", ra.level.code())) } " · " (date(ra.assessed_on)) }
                    @if let Some(n) = &ra.notes { p { (n) } }
                } @else { p.empty { (ctx.t("ui-risk-none")) } }
                @if ctx.may(Action::UpdateCase) {
                    (error_summary(ctx, r, &rfields))
                    form.stack method="post" action=(format!("/cases/{id}/edit/risk")) novalidate {
                        (ctx.csrf_field())
                        input type="hidden" name="expected_version:int" value=(case.version);
                        div.row {
                            (field(r, "risk_assessment.level", &rfields[0].1, Input::Select(&levels), case.risk_assessment.as_ref().map(|x| x.level.code()), None, true))
                            (field(r, "risk_assessment.assessed_on", &rfields[1].1, Input::Date, None, Some(&ctx.t("ui-hint-date")), true))
                        }
                        (field(r, "risk_assessment.notes", &rfields[2].1, Input::Area, case.risk_assessment.as_ref().and_then(|x| x.notes.as_deref()), None, false))
                        button type="submit" { (ctx.t("ui-save")) }
                    }
                }
            }
        }
        @if sections.contains(&Section::Assistance) {
            section #plan aria-labelledby="h-plan" {
                h2 #h-plan { (ctx.t("ui-plan-title")) }
                p.hint { (ctx.t("ui-plan-explain")) }
                @if let Some(pn) = &case.assistance_plan {
                    p { (ctx.t("ui-plan-agreed-on")) " " (date(pn.agreed_on)) }
                    ul { @for g in &pn.goals { li { (g.goal) @if g.achieved { " ✓" } } } }
                } @else { p.empty { (ctx.t("ui-plan-none")) } }
                @if ctx.may(Action::UpdateCase) {
                    (error_summary(ctx, pl, &pfields))
                    form.stack method="post" action=(format!("/cases/{id}/edit/plan")) novalidate {
                        (ctx.csrf_field())
                        input type="hidden" name="expected_version:int" value=(case.version);
                        (field(pl, "assistance_plan.agreed_on", &pfields[0].1, Input::Date, case.assistance_plan.as_ref().map(|x| date(x.agreed_on)).as_deref(), Some(&ctx.t("ui-hint-date")), true))
                        (field(pl, "assistance_plan.goals", &pfields[1].1, Input::Area, goals.as_deref(), Some(&ctx.t("ui-plan-goals-hint")), true))
                        button type="submit" { (ctx.t("ui-save")) }
                    }
                }
            }
        }
    }
}

fn status_form(
    ctx: &Ctx,
    read: &CaseRead,
    managers: &[(String, String)],
    failed: Option<&Failed<'_>>,
) -> Markup {
    let case = &read.view.case;
    let s = Shown::of(failed, "status");
    let statuses = options(
        ctx,
        "status",
        &codes(PersonStatus::ALL, PersonStatus::code),
        false,
    );
    let fields = [
        ("status", ctx.t("ui-case-status")),
        ("reflection_period.starts_on", ctx.t("ui-reflection-starts")),
        ("reflection_period.ends_on", ctx.t("ui-reflection-ends")),
        ("case_manager", ctx.t("ui-role-case_manager")),
    ];
    let rp = case.reflection_period;
    let manager = case.case_manager.map(|u| u.to_string());
    html! {
        @if ctx.may(Action::UpdateCase) && read.access.sections.contains(&Section::Legal) {
            details.edit open[failed.is_some_and(|f| f.form == "status")] {
                summary { (ctx.t("ui-case-change-status")) }
                (error_summary(ctx, s, &fields))
                form.stack method="post" action=(format!("/cases/{}/edit/status", case.id)) novalidate {
                    (ctx.csrf_field())
                    input type="hidden" name="expected_version:int" value=(case.version);
                    (field(s, "status", &fields[0].1, Input::Select(&statuses), Some(case.status.code()), Some(&ctx.t("ui-case-status-hint")), true))
                    div.row {
                        (field(s, "reflection_period.starts_on", &fields[1].1, Input::Date, rp.map(|r| date(r.starts_on)).as_deref(), Some(&ctx.t("ui-hint-date")), false))
                        (field(s, "reflection_period.ends_on", &fields[2].1, Input::Date, rp.map(|r| date(r.ends_on)).as_deref(), Some(&ctx.t("ui-hint-date")), false))
                    }
                    @if !managers.is_empty() {
                        (field(s, "case_manager", &fields[3].1, Input::Select(managers), manager.as_deref(), Some(&ctx.t("ui-case-manager-hint")), false))
                    }
                    button type="submit" { (ctx.t("ui-save")) }
                }
            }
        }
    }
}

fn case_page(
    ctx: &Ctx,
    state: &AppState,
    read: &CaseRead,
    extras: CaseExtras<'_>,
    failed: Option<&Failed<'_>>,
) -> Markup {
    let CaseExtras {
        manager,
        managers,
        timeline,
        referrals,
    } = extras;
    let case = &read.view.case;
    let d = &read.view.derived;
    let sections = &read.access.sections;
    let name = person_name(ctx, read);
    let body = html! {
        p.crumbs { a href="/cases" { (ctx.t("ui-nav-cases")) } " › " (name) }
        h1 { (name) @if d.is_child { " " span.badge.child { (ctx.t("ui-child")) } } }
        nav.toc aria-label=(ctx.t("ui-case-sections")) {
            ul {
                li { a href="#board" { (ctx.t("ui-board-title")) } }
                @if sections.contains(&Section::Consents) { li { a href="#consents" { (ctx.t("ui-consents-title")) } } }
                @if ctx.may(Action::ReadReferral) && read.access.sections.contains(&Section::Consents) { li { a href="#referrals" { (ctx.t("ui-referrals-title")) } } }
                @if sections.contains(&Section::ChildProtection) && (d.is_child || case.guardian.is_some()) { li { a href="#safeguards" { (ctx.t("ui-safeguards-title")) } } }
                @if sections.contains(&Section::Risk) { li { a href="#risk" { (ctx.t("ui-risk-title")) } } }
                @if sections.contains(&Section::Assistance) {
                    li { a href="#plan" { (ctx.t("ui-plan-title")) } }
                    li { a href="#timeline" { (ctx.t("ui-timeline-title")) } }
                }
                @if ctx.may(Action::UpdateCase) { li { a href=(format!("/cases/{}/screening", case.id)) { (ctx.t("ui-screening-title")) } } }
            }
        }
        section.summary aria-labelledby="h-person" {
            h2 #h-person { (ctx.t("ui-case-person")) }
            dl {
                dt { (ctx.t("ui-case-status")) } dd { strong { (label(ctx, "status", case.status.code())) } }
                dt { (ctx.t("ui-role-case_manager")) } dd { (manager.map_or_else(|| ctx.t("ui-case-no-manager"), str::to_owned)) }
                @if sections.contains(&Section::Identity) {
                    dt { (ctx.t("ui-person-sex")) } dd { (label(ctx, "sex", case.person.sex.code())) }
                    dt { (ctx.t("ui-person-dob")) }
                    dd {
                        @if let Some(b) = case.person.date_of_birth { (date(b)) }
                        @else if let Some(a) = case.person.age_estimate { (label(ctx, "age", a.code())) }
                        @else { (ctx.t("ui-unknown")) }
                    }
                    dt { (ctx.t("ui-person-citizenships")) } dd { (case.person.citizenships.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")) }
                    dt { (ctx.t("ui-person-languages")) } dd { (case.person.languages.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")) }
                }
                @if sections.contains(&Section::Legal) {
                    dt { (ctx.t("ui-case-reflection")) }
                    dd {
                        @if let Some(rp) = case.reflection_period {
                            (date(rp.starts_on)) " – " (date(rp.ends_on))
                            @if let Some(left) = d.reflection_days_left { " · " strong { (ctx.ta("ui-days-left", &[("days", &left.to_string())])) } }
                        } @else { (ctx.t("ui-case-no-reflection")) }
                    }
                }
                @if sections.contains(&Section::Assistance) {
                    dt { (ctx.t("ui-cases-overdue")) } dd { (d.overdue_measures) }
                }
            }
            p.hint { (ctx.t("ui-case-unconditional")) }
            (status_form(ctx, read, managers, failed))
        }
        @if sections.contains(&Section::Assistance) { (board(ctx, state, read)) }
        @if sections.contains(&Section::Consents) { (consents(ctx, read, failed)) }
        @if sections.contains(&Section::ChildProtection) && (d.is_child || case.guardian.is_some()) {
            (safeguards(ctx, state, read, failed))
        }
        (risk_and_plan(ctx, read, failed))
        @if ctx.may(Action::ReadReferral) && read.access.sections.contains(&Section::Consents) {
            (super::referrals::case_panel(ctx, case.id, referrals, failed))
        }
        @if sections.contains(&Section::Assistance) {
            section #timeline aria-labelledby="h-timeline" {
                h2 #h-timeline { (ctx.t("ui-timeline-title")) }
                ol.timeline reversed {
                    @for e in timeline.iter().rev() {
                        li {
                            time datetime=(e.at.unix_timestamp()) { (datetime(e.at)) } " · "
                            strong { (label(ctx, "event", &event_code(e))) }
                            @if let Some(code) = e.subject.as_deref().filter(|s| s.starts_with("sop")) { " · " (measure_title(ctx, code)) }
                            " · "
                            @match &e.actor {
                                trm_domain::timeline::Actor::User { name, .. } => (name),
                                trm_domain::timeline::Actor::Command { command } => code { (command) },
                            }
                            @if !e.changed.is_empty() { " · " small { (e.changed.join(", ")) } }
                        }
                    }
                }
            }
        }
    };
    layout(ctx, &name, body)
}

fn event_code(e: &trm_domain::timeline::CaseEvent) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) async fn render_case(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    id: &str,
    failed: Option<&Failed<'_>>,
) -> Result<Markup, ApiError> {
    let id = parse_case_id(id)?;
    let read = services::read_case(state, p, id).await?;
    let timeline = if read.access.sections.contains(&Section::Assistance) {
        services::timeline(state, p, id).await?
    } else {
        Vec::new()
    };
    let referrals =
        if p.may(Action::ReadReferral) && read.access.sections.contains(&Section::Consents) {
            crate::referrals::list(state, p)
                .await?
                .into_iter()
                .filter(|r| r.case_id == Some(id))
                .collect()
        } else {
            Vec::new()
        };
    let manager = match read.view.case.case_manager {
        Some(user) => state.store.user(user).await?.map(|u| u.display_name),
        None => None,
    };
    // Who may take the case over: the active users of the organisation holding it.
    let managers: Vec<(String, String)> = if p.may(Action::UpdateCase) {
        let mut users: Vec<(String, String)> = state
            .store
            .users()
            .await?
            .into_iter()
            .filter(|u| u.organisation == read.view.case.holder && !u.disabled)
            .map(|u| (u.id.to_string(), u.display_name))
            .collect();
        if read.view.case.case_manager.is_none() {
            users.insert(0, (String::new(), ctx.t("ui-case-no-manager")));
        }
        users
    } else {
        Vec::new()
    };
    Ok(case_page(
        ctx,
        state,
        &read,
        CaseExtras {
            manager: manager.as_deref(),
            managers: &managers,
            timeline: &timeline,
            referrals: &referrals,
        },
        failed,
    ))
}

/// What the case page shows beside the case itself.
struct CaseExtras<'a> {
    /// The case manager's name, if the case has one.
    manager: Option<&'a str>,
    /// Who may become the case manager: (user id, name).
    managers: &'a [(String, String)],
    timeline: &'a [trm_domain::timeline::CaseEvent],
    referrals: &'a [crate::referrals::ReferralSummary],
}

/// `GET /cases/{id}`.
pub async fn show(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let markup = render_case(&state, &p, &ctx, &id, None)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(ok(markup))
}

/// A form of the case page that was sent: which, what it held, where its section is.
struct Sent<'a> {
    form: &'a str,
    values: &'a WebForm,
    anchor: &'a str,
}

/// After a case form: back to the case (at the section), or the case again with the
/// form's errors beside its fields.
async fn after(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    id: &str,
    sent: Sent<'_>,
    result: Result<(), ApiError>,
) -> Result<Response, PageError> {
    let back = format!("/cases/{id}#{}", sent.anchor);
    form::after(ctx, &back, sent.form, sent.values, result, async |failed| {
        render_case(state, p, ctx, id, Some(failed)).await
    })
    .await
}

/// `POST /cases/{id}/consents`.
pub async fn record_consent(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    // A purpose belongs to consent to share data only.
    let form_ = if values.get("scope.kind") == Some("share_data") {
        values.clone()
    } else {
        values.without("scope.purpose")
    };
    let result = async {
        // serde reports a bad value inside the tagged scope at `scope`; the country's
        // own parser names the field itself.
        if let Some(c) = form_.get("scope.country").filter(|c| !c.trim().is_empty()) {
            trm_domain::codes::CountryCode::parse(c.trim()).map_err(|_| {
                let code = c.trim().to_owned();
                ApiError::field("scope.country", trm_domain::Rule::NotCountryCode { code })
            })?;
        }
        let input: NewConsent = form::parse(form::to_json(&form_, None))?;
        services::record_consent(&state, &p, parse_case_id(&id)?, input).await?;
        Ok(())
    }
    .await;
    after(
        &state,
        &p,
        &ctx,
        &id,
        Sent {
            form: "consent",
            values: &values,
            anchor: "consents",
        },
        result,
    )
    .await
}

/// `POST /cases/{id}/consents/{consent_id}/revoke`.
pub async fn revoke_consent(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path((id, consent)): Path<(String, String)>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let consent = ConsentId::parse(&consent).map_err(|_| ApiError::NotFound("consent"))?;
        let input: RevokeConsent = form::parse(form::to_json(&values, Some(&["reason"])))?;
        services::revoke_consent(&state, &p, parse_case_id(&id)?, consent, input).await?;
        Ok(())
    }
    .await;
    after(
        &state,
        &p,
        &ctx,
        &id,
        Sent {
            form: "consent",
            values: &values,
            anchor: "consents",
        },
        result,
    )
    .await
}

/// Errors about the record a form appends to a list (`best_interests[2].summary`) belong
/// to the form's field (`best_interests.summary`).
fn onto_form(errors: Vec<FieldError>, list: &str) -> Vec<FieldError> {
    errors
        .into_iter()
        .map(|mut e| {
            if let Some(rest) = e.field.strip_prefix(&format!("{list}["))
                && let Some((_, after)) = rest.split_once(']')
            {
                e.field = format!("{list}{after}");
            }
            e
        })
        .collect()
}

/// `POST /cases/{id}/edit/{section}`: one part of the case, as `PATCH /api/cases/{id}`.
pub async fn edit(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path((id, section)): Path<(String, String)>,
    values: WebForm,
) -> Result<Response, PageError> {
    let (anchor, fields): (&str, &[&str]) = match section.as_str() {
        "status" => (
            "h-person",
            &[
                "expected_version",
                "status",
                "reflection_period.starts_on",
                "reflection_period.ends_on",
                "case_manager",
            ],
        ),
        "guardian" => (
            "safeguards",
            &[
                "expected_version",
                "guardian.name",
                "guardian.organisation",
                "guardian.appointed_on",
            ],
        ),
        "best_interests" => ("safeguards", &["expected_version"]),
        "risk" => (
            "risk",
            &[
                "expected_version",
                "risk_assessment.level",
                "risk_assessment.assessed_on",
                "risk_assessment.notes",
            ],
        ),
        "plan" => ("plan", &["expected_version", "assistance_plan.agreed_on"]),
        _ => return Err(ctx.fail(ApiError::NotFound("section"))),
    };
    let result = async {
        let case_id = parse_case_id(&id)?;
        let mut body = form::to_json(&values, Some(fields));
        match section.as_str() {
            "best_interests" => {
                // The form adds one record to those the case has.
                let read = services::read_case(&state, &p, case_id).await?;
                let mut records = serde_json::to_value(&read.view.case.best_interests)
                    .map_err(|e| ApiError::Internal(e.to_string()))?;
                let new = form::to_json(&values, None);
                if let (Value::Array(list), Some(record)) =
                    (&mut records, new.get("best_interests"))
                {
                    list.push(record.clone());
                }
                body["best_interests"] = records;
            }
            "plan" => {
                let goals: Vec<Value> = values
                    .get("assistance_plan.goals")
                    .unwrap_or_default()
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|g| json!({"goal": g}))
                    .collect();
                if let Some(plan) = body
                    .get_mut("assistance_plan")
                    .and_then(Value::as_object_mut)
                {
                    plan.insert("goals".into(), Value::Array(goals));
                } else {
                    body["assistance_plan"] = json!({"goals": goals});
                }
            }
            _ => {}
        }
        let patch: CasePatch = form::parse(body)?;
        services::update_case(&state, &p, case_id, patch).await?;
        Ok(())
    }
    .await;
    let result = result.map_err(|e| match e {
        ApiError::Invalid(errors) => ApiError::Invalid(onto_form(errors, "best_interests")),
        other => other,
    });
    after(
        &state,
        &p,
        &ctx,
        &id,
        Sent {
            form: &section,
            values: &values,
            anchor,
        },
        result,
    )
    .await
}

fn measure_page(
    ctx: &Ctx,
    state: &AppState,
    read: &CaseRead,
    code: &MeasureCode,
    shown: Shown<'_>,
) -> Result<Markup, ApiError> {
    let entry = state
        .catalogue
        .measure(code)
        .ok_or(ApiError::NotFound("measure"))?;
    let case = &read.view.case;
    let name = person_name(ctx, read);
    let title = measure_title(ctx, code.as_str());
    let on_case: Vec<_> = read
        .view
        .measures
        .iter()
        .filter(|m| &m.code == code)
        .collect();
    let statuses = options(
        ctx,
        "mstatus",
        &codes(MeasureStatus::ALL, MeasureStatus::code),
        false,
    );
    let fields = [
        ("status", ctx.t("ui-measure-status")),
        ("due_on", ctx.t("ui-measure-due")),
        ("responsible_organisation", ctx.t("ui-measure-responsible")),
        ("notes", ctx.t("ui-notes")),
    ];
    let safeguards = child_safeguards(code);
    let sop = code.sop();
    let action = format!("/cases/{}/sop/{}", case.id, code.as_str());
    let body = html! {
        p.crumbs {
            a href="/cases" { (ctx.t("ui-nav-cases")) } " › "
            a href=(format!("/cases/{}#board", case.id)) { (name) } " › " (title)
        }
        h1 { (title) }
        p { (ctx.ta("ui-sop-number", &[("number", &sop.number().to_string())])) " · " (ctx.t(&format!("ui-sop-{}", sop.number()))) }
        div.beside {
            div.work {
                @if read.view.derived.is_child && !safeguards.is_empty() {
                    div.rules {
                        p { strong { (ctx.t("ui-safeguards-title")) } }
                        @for s in safeguards {
                            p { (ctx.t(match s {
                                ChildSafeguard::Guardian => "ui-safeguards-needs-guardian",
                                ChildSafeguard::BestInterestsDetermination => "ui-safeguards-needs-bid",
                            })) }
                        }
                    }
                }
                (error_summary(ctx, shown, &fields))
                @for m in &on_case {
                    section.measure aria-label=(title) {
                        p { (status_of(ctx, m.status)) @if let Some(d) = m.due_on { " · " (ctx.t("ui-measure-due")) " " (date(d)) } }
                        @if !m.notes.is_empty() { p { (m.notes) } }
                        @if ctx.may(Action::UpdateCase) {
                            form.stack method="post" action=(action) novalidate {
                                (ctx.csrf_field())
                                input type="hidden" name="measure_id" value=(m.id);
                                div.row {
                                    (field(shown, "status", &fields[0].1, Input::Select(&statuses), Some(m.status.code()), None, true))
                                    (field(shown, "due_on", &fields[1].1, Input::Date, m.due_on.map(date).as_deref(), Some(&ctx.t("ui-hint-date")), false))
                                }
                                (field(shown, "notes", &fields[3].1, Input::Area, Some(&m.notes), None, false))
                                button type="submit" { (ctx.t("ui-save")) }
                            }
                        }
                    }
                }
                @if on_case.is_empty() && ctx.may(Action::UpdateCase) {
                    h2 { (ctx.t("ui-measure-open")) }
                    form.stack method="post" action=(action) novalidate {
                        (ctx.csrf_field())
                        div.row {
                            (field(shown, "status", &fields[0].1, Input::Select(&statuses), Some("planned"), None, true))
                            (field(shown, "due_on", &fields[1].1, Input::Date, None, Some(&ctx.t("ui-hint-date")), false))
                        }
                        (field(shown, "responsible_organisation", &fields[2].1, Input::Text, None, None, false))
                        (field(shown, "notes", &fields[3].1, Input::Area, None, None, false))
                        button type="submit" { (ctx.t("ui-measure-open")) }
                    }
                }
            }
            aside.guidance aria-labelledby="h-guidance" {
                h2 #h-guidance { (ctx.t("ui-guidance")) }
                (guidance_list(ctx, &entry.code))
                p.source { small lang="en" { (entry.source) } }
            }
        }
    };
    Ok(layout(ctx, &title, body))
}

/// `GET /cases/{id}/sop/{code}`: one measure of the board, with its guidance beside it.
pub async fn measure(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path((id, code)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let result = async {
        let code = MeasureCode::parse(&code).map_err(|_| ApiError::NotFound("measure"))?;
        let read = services::read_case(&state, &p, parse_case_id(&id)?).await?;
        measure_page(&ctx, &state, &read, &code, Shown::fresh())
    }
    .await;
    result.map(ok).map_err(|e| ctx.fail(e))
}

/// `POST /cases/{id}/sop/{code}`: opens the measure, or changes the one named by
/// `measure_id`.
pub async fn save_measure(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path((id, code)): Path<(String, String)>,
    values: WebForm,
) -> Result<Response, PageError> {
    let code = MeasureCode::parse(&code).map_err(|_| ctx.fail(ApiError::NotFound("measure")))?;
    let case_id = parse_case_id(&id).map_err(|e| ctx.fail(e))?;
    let result = async {
        match values.get("measure_id") {
            Some(m) => {
                let m = MeasureId::parse(m).map_err(|_| ApiError::NotFound("measure"))?;
                let mut body = form::to_json(&values, Some(&["status", "notes"]));
                // An emptied date clears it.
                body["due_on"] = match values.get("due_on").map(str::trim) {
                    Some(d) if !d.is_empty() => json!(d),
                    _ => Value::Null,
                };
                if body.get("notes").is_none() {
                    body["notes"] = json!("");
                }
                let update: MeasureUpdate = form::parse(body)?;
                services::update_measure(&state, &p, case_id, m, update).await?;
            }
            None => {
                let mut body = form::to_json(
                    &values,
                    Some(&["status", "due_on", "responsible_organisation", "notes"]),
                );
                body["code"] = json!(code.as_str());
                let input: NewMeasure = form::parse(body)?;
                services::open_measure(&state, &p, case_id, input).await?;
            }
        }
        Ok(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/cases/{id}/sop/{}", code.as_str()))),
        Err(ApiError::Invalid(errors)) => {
            let read = services::read_case(&state, &p, case_id)
                .await
                .map_err(|e| ctx.fail(e))?;
            let shown = Shown {
                values: Some(&values),
                errors: &errors,
                lang: ctx.lang,
            };
            let markup =
                measure_page(&ctx, &state, &read, &code, shown).map_err(|e| ctx.fail(e))?;
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// The SOPs in order, for pages that list them.
pub fn sops() -> [Sop; 5] {
    Sop::ALL
}
