//! The referral template's schema (seed 004 Annex I), read from `data/template/`.
//!
//! The file is reference data, so it is checked when loaded: unique codes, known types,
//! code lists that exist, conditions that point at a field able to hold them. A node
//! refuses to start with a broken template rather than send half-valid referrals.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{DomainError, Errors};
use crate::rule::Rule;

/// The wire code of a field: `<group>.<field>`, both snake_case ASCII.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "personal.sex")]
pub struct FieldCode(String);

impl FieldCode {
    pub fn parse(code: &str) -> Result<Self, String> {
        match code.split_once('.') {
            Some((group, field)) if is_code(group) && is_code(field) => Ok(Self(code.to_owned())),
            _ => Err(Rule::NotAFieldCode {
                code: code.to_owned(),
            }
            .english()),
        }
    }
    pub fn new(group: &str, field: &str) -> Result<Self, String> {
        Self::parse(&format!("{group}.{field}"))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn group(&self) -> &str {
        self.0.split_once('.').map_or("", |(g, _)| g)
    }
    pub fn field(&self) -> &str {
        self.0.split_once('.').map_or("", |(_, f)| f)
    }
    /// The Fluent message id of its label: `field-<group>-<field>`.
    pub fn label_key(&self) -> String {
        format!("field-{}-{}", self.group(), self.field())
    }
}

impl fmt::Display for FieldCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl TryFrom<String> for FieldCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}
impl From<FieldCode> for String {
    fn from(value: FieldCode) -> Self {
        value.0
    }
}

/// A code: lower-case ASCII letters, digits and `_`, starting with a letter.
pub(crate) fn is_code(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && s.len() <= 64
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// One line, at most [`SHORT_TEXT_MAX`](crate::text::SHORT_TEXT_MAX) characters,
    /// marked with the language it was written in.
    Text,
    /// Paragraphs, marked with their language.
    LongText,
    Date,
    #[serde(rename = "datetime")]
    DateTime,
    YesNo,
    /// One code of the field's list.
    Code,
    /// Several codes of the field's list.
    Codes,
    Country,
    Countries,
    Languages,
    /// An institution and the people to contact there.
    Contact,
    /// A long-term measure: offered to the person, accepted by the person (Annex I §6.2).
    Offer,
}

impl FieldType {
    pub const ALL: [FieldType; 12] = [
        FieldType::Text,
        FieldType::LongText,
        FieldType::Date,
        FieldType::DateTime,
        FieldType::YesNo,
        FieldType::Code,
        FieldType::Codes,
        FieldType::Country,
        FieldType::Countries,
        FieldType::Languages,
        FieldType::Contact,
        FieldType::Offer,
    ];
    pub fn has_list(self) -> bool {
        matches!(self, FieldType::Code | FieldType::Codes)
    }
}

/// Who fills a field. Annex I splits the template: the country of exploitation fills the
/// header and sections 1–5 before the return; the country of origin or third country
/// fills sections 6–7 after it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Exploitation,
    Origin,
    Either,
}

impl Side {
    /// Whether a version written by `author` may set a field of this side.
    pub fn fillable_by(self, author: Side) -> bool {
        self == Side::Either || self == author
    }
    pub fn code(self) -> &'static str {
        match self {
            Side::Exploitation => "exploitation",
            Side::Origin => "origin",
            Side::Either => "either",
        }
    }
}

/// What kind of data a field holds; special-category data (GDPR art. 9 and 10: health,
/// sex life, criminal proceedings) is shown and exported with the most care.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DataCategory {
    /// About an institution or its staff, not about the person.
    Institutional,
    Personal,
    Special,
}

/// When a field becomes required: another field is yes, or contains a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Condition {
    IsYes(FieldCode),
    Contains(FieldCode, String),
}

impl Condition {
    pub fn field(&self) -> &FieldCode {
        match self {
            Condition::IsYes(f) | Condition::Contains(f, _) => f,
        }
    }
}

impl TryFrom<String> for Condition {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        match value.split_once('=') {
            Some((field, code)) if is_code(code) => Ok(Condition::Contains(
                FieldCode::parse(field)?,
                code.to_owned(),
            )),
            Some(_) => Err(Rule::BadCondition { condition: value }.english()),
            None => Ok(Condition::IsYes(FieldCode::parse(&value)?)),
        }
    }
}
impl From<Condition> for String {
    fn from(value: Condition) -> Self {
        match value {
            Condition::IsYes(f) => f.0,
            Condition::Contains(f, code) => format!("{f}={code}"),
        }
    }
}

/// One field of the template, with everything a reader or validator needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Field {
    pub code: FieldCode,
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, example = "case.exploitation_types=other")]
    pub required_when: Option<Condition>,
    pub side: Side,
    pub data: DataCategory,
    /// Set on a field a national profile added: the country whose law asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_by: Option<crate::codes::CountryCode>,
    /// Labels of a profile's field, by language. Base fields have theirs in Fluent files.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Group {
    pub code: String,
    /// The number printed on the form ("1.1"); empty where Annex I has none.
    pub number: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Section {
    pub code: String,
    pub number: String,
    pub side: Side,
    pub groups: Vec<Group>,
}

impl Section {
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.groups.iter().flat_map(|g| g.fields.iter())
    }
}

/// Where a field lives: in the referral itself, or in each entry of the child's template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Referral,
    Child,
}

/// A version of the template, possibly adapted by a national profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Template {
    pub version: u32,
    /// The national profile applied, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<super::ProfileRef>,
    pub lists: BTreeMap<String, Vec<String>>,
    pub sections: Vec<Section>,
    /// The child's template: one entry per child to be returned.
    pub child: Section,
}

impl Template {
    /// Every field of the referral part, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections.iter().flat_map(Section::fields)
    }
    pub fn child_fields(&self) -> impl Iterator<Item = &Field> {
        self.child.fields()
    }
    pub fn all_fields(&self) -> impl Iterator<Item = (Part, &Field)> {
        self.fields()
            .map(|f| (Part::Referral, f))
            .chain(self.child_fields().map(|f| (Part::Child, f)))
    }
    pub fn field(&self, part: Part, code: &FieldCode) -> Option<&Field> {
        match part {
            Part::Referral => self.fields().find(|f| &f.code == code),
            Part::Child => self.child_fields().find(|f| &f.code == code),
        }
    }
    pub fn list(&self, name: &str) -> Option<&[String]> {
        self.lists.get(name).map(Vec::as_slice)
    }
    pub fn sections_with_child(&self) -> impl Iterator<Item = &Section> {
        self.sections.iter().chain(std::iter::once(&self.child))
    }

    /// Parses and checks a template file.
    pub fn from_toml(text: &str) -> Result<Template, DomainError> {
        let raw: RawTemplate = toml::from_str(text).map_err(|e| {
            DomainError::field(
                "template",
                Rule::TemplateUnreadable {
                    detail: e.to_string(),
                },
            )
        })?;
        if raw.schema != SCHEMA_NAME {
            return Err(DomainError::field(
                "template.schema",
                Rule::WrongFormat {
                    found: raw.schema,
                    expected: SCHEMA_NAME.to_owned(),
                },
            ));
        }
        let template = Template {
            version: raw.version,
            profile: None,
            lists: raw.lists,
            sections: raw
                .section
                .into_iter()
                .map(RawSection::build)
                .collect::<Result<_, _>>()?,
            child: raw.child.build()?,
        };
        template.check()?;
        Ok(template)
    }

    /// The rules every template (base or adapted) keeps.
    pub fn check(&self) -> Result<(), DomainError> {
        let mut errors = Errors::new();
        for (name, codes) in &self.lists {
            if !is_code(name) {
                errors.add(format!("lists.{name}"), Rule::NotACode);
            }
            if codes.is_empty() {
                errors.add(format!("lists.{name}"), Rule::EmptyList);
            }
            let mut seen = BTreeSet::new();
            for code in codes {
                if !is_code(code) {
                    errors.add(
                        format!("lists.{name}"),
                        Rule::CodeNotACode { code: code.clone() },
                    );
                }
                if !seen.insert(code) {
                    errors.add(
                        format!("lists.{name}"),
                        Rule::CodeListedTwice { code: code.clone() },
                    );
                }
            }
        }
        let mut groups = BTreeSet::new();
        let mut sections = BTreeSet::new();
        for section in self.sections_with_child() {
            if !sections.insert(&section.code) {
                errors.add(format!("section.{}", section.code), Rule::DefinedTwice);
            }
            for group in &section.groups {
                if !groups.insert(&group.code) {
                    errors.add(format!("group.{}", group.code), Rule::DefinedTwice);
                }
            }
        }
        for part in [Part::Referral, Part::Child] {
            let fields: Vec<&Field> = match part {
                Part::Referral => self.fields().collect(),
                Part::Child => self.child_fields().collect(),
            };
            let mut seen = BTreeSet::new();
            for field in &fields {
                let name = field.code.as_str();
                if !seen.insert(&field.code) {
                    errors.add(name, Rule::DefinedTwice);
                }
                match (&field.list, field.kind.has_list()) {
                    (Some(list), true) if !self.lists.contains_key(list) => {
                        errors.add(name, Rule::NoSuchList { list: list.clone() })
                    }
                    (None, true) => errors.add(name, Rule::NeedsList),
                    (Some(_), false) => errors.add(name, Rule::TakesNoList),
                    _ => {}
                }
                if field.required && field.required_when.is_some() {
                    errors.add(name, Rule::RequiredTwice);
                }
                if let Some(condition) = &field.required_when {
                    let target = fields.iter().find(|f| &f.code == condition.field());
                    match (condition, target) {
                        (_, None) => errors.add(
                            name,
                            Rule::ConditionUnknownField {
                                field: condition.field().to_string(),
                            },
                        ),
                        (Condition::IsYes(_), Some(t)) if t.kind != FieldType::YesNo => errors.add(
                            name,
                            Rule::ConditionNeedsYesNo {
                                field: condition.field().to_string(),
                            },
                        ),
                        (Condition::Contains(_, code), Some(t)) => {
                            let holds = t.list.as_deref().and_then(|l| self.lists.get(l));
                            if !holds.is_some_and(|codes| codes.contains(code)) {
                                errors.add(
                                    name,
                                    Rule::ConditionCannotHold {
                                        field: condition.field().to_string(),
                                        code: code.clone(),
                                    },
                                );
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        errors.into_result()
    }
}

pub const SCHEMA_NAME: &str = "opentrm-referral";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    schema: String,
    version: u32,
    lists: BTreeMap<String, Vec<String>>,
    section: Vec<RawSection>,
    child: RawSection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    code: String,
    #[serde(default)]
    number: String,
    side: Side,
    group: Vec<RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    code: String,
    #[serde(default)]
    number: String,
    side: Option<Side>,
    data: Option<DataCategory>,
    field: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawField {
    pub code: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    pub list: Option<String>,
    #[serde(default)]
    pub required: bool,
    pub required_when: Option<Condition>,
    pub side: Option<Side>,
    pub data: Option<DataCategory>,
}

impl RawSection {
    fn build(self) -> Result<Section, DomainError> {
        if !is_code(&self.code) {
            return Err(DomainError::field(
                format!("section.{}", self.code),
                Rule::NotACode,
            ));
        }
        let side = self.side;
        let groups = self
            .group
            .into_iter()
            .map(|g| {
                if !is_code(&g.code) {
                    return Err(DomainError::field(
                        format!("group.{}", g.code),
                        Rule::NotACode,
                    ));
                }
                let group_side = g.side.unwrap_or(side);
                let group_data = g.data.unwrap_or(DataCategory::Personal);
                let fields = g
                    .field
                    .into_iter()
                    .map(|f| f.build(&g.code, group_side, group_data))
                    .collect::<Result<_, _>>()?;
                Ok(Group {
                    code: g.code,
                    number: g.number,
                    fields,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Section {
            code: self.code,
            number: self.number,
            side,
            groups,
        })
    }
}

impl RawField {
    pub(crate) fn build(
        self,
        group: &str,
        side: Side,
        data: DataCategory,
    ) -> Result<Field, DomainError> {
        let code = FieldCode::new(group, &self.code).map_err(|_| {
            DomainError::field(
                format!("{group}.{}", self.code),
                Rule::NotAFieldCode {
                    code: format!("{group}.{}", self.code),
                },
            )
        })?;
        Ok(Field {
            code,
            kind: self.kind,
            list: self.list,
            required: self.required,
            required_when: self.required_when,
            side: self.side.unwrap_or(side),
            data: self.data.unwrap_or(data),
            added_by: None,
            labels: BTreeMap::new(),
        })
    }
}
