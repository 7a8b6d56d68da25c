//! SOP measures on a case, à la carte: any measure can be opened at any time and in any
//! order; none is a precondition of another. The only rules that can stop a measure
//! being marked done are the child safeguards of the seeds.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use crate::case::{Case, absent, nullable};
use crate::catalogue::{
    FAMILY_TRACING, INFORMED_DECISION_TO_RETURN, MeasureCode, SAFE_TRANSFER, Sop,
};
use crate::codes::MeasureStatus;
use crate::error::{DomainError, Errors};
use crate::ids::{CaseId, MeasureId, UserId};
use crate::rule::Rule;
use crate::text::{LONG_TEXT_MAX, SHORT_TEXT_MAX, check_opt_text, check_text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: MeasureId,
    pub case_id: CaseId,
    pub code: MeasureCode,
    pub sop: Sop,
    pub status: MeasureStatus,
    pub responsible_organisation: Option<String>,
    pub assignee: Option<UserId>,
    pub due_on: Option<Date>,
    pub notes: String,
    #[serde(with = "time::serde::rfc3339")]
    pub opened_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeasure {
    pub code: MeasureCode,
    #[serde(default = "planned")]
    pub status: MeasureStatus,
    #[serde(default)]
    pub responsible_organisation: Option<String>,
    #[serde(default)]
    pub assignee: Option<UserId>,
    #[serde(default)]
    pub due_on: Option<Date>,
    #[serde(default)]
    pub notes: String,
}

fn planned() -> MeasureStatus {
    MeasureStatus::Planned
}

/// A change to a measure: absent fields stay, `null` clears an optional one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureUpdate {
    #[serde(default)]
    pub status: Option<MeasureStatus>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<String>)]
    pub responsible_organisation: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<String>)]
    pub assignee: Option<Option<UserId>>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<Date>)]
    pub due_on: Option<Option<Date>>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// A safeguard a child must have before a measure can be marked done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildSafeguard {
    Guardian,
    BestInterestsDetermination,
}

/// The child safeguards of the seeds: family tracing and every return measure need a
/// guardian; the return itself (the decision and the transfer) also needs a best-interests
/// determination.
pub fn child_safeguards(code: &MeasureCode) -> &'static [ChildSafeguard] {
    use ChildSafeguard::*;
    let code = code.as_str();
    if code == INFORMED_DECISION_TO_RETURN || code == SAFE_TRANSFER {
        &[Guardian, BestInterestsDetermination]
    } else if code == FAMILY_TRACING || code.starts_with("sop4.") {
        &[Guardian]
    } else {
        &[]
    }
}

impl Measure {
    pub fn open(
        id: MeasureId,
        case: &Case,
        input: NewMeasure,
        now: OffsetDateTime,
    ) -> Result<Measure, DomainError> {
        let measure = Measure {
            id,
            case_id: case.id,
            sop: input.code.sop(),
            code: input.code,
            status: input.status,
            responsible_organisation: input.responsible_organisation,
            assignee: input.assignee,
            due_on: input.due_on,
            notes: input.notes,
            opened_at: now,
            updated_at: now,
        };
        measure.validate(case, now.date())?;
        Ok(measure)
    }

    pub fn updated(
        &self,
        case: &Case,
        update: MeasureUpdate,
        now: OffsetDateTime,
    ) -> Result<Measure, DomainError> {
        let mut next = self.clone();
        if let Some(v) = update.status {
            next.status = v;
        }
        if let Some(v) = update.responsible_organisation {
            next.responsible_organisation = v;
        }
        if let Some(v) = update.assignee {
            next.assignee = v;
        }
        if let Some(v) = update.due_on {
            next.due_on = v;
        }
        if let Some(v) = update.notes {
            next.notes = v;
        }
        next.updated_at = now;
        next.validate(case, now.date())?;
        Ok(next)
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        self.status.is_open() && self.due_on.is_some_and(|d| d < today)
    }

    fn validate(&self, case: &Case, today: Date) -> Result<(), DomainError> {
        let mut e = Errors::new();
        check_opt_text(
            &mut e,
            "responsible_organisation",
            &self.responsible_organisation,
            SHORT_TEXT_MAX,
        );
        check_text(&mut e, "notes", &self.notes, LONG_TEXT_MAX, false);
        if self.status == MeasureStatus::Done && case.is_child(today) {
            for safeguard in child_safeguards(&self.code) {
                match safeguard {
                    ChildSafeguard::Guardian if case.guardian.is_none() => e.add(
                        "status",
                        Rule::ChildNeedsGuardian {
                            measure: self.code.as_str().to_owned(),
                        },
                    ),
                    ChildSafeguard::BestInterestsDetermination
                        if !case.has_best_interests_determination() =>
                    {
                        e.add(
                            "status",
                            Rule::ChildNeedsBestInterests {
                                measure: self.code.as_str().to_owned(),
                            },
                        )
                    }
                    _ => {}
                }
            }
        }
        e.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::tests::{now, open};
    use crate::case::{BestInterestsRecord, Guardian};
    use crate::catalogue::catalogue;
    use crate::codes::{BestInterestsKind, Cooperation, MeasureStatus, PersonStatus};
    use proptest::prelude::*;
    use uuid::Uuid;

    fn new(code: &str, status: MeasureStatus) -> NewMeasure {
        NewMeasure {
            code: MeasureCode::parse(code).unwrap(),
            status,
            responsible_organisation: None,
            assignee: None,
            due_on: None,
            notes: String::new(),
        }
    }
    fn id() -> MeasureId {
        MeasureId::from_uuid(Uuid::nil())
    }

    #[test]
    fn every_assistance_measure_can_be_planned_and_done_for_a_person_who_refuses_to_cooperate() {
        let mut case = open(false);
        case.cooperation = Cooperation::Declined;
        let assistance: Vec<_> = catalogue()
            .codes()
            .into_iter()
            .filter(|c| c.sop().is_assistance())
            .collect();
        assert_eq!(assistance.len(), 8, "SOP 2 and SOP 3 have 8 measures");
        for code in assistance {
            let m = Measure::open(
                id(),
                &case,
                new(code.as_str(), MeasureStatus::Planned),
                now(),
            )
            .unwrap();
            let update = MeasureUpdate {
                status: Some(MeasureStatus::Done),
                ..Default::default()
            };
            let done = m.updated(&case, update, now()).unwrap();
            assert_eq!(done.status, MeasureStatus::Done, "{code}");
        }
    }

    #[test]
    fn a_childs_family_tracing_needs_a_guardian() {
        let mut case = open(true);
        let err = Measure::open(id(), &case, new(FAMILY_TRACING, MeasureStatus::Done), now())
            .unwrap_err();
        assert!(
            err.to_string().contains("until a guardian is recorded"),
            "{err}"
        );
        // Planning it is allowed: only completion waits for the safeguard.
        assert!(
            Measure::open(
                id(),
                &case,
                new(FAMILY_TRACING, MeasureStatus::Planned),
                now()
            )
            .is_ok()
        );
        case.guardian = Some(Guardian {
            name: "G. Example".into(),
            organisation: None,
            appointed_on: now().date(),
            user: None,
        });
        assert!(
            Measure::open(id(), &case, new(FAMILY_TRACING, MeasureStatus::Done), now()).is_ok()
        );
    }

    #[test]
    fn a_childs_return_needs_a_guardian_and_a_best_interests_determination() {
        let mut case = open(true);
        case.guardian = Some(Guardian {
            name: "G. Example".into(),
            organisation: None,
            appointed_on: now().date(),
            user: None,
        });
        let err =
            Measure::open(id(), &case, new(SAFE_TRANSFER, MeasureStatus::Done), now()).unwrap_err();
        assert!(
            err.to_string().contains("best-interests determination"),
            "{err}"
        );
        case.best_interests.push(BestInterestsRecord {
            kind: BestInterestsKind::Assessment,
            decided_on: now().date(),
            decided_by: "Staff".into(),
            summary: "An assessment is not a determination".into(),
        });
        assert!(
            Measure::open(id(), &case, new(SAFE_TRANSFER, MeasureStatus::Done), now()).is_err()
        );
        case.best_interests.push(BestInterestsRecord {
            kind: BestInterestsKind::Determination,
            decided_on: now().date(),
            decided_by: "Child protection authority".into(),
            summary: "Return is in the child's best interests".into(),
        });
        assert!(Measure::open(id(), &case, new(SAFE_TRANSFER, MeasureStatus::Done), now()).is_ok());
    }

    #[test]
    fn an_update_can_clear_what_it_can_set() {
        let case = open(false);
        let mut input = new("sop2.intake_needs_assessment", MeasureStatus::Planned);
        input.due_on = Some(now().date());
        let m = Measure::open(id(), &case, input, now()).unwrap();
        let keep: MeasureUpdate = serde_json::from_str(r#"{"notes":"Synthetic"}"#).unwrap();
        assert!(m.updated(&case, keep, now()).unwrap().due_on.is_some());
        let clear: MeasureUpdate = serde_json::from_str(r#"{"due_on":null}"#).unwrap();
        assert!(m.updated(&case, clear, now()).unwrap().due_on.is_none());
    }

    #[test]
    fn an_adult_needs_no_child_safeguards() {
        let case = open(false);
        for code in [FAMILY_TRACING, SAFE_TRANSFER, INFORMED_DECISION_TO_RETURN] {
            assert!(Measure::open(id(), &case, new(code, MeasureStatus::Done), now()).is_ok());
        }
    }

    #[test]
    fn every_return_measure_is_guarded_for_children() {
        for code in catalogue().codes() {
            let guarded = child_safeguards(&code).contains(&ChildSafeguard::Guardian);
            assert_eq!(guarded, code.sop() == Sop::Return, "{code}");
        }
    }

    fn any_status() -> impl Strategy<Value = MeasureStatus> {
        proptest::sample::select(MeasureStatus::ALL.to_vec())
    }
    fn any_code() -> impl Strategy<Value = MeasureCode> {
        proptest::sample::select(catalogue().codes())
    }
    fn any_person_status() -> impl Strategy<Value = PersonStatus> {
        proptest::sample::select(PersonStatus::ALL.to_vec())
    }
    fn any_cooperation() -> impl Strategy<Value = Cooperation> {
        proptest::sample::select(Cooperation::ALL.to_vec())
    }

    proptest! {
        /// À la carte: whatever measures are already on the case and in whatever state,
        /// any measure can be opened in any status for an adult.
        #[test]
        fn measures_are_a_la_carte(
            code in any_code(), status in any_status(),
            person_status in any_person_status(), cooperation in any_cooperation(),
        ) {
            let mut case = open(false);
            case.status = person_status;
            case.cooperation = cooperation;
            prop_assert!(Measure::open(id(), &case, new(code.as_str(), status), now()).is_ok());
        }

        /// Neither cooperation nor the kind of victim status changes what a measure allows:
        /// a presumed victim has every option an identified one has.
        #[test]
        fn outcome_does_not_depend_on_cooperation_or_status(
            code in any_code(), status in any_status(), child in any::<bool>(),
            a in any_cooperation(), b in any_cooperation(),
            s in any_person_status(),
        ) {
            let mut one = open(child);
            one.cooperation = a;
            one.status = PersonStatus::IdentifiedFormal;
            let mut other = open(child);
            other.cooperation = b;
            other.status = s;
            let r1 = Measure::open(id(), &one, new(code.as_str(), status), now()).is_ok();
            let r2 = Measure::open(id(), &other, new(code.as_str(), status), now()).is_ok();
            prop_assert_eq!(r1, r2);
        }
    }
}
