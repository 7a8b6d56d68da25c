//! Forms: reading a posted form, turning it into the API's request body (so a form is
//! checked by exactly the same parsing and rules as the JSON API, with the same field
//! names in its errors), and drawing fields with their labels and errors.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::Response;
use maud::{Markup, html};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use trm_domain::FieldError;
use trm_i18n::Lang;

use super::{CSRF_FIELD, Ctx, PageError, error_text, page, see_other};
use crate::error::ApiError;

/// A posted `application/x-www-form-urlencoded` body, as name/value pairs in order.
#[derive(Debug, Clone, Default)]
pub struct WebForm(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for WebForm {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                v.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::PayloadTooLarge)?;
        Ok(WebForm(
            form_urlencoded::parse(&bytes)
                .filter(|(k, _)| k != CSRF_FIELD)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        ))
    }
}

impl WebForm {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
    pub fn without(&self, name: &str) -> WebForm {
        WebForm(self.0.iter().filter(|(k, _)| k != name).cloned().collect())
    }
}

/// The JSON body a form stands for. A field's name is its JSON path (`person.sex`);
/// empty fields are left out (so the API's defaults apply); a name ending in `[]` is a
/// list (several fields, or one field of comma-separated values); `:bool` marks a
/// yes/no field, `:int` a number. Names outside `only` (when given) are ignored.
pub fn to_json(form: &WebForm, only: Option<&[&str]>) -> Value {
    let mut root = Map::new();
    for (name, value) in &form.0 {
        let value = value.trim();
        let (path, kind) = match name.split_once(':') {
            Some((p, k)) => (p, k),
            None => (name.as_str(), ""),
        };
        let (path, list) = match path.strip_suffix("[]") {
            Some(p) => (p, true),
            None => (path, false),
        };
        if only.is_some_and(|o| !o.contains(&path)) {
            continue;
        }
        let typed = |v: &str| match kind {
            "bool" => Value::Bool(v == "true" || v == "on"),
            "int" => v
                .parse::<u64>()
                .map_or_else(|_| Value::String(v.to_owned()), Value::from),
            _ => Value::String(v.to_owned()),
        };
        let mut parts = path.split('.').peekable();
        let mut node = &mut root;
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                if list {
                    let entry = node
                        .entry(part.to_owned())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(items) = entry {
                        items.extend(
                            value
                                .split(',')
                                .map(str::trim)
                                .filter(|v| !v.is_empty())
                                .map(typed),
                        );
                    }
                } else if !value.is_empty() {
                    node.insert(part.to_owned(), typed(value));
                }
                break;
            }
            let next = node
                .entry(part.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            match next {
                Value::Object(map) => node = map,
                _ => break,
            }
        }
    }
    Value::Object(root)
}

/// The form as the API's request type: errors name the field exactly as the JSON API does.
pub fn parse<T: DeserializeOwned>(value: Value) -> Result<T, ApiError> {
    let bytes = serde_json::to_vec(&value).map_err(|e| ApiError::Internal(e.to_string()))?;
    crate::extract::parse_json(&bytes)
}

/// A form that was sent and refused: what was typed (shown again) and what was wrong,
/// told in the reader's language `lang`.
pub struct Failed<'a> {
    /// Which form of the page it was.
    pub form: &'a str,
    pub values: &'a WebForm,
    pub errors: &'a [FieldError],
    pub lang: Lang,
}

/// After a page's form (post/redirect/get): done, the browser goes to `back`; refused,
/// the page is drawn again by `redraw` with what was typed and why, as a 422; any other
/// failure is an error page.
pub async fn after(
    ctx: &Ctx,
    back: &str,
    form: &str,
    values: &WebForm,
    result: Result<(), ApiError>,
    redraw: impl AsyncFnOnce(&Failed<'_>) -> Result<Markup, ApiError>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other(back)),
        Err(ApiError::Invalid(errors)) => {
            let failed = Failed {
                form,
                values,
                errors: &errors,
                lang: ctx.lang,
            };
            let markup = redraw(&failed).await.map_err(|e| ctx.fail(e))?;
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// What a form of a page shows: empty, or what was typed and refused, with the errors
/// in the reader's language `lang`.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub values: Option<&'a WebForm>,
    pub errors: &'a [FieldError],
    pub lang: Lang,
}

impl<'a> Shown<'a> {
    /// A form as first shown: nothing typed, no errors (so no language needed).
    pub fn fresh() -> Shown<'static> {
        Shown {
            values: None,
            errors: &[],
            lang: Lang::ENGLISH,
        }
    }
    /// The state of form `name` of a page that may have a refused form.
    pub fn of(failed: Option<&'a Failed<'a>>, name: &str) -> Shown<'a> {
        match failed {
            Some(f) if f.form == name => Shown {
                values: Some(f.values),
                errors: f.errors,
                lang: f.lang,
            },
            _ => Shown::fresh(),
        }
    }
    pub fn value(&self, name: &str) -> Option<&'a str> {
        self.values.and_then(|v| v.get(name))
    }
    /// Errors of a field: those whose path is the field's or inside it
    /// (`person.citizenships[1]` belongs to `person.citizenships[]`).
    pub fn errors_of(&self, name: &str) -> Vec<&'a FieldError> {
        let path = json_path(name);
        self.errors
            .iter()
            .filter(|e| {
                e.field == path
                    || e.field.starts_with(&format!("{path}["))
                    || e.field.starts_with(&format!("{path}."))
            })
            .collect()
    }
}

/// The JSON path of a form field's name.
pub fn json_path(name: &str) -> &str {
    let name = name.split(':').next().unwrap_or(name);
    name.strip_suffix("[]").unwrap_or(name)
}

/// The HTML id of a field.
pub fn field_id(name: &str) -> String {
    format!(
        "f-{}",
        json_path(name)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            })
            .collect::<String>()
    )
}

/// The summary at the top of a refused form: each error links to its field.
pub fn error_summary(ctx: &Ctx, shown: Shown<'_>, fields: &[(&str, String)]) -> Markup {
    if shown.errors.is_empty() {
        return html! {};
    }
    let target = |e: &FieldError| {
        fields
            .iter()
            .find(|(name, _)| {
                let p = json_path(name);
                e.field == p
                    || e.field.starts_with(&format!("{p}["))
                    || e.field.starts_with(&format!("{p}."))
            })
            .map(|(name, label)| (field_id(name), label.clone()))
    };
    html! {
        div.error-summary role="alert" tabindex="-1" {
            h2 { (ctx.t("ui-form-errors")) }
            ul {
                @for e in shown.errors {
                    li {
                        @match target(e) {
                            Some((id, label)) => a href=(format!("#{id}")) { (label) ": " (ctx.error_message(e)) },
                            None => { (e.field) ": " (ctx.error_message(e)) },
                        }
                    }
                }
            }
        }
    }
}

/// What kind of input a field is.
pub enum Input<'a> {
    Text,
    Date,
    /// A local date and time (`YYYY-MM-DDTHH:MM`); its UTC offset is a field of its own.
    DateTime,
    Password,
    /// A one-time code: digits, filled from the authenticator app.
    Code,
    Area,
    /// Options as (value, label); the first is chosen when nothing was.
    Select(&'a [(String, String)]),
}

/// A labelled field with its hint and errors; `aria-describedby` ties them together.
pub fn field(
    shown: Shown<'_>,
    name: &str,
    label: &str,
    input: Input<'_>,
    initial: Option<&str>,
    hint: Option<&str>,
    required: bool,
) -> Markup {
    let id = field_id(name);
    let errors = shown.errors_of(name);
    let value = shown.value(name).or(initial).unwrap_or_default();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = [
        hint.map(|_| hint_id.clone()),
        (!errors.is_empty()).then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = (!errors.is_empty()).then_some("true");
    html! {
        div.field.invalid[!errors.is_empty()] {
            label for=(id) { (label) @if required { " " span.req aria-hidden="true" { "*" } } }
            @if let Some(h) = hint { span.hint id=(hint_id) { (h) } }
            @if !errors.is_empty() {
                span.error id=(error_id) {
                    @for e in &errors { (error_text(shown.lang, e)) br; }
                }
            }
            @match input {
                Input::Text => input type="text" id=(id) name=(name) value=(value)
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid];,
                Input::Date => input type="date" id=(id) name=(name) value=(value) placeholder="YYYY-MM-DD"
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid];,
                Input::DateTime => input type="datetime-local" id=(id) name=(name) value=(value) step="60"
                    placeholder="YYYY-MM-DDTHH:MM"
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid];,
                Input::Password => input type="password" id=(id) name=(name)
                    autocomplete="current-password"
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid];,
                Input::Code => input type="text" id=(id) name=(name) inputmode="numeric"
                    autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6"
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid];,
                Input::Area => textarea id=(id) name=(name) rows="3"
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid] { (value) },
                Input::Select(options) => select id=(id) name=(name)
                    required[required] aria-describedby=[described.clone()] aria-invalid=[invalid] {
                    @for (v, l) in options {
                        option value=(v) selected[v == value] { (l) }
                    }
                },
            }
        }
    }
}

/// A code list's options with their labels (`ui-<list>-<code>`), after an optional
/// "not known" choice.
pub fn options(ctx: &Ctx, list: &str, codes: &[&str], blank: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if blank {
        out.push((String::new(), ctx.t("ui-choose")));
    }
    out.extend(
        codes
            .iter()
            .map(|c| ((*c).to_owned(), super::label(ctx, list, c))),
    );
    out
}

/// A form's free text stays in the body when left empty (`details.text`), so that the
/// rules name that field ("must not be empty") rather than serde a missing one.
pub fn with_text(mut body: Value) -> Value {
    if let Some(details) = body.get_mut("details").and_then(Value::as_object_mut) {
        details
            .entry("text")
            .or_insert_with(|| Value::String(String::new()));
    } else if let Some(map) = body.as_object_mut() {
        map.insert("details".into(), serde_json::json!({"text": ""}));
    }
    body
}
