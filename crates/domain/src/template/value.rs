//! The value of one template field, typed by the field's definition. Codes travel on the
//! wire; free text travels with the language it was written in.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json, json};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use super::schema::{Field, FieldType, Template};
use crate::codes::{CountryCode, LanguageCode};
use crate::error::Errors;
use crate::rule::Rule;
use crate::text::{LONG_TEXT_MAX, SHORT_TEXT_MAX, check_text};

/// Free text and the language it was written in, so a reader knows whether to ask for
/// a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    pub text: String,
    pub lang: LanguageCode,
}

/// An institution and whom to contact there (Annex I header and §8).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Any other way to reach them (the 2012 form asked for a Skype id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
}

impl Contact {
    pub const PARTS: [&'static str; 9] = [
        "organisation",
        "person",
        "title",
        "address",
        "telephone",
        "fax",
        "mobile",
        "email",
        "other",
    ];

    pub fn parts(&self) -> [(&'static str, Option<&str>); 9] {
        [
            ("organisation", self.organisation.as_deref()),
            ("person", self.person.as_deref()),
            ("title", self.title.as_deref()),
            ("address", self.address.as_deref()),
            ("telephone", self.telephone.as_deref()),
            ("fax", self.fax.as_deref()),
            ("mobile", self.mobile.as_deref()),
            ("email", self.email.as_deref()),
            ("other", self.other.as_deref()),
        ]
    }
    fn is_empty(&self) -> bool {
        self.parts()
            .iter()
            .all(|(_, v)| v.is_none_or(|s| s.trim().is_empty()))
    }
    fn normalised(mut self) -> Self {
        for part in [
            &mut self.organisation,
            &mut self.person,
            &mut self.title,
            &mut self.address,
            &mut self.telephone,
            &mut self.fax,
            &mut self.mobile,
            &mut self.email,
            &mut self.other,
        ] {
            if part.as_deref().is_some_and(|s| s.trim().is_empty()) {
                *part = None;
            }
        }
        self
    }
}

/// A long-term measure (Annex I §6.2): offered to the person, accepted by the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub offered: bool,
    pub accepted: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<LocalText>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(LocalText),
    Date(Date),
    DateTime(OffsetDateTime),
    YesNo(bool),
    Code(String),
    Codes(Vec<String>),
    Country(CountryCode),
    Countries(Vec<CountryCode>),
    Languages(Vec<LanguageCode>),
    Contact(Contact),
    Offer(Offer),
}

const DATE: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// At most this many entries in a multi-valued field: more is a typing accident.
const MAX_ENTRIES: usize = 50;

impl Value {
    /// The wire form.
    pub fn to_json(&self) -> Json {
        match self {
            Value::Text(t) => json!({"text": t.text, "lang": t.lang}),
            Value::Date(d) => Json::String(d.format(DATE).unwrap_or_default()),
            Value::DateTime(t) => Json::String(t.format(&Rfc3339).unwrap_or_default()),
            Value::YesNo(b) => Json::Bool(*b),
            Value::Code(c) => Json::String(c.clone()),
            Value::Codes(cs) => json!(cs),
            Value::Country(c) => json!(c),
            Value::Countries(cs) => json!(cs),
            Value::Languages(ls) => json!(ls),
            Value::Contact(c) => serde_json::to_value(c).unwrap_or(Json::Null),
            Value::Offer(o) => serde_json::to_value(o).unwrap_or(Json::Null),
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::YesNo(b) => Some(*b),
            _ => None,
        }
    }

    /// Whether a code field holds `code`.
    pub fn holds_code(&self, code: &str) -> bool {
        match self {
            Value::Code(c) => c == code,
            Value::Codes(cs) => cs.iter().any(|c| c == code),
            _ => false,
        }
    }

    /// Reads a wire value for `field`. `Ok(None)` is an empty value (null, "", [], {}),
    /// which counts as not filled in. Every problem is added to `errors` under `path`.
    /// Text may come as a plain string, written in `default_lang`.
    pub fn from_json(
        template: &Template,
        field: &Field,
        json: &Json,
        default_lang: LanguageCode,
        path: &str,
        errors: &mut Errors,
    ) -> Option<Value> {
        if is_empty(json) {
            return None;
        }
        let before = errors_len(errors);
        let value = match field.kind {
            FieldType::Text | FieldType::LongText => {
                let max = if field.kind == FieldType::Text {
                    SHORT_TEXT_MAX
                } else {
                    LONG_TEXT_MAX
                };
                local_text(json, default_lang, max, path, errors).map(Value::Text)
            }
            FieldType::Date => match json.as_str().map(|s| Date::parse(s, DATE)) {
                Some(Ok(d)) => Some(Value::Date(d)),
                _ => {
                    errors.add(path, Rule::NotADate);
                    None
                }
            },
            FieldType::DateTime => {
                match json.as_str().map(|s| OffsetDateTime::parse(s, &Rfc3339)) {
                    Some(Ok(t)) => Some(Value::DateTime(t)),
                    _ => {
                        errors.add(path, Rule::NotADateTime);
                        None
                    }
                }
            }
            FieldType::YesNo => match json {
                Json::Bool(b) => Some(Value::YesNo(*b)),
                _ => {
                    errors.add(path, Rule::NotYesNo);
                    None
                }
            },
            FieldType::Code => match json.as_str() {
                Some(code) => check_code(template, field, code, path, errors)
                    .then(|| Value::Code(code.to_owned())),
                None => {
                    errors.add(path, Rule::NotOneCode);
                    None
                }
            },
            FieldType::Codes => strings(json, path, errors).map(|codes| {
                for (i, code) in codes.iter().enumerate() {
                    check_code(template, field, code, &format!("{path}[{i}]"), errors);
                }
                Value::Codes(codes)
            }),
            FieldType::Country => match json.as_str() {
                Some(code) => match CountryCode::parse(code) {
                    Ok(c) => Some(Value::Country(c)),
                    Err(_) => {
                        errors.add(path, not_a_country(code));
                        None
                    }
                },
                None => {
                    errors.add(path, Rule::NotACountryString);
                    None
                }
            },
            FieldType::Countries => strings(json, path, errors).map(|codes| {
                Value::Countries(
                    codes
                        .iter()
                        .enumerate()
                        .filter_map(|(i, c)| {
                            CountryCode::parse(c)
                                .map_err(|_| errors.add(format!("{path}[{i}]"), not_a_country(c)))
                                .ok()
                        })
                        .collect(),
                )
            }),
            FieldType::Languages => strings(json, path, errors).map(|codes| {
                Value::Languages(
                    codes
                        .iter()
                        .enumerate()
                        .filter_map(|(i, c)| {
                            LanguageCode::parse(c)
                                .map_err(|_| errors.add(format!("{path}[{i}]"), not_a_language(c)))
                                .ok()
                        })
                        .collect(),
                )
            }),
            FieldType::Contact => match serde_json::from_value::<Contact>(json.clone()) {
                Ok(contact) => {
                    let contact = contact.normalised();
                    for (part, value) in contact.parts() {
                        if let Some(v) = value {
                            check_text(errors, &format!("{path}.{part}"), v, SHORT_TEXT_MAX, false);
                        }
                    }
                    if contact.email.as_deref().is_some_and(|e| !e.contains('@')) {
                        errors.add(format!("{path}.email"), Rule::NotAnEmail);
                    }
                    if contact.organisation.is_none() && contact.person.is_none() {
                        errors.add(path, Rule::ContactNeedsWho);
                    }
                    (!contact.is_empty()).then_some(Value::Contact(contact))
                }
                Err(e) => {
                    errors.add(
                        path,
                        Rule::NotAContact {
                            detail: e.to_string(),
                        },
                    );
                    None
                }
            },
            FieldType::Offer => match serde_json::from_value::<OfferInput>(json.clone()) {
                Ok(input) => {
                    if input.accepted && !input.offered {
                        errors.add(format!("{path}.accepted"), Rule::AcceptedNotOffered);
                    }
                    let comment = input
                        .comment
                        .as_ref()
                        .filter(|c| !is_empty(c))
                        .and_then(|c| {
                            local_text(
                                c,
                                default_lang,
                                LONG_TEXT_MAX,
                                &format!("{path}.comment"),
                                errors,
                            )
                        });
                    Some(Value::Offer(Offer {
                        offered: input.offered,
                        accepted: input.accepted,
                        comment,
                    }))
                }
                Err(e) => {
                    errors.add(
                        path,
                        Rule::NotAnOffer {
                            detail: e.to_string(),
                        },
                    );
                    None
                }
            },
        };
        if errors_len(errors) > before {
            None
        } else {
            value
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfferInput {
    offered: bool,
    accepted: bool,
    #[serde(default)]
    comment: Option<Json>,
}

fn errors_len(errors: &Errors) -> usize {
    errors.len()
}

pub(crate) fn is_empty(json: &Json) -> bool {
    match json {
        Json::Null => true,
        Json::String(s) => s.trim().is_empty(),
        Json::Array(a) => a.is_empty(),
        Json::Object(o) => o.is_empty() || (o.len() <= 2 && o.get("text").is_some_and(is_empty)),
        _ => false,
    }
}

fn local_text(
    json: &Json,
    default_lang: LanguageCode,
    max: usize,
    path: &str,
    errors: &mut Errors,
) -> Option<LocalText> {
    let (text, lang) = match json {
        Json::String(s) => (s.clone(), default_lang),
        Json::Object(o) => {
            let text = o.get("text").and_then(Json::as_str);
            let lang = o
                .get("lang")
                .and_then(Json::as_str)
                .map(|l| LanguageCode::parse(l).map_err(|_| not_a_language(l)));
            if let Some(extra) = o.keys().find(|k| *k != "text" && *k != "lang") {
                errors.add(format!("{path}.{extra}"), Rule::NotATextPart);
                return None;
            }
            match (text, lang) {
                (Some(t), Some(Ok(l))) => (t.to_owned(), l),
                (Some(t), None) => (t.to_owned(), default_lang),
                (_, Some(Err(e))) => {
                    errors.add(format!("{path}.lang"), e);
                    return None;
                }
                (None, _) => {
                    errors.add(format!("{path}.text"), Rule::Missing);
                    return None;
                }
            }
        }
        _ => {
            errors.add(path, Rule::NotText);
            return None;
        }
    };
    let text = text.trim().to_owned();
    if max == SHORT_TEXT_MAX && text.contains('\n') {
        errors.add(path, Rule::NotOneLine);
    }
    check_text(errors, path, &text, max, true);
    Some(LocalText { text, lang })
}

fn strings(json: &Json, path: &str, errors: &mut Errors) -> Option<Vec<String>> {
    let Some(items) = json.as_array() else {
        errors.add(path, Rule::NotAList);
        return None;
    };
    if items.len() > MAX_ENTRIES {
        errors.add(
            path,
            Rule::TooManyEntries {
                count: items.len(),
                max: MAX_ENTRIES,
            },
        );
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) if out.iter().any(|o| o == s) => {
                errors.add(format!("{path}[{i}]"), Rule::ListedTwice)
            }
            Some(s) => out.push(s.to_owned()),
            None => errors.add(format!("{path}[{i}]"), Rule::NotACodeString),
        }
    }
    Some(out)
}

fn check_code(
    template: &Template,
    field: &Field,
    code: &str,
    path: &str,
    errors: &mut Errors,
) -> bool {
    let list_name = field.list.as_deref().unwrap_or_default();
    let codes = template.list(list_name).unwrap_or_default();
    if codes.iter().any(|c| c == code) {
        true
    } else {
        let shown: String = code.chars().take(40).collect();
        errors.add(
            path,
            Rule::NotInList {
                code: shown,
                list: list_name.to_owned(),
                codes: codes.join(", "),
            },
        );
        false
    }
}

fn not_a_country(code: &str) -> Rule {
    Rule::NotCountryCode {
        code: code.to_owned(),
    }
}

fn not_a_language(code: &str) -> Rule {
    Rule::NotLanguageCode {
        code: code.to_owned(),
    }
}

/// The wire form of a set of values, in code order.
pub fn values_to_json(values: &super::Values) -> Map<String, Json> {
    values
        .iter()
        .map(|(code, value)| (code.as_str().to_owned(), value.to_json()))
        .collect()
}
