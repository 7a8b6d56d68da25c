//! Every label a person reads comes from a Fluent file under `data/i18n/<language>/`.
//! Codes travel on the wire; the reader's node looks their labels up here, in the
//! reader's language. The files are embedded, so a node stays one binary.
//!
//! [`check`] finds every gap (a missing message or attribute, a syntax error, a
//! placeable that does not match English) so `trm template check` and the tests can
//! refuse an incomplete translation.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use trm_domain::Rule;
use unic_langid::LanguageIdentifier;

pub mod guidance;
pub mod labelled;
pub use labelled::{LabelledTemplate, field_label, labelled};

/// The languages of the region OpenTRM ships, English first (the fallback).
pub const LANGUAGES: [&str; 12] = [
    "en", "sq", "bs", "hr", "sr-Latn", "mk", "bg", "ro", "uk", "it", "pl", "sk",
];

/// The Fluent files of one language: the referral template's labels, the request code
/// lists', the web interface's strings (every key prefixed `ui-`), the guidance of
/// the SOPs (`guide-`) and the validation messages (`err-<rule>`, see [`Rule`]).
macro_rules! language_files {
    ($lang:literal) => {
        [
            (
                $lang,
                "template",
                include_str!(concat!("../../../data/i18n/", $lang, "/template.ftl")),
            ),
            (
                $lang,
                "requests",
                include_str!(concat!("../../../data/i18n/", $lang, "/requests.ftl")),
            ),
            (
                $lang,
                "ui",
                include_str!(concat!("../../../data/i18n/", $lang, "/ui.ftl")),
            ),
            (
                $lang,
                "guidance",
                include_str!(concat!("../../../data/i18n/", $lang, "/guidance.ftl")),
            ),
            (
                $lang,
                "errors",
                include_str!(concat!("../../../data/i18n/", $lang, "/errors.ftl")),
            ),
        ]
    };
}

const FILES_PER_LANGUAGE: usize = 5;

/// Every Fluent file, by language (in the order of [`LANGUAGES`]) and name.
const FILES_BY_LANGUAGE: [[Source<'static>; FILES_PER_LANGUAGE]; LANGUAGES.len()] = [
    language_files!("en"),
    language_files!("sq"),
    language_files!("bs"),
    language_files!("hr"),
    language_files!("sr-Latn"),
    language_files!("mk"),
    language_files!("bg"),
    language_files!("ro"),
    language_files!("uk"),
    language_files!("it"),
    language_files!("pl"),
    language_files!("sk"),
];

const FILES: &[Source<'static>] = FILES_BY_LANGUAGE.as_flattened();

/// A supported language, by its tag as used in file names and `?lang=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Lang {
    pub const ENGLISH: Lang = Lang("en");

    /// Accepts a supported tag in any case; `sr` means Serbian in Latin script, and a
    /// region (`sq-AL`, `it-IT`) is ignored.
    pub fn parse(tag: &str) -> Result<Lang, String> {
        let tag = tag.trim();
        let wanted = tag.to_ascii_lowercase();
        let found = LANGUAGES
            .iter()
            .find(|l| l.to_ascii_lowercase() == wanted)
            .or_else(|| {
                let primary = wanted.split(['-', '_']).next().unwrap_or_default();
                LANGUAGES
                    .iter()
                    .find(|l| l.split('-').next() == Some(primary))
            });
        match found {
            Some(l) => Ok(Lang(l)),
            None => Err(not_offered(tag).english()),
        }
    }
    pub fn all() -> impl Iterator<Item = Lang> {
        LANGUAGES.iter().map(|l| Lang(l))
    }
    pub fn tag(self) -> &'static str {
        self.0
    }
    /// The ISO 639-1 code, as free text is marked on the wire.
    pub fn iso639(self) -> &'static str {
        self.0.split('-').next().unwrap_or(self.0)
    }
}

/// The rule a language tag this node does not offer breaks.
pub fn not_offered(tag: &str) -> Rule {
    Rule::NotANodeLanguage {
        tag: tag.trim().to_owned(),
        offered: LANGUAGES.join(", "),
    }
}

/// The language a browser asks for in `Accept-Language` (RFC 9110 §12.5.4): the
/// supported tag with the highest `q`, earlier tags first among equals; `q=0` means "not
/// this one". `None` when nothing offered is asked for.
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    let mut wanted: Vec<(u16, usize, Lang)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .map(|q| q.trim().parse::<f32>().ok())
                .next()
                .unwrap_or(Some(1.0))?;
            if !(0.0..=1.0).contains(&q) || q == 0.0 || tag == "*" {
                return None;
            }
            let lang = Lang::parse(tag).ok()?;
            Some(((q * 1000.0).round() as u16, i, lang))
        })
        .collect();
    wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.first().map(|w| w.2)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

struct Catalog {
    bundles: BTreeMap<&'static str, FluentBundle<FluentResource>>,
    /// Syntax errors found while loading, kept for [`check`].
    load_errors: Vec<Gap>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    let mut bundles = BTreeMap::new();
    let mut load_errors = Vec::new();
    for lang in LANGUAGES {
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Labels go into HTML and terminals: no invisible bidi isolation marks.
        bundle.set_use_isolating(false);
        for (_, file, text) in FILES.iter().filter(|(l, _, _)| *l == lang) {
            let resource =
                FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(resource, errors)| {
                    for e in errors {
                        load_errors.push(Gap {
                            lang,
                            key: format!("{file}.ftl"),
                            problem: format!("syntax error: {e:?}"),
                        });
                    }
                    resource
                });
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    load_errors.push(Gap {
                        lang,
                        key: format!("{file}.ftl"),
                        problem: format!("{e:?}"),
                    });
                }
            }
        }
        bundles.insert(lang, bundle);
    }
    Catalog {
        bundles,
        load_errors,
    }
});

/// The message `key` in `lang`, or `None` when that language lacks it.
pub fn lookup(lang: Lang, key: &str, args: &[(&str, &str)]) -> Option<String> {
    format(lang, key, None, args)
}

/// An attribute of a message (`.help`), or `None`.
pub fn lookup_attribute(lang: Lang, key: &str, attribute: &str) -> Option<String> {
    format(lang, key, Some(attribute), &[])
}

/// The message in `lang`, else in English, else the key itself in brackets so a gap is
/// visible rather than blank. `trm template check` keeps the last two from happening.
pub fn text(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    lookup(lang, key, args)
        .or_else(|| lookup(Lang::ENGLISH, key, args))
        .unwrap_or_else(|| format!("[{key}]"))
}

fn format(lang: Lang, key: &str, attribute: Option<&str>, args: &[(&str, &str)]) -> Option<String> {
    let bundle = CATALOG.bundles.get(lang.0)?;
    let message = bundle.get_message(key)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(*value));
    }
    let mut errors = vec![];
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// One gap in a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub lang: &'static str,
    pub key: String,
    pub problem: String,
}

impl fmt::Display for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.lang, self.key, self.problem)
    }
}

/// What one message declares: its attributes and the variables it uses.
#[derive(Default)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

/// A Fluent file: language, name, text.
pub type Source<'a> = (&'a str, &'a str, &'a str);

fn shapes(files: &[Source<'_>], lang: &str, gaps: &mut Vec<Gap>) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for (_, file, text) in files.iter().filter(|(l, _, _)| *l == lang) {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    gaps.push(Gap {
                        lang: static_lang(lang),
                        key: format!("{file}.ftl"),
                        problem: format!("syntax error: {e:?}"),
                    });
                }
                r
            }
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut shape = Shape::default();
                if let Some(p) = &m.value {
                    variables(p, &mut shape.variables);
                }
                for a in &m.attributes {
                    shape.attributes.insert(a.id.name.to_owned());
                    variables(&a.value, &mut shape.variables);
                }
                out.insert(m.id.name.to_owned(), shape);
            }
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            out.insert(id.name.to_owned());
        }
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.insert(id.name.to_owned());
            }
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every gap: syntax errors; `required` keys missing from English; in every language,
/// a message or attribute that English has and it lacks, one English lacks, or a
/// variable that differs from English's.
pub fn check(required: &[String]) -> Vec<Gap> {
    let mut gaps = CATALOG.load_errors.clone();
    gaps.extend(check_sources(FILES, required));
    gaps.sort_by(|a, b| (a.lang, &a.key, &a.problem).cmp(&(b.lang, &b.key, &b.problem)));
    gaps.dedup();
    gaps
}

fn static_lang(lang: &str) -> &'static str {
    LANGUAGES
        .iter()
        .find(|l| **l == lang)
        .copied()
        .unwrap_or("??")
}

/// [`check`] over any set of files: the tests feed it broken copies.
pub fn check_sources(files: &[Source<'_>], required: &[String]) -> Vec<Gap> {
    let mut gaps = Vec::new();
    let english = shapes(files, "en", &mut gaps);
    for key in required {
        if !english.contains_key(key) {
            gaps.push(Gap {
                lang: "en",
                key: key.clone(),
                problem: "missing".into(),
            });
        }
    }
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let translated = shapes(files, lang, &mut gaps);
        for (key, shape) in &english {
            let Some(other) = translated.get(key) else {
                gaps.push(Gap {
                    lang,
                    key: key.clone(),
                    problem: "missing".into(),
                });
                continue;
            };
            for attribute in shape.attributes.difference(&other.attributes) {
                gaps.push(Gap {
                    lang,
                    key: format!("{key}.{attribute}"),
                    problem: "missing".into(),
                });
            }
            if shape.variables != other.variables {
                gaps.push(Gap {
                    lang,
                    key: key.clone(),
                    problem: format!(
                        "uses the variables {:?}; English uses {:?}",
                        other.variables, shape.variables
                    ),
                });
            }
        }
        for key in translated.keys().filter(|k| !english.contains_key(*k)) {
            gaps.push(Gap {
                lang,
                key: key.clone(),
                problem: "is not an English message (a typo?)".into(),
            });
        }
    }
    gaps
}

/// The gaps of the embedded translations: the referral template's, the request code
/// lists', the guidance's and the validation rules'.
pub fn check_template() -> Vec<Gap> {
    match trm_domain::template::embedded() {
        Ok(templates) => {
            let mut keys = Vec::new();
            for version in trm_domain::template::TemplateSource::versions(templates) {
                if let Some(t) = trm_domain::template::TemplateSource::template(templates, version)
                {
                    keys.extend(trm_domain::template::label_keys(t));
                }
            }
            // The request code lists are labelled in the same languages (requests.ftl).
            keys.extend(trm_domain::request::label_keys());
            // Every validation rule has its message (errors.ftl).
            keys.extend(Rule::examples().iter().map(|r| r.key().to_owned()));
            // The guidance beside every measure and the working definitions.
            match trm_domain::knowledge::definitions() {
                Ok(definitions) => keys.extend(guidance::required_keys(
                    trm_domain::catalogue::catalogue(),
                    definitions,
                )),
                Err(e) => {
                    return vec![Gap {
                        lang: "en",
                        key: "definitions".into(),
                        problem: e.to_string(),
                    }];
                }
            }
            check(&keys)
        }
        Err(e) => vec![Gap {
            lang: "en",
            key: "template".into(),
            problem: e.to_string(),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key_of_the_template() {
        let gaps = check_template();
        assert!(
            gaps.is_empty(),
            "{} gaps:\n{}",
            gaps.len(),
            gaps.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    fn broken(lang: &str, edit: impl Fn(&str) -> String) -> Vec<Gap> {
        let files: Vec<(String, String, String)> = FILES
            .iter()
            .map(|(l, f, t)| {
                (
                    (*l).to_owned(),
                    (*f).to_owned(),
                    if *l == lang { edit(t) } else { (*t).to_owned() },
                )
            })
            .collect();
        let files: Vec<Source<'_>> = files
            .iter()
            .map(|(l, f, t)| (l.as_str(), f.as_str(), t.as_str()))
            .collect();
        check_sources(&files, &[])
    }

    #[test]
    fn a_key_missing_in_one_language_is_found_and_named() {
        let gaps = broken("mk", |t| {
            t.lines()
                .filter(|l| !l.starts_with("list-risk_level-low "))
                .collect::<Vec<_>>()
                .join("\n")
        });
        assert_eq!(
            gaps,
            vec![Gap {
                lang: "mk",
                key: "list-risk_level-low".into(),
                problem: "missing".into()
            }]
        );
    }

    #[test]
    fn a_missing_help_text_a_changed_variable_and_a_typo_are_found() {
        let gaps = broken("pl", |t| {
            t.lines()
                .filter(|l| !l.trim_start().starts_with(".help"))
                .collect::<Vec<_>>()
                .join("\n")
                .replace("{ $version }", "{ $wersja }")
                + "\nfield-personal-nmae = Imię\n"
        });
        assert!(
            gaps.iter()
                .any(|g| g.lang == "pl" && g.key == "group-health.help"),
            "{gaps:?}"
        );
        assert!(
            gaps.iter().any(|g| g.lang == "pl"
                && g.key == "print-version"
                && g.problem.contains("wersja")),
            "{gaps:?}"
        );
        assert!(
            gaps.iter()
                .any(|g| g.lang == "pl" && g.key == "field-personal-nmae"),
            "{gaps:?}"
        );
    }

    #[test]
    fn request_kinds_are_labelled_in_every_language_and_a_gap_is_named() {
        let kind = trm_domain::request::RequestKind::parse("checks.identity").unwrap();
        for lang in Lang::all() {
            assert!(lookup(lang, &kind.label_key(), &[]).is_some(), "{lang}");
        }
        assert_eq!(
            text(Lang::parse("it").unwrap(), &kind.label_key(), &[]),
            "Identità della persona assistita"
        );
        let gaps = broken("uk", |t| {
            t.lines()
                .filter(|l| !l.starts_with("request-kind-issuance-passport "))
                .collect::<Vec<_>>()
                .join("\n")
        });
        assert_eq!(
            gaps,
            vec![Gap {
                lang: "uk",
                key: "request-kind-issuance-passport".into(),
                problem: "missing".into()
            }]
        );
        // English lacking a label of the code list is a gap too.
        let required = trm_domain::request::label_keys();
        assert!(required.contains(&"request-kind-execution-statement_taking".to_owned()));
    }

    #[test]
    fn a_syntax_error_is_found() {
        let gaps = broken("hr", |t| format!("{t}\nthis line is not fluent\n"));
        assert!(
            gaps.iter()
                .any(|g| g.lang == "hr" && g.problem.starts_with("syntax error")),
            "{gaps:?}"
        );
    }

    #[test]
    fn a_missing_key_is_found() {
        let gaps = check(&["field-personal-shoe_size".to_owned()]);
        assert!(
            gaps.iter()
                .any(|g| g.lang == "en" && g.key == "field-personal-shoe_size"),
            "{gaps:?}"
        );
    }

    #[test]
    fn accept_language_picks_the_highest_quality_supported_tag() {
        let tag = |h: &str| negotiate(h).map(Lang::tag);
        assert_eq!(tag("fr-FR, sq;q=0.9, en;q=0.8"), Some("sq"));
        assert_eq!(tag("en;q=0.5, it-IT;q=0.7, de"), Some("it"));
        assert_eq!(tag("uk, pl"), Some("uk"), "equal q: the first wins");
        assert_eq!(tag("pl;q=0.2, sk;q=0.9"), Some("sk"));
        assert_eq!(tag("sr-Latn-RS"), Some("sr-Latn"));
        assert_eq!(
            tag("sq;q=0, ro;q=0.1"),
            Some("ro"),
            "q=0 refuses a language"
        );
        assert_eq!(tag("fr, de;q=0.9, *;q=0.1"), None);
        assert_eq!(tag("mk;q=banana, bg;q=0.3"), Some("bg"));
        assert_eq!(tag(""), None);
    }

    #[test]
    fn a_key_missing_from_the_web_interface_in_one_language_is_found() {
        let gaps = broken("ro", |t| {
            t.lines()
                .filter(|l| !l.starts_with("ui-nav-cases "))
                .collect::<Vec<_>>()
                .join("\n")
        });
        assert_eq!(
            gaps,
            vec![Gap {
                lang: "ro",
                key: "ui-nav-cases".into(),
                problem: "missing".into()
            }]
        );
    }

    #[test]
    fn every_language_has_every_key_of_the_web_interface() {
        let gaps: Vec<Gap> = check(&[])
            .into_iter()
            .filter(|g| g.key.starts_with("ui") || g.key == "ui.ftl")
            .collect();
        assert!(gaps.is_empty(), "{gaps:#?}");
        for lang in Lang::all() {
            assert!(
                lookup(lang, "ui-nav-cases", &[]).is_some(),
                "{lang} has no web interface strings"
            );
        }
    }

    #[test]
    fn every_rule_reads_in_every_language_with_its_own_arguments() {
        let mut gaps = Vec::new();
        let english = shapes(FILES, "en", &mut gaps);
        assert!(gaps.is_empty(), "{gaps:?}");
        for rule in Rule::examples() {
            let key = rule.key();
            // The English message uses exactly the rule's arguments, so no translation
            // can miss one (the gap check compares every language with English).
            let named: BTreeSet<String> =
                rule.args().iter().map(|(n, _)| (*n).to_owned()).collect();
            let used = english.get(key).map(|s| &s.variables);
            assert_eq!(
                used,
                Some(&named),
                "{key}: English uses other variables than the rule's arguments"
            );
            let args: Vec<(&str, String)> = rule.args();
            let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
            for lang in Lang::all() {
                let shown = lookup(lang, key, &args)
                    .unwrap_or_else(|| panic!("{lang}: {key} is missing or does not render"));
                assert!(!shown.trim().is_empty(), "{lang}: {key} is empty");
                assert!(!shown.contains("[err-"), "{lang}: {key}: {shown}");
            }
            assert_eq!(text(Lang::ENGLISH, key, &args), rule.english(), "{key}");
        }
        let it = Lang::parse("it").unwrap();
        let rule = Rule::TooLong { len: 205, max: 200 };
        let args = rule.args();
        let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let italian = text(it, rule.key(), &args);
        assert!(
            italian.contains("205") && italian.contains("200"),
            "{italian}"
        );
        assert_ne!(italian, rule.english());
    }

    #[test]
    fn languages_parse_loosely_and_refuse_the_unknown() {
        assert_eq!(Lang::parse("SQ").unwrap().tag(), "sq");
        assert_eq!(Lang::parse("sr").unwrap().tag(), "sr-Latn");
        assert_eq!(Lang::parse("it-IT").unwrap().tag(), "it");
        assert_eq!(Lang::parse("sr-latn").unwrap().iso639(), "sr");
        assert!(Lang::parse("fr").unwrap_err().contains("sq"));
    }

    #[test]
    fn labels_come_in_the_readers_language_with_arguments() {
        let sq = Lang::parse("sq").unwrap();
        let en = text(Lang::ENGLISH, "list-sex-female", &[]);
        assert_eq!(en, "Female");
        assert_ne!(text(sq, "list-sex-female", &[]), en);
        assert_eq!(
            text(Lang::ENGLISH, "print-version", &[("version", "3")]),
            "Version 3"
        );
        assert!(lookup_attribute(Lang::ENGLISH, "group-health", "help").is_some());
        assert_eq!(text(sq, "no-such-key", &[]), "[no-such-key]");
    }
}
