//! Need-to-know: who may see which sections of one case.
//!
//! The policy table ([`crate::policy`]) says whether a role may attempt an action at all;
//! this module decides, for one case, what a given user actually sees. A case is open
//! only to the organisation that holds it, to those it has been explicitly shared with
//! (with a reason, a basis and an optional end date), to the guardian of a child, and
//! to an administrator who breaks the glass. Everyone else sees nothing, and is told
//! the case does not exist.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use crate::case::Case;
use crate::codes::{Role, SharePurpose};
use crate::consent::{ConsentRecord, ConsentScope, ConsentState, current_consent};
use crate::error::{DomainError, Errors};
use crate::ids::{CaseId, OrganisationId, UserId};
use crate::rule::Rule;
use crate::text::{LONG_TEXT_MAX, check_text};

/// The parts of a case that are opened or withheld together.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Names, date and place of birth, citizenship, languages, identity documents.
    Identity,
    /// Where the person lives.
    Contact,
    /// How the person was recruited and exploited (Annex I §1.2).
    Exploitation,
    /// Cooperation, reflection period, residence permit.
    Legal,
    /// Guardian and best-interests records of a child.
    ChildProtection,
    /// Risk assessment and risk management plan.
    Risk,
    /// Assistance plan and the measures of the SOPs, with their notes.
    Assistance,
    /// Consent records.
    Consents,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Identity,
        Section::Contact,
        Section::Exploitation,
        Section::Legal,
        Section::ChildProtection,
        Section::Risk,
        Section::Assistance,
        Section::Consents,
    ];
    pub fn all() -> BTreeSet<Section> {
        Section::ALL.into_iter().collect()
    }
}

/// To whom a case is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Grantee {
    Organisation(OrganisationId),
    User(UserId),
}

/// Why sharing is lawful: the person's consent (checked again at every read, so a
/// revocation closes the share at once) or a legal basis recorded with its reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ShareBasis {
    Consent { scope: ConsentScope },
    LegalBasis { reference: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GrantKind {
    Share,
    /// An administrator's emergency access, stated reason, short-lived, flagged.
    BreakGlass,
}

/// One grant of access to a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseShare {
    pub id: uuid::Uuid,
    pub case_id: CaseId,
    pub kind: GrantKind,
    pub grantee: Grantee,
    pub sections: BTreeSet<Section>,
    pub basis: ShareBasis,
    pub reason: String,
    /// The last day the share is open; none means until withdrawn.
    pub until: Option<Date>,
    /// For break-the-glass access: the instant it closes.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    pub granted_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub granted_at: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub withdrawn_at: Option<OffsetDateTime>,
}

/// What a holder sends to share a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewShare {
    pub grantee: Grantee,
    pub sections: BTreeSet<Section>,
    pub purpose: SharePurpose,
    /// A legal basis (law, article, court order). Without one, the person's current
    /// consent to share with the grantee's organisation for `purpose` is required.
    #[serde(default)]
    pub legal_basis: Option<String>,
    pub reason: String,
    #[serde(default)]
    pub until: Option<Date>,
}

/// How long a break-the-glass access stays open.
pub const BREAK_GLASS_MINUTES: i64 = 60;
/// An emergency is stated in a sentence, not a word.
const EMERGENCY_MIN_CHARS: usize = 10;

/// The grantee's organisation as the consent names it.
pub struct GranteeOrganisation<'a> {
    pub country: crate::codes::CountryCode,
    pub name: &'a str,
}

impl CaseShare {
    /// Checks a share request against the case's consents; names every broken rule.
    #[allow(clippy::too_many_arguments)]
    pub fn create(
        id: uuid::Uuid,
        case: &Case,
        consents: &[ConsentRecord],
        input: NewShare,
        grantee_org: GranteeOrganisation<'_>,
        granted_by: UserId,
        now: OffsetDateTime,
    ) -> Result<CaseShare, DomainError> {
        case.check_changeable()?;
        let mut e = Errors::new();
        check_text(&mut e, "reason", &input.reason, LONG_TEXT_MAX, true);
        e.check(!input.sections.is_empty(), "sections", Rule::NoSections);
        if let Some(until) = input.until {
            e.check(until >= now.date(), "until", Rule::InPast);
        }
        let basis = match input.legal_basis.as_deref().map(str::trim) {
            Some(reference) if !reference.is_empty() => {
                check_text(&mut e, "legal_basis", reference, LONG_TEXT_MAX, true);
                ShareBasis::LegalBasis {
                    reference: reference.to_owned(),
                }
            }
            _ => {
                let scope = ConsentScope::ShareData {
                    country: grantee_org.country,
                    organisation: Some(grantee_org.name.to_owned()),
                    purpose: input.purpose,
                };
                if current_consent(consents, &scope) != ConsentState::Given {
                    e.add(
                        "legal_basis",
                        Rule::NoConsentToShare {
                            organisation: grantee_org.name.to_owned(),
                            country: grantee_org.country.as_str().to_owned(),
                            purpose: input.purpose.code().to_owned(),
                        },
                    );
                }
                ShareBasis::Consent { scope }
            }
        };
        e.into_result()?;
        Ok(CaseShare {
            id,
            case_id: case.id,
            kind: GrantKind::Share,
            grantee: input.grantee,
            sections: input.sections,
            basis,
            reason: input.reason.trim().to_owned(),
            until: input.until,
            expires_at: None,
            granted_by,
            granted_at: now,
            withdrawn_at: None,
        })
    }

    /// An administrator's emergency access to one case.
    pub fn break_glass(
        id: uuid::Uuid,
        case: &Case,
        admin: UserId,
        reason: &str,
        now: OffsetDateTime,
    ) -> Result<CaseShare, DomainError> {
        let mut e = Errors::new();
        check_text(&mut e, "reason", reason, LONG_TEXT_MAX, true);
        e.check(
            reason.trim().chars().count() >= EMERGENCY_MIN_CHARS,
            "reason",
            Rule::EmergencyTooShort {
                min: EMERGENCY_MIN_CHARS,
            },
        );
        e.into_result()?;
        Ok(CaseShare {
            id,
            case_id: case.id,
            kind: GrantKind::BreakGlass,
            grantee: Grantee::User(admin),
            sections: Section::all(),
            basis: ShareBasis::LegalBasis {
                reference: "emergency access (break the glass)".into(),
            },
            reason: reason.trim().to_owned(),
            until: None,
            expires_at: Some(now + time::Duration::minutes(BREAK_GLASS_MINUTES)),
            granted_by: admin,
            granted_at: now,
            withdrawn_at: None,
        })
    }

    pub fn is_open(&self, now: OffsetDateTime) -> bool {
        self.withdrawn_at.is_none()
            && self.until.is_none_or(|d| now.date() <= d)
            && self.expires_at.is_none_or(|t| now < t)
    }

    fn names(&self, who: &Requester) -> bool {
        match self.grantee {
            Grantee::Organisation(o) => o == who.organisation,
            Grantee::User(u) => u == who.user,
        }
    }

    /// Whether the basis still holds: a consent-based share closes when consent goes.
    fn basis_holds(&self, consents: &[ConsentRecord]) -> bool {
        match &self.basis {
            ShareBasis::LegalBasis { .. } => true,
            ShareBasis::Consent { scope } => {
                current_consent(consents, scope) == ConsentState::Given
            }
        }
    }
}

/// The user asking.
#[derive(Debug, Clone, Copy)]
pub struct Requester {
    pub user: UserId,
    pub organisation: OrganisationId,
    pub role: Role,
}

/// Why a user sees a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccessVia {
    Holder,
    Share,
    Guardian,
    BreakGlass,
    /// A restricted case, read by the administrator.
    Restricted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAccess {
    /// Not visible: answer as if the case did not exist.
    None,
    Read {
        sections: BTreeSet<Section>,
        via: AccessVia,
    },
    /// The holding organisation's staff: everything, and changes.
    ReadWrite,
}

impl CaseAccess {
    pub fn sections(&self) -> BTreeSet<Section> {
        match self {
            CaseAccess::None => BTreeSet::new(),
            CaseAccess::Read { sections, .. } => sections.clone(),
            CaseAccess::ReadWrite => Section::all(),
        }
    }
    pub fn via(&self) -> Option<AccessVia> {
        match self {
            CaseAccess::None => None,
            CaseAccess::Read { via, .. } => Some(*via),
            CaseAccess::ReadWrite => Some(AccessVia::Holder),
        }
    }
    pub fn can_read(&self) -> bool {
        !matches!(self, CaseAccess::None)
    }
    pub fn can_write(&self) -> bool {
        matches!(self, CaseAccess::ReadWrite)
    }
}

/// Decides what `who` may see of `case`. Pure: the caller passes the case's grants and
/// consents and the time.
pub fn case_access(
    who: &Requester,
    case: &Case,
    grants: &[CaseShare],
    consents: &[ConsentRecord],
    now: OffsetDateTime,
) -> CaseAccess {
    if case.restriction.is_some() {
        return if who.role == Role::Administrator {
            CaseAccess::Read {
                sections: Section::all(),
                via: AccessVia::Restricted,
            }
        } else {
            CaseAccess::None
        };
    }
    let open_grants = || {
        grants
            .iter()
            .filter(move |g| g.case_id == case.id && g.is_open(now) && g.names(who))
    };
    match who.role {
        Role::Administrator => {
            if open_grants().any(|g| g.kind == GrantKind::BreakGlass) {
                CaseAccess::Read {
                    sections: Section::all(),
                    via: AccessVia::BreakGlass,
                }
            } else {
                CaseAccess::None
            }
        }
        Role::Monitor | Role::DirectoryEditor => CaseAccess::None,
        Role::Guardian => {
            let theirs = case
                .guardian
                .as_ref()
                .is_some_and(|g| g.user == Some(who.user));
            if theirs && case.is_child(now.date()) {
                CaseAccess::Read {
                    sections: Section::all(),
                    via: AccessVia::Guardian,
                }
            } else {
                CaseAccess::None
            }
        }
        Role::FocalPoint | Role::CaseManager | Role::CaseWorker
            if case.holder == who.organisation =>
        {
            CaseAccess::ReadWrite
        }
        Role::FocalPoint
        | Role::CaseManager
        | Role::CaseWorker
        | Role::LawEnforcement
        | Role::Prosecutor => {
            let sections: BTreeSet<Section> = open_grants()
                .filter(|g| g.kind == GrantKind::Share && g.basis_holds(consents))
                .flat_map(|g| g.sections.iter().copied())
                .collect();
            if sections.is_empty() {
                CaseAccess::None
            } else {
                CaseAccess::Read {
                    sections,
                    via: AccessVia::Share,
                }
            }
        }
    }
}

/// Removes from a serialised case view (`{case, measures, consents, derived}`) every
/// section not in `sections`. The id, holder, status, version and dates stay: they say
/// that a case exists, not who the person is.
pub fn redact(view: &mut Value, sections: &BTreeSet<Section>) {
    let withheld = |s: Section| !sections.contains(&s);
    let Some(root) = view.as_object_mut() else {
        return;
    };
    if let Some(case) = root.get_mut("case").and_then(Value::as_object_mut) {
        if withheld(Section::Identity)
            && let Some(person) = case.get_mut("person").and_then(Value::as_object_mut)
        {
            person.retain(|k, _| matches!(k.as_str(), "residence_address" | "residence_country"));
        }
        if withheld(Section::Contact)
            && let Some(person) = case.get_mut("person").and_then(Value::as_object_mut)
        {
            person.remove("residence_address");
            person.remove("residence_country");
        }
        let by_section: [(Section, &[&str]); 5] = [
            (Section::Exploitation, &["case_info"]),
            (
                Section::Legal,
                &["cooperation", "reflection_period", "residence_permit"],
            ),
            (Section::ChildProtection, &["guardian", "best_interests"]),
            (Section::Risk, &["risk_assessment", "risk_management_plan"]),
            (Section::Assistance, &["assistance_plan"]),
        ];
        for (section, keys) in by_section {
            if withheld(section) {
                for k in keys {
                    case.remove(*k);
                }
            }
        }
    }
    if withheld(Section::Assistance) {
        root.remove("measures");
        if let Some(d) = root.get_mut("derived").and_then(Value::as_object_mut) {
            d.remove("overdue_measures");
        }
    }
    if withheld(Section::Consents) {
        root.remove("consents");
        if let Some(d) = root.get_mut("derived").and_then(Value::as_object_mut) {
            d.remove("current_consents");
        }
    }
    if withheld(Section::Legal)
        && let Some(d) = root.get_mut("derived").and_then(Value::as_object_mut)
    {
        d.remove("reflection_days_left");
    }
}
