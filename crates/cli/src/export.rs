//! `trm export person`: everything the node holds about the person of one case
//! (subject access, GDPR art. 15), as JSON or as a printable HTML page.
//!
//! The HTML page is self-contained (inline CSS, no scripts, fonts or images), prints on
//! A4, and every value in it is HTML-escaped. Headings and field labels come from
//! `data/i18n/export/<lang>.toml`, in the person's language where a file exists,
//! otherwise English; a label missing in one language falls back to English.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;
use trm_domain::access::Section;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::codes::LanguageCode;
use trm_domain::ids::CaseId;
use trm_server::error::ApiError;
use trm_server::services::build_person_export;

use crate::node::{CliError, io};

pub const EXPORT_COMMAND: &str = "trm export person";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Everything, as pretty-printed JSON.
    Json,
    /// A printable page for the person (A4, self-contained).
    Html,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Html => "html",
        }
    }
}

/// The label files, English first.
const LABELS: [(&str, &str); 5] = [
    ("en", include_str!("../../../data/i18n/export/en.toml")),
    ("it", include_str!("../../../data/i18n/export/it.toml")),
    ("ro", include_str!("../../../data/i18n/export/ro.toml")),
    ("sq", include_str!("../../../data/i18n/export/sq.toml")),
    ("uk", include_str!("../../../data/i18n/export/uk.toml")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Labels {
    text: BTreeMap<String, String>,
    fields: BTreeMap<String, String>,
}

fn parse_labels(lang: &str) -> Result<Labels, CliError> {
    let source = LABELS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .ok_or_else(|| CliError::Usage(format!("no export labels for `{lang}`")))?;
    toml::from_str(source).map_err(|e| {
        CliError::Usage(format!(
            "data/i18n/export/{lang}.toml is invalid (a broken build?): {e}"
        ))
    })
}

/// Labels in one language, falling back to English.
struct Translation {
    lang: &'static str,
    own: Labels,
    english: Labels,
    /// Fields are shown in the order en.toml lists them (the order of the record).
    order: HashMap<String, usize>,
}

impl Translation {
    fn new(lang: &'static str) -> Result<Translation, CliError> {
        let english_source = LABELS[0].1;
        let mut order = HashMap::new();
        let mut in_fields = false;
        for line in english_source.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_fields = line == "[fields]";
            } else if in_fields && let Some((key, _)) = line.split_once(" =") {
                let next = order.len();
                order.entry(key.trim().to_owned()).or_insert(next);
            }
        }
        Ok(Translation {
            lang,
            own: parse_labels(lang)?,
            english: parse_labels("en")?,
            order,
        })
    }

    fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.own
            .text
            .get(key)
            .or_else(|| self.english.text.get(key))
            .map_or(key, String::as_str)
    }

    fn field(&self, key: &str) -> String {
        match self
            .own
            .fields
            .get(key)
            .or_else(|| self.english.fields.get(key))
        {
            Some(label) => label.clone(),
            None => {
                let words = key.replace('_', " ");
                let mut chars = words.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => words,
                }
            }
        }
    }

    fn rank(&self, key: &str) -> usize {
        self.order.get(key).copied().unwrap_or(usize::MAX)
    }
}

/// The language of the labels: `--lang` if given, else the person's first language
/// that has labels, else English.
fn choose_language(
    asked: Option<&str>,
    person_languages: &[LanguageCode],
) -> Result<&'static str, CliError> {
    let available = |code: &str| LABELS.iter().find(|(l, _)| *l == code).map(|(l, _)| *l);
    if let Some(asked) = asked {
        let code =
            LanguageCode::parse(asked).map_err(|e| CliError::Usage(format!("--lang: {e}")))?;
        return Ok(available(code.as_str()).unwrap_or_else(|| {
            let all: Vec<&str> = LABELS.iter().map(|(l, _)| *l).collect();
            eprintln!(
                "note: there are no export labels in `{}` yet; using English (labels exist for {})",
                code.as_str(),
                all.join(", ")
            );
            "en"
        }));
    }
    Ok(person_languages
        .iter()
        .find_map(|l| available(l.as_str()))
        .unwrap_or("en"))
}

pub async fn person(
    case_id: &str,
    data: &Path,
    out: &Path,
    format: Format,
    lang: Option<&str>,
) -> Result<(), CliError> {
    // The argument is not echoed: a name typed by mistake must not reach a log.
    let id = CaseId::parse(case_id).map_err(|_| {
        CliError::Usage(
            "CASE_ID: not a case id (a case id is a UUID such as 0190a5d2-7c3e-7b11-9a3f-3c1d2e4f5a6b)"
                .into(),
        )
    })?;
    let data = crate::paths::node_dir(data)?;
    let out = crate::paths::new_file("--out", out, &data)?;
    let (_, state) = crate::node::open(&data).await?;
    let export = match build_person_export(&state, id).await {
        Ok(export) => export,
        Err(ApiError::NotFound(_)) => {
            state.store.close().await;
            return Err(CliError::Usage(format!(
                "CASE_ID: this node holds no case {id}"
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let lang = choose_language(lang, &export.case.case.person.languages)?;
    let audit = AuditEvent::new(
        OffsetDateTime::now_utc(),
        AuditActor::Command {
            command: EXPORT_COMMAND.into(),
        },
        AuditAction::PersonExported,
    )
    .case(id)
    .sections(Section::ALL)
    .subject(format.name());
    // Recorded before the file is written: no export leaves without its record.
    state.store.audit(vec![audit]).await?;
    state.store.close().await;
    let value = serde_json::to_value(&export)
        .map_err(|e| CliError::Usage(format!("the export could not be serialised: {e}")))?;
    let bytes = match format {
        Format::Json => {
            let mut bytes = serde_json::to_vec_pretty(&value)
                .map_err(|e| CliError::Usage(format!("the export could not be serialised: {e}")))?;
            bytes.push(b'\n');
            bytes
        }
        Format::Html => html(&value, &Translation::new(lang)?).into_bytes(),
    };
    crate::paths::write_new_private(&out, |file| file.write_all(&bytes).map_err(io(&out)))?;
    println!(
        "wrote everything held about the person of case {id} to {} ({}, labels: {lang})",
        out.display(),
        format.name()
    );
    println!(
        "it holds special-category personal data: hand it over securely, then delete this copy"
    );
    Ok(())
}

/// `s` with the five HTML special characters replaced by entities.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
  color: #111; background: #fff; max-width: 182mm; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .3em; }
h2 { font-size: 13pt; margin: 1.4em 0 .5em; padding-bottom: .2em; border-bottom: 1.5px solid #444;
  break-after: avoid; page-break-after: avoid; }
dl { display: grid; grid-template-columns: minmax(9em, 34%) 1fr; gap: .15em .8em; margin: .2em 0; }
dt { font-weight: 600; color: #333; }
dd { margin: 0; overflow-wrap: anywhere; }
.record { border: 1px solid #bbb; border-radius: 3px; padding: .35em .6em; margin: .4em 0;
  break-inside: avoid; page-break-inside: avoid; }
.none { color: #666; font-style: italic; }
.confidential { border: 1.5px solid #444; padding: .4em .6em; font-weight: 600; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  .record { border-color: #888; }
}
";

/// The printable page. Every value goes through [`escape`].
fn html(export: &Value, t: &Translation) -> String {
    let case = &export["case"]["case"];
    let mut o = String::with_capacity(64 * 1024);
    o.push_str("<!DOCTYPE html>\n<html lang=\"");
    o.push_str(&escape(t.lang));
    o.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    o.push_str(&escape(t.text("title")));
    o.push_str("</title>\n<style>\n");
    o.push_str(CSS);
    o.push_str("</style>\n</head>\n<body>\n<h1>");
    o.push_str(&escape(t.text("title")));
    o.push_str("</h1>\n<p>");
    o.push_str(&escape(t.text("intro")));
    o.push_str("</p>\n<dl>");
    for (label, value) in [
        ("case_number", &case["id"]),
        ("node", &export["node"]),
        ("exported_at", &export["exported_at"]),
    ] {
        o.push_str("<dt>");
        o.push_str(&escape(t.text(label)));
        o.push_str("</dt><dd>");
        render(&mut o, t, value);
        o.push_str("</dd>");
    }
    o.push_str("</dl>\n<p class=\"confidential\">");
    o.push_str(&escape(t.text("confidential")));
    o.push_str("</p>\n");

    let mut rest_of_case = case.clone();
    if let Value::Object(fields) = &mut rest_of_case {
        fields.remove("person");
    }
    let sections: [(&str, &Value); 8] = [
        ("section_person", &case["person"]),
        ("section_case", &rest_of_case),
        ("section_summary", &export["case"]["derived"]),
        ("section_measures", &export["case"]["measures"]),
        ("section_consents", &export["case"]["consents"]),
        ("section_timeline", &export["timeline"]),
        ("section_shares", &export["shares"]),
        ("section_access_log", &export["access_log"]),
    ];
    for (heading, value) in sections {
        o.push_str("<section>\n<h2>");
        o.push_str(&escape(t.text(heading)));
        o.push_str("</h2>\n");
        render(&mut o, t, value);
        o.push_str("\n</section>\n");
    }
    o.push_str("<p class=\"confidential\">");
    o.push_str(&escape(t.text("confidential")));
    o.push_str("</p>\n</body>\n</html>\n");
    o
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn none(o: &mut String, t: &Translation) {
    o.push_str("<span class=\"none\">");
    o.push_str(&escape(t.text("none")));
    o.push_str("</span>");
}

fn render(o: &mut String, t: &Translation, v: &Value) {
    match v {
        Value::Null => none(o, t),
        Value::Bool(b) => o.push_str(&escape(t.text(if *b { "yes" } else { "no" }))),
        Value::Number(n) => o.push_str(&escape(&n.to_string())),
        Value::String(s) => o.push_str(&escape(s).replace('\n', "<br>")),
        Value::Array(items) if items.is_empty() => none(o, t),
        Value::Array(items) if items.iter().all(is_scalar) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    o.push_str(", ");
                }
                render(o, t, item);
            }
        }
        Value::Array(items) => {
            for item in items {
                o.push_str("<div class=\"record\">");
                render(o, t, item);
                o.push_str("</div>\n");
            }
        }
        Value::Object(fields) if fields.is_empty() => none(o, t),
        Value::Object(fields) => {
            let mut keys: Vec<&String> = fields.keys().collect();
            keys.sort_by_key(|k| (t.rank(k), k.as_str()));
            o.push_str("<dl>");
            for key in keys {
                o.push_str("<dt>");
                o.push_str(&escape(&t.field(key)));
                o.push_str("</dt><dd>");
                render(o, t, &fields[key.as_str()]);
                o.push_str("</dd>");
            }
            o.push_str("</dl>");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_file_parses_and_escaping_covers_the_specials() {
        for (lang, _) in LABELS {
            assert!(parse_labels(lang).is_ok(), "{lang}");
        }
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
