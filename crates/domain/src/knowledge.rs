//! The knowledge base's reference content beside the SOP catalogue: the working
//! definitions (`data/knowledge/definitions.toml`) and the identification screening's
//! signs (`data/knowledge/indicators.toml`), with the rule that turns what was observed
//! into suggested next steps. A screening suggests; it never decides a person's status
//! (seed 004, Working Definitions: identification is the competent authority's decision).

use std::collections::BTreeSet;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::catalogue::{Catalogue, MeasureCode};
use crate::error::DomainError;

const DEFINITIONS: &str = include_str!("../../../data/knowledge/definitions.toml");
const INDICATORS: &str = include_str!("../../../data/knowledge/indicators.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definitions {
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Names the term (`ui-term-<code>`) and its definition (`guide-term-<code>`).
    pub code: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screening {
    /// Suggested whenever at least one sign was observed.
    pub always: Vec<String>,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub code: String,
    pub group: String,
    pub suggests: Vec<String>,
}

impl Screening {
    /// Parses the screening list and checks that every suggested measure is in the
    /// catalogue and every code is unique.
    pub fn parse(text: &str, catalogue: &Catalogue) -> Result<Screening, DomainError> {
        let s: Screening =
            toml::from_str(text).map_err(|e| DomainError::Catalogue(e.to_string()))?;
        let mut seen = BTreeSet::new();
        for i in &s.indicators {
            if !seen.insert(i.code.as_str()) {
                return Err(DomainError::Catalogue(format!(
                    "screening sign `{}` is listed twice",
                    i.code
                )));
            }
        }
        for code in s
            .always
            .iter()
            .chain(s.indicators.iter().flat_map(|i| &i.suggests))
        {
            let known = MeasureCode::parse(code)
                .ok()
                .is_some_and(|c| catalogue.measure(&c).is_some());
            if !known {
                return Err(DomainError::Catalogue(format!(
                    "screening suggests `{code}`, which is not a measure of the catalogue"
                )));
            }
        }
        Ok(s)
    }

    /// The groups in the order of the file.
    pub fn groups(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for i in &self.indicators {
            if !out.contains(&i.group.as_str()) {
                out.push(&i.group);
            }
        }
        out
    }

    /// The measures to consider after observing `observed` (unknown codes are ignored),
    /// in a stable order without repeats. Nothing observed suggests nothing.
    pub fn suggest(&self, observed: &[&str]) -> Vec<String> {
        let signs: Vec<&Indicator> = self
            .indicators
            .iter()
            .filter(|i| observed.contains(&i.code.as_str()))
            .collect();
        if signs.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<String> = Vec::new();
        for code in self
            .always
            .iter()
            .chain(signs.iter().flat_map(|i| &i.suggests))
        {
            if !out.contains(code) {
                out.push(code.clone());
            }
        }
        out
    }
}

static SCREENING: LazyLock<Result<Screening, DomainError>> =
    LazyLock::new(|| Screening::parse(INDICATORS, crate::catalogue::catalogue()));
static TERMS: LazyLock<Result<Definitions, DomainError>> = LazyLock::new(|| {
    toml::from_str(DEFINITIONS).map_err(|e| DomainError::Catalogue(e.to_string()))
});

/// The shipped screening list.
pub fn screening() -> Result<&'static Screening, DomainError> {
    SCREENING.as_ref().map_err(Clone::clone)
}

/// The shipped working definitions.
pub fn definitions() -> Result<&'static Definitions, DomainError> {
    TERMS.as_ref().map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lists_load_and_name_only_catalogue_measures() {
        let s = screening().unwrap();
        assert!(s.indicators.len() >= 10);
        assert!(definitions().unwrap().terms.len() >= 10);
        let broken = INDICATORS.replace("sop4.family_tracing", "sop4.family_tracking");
        let e = Screening::parse(&broken, crate::catalogue::catalogue()).unwrap_err();
        assert!(e.to_string().contains("sop4.family_tracking"), "{e}");
    }

    #[test]
    fn nothing_observed_suggests_nothing_and_signs_suggest_without_repeats() {
        let s = screening().unwrap();
        assert!(s.suggest(&[]).is_empty());
        assert!(s.suggest(&["not_a_sign"]).is_empty());
        let out = s.suggest(&["threats", "restricted_movement"]);
        assert_eq!(out[0], "sop1.initial_referral", "{out:?}");
        assert!(out.contains(&"sop1.early_risk_assessment".to_owned()));
        let unique: BTreeSet<_> = out.iter().collect();
        assert_eq!(unique.len(), out.len(), "{out:?}");
    }
}
