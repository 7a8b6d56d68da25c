//! Referral pages: preparing a referral from a case, the composer (the template's
//! sections, prefilled from the case, every label in the reader's language), the consent
//! check stated before the Send button, sending, and the referral page with the delivery
//! of each version and the requests about it. Every rule is the referral services'
//! (`crate::referrals`, `crate::requests`); the pages only read forms and draw answers.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use trm_domain::codes::{CountryCode, LanguageCode};
use trm_domain::consent::ConsentState;
use trm_domain::policy::Action;
use trm_domain::referral::{Direction, VersionState};
use trm_domain::request::{NewRequest, RequestCategory, RequestKind};
use trm_i18n::{LabelledTemplate, Lang};

use super::composer;
use super::form::{self, Failed, Input, Shown, WebForm, error_summary, field, with_text};
use super::{Ctx, PageError, date, datetime, layout, ok, page, see_other};
use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::referrals::{self, DeliveryState, NewReferral, ReferralView, VersionDelivery};
use crate::requests::{self, RequestView};
use crate::services::parse_case_id;

/// A request kind's label (`requests.ftl`) in the reader's language.
pub fn kind_label(lang: Lang, kind: RequestKind) -> String {
    trm_i18n::text(lang, &kind.label_key(), &[])
}

/// The language the pages of `country`'s node are read in.
pub fn recipient_lang(country: CountryCode) -> Lang {
    Lang::parse(trm_domain::codes::working_language(country).as_str()).unwrap_or(Lang::ENGLISH)
}

/// `POST /cases/{id}/referrals`: a draft prefilled from the case, then its composer.
pub async fn create(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let input: NewReferral = form::parse(form::to_json(&values, Some(&["recipient"])))?;
        referrals::create(&state, &p, parse_case_id(&id)?, input).await
    }
    .await;
    match result {
        Ok(view) => Ok(see_other(&format!("/referrals/{}", view.referral.id))),
        Err(ApiError::Invalid(errors)) => {
            let failed = Failed {
                form: "referral",
                values: &values,
                errors: &errors,
                lang: ctx.lang,
            };
            let markup = super::cases::render_case(&state, &p, &ctx, &id, Some(&failed))
                .await
                .map_err(|e| ctx.fail(e))?;
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// The case page's panel: the case's referrals and the form that prepares one.
pub fn case_panel(
    ctx: &Ctx,
    case: trm_domain::ids::CaseId,
    list: &[referrals::ReferralSummary],
    failed: Option<&Failed<'_>>,
) -> Markup {
    let shown = Shown::of(failed, "referral");
    let fields = [("recipient", ctx.t("ui-referral-recipient"))];
    html! {
        section #referrals aria-labelledby="h-referrals" {
            h2 #h-referrals { (ctx.t("ui-referrals-title")) }
            @if list.is_empty() {
                p.empty { (ctx.t("ui-referrals-none")) }
            } @else {
                ul {
                    @for r in list {
                        li {
                            a href=(format!("/referrals/{}", r.id)) {
                                (ctx.ta("ui-referral-to", &[("country", r.counterpart.as_str())]))
                            }
                            @if let (Some(v), Some(s)) = (r.latest_version, r.latest_state) {
                                " · " (ctx.ta("ui-referral-version", &[("version", &v.to_string())]))
                                " · " (version_state(ctx, s))
                            }
                        }
                    }
                }
            }
            @if ctx.may(Action::EditReferral) {
                h3 { (ctx.t("ui-referral-prepare")) }
                p.hint { (ctx.t("ui-referral-prepare-hint")) }
                (error_summary(ctx, shown, &fields))
                form.stack method="post" action=(format!("/cases/{case}/referrals")) novalidate {
                    (ctx.csrf_field())
                    (field(shown, "recipient", &fields[0].1, Input::Text, None, Some(&ctx.t("ui-referral-recipient-hint")), true))
                    button type="submit" { (ctx.t("ui-referral-prepare")) }
                }
            }
        }
    }
}

fn version_state(ctx: &Ctx, s: VersionState) -> String {
    ctx.t(match s {
        VersionState::Draft => "ui-vstate-draft",
        VersionState::Sent => "ui-vstate-sent",
        VersionState::Received => "ui-vstate-received",
    })
}

/// `GET /referrals/{id}`: the composer while this node's draft is open, the referral in
/// the reader's language otherwise; the delivery of each version and the requests.
/// Opening a version received from abroad tells its sender (the service does).
pub async fn show(
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

async fn render(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    id: &str,
    failed: Option<&Failed<'_>>,
) -> Result<Markup, ApiError> {
    let view = referrals::read(state, p, id).await?;
    let reqs = if p.may(Action::ReadRequest) {
        requests::list(state, p, id).await?
    } else {
        Vec::new()
    };
    let templates = trm_domain::template::embedded()?;
    let (template, document) = trm_domain::template::parse(templates, &view.current.document)?;
    let labelled = trm_i18n::labelled(&template, ctx.lang);
    let is_draft = view.current.state == VersionState::Draft;
    let consent = if is_draft {
        referrals::consent_to_share(state, &view.referral).await?
    } else {
        None
    };
    let r = &view.referral;
    let title = match r.direction {
        Direction::Outgoing => ctx.ta("ui-referral-to", &[("country", r.counterpart.as_str())]),
        Direction::Incoming => ctx.ta("ui-referral-from", &[("country", r.counterpart.as_str())]),
    };
    let body = html! {
        p.crumbs {
            @if let Some(case) = r.case_id {
                a href=(format!("/cases/{case}#referrals")) { (ctx.t("ui-referral-back-to-case")) } " › "
            } @else if ctx.may(Action::ReadInbox) {
                a href="/inbox" { (ctx.t("ui-nav-inbox")) } " › "
            }
            (title)
        }
        h1 { (title) }
        p {
            (ctx.ta("ui-referral-version", &[("version", &view.current.version.to_string())]))
            " · " strong { (version_state(ctx, view.current.state)) }
            " · " a href=(format!("/api/referrals/{}/print?lang={}", r.id, ctx.lang.tag())) { (ctx.t("ui-referral-print")) }
        }
        @if is_draft {
            (composer(ctx, &view, &labelled, consent, failed, trm_domain::codes::working_language(state.node.country)))
        } @else {
            (follow_up(ctx, &view, failed))
            (delivery(ctx, &view.delivery))
            (requests_panel(ctx, state, &view, &reqs, failed))
            section #document aria-labelledby="h-document" {
                h2 #h-document { (ctx.t("ui-referral-document")) }
                @if document.language.as_str() != ctx.lang.iso639() {
                    p.hint { (ctx.ta("ui-referral-free-text-language", &[("language", crate::print::endonym(document.language.as_str()))])) }
                }
                div.document { (crate::print::sections(&template, &document, ctx.lang)) }
            }
        }
    };
    Ok(layout(ctx, &title, body))
}

/// The button that starts this country's next version, when it is this country's turn:
/// the latest version came from the other country.
fn follow_up(ctx: &Ctx, view: &ReferralView, failed: Option<&Failed<'_>>) -> Markup {
    let our_turn = view.current.state == VersionState::Received;
    let refused = failed.filter(|f| f.form == "version");
    html! {
        @if let Some(f) = refused {
            div.error-summary role="alert" {
                @for e in f.errors { p { (ctx.error_message(e)) } }
            }
        }
        @if our_turn && ctx.may(Action::EditReferral) {
            section #follow-up aria-labelledby="h-follow-up" {
                h2 #h-follow-up { (ctx.t("ui-referral-follow-up")) }
                p.hint { (ctx.ta("ui-referral-follow-up-hint", &[("version", &(view.current.version + 1).to_string())])) }
                form method="post" action=(format!("/referrals/{}/versions", view.referral.id)) {
                    (ctx.csrf_field())
                    button type="submit" { (ctx.ta("ui-referral-follow-up-start", &[("version", &(view.current.version + 1).to_string())])) }
                }
            }
        }
    }
}

/// The consent check in plain words: which consent covers the recipient country, or why
/// sending is blocked.
fn consent_box(
    ctx: &Ctx,
    country: CountryCode,
    consent: Option<(ConsentState, Option<trm_domain::consent::ConsentRecord>)>,
    case: Option<trm_domain::ids::CaseId>,
) -> Markup {
    let country = country.as_str();
    match consent {
        None => html! {},
        Some((ConsentState::Given, relied_on)) => html! {
            div.rules.ok #consent-check {
                p { strong { (ctx.t("ui-referral-consent-title")) } }
                p { (ctx.ta("ui-referral-consent-given", &[
                    ("country", country),
                    ("date", &relied_on.map(|c| date(c.decided_on)).unwrap_or_default()),
                ])) }
            }
        },
        Some((other, _)) => html! {
            div.rules.blocked #consent-check role="alert" {
                p { strong { (ctx.t("ui-referral-consent-title")) } }
                p { (ctx.ta("ui-referral-consent-blocks", &[
                    ("country", country),
                    ("state", &super::label(ctx, "cstate", match other {
                        ConsentState::Refused => "refused",
                        ConsentState::Revoked => "revoked",
                        _ => "not_recorded",
                    })),
                ])) }
                @if let Some(case) = case {
                    p { a href=(format!("/cases/{case}#record-consent")) { (ctx.t("ui-referral-consent-record")) } }
                }
            }
        },
    }
}

fn composer(
    ctx: &Ctx,
    view: &ReferralView,
    labelled: &LabelledTemplate,
    consent: Option<(ConsentState, Option<trm_domain::consent::ConsentRecord>)>,
    failed: Option<&Failed<'_>>,
    writer_lang: LanguageCode,
) -> Markup {
    let r = &view.referral;
    let doc = &view.current.document;
    let author = doc.author_side;
    // A refused save shows what was typed with its errors; otherwise what still blocks.
    let shown = match failed {
        Some(f) if f.form == "draft" => Shown {
            values: Some(f.values),
            errors: f.errors,
            lang: ctx.lang,
        },
        Some(f) if f.form == "send" => Shown {
            values: None,
            errors: f.errors,
            lang: ctx.lang,
        },
        _ => Shown {
            values: None,
            errors: &view.blocking,
            lang: ctx.lang,
        },
    };
    let labels = composer::labels(labelled, doc);
    let label_refs: Vec<(&str, String)> = labels
        .iter()
        .map(|(n, l)| (n.as_str(), l.clone()))
        .collect();
    let drawing = composer::Drawing {
        ctx,
        labelled,
        default_lang: writer_lang,
        shown,
    };
    let preview = recipient_lang(r.counterpart);
    let id = r.id;
    html! {
        section #composer aria-labelledby="h-composer" {
            h2 #h-composer { (ctx.t("ui-referral-composer")) }
            p.hint { (ctx.t("ui-referral-composer-hint")) }
            @if !shown.errors.is_empty() {
                p #blocking { (ctx.t("ui-referral-blocking")) }
            } @else {
                p.ok #blocking { (ctx.t("ui-referral-ready")) }
            }
            (error_summary(ctx, shown, &label_refs))
            form.stack.composer method="post" action=(format!("/referrals/{id}/draft")) novalidate {
                (ctx.csrf_field())
                // First in the form, so Enter in any field saves rather than pressing the
                // first child's Remove button.
                button.visually-hidden type="submit" name=(composer::ACTION) value="save" tabindex="-1" aria-hidden="true" { (ctx.t("ui-referral-save")) }
                (drawing.text_language())
                @for section in labelled.sections.iter().filter(|s| s.groups.iter().flat_map(|g| g.fields.iter()).any(|f| f.side.fillable_by(author))) {
                    fieldset.section {
                        legend { @if !section.number.is_empty() { (section.number) ". " } (section.title) }
                        @if let Some(h) = &section.help { p.hint { (h) } }
                        @for group in section.groups.iter().filter(|g| g.fields.iter().any(|f| f.side.fillable_by(author))) {
                            h3 { @if !group.number.is_empty() { (group.number) " " } (group.title) }
                            @if let Some(h) = &group.help { p.hint { (h) } }
                            @for f in group.fields.iter().filter(|f| f.side.fillable_by(author)) {
                                (drawing.field(f, composer::Part::Fields, doc.fields.get(&f.code)))
                            }
                        }
                    }
                }
                (composer::children(&drawing, doc))
                button type="submit" name=(composer::ACTION) value="save" { (ctx.t("ui-referral-save")) }
            }
        }
        section #send aria-labelledby="h-send" {
            h2 #h-send { (ctx.t("ui-referral-send-title")) }
            (consent_box(ctx, r.counterpart, consent, r.case_id))
            p {
                a href=(format!("/api/referrals/{id}/print?lang={}", preview.tag())) lang=(preview.tag()) {
                    (ctx.ta("ui-referral-preview", &[("language", crate::print::endonym(preview.iso639()))]))
                }
            }
            @if ctx.may(Action::SendReferral) {
                form method="post" action=(format!("/referrals/{id}/send")) {
                    (ctx.csrf_field())
                    button type="submit" { (ctx.ta("ui-referral-send", &[("country", r.counterpart.as_str())])) }
                }
            } @else {
                p.hint { (ctx.t("ui-referral-send-not-yours")) }
            }
        }
    }
}

fn delivery_state(ctx: &Ctx, s: DeliveryState) -> String {
    ctx.t(match s {
        DeliveryState::NotSent => "ui-delivery-not_sent",
        DeliveryState::Queued => "ui-delivery-queued",
        DeliveryState::Delivered => "ui-delivery-delivered",
        DeliveryState::Opened => "ui-delivery-opened",
        DeliveryState::Expired => "ui-delivery-expired",
        DeliveryState::Withdrawn => "ui-delivery-withdrawn",
    })
}

fn delivery(ctx: &Ctx, list: &[VersionDelivery]) -> Markup {
    html! {
        @if !list.is_empty() {
            section #delivery aria-labelledby="h-delivery" {
                h2 #h-delivery { (ctx.t("ui-delivery-title")) }
                div.scroll { table {
                    thead { tr {
                        th scope="col" { (ctx.t("ui-delivery-version")) }
                        th scope="col" { (ctx.t("ui-delivery-state")) }
                        th scope="col" { (ctx.t("ui-delivery-queued-at")) }
                        th scope="col" { (ctx.t("ui-delivery-delivered-at")) }
                        th scope="col" { (ctx.t("ui-delivery-opened-at")) }
                        th scope="col" { (ctx.t("ui-delivery-answered")) }
                    } }
                    tbody {
                        @for d in list {
                            tr {
                                td { (d.version) }
                                td.delivery-state {
                                    strong class=(format!("d-{}", serde_json::to_value(d.state).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())) { (delivery_state(ctx, d.state)) }
                                    @if d.state == DeliveryState::Queued {
                                        br;
                                        small {
                                            (ctx.ta("ui-delivery-attempts", &[("count", &d.attempts.to_string())]))
                                            @if d.last_error.is_some() { " " (ctx.t("ui-delivery-failed-plain")) }
                                        }
                                        @if let Some(e) = &d.last_error { br; small.technical lang="en" { (e) } }
                                    }
                                }
                                td { @if let Some(t) = d.queued_at { (datetime(t)) } }
                                td { @if let Some(t) = d.delivered_at { (datetime(t)) } }
                                td { @if let Some(t) = d.opened_at { (datetime(t)) } }
                                td { (ctx.t(if d.answered { "ui-yes" } else { "ui-no" })) }
                            }
                        }
                    }
                } }
            }
        }
    }
}

/// Request kinds as options, grouped by the columns of Table 9.
fn kind_select(ctx: &Ctx, shown: Shown<'_>) -> Markup {
    let chosen = shown.value("kind").unwrap_or_default();
    let kinds: Vec<RequestKind> = trm_domain::request::kinds()
        .map(|k| {
            k.iter()
                .filter_map(|c| RequestKind::parse(c).ok())
                .collect()
        })
        .unwrap_or_default();
    let errors = shown.errors_of("kind");
    html! {
        div.field.invalid[!errors.is_empty()] {
            label for="f-kind" { (ctx.t("ui-request-kind")) " " span.req aria-hidden="true" { "*" } }
            @if !errors.is_empty() { span.error { @for e in &errors { (ctx.error_message(e)) br; } } }
            select #f-kind name="kind" required {
                @for cat in RequestCategory::ALL {
                    optgroup label=(trm_i18n::text(ctx.lang, &cat.label_key(), &[])) {
                        @for k in kinds.iter().filter(|k| k.category() == cat) {
                            option value=(k.as_str()) selected[k.as_str() == chosen] { (kind_label(ctx.lang, *k)) }
                        }
                    }
                }
            }
        }
    }
}

/// The language select beside a free text (`details.lang`).
pub fn text_lang(ctx: &Ctx, name: &str, shown: Shown<'_>, default: &str) -> Markup {
    let now = shown.value(name).unwrap_or(default).to_owned();
    let id = form::field_id(name);
    html! {
        div.field {
            label for=(id) { (ctx.t("ui-referral-written-in")) }
            select id=(id) name=(name) {
                @for l in Lang::all() {
                    option value=(l.iso639()) selected[l.iso639() == now] { (crate::print::endonym(l.iso639())) }
                }
            }
        }
    }
}

/// A request's state, overdue mark and due date.
pub fn request_status(ctx: &Ctx, r: &RequestView) -> Markup {
    html! {
        span class=(format!("badge r-{}", r.state.code())) { (trm_i18n::text(ctx.lang, &format!("request-state-{}", r.state.code()), &[])) }
        @if r.overdue { " " span.badge.overdue { (trm_i18n::text(ctx.lang, "request-overdue", &[])) } }
    }
}

fn requests_panel(
    ctx: &Ctx,
    state: &AppState,
    view: &ReferralView,
    list: &[RequestView],
    failed: Option<&Failed<'_>>,
) -> Markup {
    let shown = Shown::of(failed, "request");
    let fields = [
        ("kind", ctx.t("ui-request-kind")),
        ("details.text", ctx.t("ui-request-details")),
        ("due_by", ctx.t("ui-request-due")),
    ];
    let id = view.referral.id;
    let default_due = date((state.now)().date() + time::Duration::days(14));
    html! {
        section #requests aria-labelledby="h-requests" {
            h2 #h-requests { (ctx.t("ui-requests-title")) }
            @if list.is_empty() {
                p.empty { (ctx.t("ui-requests-none")) }
            } @else {
                ul.requests {
                    @for r in list {
                        li {
                            strong { (kind_label(ctx.lang, r.request.kind)) }
                            " · " (request_status(ctx, r))
                            " · " (ctx.ta("ui-request-due-by", &[("date", &date(r.request.due_by))]))
                            " · " (ctx.t(if r.request.direction == Direction::Outgoing { "ui-request-outgoing" } else { "ui-request-incoming" }))
                            @if r.request.direction == Direction::Incoming {
                                " · " a href=(format!("/requests/{}", r.request.id)) { (ctx.t("ui-request-open")) }
                            }
                            p.details { (r.request.details.text) }
                            @if let Some(reply) = &r.request.reply {
                                div.reply {
                                    p { strong { (ctx.t("ui-request-reply")) ": " (trm_i18n::text(ctx.lang, &format!("request-outcome-{}", reply.outcome.code()), &[])) } }
                                    p.details { (reply.details.text) }
                                }
                            }
                        }
                    }
                }
            }
            @if ctx.may(Action::SendRequest) && view.history.iter().any(|v| v.state != VersionState::Draft) {
                h3 { (ctx.t("ui-request-make")) }
                (error_summary(ctx, shown, &fields))
                form.stack method="post" action=(format!("/referrals/{id}/requests")) novalidate {
                    (ctx.csrf_field())
                    (kind_select(ctx, shown))
                    (field(shown, "details.text", &fields[1].1, Input::Area, None, Some(&ctx.t("ui-request-details-hint")), true))
                    (text_lang(ctx, "details.lang", shown, ctx.lang.iso639()))
                    (field(shown, "due_by", &fields[2].1, Input::Date, Some(&default_due), Some(&ctx.t("ui-hint-date")), true))
                    button type="submit" { (ctx.t("ui-request-send")) }
                }
            }
        }
    }
}

/// `POST /referrals/{id}/draft`: saves the composer; back to it, with what still blocks.
pub async fn save_draft(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let view = referrals::read(&state, &p, &id).await?;
        let templates = trm_domain::template::embedded()?;
        let (template, _) = trm_domain::template::parse(templates, &view.current.document)?;
        let labelled = trm_i18n::labelled(&template, ctx.lang);
        let (input, anchor) = composer::draft_from_form(&labelled, &view.current.document, &values);
        referrals::save_draft(&state, &p, &id, input)
            .await
            .map(|_| anchor)
    }
    .await;
    let anchor = result
        .as_ref()
        .map_or("composer", String::as_str)
        .to_owned();
    let sent = Sent {
        form: "draft",
        values: &values,
        anchor: &anchor,
    };
    after(&state, &p, &ctx, &id, sent, result.map(|_| ())).await
}

/// `POST /referrals/{id}/versions`: this country's next version (the follow-up after
/// the other country's), opened in the composer prefilled with everything so far.
pub async fn start_version(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = referrals::start_version(&state, &p, &id).await.map(|_| ());
    let sent = Sent {
        form: "version",
        values: &values,
        anchor: "composer",
    };
    after(&state, &p, &ctx, &id, sent, result).await
}

/// `POST /referrals/{id}/send`: the consent gate and every rule, then the message.
pub async fn send(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = referrals::send(&state, &p, &id).await.map(|_| ());
    let sent = Sent {
        form: "send",
        values: &values,
        anchor: "delivery",
    };
    after(&state, &p, &ctx, &id, sent, result).await
}

/// `POST /referrals/{id}/requests`: asks the other country something about the referral.
pub async fn send_request(
    State(state): State<AppState>,
    p: Principal,
    ctx: Ctx,
    Path(id): Path<String>,
    values: WebForm,
) -> Result<Response, PageError> {
    let result = async {
        let input: NewRequest = form::parse(with_text(form::to_json(
            &values,
            Some(&["kind", "details.text", "details.lang", "due_by"]),
        )))?;
        requests::send(&state, &p, &id, input).await
    }
    .await;
    let sent = Sent {
        form: "request",
        values: &values,
        anchor: "requests",
    };
    after(&state, &p, &ctx, &id, sent, result.map(|_| ())).await
}

/// A form of the referral page that was sent: which, what it held, where to go back to.
struct Sent<'a> {
    form: &'a str,
    values: &'a WebForm,
    anchor: &'a str,
}

/// After a referral form: back to the referral (at the form's section), or the referral
/// page again with the form's errors.
async fn after(
    state: &AppState,
    p: &Principal,
    ctx: &Ctx,
    id: &str,
    sent: Sent<'_>,
    result: Result<(), ApiError>,
) -> Result<Response, PageError> {
    let back = format!("/referrals/{id}#{}", sent.anchor);
    form::after(ctx, &back, sent.form, sent.values, result, async |failed| {
        render(state, p, ctx, id, Some(failed)).await
    })
    .await
}
