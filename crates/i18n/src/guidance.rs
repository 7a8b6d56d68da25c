//! The guidance a person reads beside each measure (WHAT, WHEN, WHO, HOW), each SOP's
//! purpose and the working definitions, in the reader's language. The structure is
//! the domain's (the catalogue and the list of terms); the texts are in
//! `guidance.ftl`, and [`required_keys`] makes the gap check demand them for every
//! measure and term in every language.

use serde::Serialize;
use trm_domain::catalogue::{Catalogue, MeasureEntry, SopEntry};
use trm_domain::knowledge::Definitions;
use utoipa::ToSchema;

use crate::{Lang, text};

const PARTS: [&str; 4] = ["what", "when", "who", "how"];

fn measure_key(code: &str, part: &str) -> String {
    format!("guide-measure-{}-{part}", code.replace('.', "-"))
}

fn purpose_key(sop_number: u8) -> String {
    format!("guide-sop-{sop_number}-purpose")
}

fn term_key(code: &str) -> String {
    format!("guide-term-{code}")
}

/// A measure's four answers, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MeasureGuidance {
    pub what: String,
    pub when: String,
    pub who: String,
    pub how: String,
}

/// The guidance of the measure `code` (e.g. `sop4.family_tracing`) in `lang`.
pub fn measure(lang: Lang, code: &str) -> MeasureGuidance {
    let [what, when, who, how] = PARTS.map(|part| text(lang, &measure_key(code, part), &[]));
    MeasureGuidance {
        what,
        when,
        who,
        how,
    }
}

/// What SOP `number` is for, in `lang`.
pub fn purpose(lang: Lang, sop_number: u8) -> String {
    text(lang, &purpose_key(sop_number), &[])
}

/// The working definition of the term `code`, in `lang`.
pub fn definition(lang: Lang, code: &str) -> String {
    text(lang, &term_key(code), &[])
}

/// Every key the guidance needs: four per measure, one purpose per SOP, one definition
/// per term.
pub fn required_keys(catalogue: &Catalogue, definitions: &Definitions) -> Vec<String> {
    let mut keys: Vec<String> = catalogue
        .sops
        .iter()
        .map(|sop| purpose_key(sop.number))
        .collect();
    for m in catalogue.measures() {
        keys.extend(PARTS.map(|part| measure_key(&m.code, part)));
    }
    keys.extend(definitions.terms.iter().map(|t| term_key(&t.code)));
    keys
}

/// The catalogue as the API gives it: its structure with the guidance in one language.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocalizedCatalogue {
    pub catalogue_version: u32,
    /// The language of the texts (a tag such as `en` or `sr-Latn`).
    pub lang: String,
    pub sops: Vec<LocalizedSop>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocalizedSop {
    pub number: u8,
    pub code: String,
    pub title: String,
    pub purpose: String,
    pub measures: Vec<LocalizedMeasure>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocalizedMeasure {
    #[schema(value_type = String)]
    pub code: String,
    pub title: String,
    #[serde(flatten)]
    pub guidance: MeasureGuidance,
    pub source: String,
}

/// The catalogue with titles and guidance in `lang`.
pub fn localized(catalogue: &Catalogue, lang: Lang) -> LocalizedCatalogue {
    let sop = |s: &SopEntry| LocalizedSop {
        number: s.number,
        code: s.code.clone(),
        title: text(lang, &format!("ui-sop-{}", s.number), &[]),
        purpose: purpose(lang, s.number),
        measures: s
            .measures
            .iter()
            .map(|m| localized_measure(m, lang))
            .collect(),
    };
    LocalizedCatalogue {
        catalogue_version: catalogue.catalogue_version,
        lang: lang.tag().to_owned(),
        sops: catalogue.sops.iter().map(sop).collect(),
    }
}

fn localized_measure(m: &MeasureEntry, lang: Lang) -> LocalizedMeasure {
    LocalizedMeasure {
        code: m.code.clone(),
        title: text(
            lang,
            &format!("ui-measure-{}", m.code.replace('.', "-")),
            &[],
        ),
        guidance: measure(lang, &m.code),
        source: m.source.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trm_domain::catalogue::catalogue;
    use trm_domain::knowledge::definitions;

    #[test]
    fn every_measure_has_its_four_answers_in_every_language_without_falling_back() {
        for lang in Lang::all() {
            for m in catalogue().measures() {
                let g = measure(lang, &m.code);
                for (part, t) in [
                    ("what", &g.what),
                    ("when", &g.when),
                    ("who", &g.who),
                    ("how", &g.how),
                ] {
                    assert!(!t.starts_with('['), "{lang}: {} {part}: {t}", m.code);
                    assert!(
                        crate::lookup(lang, &measure_key(&m.code, part), &[]).is_some(),
                        "{lang}: {} has no `{part}` of its own",
                        m.code
                    );
                }
            }
        }
    }

    #[test]
    fn the_reader_gets_the_guidance_in_their_language_not_english() {
        let code = "sop1.reflection_period";
        let english = measure(Lang::ENGLISH, code);
        for lang in Lang::all().filter(|l| *l != Lang::ENGLISH) {
            assert_ne!(measure(lang, code).what, english.what, "{lang}");
            assert_ne!(purpose(lang, 1), purpose(Lang::ENGLISH, 1), "{lang}");
            assert_ne!(
                definition(lang, "presumed_victim"),
                definition(Lang::ENGLISH, "presumed_victim"),
                "{lang}"
            );
        }
    }

    #[test]
    fn the_required_keys_cover_each_sop_measure_and_term() {
        let keys = required_keys(catalogue(), definitions().unwrap());
        assert_eq!(keys.len(), 5 + 26 * 4 + definitions().unwrap().terms.len());
        assert!(keys.contains(&"guide-measure-sop4-family_tracing-how".to_owned()));
        assert!(keys.contains(&"guide-term-presumed_victim".to_owned()));
    }

    #[test]
    fn the_api_catalogue_keeps_its_shape_with_texts_in_the_language_asked() {
        let italian = localized(catalogue(), Lang::parse("it").unwrap());
        assert_eq!(italian.sops.len(), 5);
        let json = serde_json::to_value(&italian).unwrap();
        let measure = &json["sops"][0]["measures"][0];
        for field in ["code", "title", "what", "when", "who", "how", "source"] {
            assert!(measure[field].is_string(), "{field} missing: {measure}");
        }
        assert_eq!(json["lang"], "it");
        assert_eq!(
            italian.sops[0].title,
            text(Lang::parse("it").unwrap(), "ui-sop-1", &[])
        );
    }
}
