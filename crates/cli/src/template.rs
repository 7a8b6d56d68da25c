//! `trm template show|check|json-schema`: the referral template as a person reads it,
//! and the check that the schema, the national profiles and every translation are whole.

use trm_domain::codes::CountryCode;
use trm_domain::template::{self, DataCategory, Side, Template, TemplateSource};
use trm_i18n::{Lang, labelled};

use crate::node::CliError;

fn template_for(country: Option<CountryCode>) -> Result<Template, CliError> {
    let templates = template::embedded()
        .map_err(|e| CliError::Usage(format!("the embedded template is broken: {e}")))?;
    let base = templates.current().clone();
    match country {
        None => Ok(base),
        Some(c) => {
            let profile = template::profile_for(c)
                .map_err(|e| CliError::Usage(format!("the profile of {c} is broken: {e}")))?;
            profile
                .apply(&base)
                .map_err(|e| CliError::Usage(format!("the profile of {c} does not apply: {e}")))
        }
    }
}

fn language(lang: Option<&str>) -> Result<Lang, CliError> {
    lang.map_or(Ok(Lang::ENGLISH), |l| {
        Lang::parse(l).map_err(CliError::Usage)
    })
}

/// The schema as text: sections, fields (code, type, who fills it, what data, required),
/// and every code list with its labels, in one language.
pub fn show(lang: Option<&str>, country: Option<CountryCode>) -> Result<String, CliError> {
    let lang = language(lang)?;
    let t = template_for(country)?;
    let view = labelled(&t, lang);
    let mut out = String::new();
    let push = |out: &mut String, line: String| {
        out.push_str(&line);
        out.push('\n');
    };
    push(
        &mut out,
        format!(
            "{} — template version {} ({})",
            view.title, view.version, lang
        ),
    );
    if let Some(profile) = &view.profile {
        push(&mut out, format!("national profile: {profile}"));
    }
    push(&mut out, "legend: [E] country of exploitation fills it, [O] country of origin after return, [E/O] either; * required; † special-category data".into());
    for section in view.sections.iter().chain(std::iter::once(&view.child)) {
        push(&mut out, String::new());
        let number = if section.number.is_empty() {
            String::new()
        } else {
            format!("{}. ", section.number)
        };
        push(
            &mut out,
            format!("{number}{}  ({})", section.title, section.side_label),
        );
        for group in &section.groups {
            let number = if group.number.is_empty() {
                String::new()
            } else {
                format!("{} ", group.number)
            };
            push(&mut out, format!("  {number}{}", group.title));
            if let Some(help) = &group.help {
                push(&mut out, format!("    ({help})"));
            }
            for f in &group.fields {
                let side = match f.side {
                    Side::Exploitation => "E",
                    Side::Origin => "O",
                    Side::Either => "E/O",
                };
                let mut marks = String::new();
                if f.required {
                    marks.push('*');
                }
                if f.data == DataCategory::Special {
                    marks.push('†');
                }
                let kind = match &f.list {
                    Some(list) => format!(
                        "{} of {list}",
                        serde_json::to_value(f.kind)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default()
                    ),
                    None => serde_json::to_value(f.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                };
                let when = f
                    .required_when
                    .as_ref()
                    .map(|w| format!(", required when {w}"))
                    .unwrap_or_default();
                let added = f
                    .added_by
                    .as_ref()
                    .map(|c| format!(", added by {c}"))
                    .unwrap_or_default();
                push(
                    &mut out,
                    format!(
                        "    {:<52} [{side}]{marks} {}  ({kind}{when}{added})",
                        f.code, f.label
                    ),
                );
            }
        }
    }
    push(&mut out, String::new());
    push(&mut out, "Code lists".into());
    for list in &view.lists {
        push(&mut out, format!("  {}", list.code));
        for code in &list.values {
            push(&mut out, format!("    {:<28} {}", code.code, code.label));
        }
    }
    Ok(out)
}

/// Every problem of the schema, the shipped profiles and the translations; empty when whole.
pub fn check() -> Vec<String> {
    let mut problems = Vec::new();
    let templates = match template::embedded() {
        Ok(t) => t,
        Err(e) => return vec![format!("template: {e}")],
    };
    for version in templates.versions() {
        if let Some(t) = templates.template(version)
            && let Err(e) = t.check()
        {
            problems.push(format!("template version {version}: {e}"));
        }
    }
    for (country, _) in template::EMBEDDED_PROFILES {
        let checked = CountryCode::parse(country)
            .map_err(|e| e.to_string())
            .and_then(|c| template::profile_for(c).map_err(|e| e.to_string()))
            .and_then(|p| {
                p.apply(templates.current())
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = checked {
            problems.push(format!("profile {country}: {e}"));
        }
    }
    problems.extend(
        trm_i18n::check_template()
            .into_iter()
            .map(|g| format!("translation {g}")),
    );
    problems
}

pub fn check_command() -> Result<(), CliError> {
    let problems = check();
    if problems.is_empty() {
        let templates = template::embedded().map_err(|e| CliError::Usage(e.to_string()))?;
        let t = templates.current();
        println!(
            "template version {}: {} fields, {} in the child's template, {} code lists; {} national profiles; {} languages: no gaps",
            t.version,
            t.fields().count(),
            t.child_fields().count(),
            t.lists.len(),
            template::EMBEDDED_PROFILES.len(),
            trm_i18n::LANGUAGES.len()
        );
        Ok(())
    } else {
        for p in &problems {
            eprintln!("{p}");
        }
        Err(CliError::Usage(format!(
            "{} gap(s) in the template or its translations",
            problems.len()
        )))
    }
}

pub fn json_schema(country: Option<CountryCode>) -> Result<String, CliError> {
    let t = template_for(country)?;
    serde_json::to_string_pretty(&template::json_schema(&t))
        .map_err(|e| CliError::Usage(e.to_string()))
}
