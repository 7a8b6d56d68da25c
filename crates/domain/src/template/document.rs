//! A referral document: one version of a filled template, its wire form and its rules.
//!
//! Rules, each a clear error naming the field: an unknown field code, a value outside its
//! code list, a field set by the side that does not fill it, a required field missing at
//! sending time, a template version this node does not know. A referral is never sent
//! half-valid: [`check_for_sending`] runs every rule at once.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

use super::profile::Profile;
use super::schema::{Condition, Field, FieldCode, Part, SCHEMA_NAME, Side, Template};
use super::value::{Value, values_to_json};
use crate::codes::LanguageCode;
use crate::error::{DomainError, Errors};
use crate::rule::Rule;

pub type Values = BTreeMap<FieldCode, Value>;

/// At most this many children in one referral.
pub const MAX_CHILDREN: usize = 20;

/// Which referral and which version of it a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    pub referral_id: Uuid,
    pub version: u32,
}

/// The wire form: codes only, free text tagged with its language, the sender's profile
/// carried along so any node can validate and show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WireDocument {
    /// Always `opentrm-referral`.
    pub format: String,
    pub referral: DocumentRef,
    pub template_version: u32,
    /// The sender's national profile (its additions carry their labels).
    pub profile: Profile,
    /// Who wrote this version: the country of exploitation, or of origin after return.
    pub author_side: Side,
    /// The language most free text is written in.
    pub language: LanguageCode,
    #[schema(value_type = Object)]
    pub fields: Map<String, Json>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<Object>)]
    pub children: Vec<Map<String, Json>>,
}

/// A parsed, typed document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub reference: DocumentRef,
    pub profile: Profile,
    pub author_side: Side,
    pub language: LanguageCode,
    pub values: Values,
    pub children: Vec<Values>,
}

impl Document {
    pub fn to_wire(&self) -> WireDocument {
        WireDocument {
            format: SCHEMA_NAME.to_owned(),
            referral: self.reference,
            template_version: self.profile.template_version,
            profile: self.profile.clone(),
            author_side: self.author_side,
            language: self.language,
            fields: values_to_json(&self.values),
            children: self.children.iter().map(values_to_json).collect(),
        }
    }

    pub fn value(&self, code: &str) -> Option<&Value> {
        FieldCode::parse(code)
            .ok()
            .and_then(|c| self.values.get(&c))
    }
}

/// The template versions this node knows and the one it writes.
pub trait TemplateSource {
    fn template(&self, version: u32) -> Option<&Template>;
    fn versions(&self) -> Vec<u32>;
    /// The template a document was made with; a source may keep the ones it has built.
    fn resolved(&self, version: u32, profile: &Profile) -> Result<Arc<Template>, DomainError> {
        build(self, version, profile).map(Arc::new)
    }
}

/// Resolves the template a document was made with: the base version, adapted by the
/// sender's profile.
pub fn resolve(
    source: &dyn TemplateSource,
    version: u32,
    profile: &Profile,
) -> Result<Arc<Template>, DomainError> {
    source.resolved(version, profile)
}

/// Builds the template of `version` adapted by `profile`, checking both.
pub fn build<S: TemplateSource + ?Sized>(
    source: &S,
    version: u32,
    profile: &Profile,
) -> Result<Template, DomainError> {
    let Some(base) = source.template(version) else {
        let known: Vec<String> = source.versions().iter().map(u32::to_string).collect();
        return Err(DomainError::field(
            "template_version",
            Rule::UnknownTemplateVersion {
                version,
                known: known.join(", "),
            },
        ));
    };
    if profile.template_version != version {
        return Err(DomainError::field(
            "profile.template_version",
            Rule::DocumentTemplateVersion {
                version: profile.template_version,
                document: version,
            },
        ));
    }
    profile.apply(base)
}

/// Reads a wire document: every field code must exist in the sender's template and every
/// value must fit its field. Returns the template with the document.
pub fn parse(
    source: &dyn TemplateSource,
    wire: &WireDocument,
) -> Result<(Arc<Template>, Document), DomainError> {
    if wire.format != SCHEMA_NAME {
        return Err(DomainError::field(
            "format",
            Rule::WrongFormat {
                found: wire.format.clone(),
                expected: SCHEMA_NAME.to_owned(),
            },
        ));
    }
    if wire.author_side == Side::Either {
        return Err(DomainError::field("author_side", Rule::AuthorSideEither));
    }
    let template = resolve(source, wire.template_version, &wire.profile)?;
    let mut errors = Errors::new();
    let values = parse_values(
        &template,
        Part::Referral,
        &wire.fields,
        wire.language,
        "fields",
        &mut errors,
    );
    if wire.children.len() > MAX_CHILDREN {
        errors.add(
            "children",
            Rule::TooManyEntries {
                count: wire.children.len(),
                max: MAX_CHILDREN,
            },
        );
    }
    let children = wire
        .children
        .iter()
        .enumerate()
        .map(|(i, child)| {
            parse_values(
                &template,
                Part::Child,
                child,
                wire.language,
                &format!("children[{i}]"),
                &mut errors,
            )
        })
        .collect();
    errors.into_result()?;
    let document = Document {
        reference: wire.referral,
        profile: wire.profile.clone(),
        author_side: wire.author_side,
        language: wire.language,
        values,
        children,
    };
    Ok((template, document))
}

fn parse_values(
    template: &Template,
    part: Part,
    fields: &Map<String, Json>,
    lang: LanguageCode,
    path: &str,
    errors: &mut Errors,
) -> Values {
    let mut values = Values::new();
    for (code, json) in fields {
        let name = format!("{path}.{code}");
        let field = FieldCode::parse(code)
            .ok()
            .and_then(|c| template.field(part, &c));
        let Some(field) = field else {
            let shown: String = code.chars().take(80).collect();
            errors.add(format!("{path}.{shown}"), not_a_field_of(template, part));
            continue;
        };
        if let Some(value) = Value::from_json(template, field, json, lang, &name, errors) {
            values.insert(field.code.clone(), value);
        }
    }
    values
}

fn not_a_field_of(template: &Template, part: Part) -> Rule {
    let part = match part {
        Part::Referral => "referral",
        Part::Child => "child",
    }
    .to_owned();
    match template.profile {
        Some(p) => Rule::NotAFieldOfProfile {
            part,
            version: template.version,
            country: p.country.to_string(),
            profile_version: p.version,
        },
        None => Rule::NotAFieldOf {
            part,
            version: template.version,
        },
    }
}

/// The rules for saving a version: each field set or changed must be one the author's
/// side fills. `previous` is the version this one follows, if any.
pub fn check_version(
    template: &Template,
    document: &Document,
    previous: Option<&Document>,
) -> Result<(), DomainError> {
    let mut errors = Errors::new();
    let author = document.author_side;
    let empty = Values::new();
    let before = previous.map_or(&empty, |p| &p.values);
    check_sides(
        template,
        Part::Referral,
        author,
        &document.values,
        before,
        "fields",
        &mut errors,
    );
    let max = document
        .children
        .len()
        .max(previous.map_or(0, |p| p.children.len()));
    for i in 0..max {
        let now = document.children.get(i).unwrap_or(&empty);
        let was = previous.and_then(|p| p.children.get(i)).unwrap_or(&empty);
        check_sides(
            template,
            Part::Child,
            author,
            now,
            was,
            &format!("children[{i}]"),
            &mut errors,
        );
    }
    if let Some(previous) = previous
        && previous.profile.template_version != document.profile.template_version
    {
        errors.add(
            "template_version",
            Rule::TemplateVersionChanged {
                version: document.profile.template_version,
                original: previous.profile.template_version,
            },
        );
    }
    errors.into_result()
}

fn check_sides(
    template: &Template,
    part: Part,
    author: Side,
    now: &Values,
    before: &Values,
    path: &str,
    errors: &mut Errors,
) {
    let codes: std::collections::BTreeSet<&FieldCode> = now.keys().chain(before.keys()).collect();
    for code in codes {
        if now.get(code) == before.get(code) {
            continue;
        }
        let Some(field) = template.field(part, code) else {
            continue;
        };
        if !field.side.fillable_by(author)
            && let Some(rule) = wrong_side(field.side)
        {
            errors.add(format!("{path}.{code}"), rule);
        }
    }
}

/// Why the other side may not fill a field of `side`; either side may fill `Either`.
fn wrong_side(side: Side) -> Option<Rule> {
    match side {
        Side::Origin => Some(Rule::FilledByOrigin),
        Side::Exploitation => Some(Rule::FilledByExploitation),
        Side::Either => None,
    }
}

/// Every rule a version must keep before it leaves the node: the rules of
/// [`check_version`], every required field of the author's side, and the consents.
pub fn check_for_sending(
    template: &Template,
    document: &Document,
    previous: Option<&Document>,
    today: Date,
) -> Result<(), DomainError> {
    let mut errors = match check_version(template, document, previous) {
        Ok(()) => Errors::new(),
        Err(DomainError::Invalid(list)) => {
            let mut e = Errors::new();
            e.extend(list);
            e
        }
        Err(other) => return Err(other),
    };
    let author = document.author_side;
    check_required(
        template.fields(),
        author,
        &document.values,
        "fields",
        &mut errors,
    );
    for (i, child) in document.children.iter().enumerate() {
        check_required(
            template.child_fields(),
            author,
            child,
            &format!("children[{i}]"),
            &mut errors,
        );
    }
    if author == Side::Exploitation {
        if document
            .value("consents.share_data")
            .and_then(Value::as_bool)
            == Some(false)
        {
            errors.add("fields.consents.share_data", Rule::NoConsentToSend);
        }
        let children_to_return = document
            .value("personal.children_to_return")
            .and_then(Value::as_bool);
        let person_may_be_child = document
            .value("personal.age_group")
            .is_some_and(|v| !v.holds_code("over_18"));
        if document.children.is_empty() && children_to_return == Some(true) {
            errors.add("children", Rule::ChildTemplatesMissing);
        }
        if person_may_be_child
            && !document.children.iter().any(|c| {
                c.iter().any(|(code, v)| {
                    code.as_str() == "child.relation" && v.holds_code("trafficked_person")
                })
            })
        {
            errors.add("children", Rule::ChildTemplateForPerson);
        }
    }
    check_dates(document, today, &mut errors);
    errors.into_result()
}

fn check_required<'a>(
    fields: impl Iterator<Item = &'a Field>,
    author: Side,
    values: &Values,
    path: &str,
    errors: &mut Errors,
) {
    for field in fields {
        if !field.side.fillable_by(author) || values.contains_key(&field.code) {
            continue;
        }
        let needed = field.required
            || match &field.required_when {
                Some(Condition::IsYes(other)) => {
                    values.get(other).and_then(Value::as_bool) == Some(true)
                }
                Some(Condition::Contains(other, code)) => {
                    values.get(other).is_some_and(|v| v.holds_code(code))
                }
                None => false,
            };
        if needed {
            let why = match &field.required_when {
                Some(Condition::IsYes(other)) => Rule::RequiredBecauseYes {
                    other: other.to_string(),
                },
                Some(Condition::Contains(other, code)) => Rule::RequiredBecauseIncludes {
                    other: other.to_string(),
                    code: code.clone(),
                },
                None => Rule::RequiredBeforeSending,
            };
            errors.add(format!("{path}.{}", field.code), why);
        }
    }
}

fn check_dates(document: &Document, today: Date, errors: &mut Errors) {
    let date = |code: &str| match document.value(code) {
        Some(Value::Date(d)) => Some(*d),
        _ => None,
    };
    for (start, end) in [
        ("personal.reflection_start", "personal.reflection_end"),
        ("case.exploitation_began", "case.exploitation_ended"),
    ] {
        if let (Some(s), Some(e)) = (date(start), date(end))
            && e < s
        {
            errors.add(
                format!("fields.{end}"),
                Rule::BeforeField {
                    other: start.to_owned(),
                },
            );
        }
    }
    for code in [
        "personal.date_of_birth",
        "case.exploitation_began",
        "case.identified_on",
        "header.date",
    ] {
        if date(code).is_some_and(|d| d > today) {
            errors.add(format!("fields.{code}"), Rule::InFuture);
        }
    }
}
