//! The transnational referral template (seed 004 Annex I): its schema as data, national
//! profiles, typed values, documents and their rules, prefill from a case, and the JSON
//! Schema of the wire form.

mod document;
pub mod htcds;
pub mod json_schema;
mod prefill;
mod profile;
mod schema;
mod value;

use std::sync::{Arc, LazyLock, Mutex};

pub use document::{
    Document, DocumentRef, MAX_CHILDREN, TemplateSource, Values, WireDocument, build,
    check_for_sending, check_version, parse, resolve,
};
pub use htcds::{crosswalk_gaps, to_htcds};
pub use json_schema::json_schema;
pub use prefill::{PrefillContext, prefill};
pub use profile::{Profile, ProfileField, ProfileRef};
pub use schema::{
    Condition, DataCategory, Field, FieldCode, FieldType, Group, Part, SCHEMA_NAME, Section, Side,
    Template,
};
pub use value::{Contact, LocalText, Offer, Value};

use crate::codes::CountryCode;
use crate::error::DomainError;
use crate::rule::Rule;

/// The template file of each version, embedded so a node is one binary.
pub const EMBEDDED_VERSIONS: &[(u32, &str)] = &[(
    1,
    include_str!("../../../../data/template/referral.v1.toml"),
)];

/// The national profiles shipped with OpenTRM, by country. A node may use its own file.
pub const EMBEDDED_PROFILES: &[(&str, &str)] = &[
    (
        "AL",
        include_str!("../../../../data/template/profiles/AL.toml"),
    ),
    (
        "IT",
        include_str!("../../../../data/template/profiles/IT.toml"),
    ),
    (
        "MD",
        include_str!("../../../../data/template/profiles/MD.toml"),
    ),
];

/// The version new referrals are made with.
pub const CURRENT_VERSION: u32 = 1;

/// The template versions built into this node, and the adapted templates it has built:
/// a referral names its profile, and the same few profiles come back again and again.
pub struct Embedded {
    templates: Vec<Template>,
    resolved: Mutex<Vec<(u32, Profile, Arc<Template>)>>,
}

/// At most this many adapted templates are kept; then the oldest goes.
const RESOLVED_KEPT: usize = 64;

static EMBEDDED: LazyLock<Result<Embedded, DomainError>> = LazyLock::new(|| {
    let templates = EMBEDDED_VERSIONS
        .iter()
        .map(|(version, text)| {
            let t = Template::from_toml(text)?;
            if t.version != *version {
                return Err(DomainError::field(
                    "template.version",
                    Rule::TemplateFileVersion {
                        version: *version,
                        found: t.version,
                    },
                ));
            }
            Ok(t)
        })
        .collect::<Result<_, _>>()?;
    Ok(Embedded {
        templates,
        resolved: Mutex::new(Vec::new()),
    })
});

/// The embedded templates; an error here means a broken data file in this build.
pub fn embedded() -> Result<&'static Embedded, DomainError> {
    EMBEDDED.as_ref().map_err(Clone::clone)
}

impl TemplateSource for Embedded {
    fn template(&self, version: u32) -> Option<&Template> {
        self.templates.iter().find(|t| t.version == version)
    }
    fn versions(&self) -> Vec<u32> {
        self.templates.iter().map(|t| t.version).collect()
    }
    fn resolved(&self, version: u32, profile: &Profile) -> Result<Arc<Template>, DomainError> {
        let kept = |cache: &Vec<(u32, Profile, Arc<Template>)>| {
            cache
                .iter()
                .find(|(v, p, _)| *v == version && p == profile)
                .map(|(_, _, t)| Arc::clone(t))
        };
        if let Some(t) = self.resolved.lock().ok().as_deref().and_then(kept) {
            return Ok(t);
        }
        let built = Arc::new(document::build(self, version, profile)?);
        if let Ok(mut cache) = self.resolved.lock() {
            if cache.len() >= RESOLVED_KEPT {
                cache.remove(0);
            }
            cache.push((version, profile.clone(), Arc::clone(&built)));
        }
        Ok(built)
    }
}

impl Embedded {
    pub fn current(&self) -> &Template {
        self.template(CURRENT_VERSION).unwrap_or(&self.templates[0])
    }
}

/// The profile a node of `country` uses: its shipped profile, or the base template.
pub fn profile_for(country: CountryCode) -> Result<Profile, DomainError> {
    match EMBEDDED_PROFILES
        .iter()
        .find(|(c, _)| *c == country.as_str())
    {
        Some((_, text)) => {
            let profile = Profile::from_toml(text)?;
            if profile.country != country {
                return Err(DomainError::field(
                    "profile.country",
                    Rule::ProfileFileCountry {
                        country: country.to_string(),
                        found: profile.country.to_string(),
                    },
                ));
            }
            Ok(profile)
        }
        None => Ok(Profile::base(country, CURRENT_VERSION)),
    }
}

/// The Fluent message ids a complete translation of `template` must have: every section
/// and group title, field label and code-list value. Profile fields carry their own labels.
pub fn label_keys(template: &Template) -> Vec<String> {
    let mut keys = Vec::new();
    for section in template.sections_with_child() {
        keys.push(format!("section-{}", section.code));
        for group in &section.groups {
            keys.push(format!("group-{}", group.code));
            for field in group.fields.iter().filter(|f| f.added_by.is_none()) {
                keys.push(field.code.label_key());
            }
        }
    }
    for (list, codes) in &template.lists {
        for code in codes {
            keys.push(format!("list-{list}-{code}"));
        }
    }
    keys
}

#[cfg(test)]
mod tests;
