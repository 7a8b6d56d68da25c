//! A case: one person's path through the five SOPs at this node.

use serde::{Deserialize, Deserializer, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use crate::codes::{
    BestInterestsKind, Cooperation, CountryCode, DigitalPlatform, DigitalUse, ExploitationType,
    PersonStatus, RecruitmentMeans, ResidencePermitStatus, RiskAssessmentParticipant, RiskLevel,
};
use crate::error::{DomainError, Errors};
use crate::ids::{CaseId, OrganisationId, UserId};
use crate::person::Person;
use crate::rule::Rule;
use crate::text::{LONG_TEXT_MAX, SHORT_TEXT_MAX, check_list, check_opt_text, check_text};

/// At most this many goals in an assistance plan.
const MAX_GOALS: usize = 50;
/// At most this many transit countries on a route.
const MAX_TRANSIT_COUNTRIES: usize = 20;

/// Annex I §1.2, plus the digital dimension (seed 000 §V).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CaseInfo {
    pub exploitation_types: Vec<ExploitationType>,
    /// Free text when `other` is among the types.
    pub exploitation_other: Option<String>,
    pub recruitment_means: Vec<RecruitmentMeans>,
    pub recruitment_country: Option<CountryCode>,
    /// Countries transited, in the order travelled: the route.
    pub transit_countries: Vec<CountryCode>,
    pub exploitation_countries: Vec<CountryCode>,
    pub exploitation_began_on: Option<Date>,
    pub exploitation_ended_on: Option<Date>,
    pub identification_country: Option<CountryCode>,
    pub identified_on: Option<Date>,
    pub previously_trafficked: Option<bool>,
    pub previous_exploitation_countries: Vec<CountryCode>,
    pub digital: DigitalDimension,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct DigitalDimension {
    /// Recruited online (yes / no / not known).
    pub online_recruitment: Option<bool>,
    pub technologies: Vec<TechnologyUse>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TechnologyUse {
    pub platform: DigitalPlatform,
    pub used_to: DigitalUse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReflectionPeriod {
    pub starts_on: Date,
    pub ends_on: Date,
}

impl ReflectionPeriod {
    /// Days left including today; zero once it has ended.
    pub fn days_left(&self, today: Date) -> i64 {
        if today > self.ends_on {
            0
        } else {
            (self.ends_on - today.max(self.starts_on)).whole_days() + 1
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Guardian {
    pub name: String,
    pub organisation: Option<String>,
    pub appointed_on: Date,
    /// The guardian's account on this node, if they have one: it opens this child's
    /// case to them, and no other.
    #[serde(default)]
    pub user: Option<UserId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BestInterestsRecord {
    pub kind: BestInterestsKind,
    pub decided_on: Date,
    /// Authority or staff who carried it out.
    pub decided_by: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskAssessment {
    pub level: RiskLevel,
    pub assessed_on: Date,
    #[serde(default)]
    pub carried_out_with: Vec<RiskAssessmentParticipant>,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssistancePlan {
    /// The IAP is a written agreement made jointly with the person (Working Definitions).
    pub agreed_on: Date,
    pub goals: Vec<PlanGoal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanGoal {
    pub goal: String,
    #[serde(default)]
    pub achieved: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskManagementPlan {
    pub summary: String,
    #[serde(default)]
    pub review_on: Option<Date>,
}

/// The stored case. Measures, consents and the timeline are kept beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: CaseId,
    /// The organisation that holds the case.
    pub holder: OrganisationId,
    pub version: u32,
    pub status: PersonStatus,
    pub person: Person,
    pub case_info: CaseInfo,
    /// Recorded for proceedings (SOP 5); never read by an assistance rule.
    pub cooperation: Cooperation,
    pub reflection_period: Option<ReflectionPeriod>,
    pub residence_permit: ResidencePermitStatus,
    pub guardian: Option<Guardian>,
    pub best_interests: Vec<BestInterestsRecord>,
    pub risk_assessment: Option<RiskAssessment>,
    pub assistance_plan: Option<AssistancePlan>,
    pub risk_management_plan: Option<RiskManagementPlan>,
    pub case_manager: Option<UserId>,
    /// When the case was closed; closed cases fall under the retention rule.
    #[serde(default)]
    pub closed_on: Option<Date>,
    /// Processing restricted at the person's request (GDPR art. 18): only the
    /// administrator may read the case, and nobody may change it.
    #[serde(default)]
    pub restriction: Option<Restriction>,
    /// When the person's data was erased or anonymised; the indicators stay.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub anonymised_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Restriction {
    pub requested_on: Date,
    pub reason: String,
    pub recorded_by: UserId,
}

/// What a case worker sends to open a case. Only the person and the status are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCase {
    pub status: PersonStatus,
    pub person: Person,
    #[serde(default)]
    pub case_info: CaseInfo,
    #[serde(default = "default_cooperation")]
    pub cooperation: Cooperation,
    #[serde(default)]
    pub reflection_period: Option<ReflectionPeriod>,
    #[serde(default = "default_permit")]
    pub residence_permit: ResidencePermitStatus,
    #[serde(default)]
    pub guardian: Option<Guardian>,
    #[serde(default)]
    pub best_interests: Vec<BestInterestsRecord>,
    #[serde(default)]
    pub risk_assessment: Option<RiskAssessment>,
    #[serde(default)]
    pub assistance_plan: Option<AssistancePlan>,
    #[serde(default)]
    pub risk_management_plan: Option<RiskManagementPlan>,
    #[serde(default)]
    pub case_manager: Option<UserId>,
}

fn default_cooperation() -> Cooperation {
    Cooperation::NotAsked
}
fn default_permit() -> ResidencePermitStatus {
    ResidencePermitStatus::None
}

/// A change to a case: each present section replaces the stored one; `null` clears an
/// optional section; an absent section is left as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CasePatch {
    /// The version the change was made against; a stale version is refused (409).
    #[serde(default)]
    pub expected_version: Option<u32>,
    #[serde(default)]
    pub status: Option<PersonStatus>,
    #[serde(default)]
    pub person: Option<Person>,
    #[serde(default)]
    pub case_info: Option<CaseInfo>,
    #[serde(default)]
    pub cooperation: Option<Cooperation>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<ReflectionPeriod>)]
    pub reflection_period: Option<Option<ReflectionPeriod>>,
    #[serde(default)]
    pub residence_permit: Option<ResidencePermitStatus>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<Guardian>)]
    pub guardian: Option<Option<Guardian>>,
    #[serde(default)]
    pub best_interests: Option<Vec<BestInterestsRecord>>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<RiskAssessment>)]
    pub risk_assessment: Option<Option<RiskAssessment>>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<AssistancePlan>)]
    pub assistance_plan: Option<Option<AssistancePlan>>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<RiskManagementPlan>)]
    pub risk_management_plan: Option<Option<RiskManagementPlan>>,
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<String>)]
    pub case_manager: Option<Option<UserId>>,
    /// Close the case on this date (`null` reopens it).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "absent")]
    #[schema(value_type = Option<Date>)]
    pub closed_on: Option<Option<Date>>,
}

/// Leaves an absent field out when written, so a patch reads back as it was (written as
/// `null`, it would clear the field).
pub(crate) fn absent<T>(field: &Option<Option<T>>) -> bool {
    field.is_none()
}

/// Tells "absent" (None) from "null" (Some(None)).
pub(crate) fn nullable<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

impl Case {
    /// Opens a case from a case worker's input, or names every broken rule.
    pub fn open(
        id: CaseId,
        holder: OrganisationId,
        input: NewCase,
        now: OffsetDateTime,
    ) -> Result<Case, DomainError> {
        let case = Case {
            id,
            holder,
            version: 1,
            status: input.status,
            person: input.person,
            case_info: input.case_info,
            cooperation: input.cooperation,
            reflection_period: input.reflection_period,
            residence_permit: input.residence_permit,
            guardian: input.guardian,
            best_interests: input.best_interests,
            risk_assessment: input.risk_assessment,
            assistance_plan: input.assistance_plan,
            risk_management_plan: input.risk_management_plan,
            case_manager: input.case_manager,
            closed_on: None,
            restriction: None,
            anonymised_at: None,
            created_at: now,
            updated_at: now,
        };
        case.validate(now.date())?;
        Ok(case)
    }

    /// Applies a patch and returns the new case; the old one is untouched on error.
    pub fn patched(&self, patch: CasePatch, now: OffsetDateTime) -> Result<Case, DomainError> {
        if let Some(expected) = patch.expected_version
            && expected != self.version
        {
            return Err(DomainError::field(
                "expected_version",
                Rule::StaleVersion {
                    version: self.version,
                    expected,
                },
            ));
        }
        self.check_changeable()?;
        let mut next = self.clone();
        if let Some(v) = patch.status {
            next.status = v;
        }
        if let Some(v) = patch.person {
            next.person = v;
        }
        if let Some(v) = patch.case_info {
            next.case_info = v;
        }
        if let Some(v) = patch.cooperation {
            next.cooperation = v;
        }
        if let Some(v) = patch.reflection_period {
            next.reflection_period = v;
        }
        if let Some(v) = patch.residence_permit {
            next.residence_permit = v;
        }
        if let Some(v) = patch.guardian {
            next.guardian = v;
        }
        if let Some(v) = patch.best_interests {
            next.best_interests = v;
        }
        if let Some(v) = patch.risk_assessment {
            next.risk_assessment = v;
        }
        if let Some(v) = patch.assistance_plan {
            next.assistance_plan = v;
        }
        if let Some(v) = patch.risk_management_plan {
            next.risk_management_plan = v;
        }
        if let Some(v) = patch.case_manager {
            next.case_manager = v;
        }
        if let Some(v) = patch.closed_on {
            next.closed_on = v;
        }
        next.validate(now.date())?;
        next.version = self.version + 1;
        next.updated_at = now;
        Ok(next)
    }

    pub fn is_child(&self, today: Date) -> bool {
        self.person.is_child(today)
    }

    /// A restricted or anonymised case is frozen: nothing about the person may change.
    pub fn check_changeable(&self) -> Result<(), DomainError> {
        if self.restriction.is_some() {
            return Err(DomainError::field("case", Rule::CaseRestricted));
        }
        if self.anonymised_at.is_some() {
            return Err(DomainError::field("case", Rule::CaseErased));
        }
        Ok(())
    }

    pub fn restricted(
        &self,
        restriction: Restriction,
        now: OffsetDateTime,
    ) -> Result<Case, DomainError> {
        let mut e = Errors::new();
        check_text(&mut e, "reason", &restriction.reason, LONG_TEXT_MAX, true);
        e.check(self.restriction.is_none(), "case", Rule::AlreadyRestricted);
        e.check(self.anonymised_at.is_none(), "case", Rule::Erased);
        e.into_result()?;
        let mut next = self.touched(now);
        next.restriction = Some(restriction);
        Ok(next)
    }

    pub fn unrestricted(&self, now: OffsetDateTime) -> Result<Case, DomainError> {
        if self.restriction.is_none() {
            return Err(DomainError::field("case", Rule::NotRestricted));
        }
        let mut next = self.touched(now);
        next.restriction = None;
        Ok(next)
    }

    /// The case after a change to something kept beside it (a measure, a consent): the
    /// version moves on so concurrent changes to one case are serialised.
    pub fn touched(&self, now: OffsetDateTime) -> Case {
        let mut next = self.clone();
        next.version = self.version + 1;
        next.updated_at = now;
        next
    }

    pub fn has_best_interests_determination(&self) -> bool {
        self.best_interests
            .iter()
            .any(|r| r.kind == BestInterestsKind::Determination)
    }

    fn validate(&self, today: Date) -> Result<(), DomainError> {
        let mut e = Errors::new();
        self.person.validate(&mut e, "person", today);
        validate_case_info(&mut e, &self.case_info, today);
        if let Some(p) = &self.reflection_period
            && p.ends_on < p.starts_on
        {
            e.add(
                "reflection_period.ends_on",
                Rule::ReflectionEndsBeforeStart {
                    ends_on: p.ends_on,
                    starts_on: p.starts_on,
                },
            );
        }
        if let Some(g) = &self.guardian {
            check_text(&mut e, "guardian.name", &g.name, SHORT_TEXT_MAX, true);
            check_opt_text(
                &mut e,
                "guardian.organisation",
                &g.organisation,
                SHORT_TEXT_MAX,
            );
            not_future(&mut e, "guardian.appointed_on", Some(g.appointed_on), today);
        }
        for (i, r) in self.best_interests.iter().enumerate() {
            check_text(
                &mut e,
                &format!("best_interests[{i}].decided_by"),
                &r.decided_by,
                SHORT_TEXT_MAX,
                true,
            );
            check_text(
                &mut e,
                &format!("best_interests[{i}].summary"),
                &r.summary,
                LONG_TEXT_MAX,
                true,
            );
            not_future(
                &mut e,
                &format!("best_interests[{i}].decided_on"),
                Some(r.decided_on),
                today,
            );
        }
        if let Some(r) = &self.risk_assessment {
            not_future(
                &mut e,
                "risk_assessment.assessed_on",
                Some(r.assessed_on),
                today,
            );
            check_list(
                &mut e,
                "risk_assessment.carried_out_with",
                &r.carried_out_with,
                10,
            );
            check_opt_text(&mut e, "risk_assessment.notes", &r.notes, LONG_TEXT_MAX);
        }
        if let Some(p) = &self.assistance_plan {
            e.check(!p.goals.is_empty(), "assistance_plan.goals", Rule::NoGoals);
            e.check(
                p.goals.len() <= MAX_GOALS,
                "assistance_plan.goals",
                Rule::TooManyGoals { max: MAX_GOALS },
            );
            for (i, g) in p.goals.iter().enumerate() {
                check_text(
                    &mut e,
                    &format!("assistance_plan.goals[{i}].goal"),
                    &g.goal,
                    LONG_TEXT_MAX,
                    true,
                );
            }
        }
        if let Some(p) = &self.risk_management_plan {
            check_text(
                &mut e,
                "risk_management_plan.summary",
                &p.summary,
                LONG_TEXT_MAX,
                true,
            );
        }
        e.into_result()
    }
}

fn not_future(e: &mut Errors, field: &str, date: Option<Date>, today: Date) {
    if let Some(d) = date
        && d > today
    {
        e.add(field, Rule::DateInFuture { date: d });
    }
}

fn validate_case_info(e: &mut Errors, info: &CaseInfo, today: Date) {
    check_list(
        e,
        "case_info.exploitation_types",
        &info.exploitation_types,
        ExploitationType::ALL.len(),
    );
    check_list(
        e,
        "case_info.recruitment_means",
        &info.recruitment_means,
        RecruitmentMeans::ALL.len(),
    );
    check_list(
        e,
        "case_info.exploitation_countries",
        &info.exploitation_countries,
        20,
    );
    check_list(
        e,
        "case_info.previous_exploitation_countries",
        &info.previous_exploitation_countries,
        20,
    );
    check_list(
        e,
        "case_info.digital.technologies",
        &info.digital.technologies,
        30,
    );
    // A route may pass a country twice, but not more than 20 legs.
    e.check(
        info.transit_countries.len() <= MAX_TRANSIT_COUNTRIES,
        "case_info.transit_countries",
        Rule::TooManyCountries {
            max: MAX_TRANSIT_COUNTRIES,
        },
    );
    check_opt_text(
        e,
        "case_info.exploitation_other",
        &info.exploitation_other,
        SHORT_TEXT_MAX,
    );
    if info.exploitation_other.is_some()
        && !info.exploitation_types.contains(&ExploitationType::Other)
    {
        e.add("case_info.exploitation_other", Rule::OtherExploitationOnly);
    }
    if info.recruitment_means.contains(&RecruitmentMeans::Unknown)
        && info.recruitment_means.len() > 1
    {
        e.add("case_info.recruitment_means", Rule::UnknownMeansCombined);
    }
    not_future(
        e,
        "case_info.exploitation_began_on",
        info.exploitation_began_on,
        today,
    );
    not_future(
        e,
        "case_info.exploitation_ended_on",
        info.exploitation_ended_on,
        today,
    );
    not_future(e, "case_info.identified_on", info.identified_on, today);
    if let (Some(began), Some(ended)) = (info.exploitation_began_on, info.exploitation_ended_on)
        && ended < began
    {
        e.add(
            "case_info.exploitation_ended_on",
            Rule::ExploitationEndsBeforeStart { ended, began },
        );
    }
    if info.previously_trafficked != Some(true) && !info.previous_exploitation_countries.is_empty()
    {
        e.add(
            "case_info.previous_exploitation_countries",
            Rule::PreviouslyTraffickedOnly,
        );
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::codes::{AgeEstimate, Sex};
    use time::macros::datetime;
    use uuid::Uuid;

    pub fn now() -> OffsetDateTime {
        datetime!(2026-11-22 10:00 UTC)
    }

    pub fn new_case(child: bool) -> NewCase {
        NewCase {
            status: PersonStatus::PresumedVictim,
            person: Person {
                given_name: "Testa".into(),
                family_name: "Fictiva".into(),
                previous_names: vec![],
                nicknames: vec![],
                sex: Sex::Female,
                date_of_birth: None,
                place_of_birth: None,
                age_estimate: Some(if child {
                    AgeEstimate::Under18
                } else {
                    AgeEstimate::Over18
                }),
                citizenships: vec![CountryCode::parse("AL").unwrap()],
                languages: vec![],
                residence_address: None,
                residence_country: None,
                marital_status: None,
                travel_documents: vec![],
                identity_confirmed: false,
                identity_confirmed_by: None,
            },
            case_info: CaseInfo::default(),
            cooperation: Cooperation::NotAsked,
            reflection_period: None,
            residence_permit: ResidencePermitStatus::None,
            guardian: None,
            best_interests: vec![],
            risk_assessment: None,
            assistance_plan: None,
            risk_management_plan: None,
            case_manager: None,
        }
    }

    pub fn open(child: bool) -> Case {
        Case::open(
            CaseId::from_uuid(Uuid::nil()),
            OrganisationId::from_uuid(Uuid::nil()),
            new_case(child),
            now(),
        )
        .unwrap()
    }

    #[test]
    fn reflection_period_ending_before_it_starts_is_refused() {
        let mut input = new_case(false);
        input.reflection_period = Some(ReflectionPeriod {
            starts_on: time::macros::date!(2026 - 11 - 10),
            ends_on: time::macros::date!(2026 - 11 - 01),
        });
        let err = Case::open(
            CaseId::from_uuid(Uuid::nil()),
            OrganisationId::from_uuid(Uuid::nil()),
            input,
            now(),
        )
        .unwrap_err();
        let DomainError::Invalid(errors) = err else {
            panic!()
        };
        assert_eq!(errors[0].field, "reflection_period.ends_on");
    }

    #[test]
    fn reflection_days_left_counts_today_and_stops_at_zero() {
        let p = ReflectionPeriod {
            starts_on: time::macros::date!(2026 - 11 - 01),
            ends_on: time::macros::date!(2026 - 11 - 30),
        };
        assert_eq!(p.days_left(time::macros::date!(2026 - 11 - 22)), 9);
        assert_eq!(p.days_left(time::macros::date!(2026 - 10 - 01)), 30);
        assert_eq!(p.days_left(time::macros::date!(2026 - 12 - 01)), 0);
    }

    #[test]
    fn patch_replaces_sections_bumps_version_and_checks_staleness() {
        let case = open(false);
        let patch: CasePatch = serde_json::from_str(
            r#"{"expected_version":1,"status":"identified_formal","guardian":null}"#,
        )
        .unwrap();
        let next = case.patched(patch, now()).unwrap();
        assert_eq!(next.version, 2);
        assert!(next.status.formally_identified());
        let stale: CasePatch = serde_json::from_str(r#"{"expected_version":1}"#).unwrap();
        assert!(next.patched(stale, now()).is_err());
    }

    #[test]
    fn null_clears_and_absent_keeps() {
        let mut case = open(true);
        case.guardian = Some(Guardian {
            name: "G. Example".into(),
            organisation: None,
            appointed_on: now().date(),
            user: None,
        });
        let keep: CasePatch = serde_json::from_str("{}").unwrap();
        assert!(case.patched(keep, now()).unwrap().guardian.is_some());
        let clear: CasePatch = serde_json::from_str(r#"{"guardian":null}"#).unwrap();
        assert!(case.patched(clear, now()).unwrap().guardian.is_none());
    }

    /// Found by the `json_case_patch` fuzz target: an absent section was written as
    /// `null`, which reads back as "clear it".
    #[test]
    fn a_patch_written_out_reads_back_the_same() {
        for text in [
            "{}",
            r#"{"guardian":null}"#,
            r#"{"closed_on":"2026-11-20"}"#,
        ] {
            let patch: CasePatch = serde_json::from_str(text).unwrap();
            let written = serde_json::to_string(&patch).unwrap();
            let back: CasePatch = serde_json::from_str(&written).unwrap();
            assert_eq!(back, patch, "{text} was written as {written}");
        }
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let err = serde_json::from_str::<CasePatch>(r#"{"colour":"red"}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `colour`"));
    }

    #[test]
    fn exploitation_cannot_end_before_it_began() {
        let mut input = new_case(false);
        input.case_info.exploitation_began_on = Some(time::macros::date!(2025 - 05 - 01));
        input.case_info.exploitation_ended_on = Some(time::macros::date!(2025 - 01 - 01));
        assert!(
            Case::open(
                CaseId::from_uuid(Uuid::nil()),
                OrganisationId::from_uuid(Uuid::nil()),
                input,
                now()
            )
            .is_err()
        );
    }
}
