//! The SOP catalogue: the five SOPs and their 26 measures (seed 004 Table 2). The
//! structure is data (`data/sop/catalogue.toml`); this module loads and validates it.
//! The WHAT / WHEN / WHO / HOW guidance of each measure is text a person reads, so it
//! lives with the other translations (`data/i18n/<lang>/guidance.ftl`, keyed by
//! [`MeasureCode`]) and the i18n crate checks that every measure has it.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::DomainError;

pub const EMBEDDED_CATALOGUE: &str = include_str!("../../../data/sop/catalogue.toml");

/// The five SOPs of the TRM.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sop {
    Identification = 1,
    FirstAssistance = 2,
    LongerTermAssistance = 3,
    Return = 4,
    Proceedings = 5,
}

impl Sop {
    pub const ALL: [Sop; 5] = [
        Sop::Identification,
        Sop::FirstAssistance,
        Sop::LongerTermAssistance,
        Sop::Return,
        Sop::Proceedings,
    ];
    pub fn number(self) -> u8 {
        self as u8
    }
    pub fn from_number(n: u8) -> Option<Sop> {
        Sop::ALL.into_iter().find(|s| s.number() == n)
    }
    pub fn code(self) -> &'static str {
        ["sop1", "sop2", "sop3", "sop4", "sop5"][usize::from(self.number() - 1)]
    }
    /// SOP 2 and SOP 3 are assistance: unconditional, whatever the person's cooperation.
    pub fn is_assistance(self) -> bool {
        matches!(self, Sop::FirstAssistance | Sop::LongerTermAssistance)
    }
}

/// A measure code such as `sop4.family_tracing`: known to the catalogue, stable on the wire.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "sop1.initial_referral")]
pub struct MeasureCode(String);

impl MeasureCode {
    /// Checks the shape `sopN.name` only; [`Catalogue`] checks that the code exists.
    fn shaped(code: &str) -> Result<(Sop, Self), String> {
        let bad = || {
            format!(
                "`{code}` is not a measure code of the form `sopN.name` (N from 1 to 5, name in snake_case)"
            )
        };
        let (sop, name) = code.split_once('.').ok_or_else(bad)?;
        let n = sop
            .strip_prefix("sop")
            .and_then(|n| n.parse::<u8>().ok())
            .ok_or_else(bad)?;
        let sop = Sop::from_number(n).ok_or_else(bad)?;
        let name_ok = !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !name_ok {
            return Err(bad());
        }
        Ok((sop, Self(code.to_owned())))
    }
    pub fn parse(code: &str) -> Result<Self, String> {
        let (_, parsed) = Self::shaped(code)?;
        if catalogue().measure(&parsed).is_none() {
            return Err(format!("`{code}` is not a measure of the SOP catalogue"));
        }
        Ok(parsed)
    }
    pub fn sop(&self) -> Sop {
        // A MeasureCode is only built by `shaped`, which checked the prefix.
        Self::shaped(&self.0)
            .map(|(s, _)| s)
            .unwrap_or(Sop::Identification)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for MeasureCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}
impl From<MeasureCode> for String {
    fn from(value: MeasureCode) -> Self {
        value.0
    }
}
impl fmt::Display for MeasureCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Debug for MeasureCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Measures the child-safeguard rules name. The catalogue must contain them.
pub const FAMILY_TRACING: &str = "sop4.family_tracing";
pub const INFORMED_DECISION_TO_RETURN: &str = "sop4.informed_decision";
pub const SAFE_TRANSFER: &str = "sop4.safe_transfer";

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub catalogue_version: u32,
    pub sops: Vec<SopEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SopEntry {
    pub number: u8,
    pub code: String,
    pub title: String,
    pub measures: Vec<MeasureEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureEntry {
    #[schema(value_type = String)]
    pub code: String,
    pub title: String,
    /// Where in the seed documents the measure and its guidance come from.
    pub source: String,
}

impl Catalogue {
    /// Parses and validates a catalogue file; every problem is named.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let catalogue: Catalogue =
            toml::from_str(text).map_err(|e| DomainError::Catalogue(e.to_string()))?;
        catalogue.validate()?;
        Ok(catalogue)
    }

    fn validate(&self) -> Result<(), DomainError> {
        let fail = |m: String| Err(DomainError::Catalogue(m));
        let numbers: Vec<u8> = self.sops.iter().map(|s| s.number).collect();
        if numbers != [1, 2, 3, 4, 5] {
            return fail(format!("expected SOPs 1 to 5 in order, found {numbers:?}"));
        }
        let mut seen = BTreeSet::new();
        for sop in &self.sops {
            let expected = format!("sop{}", sop.number);
            if sop.code != expected {
                return fail(format!(
                    "SOP {} has code `{}`, expected `{expected}`",
                    sop.number, sop.code
                ));
            }
            if sop.title.trim().is_empty() {
                return fail(format!("SOP {} needs a title", sop.number));
            }
            if sop.measures.is_empty() {
                return fail(format!("SOP {} has no measures", sop.number));
            }
            for m in &sop.measures {
                let (measure_sop, _) =
                    MeasureCode::shaped(&m.code).map_err(DomainError::Catalogue)?;
                if measure_sop.number() != sop.number {
                    return fail(format!(
                        "measure `{}` is listed under SOP {}",
                        m.code, sop.number
                    ));
                }
                if !seen.insert(m.code.clone()) {
                    return fail(format!("measure `{}` appears twice", m.code));
                }
                for (name, text) in [("title", &m.title), ("source", &m.source)] {
                    if text.trim().is_empty() {
                        return fail(format!("measure `{}` has an empty `{name}`", m.code));
                    }
                }
            }
        }
        for required in [FAMILY_TRACING, INFORMED_DECISION_TO_RETURN, SAFE_TRANSFER] {
            if !seen.contains(required) {
                return fail(format!(
                    "measure `{required}` is required by the child-safeguard rules"
                ));
            }
        }
        Ok(())
    }

    pub fn measure(&self, code: &MeasureCode) -> Option<&MeasureEntry> {
        self.measures().find(|m| m.code == code.as_str())
    }

    pub fn measures(&self) -> impl Iterator<Item = &MeasureEntry> {
        self.sops.iter().flat_map(|s| s.measures.iter())
    }

    /// Every measure code, parsed.
    pub fn codes(&self) -> Vec<MeasureCode> {
        self.measures()
            .filter_map(|m| MeasureCode::shaped(&m.code).ok().map(|(_, c)| c))
            .collect()
    }
}

static EMBEDDED: LazyLock<Result<Catalogue, DomainError>> =
    LazyLock::new(|| Catalogue::parse(EMBEDDED_CATALOGUE));

/// Loads and validates the catalogue shipped with the binary. Call once at start so an
/// invalid catalogue stops the node instead of failing a request later.
pub fn load_catalogue() -> Result<&'static Catalogue, DomainError> {
    EMBEDDED.as_ref().map_err(Clone::clone)
}

/// The shipped catalogue. Empty if invalid, which [`load_catalogue`] reports at start.
pub fn catalogue() -> &'static Catalogue {
    static EMPTY: Catalogue = Catalogue {
        catalogue_version: 0,
        sops: Vec::new(),
    };
    EMBEDDED.as_ref().unwrap_or(&EMPTY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_has_five_sops_and_26_measures() {
        let c = load_catalogue().unwrap();
        assert_eq!(c.sops.len(), 5);
        assert_eq!(c.measures().count(), 26);
        let per_sop: Vec<usize> = c.sops.iter().map(|s| s.measures.len()).collect();
        assert_eq!(per_sop, vec![6, 4, 4, 7, 5], "Table 2 of seed 004");
    }

    #[test]
    fn measure_codes_are_checked_against_the_catalogue() {
        assert!(MeasureCode::parse("sop1.initial_referral").is_ok());
        assert_eq!(
            MeasureCode::parse("sop4.family_tracing").unwrap().sop(),
            Sop::Return
        );
        for bad in [
            "sop1.no_such_measure",
            "sop9.initial_referral",
            "initial_referral",
            "sop1.",
            "sop1.Bad",
        ] {
            assert!(MeasureCode::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn a_broken_catalogue_is_refused_with_the_reason() {
        let dup =
            EMBEDDED_CATALOGUE.replacen("sop1.early_risk_assessment", "sop1.initial_referral", 1);
        let err = Catalogue::parse(&dup).unwrap_err().to_string();
        assert!(err.contains("appears twice"), "{err}");
        let no_tracing = EMBEDDED_CATALOGUE.replace("sop4.family_tracing", "sop4.family_search");
        let err = Catalogue::parse(&no_tracing).unwrap_err().to_string();
        assert!(err.contains("child-safeguard"), "{err}");
        let misplaced =
            EMBEDDED_CATALOGUE.replacen("sop2.legal_information", "sop3.legal_information", 1);
        assert!(Catalogue::parse(&misplaced).is_err());
        assert!(Catalogue::parse("catalogue_version = 1\nsops = []").is_err());
    }
}
