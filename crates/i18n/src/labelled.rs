//! The template with every label, help text and code-list value in one language: what a
//! form is built from (`GET /api/template?lang=`, `trm template show --lang`).

use serde::Serialize;
use trm_domain::template::{Condition, DataCategory, Field, FieldType, Side, Template};

use crate::{Lang, lookup_attribute, text};

#[derive(Debug, Clone, Serialize)]
pub struct LabelledTemplate {
    pub version: u32,
    pub lang: &'static str,
    /// The national profile applied: `IT` version 1, say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    pub title: String,
    pub sections: Vec<LabelledSection>,
    pub child: LabelledSection,
    pub lists: Vec<LabelledList>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelledSection {
    pub code: String,
    pub number: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub side: Side,
    pub side_label: String,
    pub groups: Vec<LabelledGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelledGroup {
    pub code: String,
    pub number: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub fields: Vec<LabelledField>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelledField {
    pub code: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    pub required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_when: Option<String>,
    pub side: Side,
    pub data: DataCategory,
    /// The country whose national profile added the field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelledList {
    pub code: String,
    pub values: Vec<LabelledCode>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelledCode {
    pub code: String,
    pub label: String,
}

pub fn labelled(template: &Template, lang: Lang) -> LabelledTemplate {
    let section = |s: &trm_domain::template::Section| LabelledSection {
        code: s.code.clone(),
        number: s.number.clone(),
        title: text(lang, &format!("section-{}", s.code), &[]),
        help: lookup_attribute(lang, &format!("section-{}", s.code), "help"),
        side: s.side,
        side_label: text(lang, &format!("side-{}", s.side.code()), &[]),
        groups: s
            .groups
            .iter()
            .map(|g| LabelledGroup {
                code: g.code.clone(),
                number: g.number.clone(),
                title: text(lang, &format!("group-{}", g.code), &[]),
                help: lookup_attribute(lang, &format!("group-{}", g.code), "help"),
                fields: g.fields.iter().map(|f| field(f, lang)).collect(),
            })
            .collect(),
    };
    LabelledTemplate {
        version: template.version,
        lang: lang.tag(),
        profile: template
            .profile
            .map(|p| format!("{} version {}", p.country, p.version)),
        title: text(lang, "template-title", &[]),
        sections: template.sections.iter().map(section).collect(),
        child: section(&template.child),
        lists: template
            .lists
            .iter()
            .map(|(name, codes)| LabelledList {
                code: name.clone(),
                values: codes
                    .iter()
                    .map(|c| LabelledCode {
                        code: c.clone(),
                        label: text(lang, &format!("list-{name}-{c}"), &[]),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A field's label in `lang`; a profile's field carries its own labels (English when it
/// has none in `lang`).
pub fn field_label(field: &Field, lang: Lang) -> String {
    match field.added_by {
        None => text(lang, &field.code.label_key(), &[]),
        Some(_) => field
            .labels
            .get(lang.iso639())
            .or_else(|| field.labels.get("en"))
            .cloned()
            .unwrap_or_else(|| field.code.to_string()),
    }
}

fn field(f: &Field, lang: Lang) -> LabelledField {
    LabelledField {
        code: f.code.to_string(),
        kind: f.kind,
        label: field_label(f, lang),
        help: if f.added_by.is_none() {
            lookup_attribute(lang, &f.code.label_key(), "help")
        } else {
            None
        },
        list: f.list.clone(),
        required: f.required,
        required_when: f
            .required_when
            .as_ref()
            .map(|c: &Condition| String::from(c.clone())),
        side: f.side,
        data: f.data,
        added_by: f.added_by.map(|c| c.to_string()),
    }
}
