//! National profiles: a country adapts the template "through the addition or deletion of
//! certain information fields, as determined by national legislation" (seed 004 §4.5).
//!
//! A profile may add fields (coded `x_<country>_…`, so they never collide with a later
//! version of the base template) and remove optional ones. It has its own version, and a
//! referral carries the profile it was made with, so a receiving node can validate it
//! against the sender's version and show the added fields with the sender's labels.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::schema::{
    Condition, DataCategory, Field, FieldCode, FieldType, Side, Template, is_code,
};
use crate::codes::CountryCode;
use crate::error::{DomainError, Errors};
use crate::rule::Rule;
use crate::text::SHORT_TEXT_MAX;

/// The country named by a profile field's code `x_<cc>_<name>`.
fn added_by(code: &str) -> Option<CountryCode> {
    let rest = code.strip_prefix("x_")?;
    let (cc, name) = rest.split_once('_')?;
    if cc.len() != 2 || name.is_empty() || !is_code(code) {
        return None;
    }
    CountryCode::parse(&cc.to_ascii_uppercase()).ok()
}

/// Which profile a referral was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileRef {
    pub country: CountryCode,
    pub version: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub country: CountryCode,
    /// Raised by the country at each change; 0 is the unchanged base template.
    pub version: u32,
    /// The template version the profile adapts.
    pub template_version: u32,
    /// Optional fields the country's law does not allow or need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<FieldCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<ProfileField>,
}

/// A field a country adds, with its labels: a node that does not know the country's
/// profile still shows the field with the label in the sender's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileField {
    /// An existing group of the template the field is shown in.
    pub group: String,
    /// `x_<country code>_<name>`, e.g. `x_it_art18_programme`.
    pub code: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub required_when: Option<Condition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    pub data: DataCategory,
    /// Label by language code; English and the country's language at least.
    pub labels: BTreeMap<String, String>,
}

impl Profile {
    /// The base template, unchanged, for a country without a profile of its own.
    pub fn base(country: CountryCode, template_version: u32) -> Profile {
        Profile {
            country,
            version: 0,
            template_version,
            remove: vec![],
            add: vec![],
        }
    }

    pub fn from_toml(text: &str) -> Result<Profile, DomainError> {
        toml::from_str(text).map_err(|e| {
            DomainError::field(
                "profile",
                Rule::ProfileUnreadable {
                    detail: e.to_string(),
                },
            )
        })
    }

    pub fn reference(&self) -> ProfileRef {
        ProfileRef {
            country: self.country,
            version: self.version,
        }
    }

    /// The template as this country uses it. Every error names the profile entry.
    pub fn apply(&self, base: &Template) -> Result<Template, DomainError> {
        let mut errors = Errors::new();
        if self.template_version != base.version {
            errors.add(
                "profile.template_version",
                Rule::ProfileTemplateVersion {
                    version: self.template_version,
                    template: base.version,
                },
            );
            return errors.into_result().map(|()| base.clone());
        }
        let mut template = base.clone();
        template.profile = Some(self.reference());

        for (i, code) in self.remove.iter().enumerate() {
            let name = format!("profile.remove[{i}]");
            let Some((_, field)) = base.all_fields().find(|(_, f)| &f.code == code) else {
                errors.add(
                    name,
                    Rule::NotATemplateField {
                        code: code.to_string(),
                        version: base.version,
                    },
                );
                continue;
            };
            if field.required {
                errors.add(
                    &name,
                    Rule::RemovesRequired {
                        code: code.to_string(),
                    },
                );
            }
            if let Some((_, dependant)) = base.all_fields().find(|(_, f)| {
                f.required_when.as_ref().is_some_and(|c| c.field() == code)
                    && !self.remove.contains(&f.code)
            }) {
                errors.add(
                    name,
                    Rule::RemoveBothOrNeither {
                        code: code.to_string(),
                        dependant: dependant.code.to_string(),
                    },
                );
            }
        }
        for section in template
            .sections
            .iter_mut()
            .chain(std::iter::once(&mut template.child))
        {
            for group in &mut section.groups {
                group.fields.retain(|f| !self.remove.contains(&f.code));
            }
        }

        for (i, added) in self.add.iter().enumerate() {
            let name = format!("profile.add[{i}]");
            // A follow-up version carries the sender's additions and the answering
            // country's: each field names its own country in its code.
            let Some(country) = added_by(&added.code) else {
                errors.add(
                    format!("{name}.code"),
                    Rule::BadProfileFieldCode {
                        code: added.code.clone(),
                        country: self.country.as_str().to_ascii_lowercase(),
                    },
                );
                continue;
            };
            if !added.labels.contains_key("en") {
                errors.add(format!("{name}.labels"), Rule::NeedsEnglishLabel);
            }
            for (lang, label) in &added.labels {
                if crate::codes::LanguageCode::parse(lang).is_err() {
                    errors.add(
                        format!("{name}.labels.{lang}"),
                        Rule::NotLanguageCode { code: lang.clone() },
                    );
                }
                if label.trim().is_empty() || label.chars().count() > SHORT_TEXT_MAX {
                    errors.add(
                        format!("{name}.labels.{lang}"),
                        Rule::LabelLength {
                            max: SHORT_TEXT_MAX,
                        },
                    );
                }
            }
            let target = template
                .sections
                .iter_mut()
                .chain(std::iter::once(&mut template.child))
                .find_map(|s| {
                    let side = s.side;
                    s.groups
                        .iter_mut()
                        .find(|g| g.code == added.group)
                        .map(|g| (side, g))
                });
            let Some((section_side, group)) = target else {
                errors.add(
                    format!("{name}.group"),
                    Rule::NotAGroup {
                        group: added.group.clone(),
                    },
                );
                continue;
            };
            let Ok(code) = FieldCode::new(&added.group, &added.code) else {
                continue;
            };
            group.fields.push(Field {
                code,
                kind: added.kind,
                list: added.list.clone(),
                required: added.required,
                required_when: added.required_when.clone(),
                side: added.side.unwrap_or(section_side),
                data: added.data,
                added_by: Some(country),
                labels: added.labels.clone(),
            });
        }
        errors.into_result()?;
        template.check().map_err(|e| match e {
            DomainError::Invalid(list) => DomainError::Invalid(
                list.into_iter()
                    .map(|mut fe| {
                        fe.field = format!("profile: {}", fe.field);
                        fe
                    })
                    .collect(),
            ),
            other => other,
        })?;
        Ok(template)
    }
}
