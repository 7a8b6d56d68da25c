//! The web interface: server-rendered pages (maud) for case workers, focal points and
//! administrators, in their language. Pages call the same services as the JSON API, so
//! every rule and every authorisation check is the API's; the route table
//! (`route_policy.rs`) gates each page like any other route. Forms work without
//! JavaScript: a POST carries the session's CSRF token in a hidden `csrf` field (the
//! route middleware checks it like the `X-CSRF-Token` header), and answers with a
//! redirect (post/redirect/get), or re-renders the form with each field's error beside it.

pub mod account;
pub mod admin;
pub mod cases;
pub mod composer;
pub mod dashboard;
pub mod form;
pub mod inbox;
pub mod knowledge;
pub mod login;
pub mod referrals;
pub mod screening;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_TYPE, LOCATION};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};
use trm_domain::policy::Action;
use trm_domain::{FieldError, Rule};
use trm_i18n::Lang;

use crate::AppState;
use crate::auth::{self, Authenticated, CSRF_HEADER, Principal, Via};
use crate::error::ApiError;

/// The cookie that keeps a browser's chosen language, for the pages before login (a
/// signed-in user's choice is saved on their account and wins).
pub const LANG_COOKIE: &str = "trm_lang";
/// The form field that carries the CSRF token of a cookie session.
pub const CSRF_FIELD: &str = "csrf";
pub const APP_CSS: &str = include_str!("../../assets/app.css");
pub const APP_JS: &str = include_str!("../../assets/app.js");
pub const ICON_SVG: &str = include_str!("../../assets/icon.svg");

/// A demo user whose current TOTP code the login page of a demo node shows.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub username: String,
    pub password: String,
    pub secret: Vec<u8>,
}

/// One entry of the main navigation, shown to those whose role may perform `needs`.
/// The referral composer, the focal point's inbox and the administration pages add
/// their rows here.
pub struct NavItem {
    pub href: &'static str,
    pub label: &'static str,
    pub needs: Option<Action>,
}

pub const NAV: &[NavItem] = &[
    NavItem {
        href: "/",
        label: "ui-nav-dashboard",
        needs: None,
    },
    NavItem {
        href: "/cases",
        label: "ui-nav-cases",
        needs: Some(Action::ListCases),
    },
    NavItem {
        href: "/inbox",
        label: "ui-nav-inbox",
        needs: Some(Action::ReadInbox),
    },
    NavItem {
        href: "/admin",
        label: "ui-nav-admin",
        needs: Some(Action::ReadExchange),
    },
    NavItem {
        href: "/knowledge",
        label: "ui-nav-knowledge",
        needs: Some(Action::ReadCatalogue),
    },
    NavItem {
        href: "/account",
        label: "ui-nav-account",
        needs: None,
    },
];

/// Whether a path is a page of the web interface (not the API, not a static asset).
pub fn is_page(path: &str) -> bool {
    !path.starts_with("/api/") && !path.starts_with("/assets/")
}

/// The language of a request: the browser's saved choice, else `Accept-Language`,
/// else English.
pub fn request_lang(headers: &HeaderMap) -> Lang {
    let chosen = auth::cookie_value(headers, LANG_COOKIE).and_then(|value| Lang::parse(value).ok());
    chosen
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(trm_i18n::negotiate)
        })
        .unwrap_or(Lang::ENGLISH)
}

/// What every page needs: the reader's language, who they are, the CSRF token of their
/// session for the forms, and where they are (for the navigation and the language switch).
pub struct Ctx {
    pub lang: Lang,
    pub user: Option<Principal>,
    pub csrf: Option<String>,
    pub path: String,
    pub node_name: String,
    pub country: String,
}

impl Ctx {
    /// The interface string `key` in the reader's language.
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }
    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        ta(self.lang, key, args)
    }
    /// A broken rule in the reader's language (the error's `message` is English).
    pub fn error_message(&self, error: &FieldError) -> String {
        error_text(self.lang, error)
    }
    pub fn may(&self, action: Action) -> bool {
        self.user.as_ref().is_some_and(|p| p.may(action))
    }
    /// The error answered for this request, as a page in the reader's language.
    pub fn fail(&self, error: ApiError) -> PageError {
        PageError {
            lang: self.lang,
            error,
        }
    }
    /// The hidden CSRF field every form posted with a session carries.
    pub fn csrf_field(&self) -> Markup {
        html! {
            @if let Some(token) = &self.csrf {
                input type="hidden" name=(CSRF_FIELD) value=(token);
            }
        }
    }
}

/// The message in `lang`, else in English, else `[key]` so that a gap shows (the tests
/// look for that marker; the gap check keeps it from happening).
pub fn t(lang: Lang, key: &str) -> String {
    trm_i18n::text(lang, key, &[])
}

pub fn ta(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    trm_i18n::text(lang, key, args)
}

/// A broken rule in `lang`, from `errors.ftl`. The arguments that are codes of a list the
/// interface labels (a measure, a purpose, an age group, a role) are shown by their label.
pub fn error_text(lang: Lang, e: &FieldError) -> String {
    let args: Vec<(&str, String)> = e
        .rule
        .args()
        .into_iter()
        .map(|(name, value)| {
            let shown = match name {
                "measure" => t(lang, &format!("ui-measure-{}", value.replace('.', "-"))),
                "purpose" => t(lang, &format!("ui-purpose-{value}")),
                "estimate" => t(lang, &format!("ui-age-{value}")),
                "role" => t(lang, &format!("ui-role-{value}")),
                _ => value,
            };
            (name, shown)
        })
        .collect();
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    trm_i18n::text(lang, e.rule.key(), &args)
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = PageError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let caller = parts.extensions.get::<Authenticated>().cloned();
        let saved = caller
            .as_ref()
            .and_then(|a| a.principal.language)
            .and_then(|code| Lang::parse(code.as_str()).ok());
        let lang = saved.unwrap_or_else(|| request_lang(&parts.headers));
        let csrf = match &caller {
            Some(a) if a.via == Via::Cookie => Some(
                auth::csrf_token(state, &a.token_hash)
                    .await
                    .map_err(|error| PageError { lang, error })?,
            ),
            _ => None,
        };
        Ok(Ctx {
            lang,
            user: caller.map(|a| a.principal),
            csrf,
            path: parts
                .uri
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_owned(),
            node_name: state.node.name.clone(),
            country: state.node.country.to_string(),
        })
    }
}

/// An error answered as a page: a missing or ended login goes to the login page, a
/// login still missing its second factor to the enrolment page, anything else is a
/// short page in the reader's language with the right status.
#[derive(Debug)]
pub struct PageError {
    pub lang: Lang,
    pub error: ApiError,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, key) = match &self.error {
            ApiError::Unauthenticated => return see_other("/login"),
            ApiError::SecondFactorRequired => return see_other("/enrol"),
            ApiError::Forbidden | ApiError::InsufficientScope | ApiError::SessionRequired => {
                (StatusCode::FORBIDDEN, "ui-error-forbidden")
            }
            ApiError::Csrf => (StatusCode::FORBIDDEN, "ui-error-csrf"),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "ui-error-not-found"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "ui-error-conflict"),
            ApiError::Invalid(_) | ApiError::Malformed(_) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "ui-error-invalid")
            }
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "ui-error-invalid")
            }
            ApiError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "ui-error-invalid"),
            ApiError::BadCredentials
            | ApiError::AccountLocked { .. }
            | ApiError::TooManyAttempts { .. } => return see_other("/login"),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "page failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "ui-error-internal")
            }
        };
        let lang = self.lang;
        let body = html! {
            h1 { (t(lang, "ui-error-title")) }
            p { (t(lang, key)) }
            p { a href="/" { (t(lang, "ui-error-back")) } }
        };
        page(status, bare_layout(lang, &t(lang, "ui-error-title"), body))
    }
}

/// For the route middleware: a refusal of a page request, as a page.
pub fn refused(headers: &HeaderMap, error: ApiError) -> Response {
    PageError {
        lang: request_lang(headers),
        error,
    }
    .into_response()
}

/// A page answer: HTML, never cached (pages hold personal data).
pub fn page(status: StatusCode, markup: Markup) -> Response {
    (
        status,
        [
            (CONTENT_TYPE, "text/html; charset=utf-8"),
            (CACHE_CONTROL, "no-store"),
        ],
        markup.into_string(),
    )
        .into_response()
}

pub fn ok(markup: Markup) -> Response {
    page(StatusCode::OK, markup)
}

/// 303: after a successful form, the browser loads the result with a GET.
pub fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
}

fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " · OpenTRM" }
            link rel="icon" href="/assets/icon.svg" type="image/svg+xml";
            link rel="stylesheet" href="/assets/app.css";
            script src="/assets/app.js" defer {}
            meta name="color-scheme" content="light";
        }
    }
}

/// Every translation but English is a draft awaiting review (see `data/i18n/`).
fn is_draft(lang: Lang) -> bool {
    lang != Lang::ENGLISH
}

/// A page without navigation (login, errors).
pub fn bare_layout(lang: Lang, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            (head(title))
            body {
                a.skip href="#main" { (t(lang, "ui-skip")) }
                header.top {
                    span.brand { "OpenTRM" }
                }
                main #main tabindex="-1" { (body) }
            }
        }
    }
}

/// The language switch: a plain GET form, so it works without JavaScript.
/// The language switch: before login it keeps the choice in the browser (a link-like
/// GET); signed in, it is a form post that saves the choice on the account.
fn language_switch(ctx: &Ctx) -> Markup {
    let method = if ctx.csrf.is_some() { "post" } else { "get" };
    html! {
        form.lang method=(method) action="/language" {
            (ctx.csrf_field())
            label for="lang-select" { (ctx.t("ui-language")) }
            select #lang-select name="lang" {
                @for lang in Lang::all() {
                    option value=(lang.tag()) selected[lang == ctx.lang] lang=(lang.tag()) {
                        (crate::print::endonym(lang.tag()))
                    }
                }
            }
            input type="hidden" name="back" value=(ctx.path);
            button type="submit" { (ctx.t("ui-language-apply")) }
        }
    }
}

/// Every signed-in page: skip link, header with the node, navigation, language switch
/// and logout; the page's content in `main`.
pub fn layout(ctx: &Ctx, title: &str, body: Markup) -> Markup {
    let current = ctx.path.split('?').next().unwrap_or("/");
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.tag()) {
            (head(title))
            body {
                a.skip href="#main" { (ctx.t("ui-skip")) }
                header.top {
                    a.brand href="/" { "OpenTRM" }
                    span.node { (ctx.node_name) " (" (ctx.country) ")" }
                    @if let Some(user) = &ctx.user {
                        nav aria-label=(ctx.t("ui-nav-label")) {
                            ul {
                                @for item in NAV.iter().filter(|i| i.needs.is_none_or(|a| user.may(a))) {
                                    @let here = current == item.href
                                        || (item.href != "/" && current.starts_with(item.href));
                                    li {
                                        a href=(item.href) aria-current=[here.then_some("page")] {
                                            (ctx.t(item.label))
                                        }
                                    }
                                }
                            }
                        }
                    }
                    (language_switch(ctx))
                    @if let Some(user) = &ctx.user {
                        form.logout method="post" action="/logout" {
                            (ctx.csrf_field())
                            span.who { (user.display_name) }
                            " "
                            button type="submit" { (ctx.t("ui-logout")) }
                        }
                    }
                }
                @if is_draft(ctx.lang) {
                    p.draft { (ctx.t("ui-draft-translation")) }
                }
                main #main tabindex="-1" {
                    (body)
                }
                footer {
                    p { (ctx.t("ui-footer")) }
                }
            }
        }
    }
}

/// `GET /language?lang=xx&back=/path`: keeps the choice in a cookie and goes back.
pub async fn set_language(
    axum::extract::Query(q): axum::extract::Query<LanguageChoice>,
) -> Response {
    back_with_language(q.back, Lang::parse(&q.lang).ok())
}

/// Goes back to `back` (a path of this site only), keeping `lang` in the browser too so
/// the login page speaks it after logout.
fn back_with_language(back: Option<String>, lang: Option<Lang>) -> Response {
    let back = back
        .filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.contains('\\'))
        .unwrap_or_else(|| "/".into());
    let mut response = see_other(&back);
    let cookie = match lang {
        Some(lang) => format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.tag()
        ),
        None => format!("{LANG_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax"),
    };
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        response
            .headers_mut()
            .insert(axum::http::header::SET_COOKIE, cookie);
    }
    response
}

/// `POST /language` (signed in): saves the language on the user's account and goes
/// back. An empty `lang` means "follow my browser".
pub async fn save_language(
    State(state): State<AppState>,
    caller: Authenticated,
    ctx: Ctx,
    values: form::WebForm,
) -> Result<Response, PageError> {
    let chosen = match values.get("lang").unwrap_or_default() {
        "" => None,
        tag => Some(
            Lang::parse(tag)
                .map_err(|_| ctx.fail(ApiError::field("lang", trm_i18n::not_offered(tag))))?,
        ),
    };
    let code = chosen
        .map(|lang| {
            trm_domain::codes::LanguageCode::parse(lang.iso639()).map_err(|_| {
                let code = lang.iso639().to_owned();
                ctx.fail(ApiError::field("lang", Rule::NotLanguageCode { code }))
            })
        })
        .transpose()?;
    crate::accounts::set_language(&state, &caller.principal, code)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(back_with_language(
        values.get("back").map(str::to_owned),
        chosen,
    ))
}

#[derive(Debug, serde::Deserialize)]
pub struct LanguageChoice {
    pub lang: String,
    pub back: Option<String>,
}

/// `GET /assets/app.css` and `app.js` are served by `referral_routes::asset`.
pub fn asset(file: &str) -> Option<(&'static str, &'static str)> {
    match file {
        "app.css" => Some(("text/css; charset=utf-8", APP_CSS)),
        "app.js" => Some(("text/javascript; charset=utf-8", APP_JS)),
        "icon.svg" => Some(("image/svg+xml", ICON_SVG)),
        _ => None,
    }
}

/// For the route middleware: a form posted with the session cookie carries its CSRF
/// token in the `csrf` field rather than the header; the token is copied into the header
/// so that the one check of `auth.rs` applies to forms too. A form without the field
/// then fails that check like any cookie request without the header.
pub async fn lift_form_csrf(request: Request) -> Result<Request, Response> {
    let is_form = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    let by_cookie = matches!(
        auth::request_token(request.headers()),
        Some(Ok((_, Via::Cookie)))
    );
    if request.method() != Method::POST
        || !is_form
        || !by_cookie
        || request.headers().contains_key(CSRF_HEADER)
    {
        return Ok(request);
    }
    let (mut parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, crate::BODY_LIMIT)
        .await
        .map_err(|_| refused(&parts.headers, ApiError::PayloadTooLarge))?;
    let token = form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == CSRF_FIELD)
        .map(|(_, v)| v.into_owned());
    if let Some(value) = token.and_then(|t| HeaderValue::from_str(&t).ok()) {
        parts.headers.insert(CSRF_HEADER, value);
    }
    Ok(Request::from_parts(parts, axum::body::Body::from(bytes)))
}

/// A date as the reader's pages show it (ISO 8601: unambiguous in every language).
pub fn date(d: time::Date) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    d.format(&format).unwrap_or_default()
}

pub fn datetime(d: time::OffsetDateTime) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    d.to_offset(time::UtcOffset::UTC)
        .format(&format)
        .unwrap_or_default()
}

/// A code's label: `ui-<list>-<code>` in the reader's language.
pub fn label(ctx: &Ctx, list: &str, code: &str) -> String {
    ctx.t(&format!("ui-{list}-{code}"))
}

/// A measure's title in the reader's language (`sop1.initial_referral` →
/// `ui-measure-sop1-initial_referral`).
pub fn measure_title(ctx: &Ctx, code: &str) -> String {
    ctx.t(&format!("ui-measure-{}", code.replace('.', "-")))
}

/// A measure's WHAT / WHEN / WHO / HOW in the reader's language.
pub fn guidance_list(ctx: &Ctx, code: &str) -> Markup {
    let g = trm_i18n::guidance::measure(ctx.lang, code);
    html! {
        dl {
            dt { (ctx.t("ui-guidance-what")) } dd { (g.what) }
            dt { (ctx.t("ui-guidance-when")) } dd { (g.when) }
            dt { (ctx.t("ui-guidance-who")) } dd { (g.who) }
            dt { (ctx.t("ui-guidance-how")) } dd { (g.how) }
        }
    }
}
