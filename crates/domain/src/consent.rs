//! Informed consent (Working Definitions; Annex I opens with two consents). Records are
//! append-only; a revocation is stamped on the record it withdraws. The current consent
//! is always derived from the records, never stored.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use crate::catalogue::MeasureCode;
use crate::codes::{ConsentDecision, CountryCode, LanguageCode, SharePurpose};
use crate::error::{DomainError, Errors};
use crate::ids::{CaseId, ConsentId, UserId};
use crate::rule::Rule;
use crate::text::{LONG_TEXT_MAX, SHORT_TEXT_MAX, check_opt_text};

/// What a consent covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ConsentScope {
    /// Share the person's data with a country, or one named organisation there, for a purpose.
    ShareData {
        country: CountryCode,
        #[serde(default)]
        organisation: Option<String>,
        purpose: SharePurpose,
    },
    /// Return to a country of origin or a third country.
    Return { country: CountryCode },
    /// Take part in one named measure.
    Measure { measure: MeasureCode },
}

impl ConsentScope {
    /// Whether a consent given for `self` covers the use asked about in `wanted`. A consent
    /// for a whole country covers each organisation there; one for an organisation covers
    /// only that organisation.
    pub fn covers(&self, wanted: &ConsentScope) -> bool {
        match (self, wanted) {
            (
                ConsentScope::ShareData {
                    country,
                    organisation,
                    purpose,
                },
                ConsentScope::ShareData {
                    country: c2,
                    organisation: o2,
                    purpose: p2,
                },
            ) => {
                country == c2
                    && purpose == p2
                    && match (organisation, o2) {
                        (None, _) => true,
                        (Some(a), Some(b)) => a.trim().eq_ignore_ascii_case(b.trim()),
                        (Some(_), None) => false,
                    }
            }
            (ConsentScope::Return { country }, ConsentScope::Return { country: c2 }) => {
                country == c2
            }
            (ConsentScope::Measure { measure }, ConsentScope::Measure { measure: m2 }) => {
                measure == m2
            }
            _ => false,
        }
    }
}

/// How the person was informed before deciding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InformedHow {
    /// Language the information was given in.
    pub language: LanguageCode,
    pub interpreter_present: bool,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    pub id: ConsentId,
    pub case_id: CaseId,
    pub scope: ConsentScope,
    pub decision: ConsentDecision,
    /// The day the person decided (may be before it was recorded, e.g. a signed paper form).
    pub decided_on: Date,
    pub informed: InformedHow,
    pub recorded_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
    pub revocation: Option<Revocation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    pub revoked_on: Date,
    pub recorded_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConsent {
    pub scope: ConsentScope,
    pub decision: ConsentDecision,
    pub decided_on: Date,
    pub informed: InformedHow,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevokeConsent {
    /// Defaults to today.
    #[serde(default)]
    pub revoked_on: Option<Date>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// The state of consent for one use, derived from all records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    Given,
    Refused,
    Revoked,
    NotRecorded,
}

impl ConsentRecord {
    pub fn record(
        id: ConsentId,
        case_id: CaseId,
        input: NewConsent,
        by: UserId,
        now: OffsetDateTime,
    ) -> Result<ConsentRecord, DomainError> {
        let mut e = Errors::new();
        if input.decided_on > now.date() {
            e.add(
                "decided_on",
                Rule::DateInFuture {
                    date: input.decided_on,
                },
            );
        }
        check_opt_text(
            &mut e,
            "informed.notes",
            &input.informed.notes,
            LONG_TEXT_MAX,
        );
        if let ConsentScope::ShareData { organisation, .. } = &input.scope {
            check_opt_text(&mut e, "scope.organisation", organisation, SHORT_TEXT_MAX);
        }
        e.into_result()?;
        Ok(ConsentRecord {
            id,
            case_id,
            scope: input.scope,
            decision: input.decision,
            decided_on: input.decided_on,
            informed: input.informed,
            recorded_by: by,
            recorded_at: now,
            revocation: None,
        })
    }

    /// Withdraws a given consent. A refusal cannot be revoked (record a new consent
    /// instead) and a consent is revoked once.
    pub fn revoked(
        &self,
        input: RevokeConsent,
        by: UserId,
        now: OffsetDateTime,
    ) -> Result<ConsentRecord, DomainError> {
        let mut e = Errors::new();
        if self.decision != ConsentDecision::Given {
            e.add("decision", Rule::OnlyGivenRevocable);
        }
        if self.revocation.is_some() {
            e.add("revocation", Rule::AlreadyRevoked);
        }
        let revoked_on = input.revoked_on.unwrap_or(now.date());
        if revoked_on > now.date() {
            e.add("revoked_on", Rule::DateInFuture { date: revoked_on });
        }
        if revoked_on < self.decided_on {
            e.add(
                "revoked_on",
                Rule::RevokedBeforeGiven {
                    revoked_on,
                    decided_on: self.decided_on,
                },
            );
        }
        check_opt_text(&mut e, "reason", &input.reason, LONG_TEXT_MAX);
        e.into_result()?;
        let mut next = self.clone();
        next.revocation = Some(Revocation {
            revoked_on,
            recorded_by: by,
            recorded_at: now,
            reason: input.reason,
        });
        Ok(next)
    }
}

/// The current consent for `wanted`: the latest decision among the records that cover it,
/// where a revocation counts as a decision on the day it was made.
pub fn current_consent(records: &[ConsentRecord], wanted: &ConsentScope) -> ConsentState {
    let mut latest: Option<((Date, OffsetDateTime), ConsentState)> = None;
    let mut consider = |key: (Date, OffsetDateTime), state: ConsentState| {
        if latest.as_ref().is_none_or(|(k, _)| key >= *k) {
            latest = Some((key, state));
        }
    };
    for r in records.iter().filter(|r| r.scope.covers(wanted)) {
        let state = match r.decision {
            ConsentDecision::Given => ConsentState::Given,
            ConsentDecision::Refused => ConsentState::Refused,
        };
        consider((r.decided_on, r.recorded_at), state);
        if let Some(rev) = &r.revocation {
            consider((rev.revoked_on, rev.recorded_at), ConsentState::Revoked);
        }
    }
    latest.map_or(ConsentState::NotRecorded, |(_, s)| s)
}

/// The derived state for every distinct scope on a case, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CurrentConsent {
    pub scope: ConsentScope,
    pub state: ConsentState,
}

pub fn current_consents(records: &[ConsentRecord]) -> Vec<CurrentConsent> {
    let mut scopes: Vec<&ConsentScope> = Vec::new();
    for r in records {
        if !scopes.contains(&&r.scope) {
            scopes.push(&r.scope);
        }
    }
    scopes
        .into_iter()
        .map(|s| CurrentConsent {
            scope: s.clone(),
            state: current_consent(records, s),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::Duration;
    use time::macros::{date, datetime};
    use uuid::Uuid;

    fn al_referral() -> ConsentScope {
        ConsentScope::ShareData {
            country: CountryCode::parse("AL").unwrap(),
            organisation: None,
            purpose: SharePurpose::Referral,
        }
    }
    fn user() -> UserId {
        UserId::from_uuid(Uuid::nil())
    }
    fn rec(
        scope: ConsentScope,
        decision: ConsentDecision,
        on: Date,
        at: OffsetDateTime,
    ) -> ConsentRecord {
        ConsentRecord::record(
            ConsentId::from_uuid(Uuid::now_v7()),
            CaseId::from_uuid(Uuid::nil()),
            NewConsent {
                scope,
                decision,
                decided_on: on,
                informed: InformedHow {
                    language: LanguageCode::parse("sq").unwrap(),
                    interpreter_present: true,
                    notes: None,
                },
            },
            user(),
            at,
        )
        .unwrap()
    }

    #[test]
    fn nothing_recorded_means_no_consent() {
        assert_eq!(
            current_consent(&[], &al_referral()),
            ConsentState::NotRecorded
        );
    }

    #[test]
    fn revocation_withdraws_and_does_not_resurrect_an_older_consent() {
        let t = datetime!(2026-11-01 09:00 UTC);
        let older = rec(
            al_referral(),
            ConsentDecision::Given,
            date!(2026 - 10 - 01),
            t,
        );
        let newer = rec(
            al_referral(),
            ConsentDecision::Given,
            date!(2026 - 10 - 15),
            t + Duration::hours(1),
        );
        let newer = newer
            .revoked(
                RevokeConsent {
                    revoked_on: Some(date!(2026 - 10 - 20)),
                    reason: None,
                },
                user(),
                t + Duration::hours(2),
            )
            .unwrap();
        assert_eq!(
            current_consent(&[older, newer], &al_referral()),
            ConsentState::Revoked
        );
    }

    #[test]
    fn a_country_wide_consent_covers_its_organisations_but_not_the_reverse() {
        let al = CountryCode::parse("AL").unwrap();
        let org = |o: Option<&str>| ConsentScope::ShareData {
            country: al,
            organisation: o.map(Into::into),
            purpose: SharePurpose::Referral,
        };
        assert!(org(None).covers(&org(Some("Shelter Example"))));
        assert!(!org(Some("Shelter Example")).covers(&org(None)));
        assert!(!org(Some("Shelter Example")).covers(&org(Some("Other NGO"))));
        let md = ConsentScope::ShareData {
            country: CountryCode::parse("MD").unwrap(),
            organisation: None,
            purpose: SharePurpose::Referral,
        };
        assert!(
            !org(None).covers(&md),
            "consent for Albania does not cover Moldova"
        );
        let ret = ConsentScope::ShareData {
            country: al,
            organisation: None,
            purpose: SharePurpose::Return,
        };
        assert!(
            !org(None).covers(&ret),
            "consent for one purpose does not cover another"
        );
    }

    #[test]
    fn a_refusal_or_a_double_revocation_cannot_be_revoked() {
        let t = datetime!(2026-11-01 09:00 UTC);
        let refused = rec(
            al_referral(),
            ConsentDecision::Refused,
            date!(2026 - 10 - 01),
            t,
        );
        assert!(
            refused
                .revoked(RevokeConsent::default(), user(), t)
                .is_err()
        );
        let given = rec(
            al_referral(),
            ConsentDecision::Given,
            date!(2026 - 10 - 01),
            t,
        );
        let once = given.revoked(RevokeConsent::default(), user(), t).unwrap();
        assert!(once.revoked(RevokeConsent::default(), user(), t).is_err());
    }

    proptest! {
        /// The derived state is always the latest event that covers the scope; after a
        /// revocation nothing older can make it `given` again.
        #[test]
        fn derived_consent_follows_the_latest_event(ops in proptest::collection::vec((any::<bool>(), any::<bool>()), 1..12)) {
            let base = datetime!(2026-01-01 08:00 UTC);
            let mut records = Vec::new();
            let mut expected = ConsentState::NotRecorded;
            for (i, (given, revoke)) in ops.into_iter().enumerate() {
                let at = base + Duration::days(i as i64 * 2);
                let decision = if given { ConsentDecision::Given } else { ConsentDecision::Refused };
                let mut r = rec(al_referral(), decision, at.date(), at);
                expected = if given { ConsentState::Given } else { ConsentState::Refused };
                if given && revoke {
                    let later = at + Duration::days(1);
                    r = r.revoked(RevokeConsent { revoked_on: Some(later.date()), reason: None }, user(), later).unwrap();
                    expected = ConsentState::Revoked;
                }
                records.push(r);
            }
            prop_assert_eq!(current_consent(&records, &al_referral()), expected);
        }
    }
}
