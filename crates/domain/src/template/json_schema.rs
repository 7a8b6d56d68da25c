//! The JSON Schema (draft 2020-12) of the wire form, generated from the template file so
//! the two never disagree. Partners who build their own systems validate against it.

use serde_json::{Map, Value as Json, json};

use super::schema::{Field, FieldType, Template};
use crate::codes::{CountryCode, LanguageCode};
use crate::text::{LONG_TEXT_MAX, SHORT_TEXT_MAX};

/// The schema of documents made with `template` (a base version or a national profile).
pub fn json_schema(template: &Template) -> Json {
    let id = match template.profile {
        Some(p) => format!(
            "urn:opentrm:referral:{}:{}:{}",
            template.version, p.country, p.version
        ),
        None => format!("urn:opentrm:referral:{}", template.version),
    };
    let mut defs = Map::new();
    let countries: Vec<String> = CountryCode::all().map(String::from).collect();
    let languages: Vec<String> = LanguageCode::all().map(String::from).collect();
    defs.insert(
        "country".into(),
        json!({"type": "string", "enum": countries}),
    );
    defs.insert(
        "language".into(),
        json!({"type": "string", "enum": languages}),
    );
    for (name, max) in [("text", SHORT_TEXT_MAX), ("long_text", LONG_TEXT_MAX)] {
        defs.insert(
            name.into(),
            json!({
                "description": "Free text; the object form names the language it was written in.",
                "anyOf": [
                    {"type": "string", "minLength": 1, "maxLength": max},
                    {"type": "object", "additionalProperties": false, "required": ["text", "lang"],
                     "properties": {"text": {"type": "string", "minLength": 1, "maxLength": max}, "lang": {"$ref": "#/$defs/language"}}}
                ]
            }),
        );
    }
    defs.insert(
        "date".into(),
        json!({"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
    );
    defs.insert(
        "datetime".into(),
        json!({"type": "string", "format": "date-time"}),
    );
    let contact_parts: Map<String, Json> = super::value::Contact::PARTS
        .iter()
        .map(|p| {
            (
                (*p).to_owned(),
                json!({"type": "string", "maxLength": SHORT_TEXT_MAX}),
            )
        })
        .collect();
    defs.insert(
        "contact".into(),
        json!({"type": "object", "additionalProperties": false, "minProperties": 1, "properties": contact_parts,
               "anyOf": [{"required": ["organisation"]}, {"required": ["person"]}]}),
    );
    defs.insert(
        "offer".into(),
        json!({"type": "object", "additionalProperties": false, "required": ["offered", "accepted"],
               "properties": {"offered": {"type": "boolean"}, "accepted": {"type": "boolean"}, "comment": {"$ref": "#/$defs/long_text"}},
               "description": "A measure can be accepted only once offered.",
               "not": {"properties": {"offered": {"const": false}, "accepted": {"const": true}}}}),
    );
    for (name, codes) in &template.lists {
        defs.insert(
            format!("list_{name}"),
            json!({"type": "string", "enum": codes}),
        );
    }

    let fields = |part: &mut dyn Iterator<Item = &Field>| -> Json {
        let properties: Map<String, Json> = part
            .map(|f| (f.code.as_str().to_owned(), field_schema(f)))
            .collect();
        json!({"type": "object", "additionalProperties": false, "properties": properties})
    };
    let referral_fields = fields(&mut template.fields());
    let child_fields = fields(&mut template.child_fields());
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": id,
        "title": format!("OpenTRM transnational referral (template version {})", template.version),
        "description": "One version of a referral document (seed 004 Annex I). Codes travel on the wire; labels are looked up by the reader. x-opentrm-* keywords tell who fills a field, what kind of data it holds and whether it is required before sending.",
        "type": "object",
        "additionalProperties": false,
        "required": ["format", "referral", "template_version", "profile", "author_side", "language", "fields"],
        "properties": {
            "format": {"const": super::SCHEMA_NAME},
            "referral": {"type": "object", "additionalProperties": false, "required": ["referral_id", "version"],
                         "properties": {"referral_id": {"type": "string", "format": "uuid"}, "version": {"type": "integer", "minimum": 1}}},
            "template_version": {"const": template.version},
            "profile": {"type": "object", "required": ["country", "version", "template_version"],
                        "properties": {"country": {"$ref": "#/$defs/country"}, "version": {"type": "integer", "minimum": 0},
                                       "template_version": {"const": template.version},
                                       "remove": {"type": "array", "items": {"type": "string"}},
                                       "add": {"type": "array", "items": {"type": "object"}}}},
            "author_side": {"enum": ["exploitation", "origin"]},
            "language": {"$ref": "#/$defs/language"},
            "fields": referral_fields,
            "children": {"type": "array", "maxItems": super::MAX_CHILDREN, "items": child_fields}
        },
        "$defs": defs
    })
}

fn field_schema(field: &Field) -> Json {
    let mut schema = match field.kind {
        FieldType::Text => json!({"$ref": "#/$defs/text"}),
        FieldType::LongText => json!({"$ref": "#/$defs/long_text"}),
        FieldType::Date => json!({"$ref": "#/$defs/date"}),
        FieldType::DateTime => json!({"$ref": "#/$defs/datetime"}),
        FieldType::YesNo => json!({"type": "boolean"}),
        FieldType::Code => {
            json!({"$ref": format!("#/$defs/list_{}", field.list.as_deref().unwrap_or_default())})
        }
        FieldType::Codes => json!({"type": "array", "uniqueItems": true, "minItems": 1,
                                    "items": {"$ref": format!("#/$defs/list_{}", field.list.as_deref().unwrap_or_default())}}),
        FieldType::Country => json!({"$ref": "#/$defs/country"}),
        FieldType::Countries => {
            json!({"type": "array", "uniqueItems": true, "minItems": 1, "items": {"$ref": "#/$defs/country"}})
        }
        FieldType::Languages => {
            json!({"type": "array", "uniqueItems": true, "minItems": 1, "items": {"$ref": "#/$defs/language"}})
        }
        FieldType::Contact => json!({"$ref": "#/$defs/contact"}),
        FieldType::Offer => json!({"$ref": "#/$defs/offer"}),
    };
    if let Json::Object(map) = &mut schema {
        map.insert("x-opentrm-side".into(), json!(field.side.code()));
        map.insert("x-opentrm-data".into(), json!(field.data));
        if field.required {
            map.insert("x-opentrm-required".into(), json!(true));
        }
        if let Some(when) = &field.required_when {
            map.insert("x-opentrm-required-when".into(), json!(when));
        }
        if let Some(country) = field.added_by {
            map.insert("x-opentrm-added-by".into(), json!(country));
            if let Some(en) = field.labels.get("en") {
                map.insert("title".into(), json!(en));
            }
        }
    }
    schema
}
