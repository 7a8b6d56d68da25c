//! The person at the centre of a case (Annex I §1.1). Every field here is personal data.

use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

use crate::codes::{
    AgeEstimate, CountryCode, IdentityConfirmer, LanguageCode, MaritalStatus, Sex,
    TravelDocumentKind,
};
use crate::error::Errors;
use crate::rule::Rule;
use crate::text::{SHORT_TEXT_MAX, check_list, check_opt_text, check_text};

/// Oldest plausible birth year; earlier dates are typing mistakes.
const EARLIEST_BIRTH_YEAR: i32 = 1900;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Given name as the person uses it; may be empty when only a nickname is known.
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    /// Previous names (maiden name, other spellings, names in other documents).
    #[serde(default)]
    pub previous_names: Vec<String>,
    #[serde(default)]
    pub nicknames: Vec<String>,
    pub sex: Sex,
    #[serde(default)]
    pub date_of_birth: Option<Date>,
    #[serde(default)]
    pub place_of_birth: Option<String>,
    /// Only when the date of birth is unknown; must agree with it otherwise.
    #[serde(default)]
    pub age_estimate: Option<AgeEstimate>,
    #[serde(default)]
    pub citizenships: Vec<CountryCode>,
    #[serde(default)]
    pub languages: Vec<LanguageCode>,
    #[serde(default)]
    pub residence_address: Option<String>,
    #[serde(default)]
    pub residence_country: Option<CountryCode>,
    #[serde(default)]
    pub marital_status: Option<MaritalStatus>,
    #[serde(default)]
    pub travel_documents: Vec<TravelDocument>,
    #[serde(default)]
    pub identity_confirmed: bool,
    #[serde(default)]
    pub identity_confirmed_by: Option<IdentityConfirmer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TravelDocument {
    pub kind: TravelDocumentKind,
    pub valid: bool,
    #[serde(default)]
    pub issuing_country: Option<CountryCode>,
}

impl Person {
    /// A child is a person under 18, or whose age is unknown and may be under 18: the seeds
    /// presume minority until the contrary is established.
    pub fn is_child(&self, today: Date) -> bool {
        match (self.date_of_birth, self.age_estimate) {
            (Some(born), _) => age_on(born, today) < 18,
            (None, Some(AgeEstimate::Over18)) => false,
            (None, _) => true,
        }
    }

    pub(crate) fn validate(&self, errors: &mut Errors, prefix: &str, today: Date) {
        let f = |name: &str| format!("{prefix}.{name}");
        check_text(
            errors,
            &f("given_name"),
            &self.given_name,
            SHORT_TEXT_MAX,
            false,
        );
        check_text(
            errors,
            &f("family_name"),
            &self.family_name,
            SHORT_TEXT_MAX,
            false,
        );
        if self.given_name.trim().is_empty()
            && self.family_name.trim().is_empty()
            && self.nicknames.iter().all(|n| n.trim().is_empty())
        {
            errors.add(f("given_name"), Rule::NameRequired);
        }
        for (i, n) in self.previous_names.iter().enumerate() {
            check_text(
                errors,
                &format!("{prefix}.previous_names[{i}]"),
                n,
                SHORT_TEXT_MAX,
                true,
            );
        }
        for (i, n) in self.nicknames.iter().enumerate() {
            check_text(
                errors,
                &format!("{prefix}.nicknames[{i}]"),
                n,
                SHORT_TEXT_MAX,
                true,
            );
        }
        check_list(errors, &f("previous_names"), &self.previous_names, 20);
        check_list(errors, &f("nicknames"), &self.nicknames, 20);
        check_opt_text(
            errors,
            &f("place_of_birth"),
            &self.place_of_birth,
            SHORT_TEXT_MAX,
        );
        check_opt_text(
            errors,
            &f("residence_address"),
            &self.residence_address,
            SHORT_TEXT_MAX * 2,
        );
        if let Some(born) = self.date_of_birth {
            if born > today {
                errors.add(f("date_of_birth"), Rule::DateInFuture { date: born });
            } else if born.year() < EARLIEST_BIRTH_YEAR {
                errors.add(
                    f("date_of_birth"),
                    Rule::BornTooEarly {
                        date: born,
                        year: EARLIEST_BIRTH_YEAR,
                    },
                );
            } else if let Some(estimate) = self.age_estimate {
                let child = age_on(born, today) < 18;
                let contradicts = matches!(
                    (estimate, child),
                    (AgeEstimate::Under18, false) | (AgeEstimate::Over18, true)
                );
                if contradicts {
                    errors.add(
                        f("age_estimate"),
                        Rule::AgeEstimateContradicts {
                            estimate: estimate.code().to_owned(),
                            born,
                        },
                    );
                }
            }
        }
        check_list(errors, &f("citizenships"), &self.citizenships, 5);
        check_list(errors, &f("languages"), &self.languages, 10);
        check_list(errors, &f("travel_documents"), &self.travel_documents, 10);
        if self.identity_confirmed_by.is_some() && !self.identity_confirmed {
            errors.add(f("identity_confirmed_by"), Rule::IdentityConfirmedOnly);
        }
    }
}

/// Completed years between two dates.
pub fn age_on(born: Date, today: Date) -> i32 {
    let mut years = today.year() - born.year();
    if (today.month() as u8, today.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn person() -> Person {
        Person {
            given_name: "Testa".into(),
            family_name: "Fictiva".into(),
            previous_names: vec![],
            nicknames: vec![],
            sex: Sex::Female,
            date_of_birth: None,
            place_of_birth: None,
            age_estimate: None,
            citizenships: vec![],
            languages: vec![],
            residence_address: None,
            residence_country: None,
            marital_status: None,
            travel_documents: vec![],
            identity_confirmed: false,
            identity_confirmed_by: None,
        }
    }

    #[test]
    fn unknown_age_is_treated_as_a_child() {
        let today = date!(2026 - 11 - 22);
        let mut p = person();
        assert!(p.is_child(today), "no date, no estimate: presumed a child");
        p.age_estimate = Some(AgeEstimate::Unknown);
        assert!(p.is_child(today));
        p.age_estimate = Some(AgeEstimate::Under18);
        assert!(p.is_child(today));
        p.age_estimate = Some(AgeEstimate::Over18);
        assert!(!p.is_child(today));
    }

    #[test]
    fn eighteenth_birthday_ends_childhood() {
        let mut p = person();
        p.date_of_birth = Some(date!(2008 - 11 - 22));
        assert!(p.is_child(date!(2026 - 11 - 21)));
        assert!(!p.is_child(date!(2026 - 11 - 22)));
    }

    #[test]
    fn future_birth_date_and_contradicting_estimate_are_rejected() {
        let today = date!(2026 - 11 - 22);
        let mut p = person();
        p.date_of_birth = Some(date!(2027 - 01 - 01));
        let mut e = Errors::new();
        p.validate(&mut e, "person", today);
        let err = e.into_result().unwrap_err().to_string();
        assert!(
            err.contains("person.date_of_birth: 2027-01-01 is in the future"),
            "{err}"
        );

        p.date_of_birth = Some(date!(1990 - 01 - 01));
        p.age_estimate = Some(AgeEstimate::Under18);
        let mut e = Errors::new();
        p.validate(&mut e, "person", today);
        assert!(
            e.into_result()
                .unwrap_err()
                .to_string()
                .contains("person.age_estimate")
        );
    }

    #[test]
    fn a_person_needs_some_name() {
        let mut p = person();
        p.given_name.clear();
        p.family_name.clear();
        let mut e = Errors::new();
        p.validate(&mut e, "person", date!(2026 - 11 - 22));
        assert!(!e.is_empty());
        p.nicknames = vec!["Lumi".into()];
        let mut e = Errors::new();
        p.validate(&mut e, "person", date!(2026 - 11 - 22));
        assert!(e.is_empty());
    }
}
