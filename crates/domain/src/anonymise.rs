//! Erasure and retention: the person's data goes, the indicators stay.
//!
//! What remains is what the indicators count (status, sex, child or adult, citizenship,
//! forms of exploitation, means of recruitment, countries, which measures were taken and
//! how they ended, whether consent was given): codes, never a name, a date of birth, an
//! address, a document or a line of free text.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use crate::case::Case;
use crate::codes::AgeEstimate;
use crate::consent::ConsentRecord;
use crate::error::DomainError;
use crate::measure::Measure;
use crate::rule::Rule;

const ERASED: &str = "[erased]";

/// Why a case was anonymised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnonymisedBecause {
    /// The person asked for their data to be erased.
    ErasureRequest,
    /// The retention period ran out.
    Retention,
}

/// The case, its measures and consents with every item of the person's data removed.
pub fn anonymise(
    case: &Case,
    measures: &[Measure],
    consents: &[ConsentRecord],
    now: OffsetDateTime,
) -> Result<(Case, Vec<Measure>, Vec<ConsentRecord>), DomainError> {
    if case.anonymised_at.is_some() {
        return Err(DomainError::field("case", Rule::AlreadyAnonymised));
    }
    let today = now.date();
    let mut c = case.touched(now);
    let child = case.is_child(today);
    let p = &mut c.person;
    p.given_name = ERASED.into();
    p.family_name = String::new();
    p.previous_names.clear();
    p.nicknames.clear();
    p.date_of_birth = None;
    p.age_estimate = Some(if child {
        AgeEstimate::Under18
    } else {
        AgeEstimate::Over18
    });
    p.place_of_birth = None;
    p.residence_address = None;
    p.marital_status = None;
    for d in &mut p.travel_documents {
        d.issuing_country = None;
    }
    c.case_info.exploitation_other = None;
    if let Some(g) = &mut c.guardian {
        g.name = ERASED.into();
        g.organisation = None;
        g.user = None;
    }
    for b in &mut c.best_interests {
        b.decided_by = ERASED.into();
        b.summary = ERASED.into();
    }
    if let Some(r) = &mut c.risk_assessment {
        r.notes = None;
    }
    if let Some(plan) = &mut c.assistance_plan {
        for g in &mut plan.goals {
            g.goal = ERASED.into();
        }
    }
    if let Some(plan) = &mut c.risk_management_plan {
        plan.summary = ERASED.into();
    }
    c.restriction = None;
    c.anonymised_at = Some(now);
    let measures = measures
        .iter()
        .map(|m| {
            let mut m = m.clone();
            m.notes = String::new();
            m.responsible_organisation = None;
            m.assignee = None;
            m
        })
        .collect();
    let consents = consents
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.informed.notes = None;
            if let Some(rev) = &mut r.revocation {
                rev.reason = None;
            }
            r
        })
        .collect();
    Ok((c, measures, consents))
}

/// The grants of an anonymised case: their stated reasons may name the person; the
/// basis (a consent scope or a legal reference) and the sections stay as the record of
/// what was shared.
pub fn anonymise_shares(shares: &[crate::access::CaseShare]) -> Vec<crate::access::CaseShare> {
    shares
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.reason = ERASED.into();
            s
        })
        .collect()
}

/// The retention rule: a closed case is anonymised once `closed_years` have passed
/// since it was closed. Open cases are never anonymised by retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    pub closed_years: u16,
}

impl Default for RetentionRule {
    fn default() -> Self {
        RetentionRule { closed_years: 5 }
    }
}

impl RetentionRule {
    /// Whether the rule says the case is due for anonymisation on `today`.
    pub fn due(&self, case: &Case, today: Date) -> bool {
        let Some(closed) = case.closed_on else {
            return false;
        };
        if case.anonymised_at.is_some() {
            return false;
        }
        let years = i32::from(self.closed_years);
        let until = closed
            .replace_year(closed.year() + years)
            .or_else(|_| Date::from_calendar_date(closed.year() + years, time::Month::March, 1))
            .unwrap_or(Date::MAX);
        today >= until
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::tests::open;

    fn now() -> OffsetDateTime {
        time::macros::datetime!(2026-06-01 10:00 UTC)
    }

    #[test]
    fn erasure_removes_every_name_and_text_but_keeps_the_codes() {
        let mut case = open(false);
        case.person.given_name = "Testa".into();
        case.person.family_name = "Fictiva".into();
        case.person.residence_address = Some("1 Synthetic Street".into());
        case.case_info.exploitation_other = Some("synthetic details".into());
        let (c, _, _) = anonymise(&case, &[], &[], now()).unwrap();
        let text = serde_json::to_string(&c).unwrap();
        for secret in ["Testa", "Fictiva", "Synthetic Street", "synthetic details"] {
            assert!(!text.contains(secret), "{secret} survived");
        }
        assert_eq!(c.status, case.status);
        assert_eq!(c.person.sex, case.person.sex);
        assert_eq!(c.person.citizenships, case.person.citizenships);
        assert_eq!(
            c.case_info.exploitation_types,
            case.case_info.exploitation_types
        );
        assert_eq!(c.is_child(now().date()), case.is_child(now().date()));
        assert!(anonymise(&c, &[], &[], now()).is_err());
    }

    #[test]
    fn retention_applies_to_closed_cases_after_the_period() {
        let rule = RetentionRule { closed_years: 5 };
        let mut case = open(false);
        let today = now().date();
        assert!(!rule.due(&case, today));
        case.closed_on = Some(time::macros::date!(2021 - 06 - 02));
        assert!(!rule.due(&case, today));
        case.closed_on = Some(time::macros::date!(2021 - 06 - 01));
        assert!(rule.due(&case, today));
    }
}

#[cfg(test)]
mod indicator_tests {
    use super::*;
    use crate::indicators::Indicators;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn anonymisation_keeps_every_indicator_count(child in any::<bool>(), days in 0i64..20_000) {
            let case = crate::case::tests::open(child);
            let now = time::macros::datetime!(2026-06-01 10:00 UTC) + time::Duration::days(days);
            let today = now.date();
            let (after, _, _) = anonymise(&case, &[], &[], now).unwrap();
            let mut before_counts = Indicators::default();
            before_counts.add(&case, today);
            let mut after_counts = Indicators::default();
            after_counts.add(&after, today);
            prop_assert_eq!(before_counts.counts(), after_counts.counts());
        }
    }
}
