//! The services behind the handlers: check the policy, parse into domain types, apply
//! the domain's rules, write the change and its timeline event in one transaction.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_domain::access::{
    AccessVia, CaseAccess, CaseShare, Grantee, GranteeOrganisation, NewShare, Section, case_access,
    redact,
};
use trm_domain::anonymise::anonymise;
use trm_domain::audit::{AuditAction, AuditEvent, AuditMetadata};
use trm_domain::case::{Case, CasePatch, NewCase, Restriction};
use trm_domain::codes::{PersonStatus, Role};
use trm_domain::consent::{ConsentRecord, NewConsent, RevokeConsent};
use trm_domain::ids::{CaseId, ConsentId, EventId, MeasureId, OrganisationId, UserId};
use trm_domain::indicators::Indicators;
use trm_domain::measure::{Measure, MeasureUpdate, NewMeasure};
use trm_domain::org::{NewOrganisation, NewUser, Organisation, User};
use trm_domain::policy::Action;
use trm_domain::timeline::{Actor, CaseEvent, EventKind, changed_fields};
use trm_domain::view::CaseView;
use trm_domain::{Rule, Sop};
use trm_store::{CaseChange, CaseFilter, CaseRecord, Change, Reader, StoreError};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::AppState;
use crate::auth::{Principal, hash_password};
use crate::error::ApiError;

/// How often a change is retried when another process (a CLI command) changed the case
/// between our read and our write.
const CONFLICT_RETRIES: usize = 5;
pub const MAX_PAGE: u32 = 200;
/// At most this many audit entries in one answer.
const MAX_AUDIT_PAGE: u32 = 1000;

pub(crate) fn event(
    p: &Principal,
    case: CaseId,
    now: OffsetDateTime,
    kind: EventKind,
    subject: Option<String>,
    changed: Vec<String>,
) -> CaseEvent {
    CaseEvent {
        id: EventId::from_uuid(Uuid::now_v7()),
        case_id: case,
        at: now,
        actor: Actor::User {
            id: p.user,
            name: p.display_name.clone(),
        },
        kind,
        subject,
        changed,
    }
}

fn diff<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let (a, b) = (serde_json::to_value(old), serde_json::to_value(new));
    match (a, b) {
        (Ok(a), Ok(b)) => changed_fields(&a, &b)
            .into_iter()
            .filter(|f| !matches!(f.as_str(), "version" | "updated_at"))
            .collect(),
        _ => Vec::new(),
    }
}

/// An audit event by the caller, now.
pub fn audit_event(state: &AppState, p: &Principal, action: AuditAction) -> AuditEvent {
    AuditEvent::new((state.now)(), p.audit_actor(), action).address(p.address.clone())
}

/// Checks the policy table (and an API token's scopes); a refusal is audited before it
/// is answered.
pub async fn permit(state: &AppState, p: &Principal, action: Action) -> Result<(), ApiError> {
    let Err(refusal) = p.authorize(action) else {
        return Ok(());
    };
    let denied = audit_event(state, p, AuditAction::AccessDenied)
        .denied()
        .subject(format!("{action:?}"));
    state.store.audit(vec![denied]).await?;
    Err(refusal)
}

/// Reads a case and decides what the caller may see of it. A case the caller may not
/// see answers exactly like a missing one (and the attempt is audited).
pub(crate) async fn open_case(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<(CaseRecord, CaseAccess), ApiError> {
    let record = state.store.case(id).await?;
    let access = record.as_ref().map_or(CaseAccess::None, |r| {
        case_access(
            &p.requester(),
            &r.case,
            &r.shares,
            &r.consents,
            (state.now)(),
        )
    });
    match record {
        Some(record) if access.can_read() => Ok((record, access)),
        _ => {
            let denied = audit_event(state, p, AuditAction::AccessDenied)
                .case(id)
                .denied();
            state.store.audit(vec![denied]).await?;
            Err(ApiError::NotFound("case"))
        }
    }
}

/// Loads a case the caller's organisation holds and may change.
pub(crate) async fn load(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<CaseRecord, ApiError> {
    let (record, access) = open_case(state, p, id).await?;
    if access.can_write() {
        Ok(record)
    } else {
        Err(ApiError::Forbidden)
    }
}

/// A change to what is kept beside a case (a measure, a consent, a grant), recorded on
/// the timeline as `kind` by the caller.
pub(crate) fn beside(
    p: &Principal,
    case: &Case,
    now: OffsetDateTime,
    kind: EventKind,
    subject: Option<String>,
) -> CaseChange {
    CaseChange::beside(case, now, event(p, case.id, now, kind, subject, Vec::new()))
}

pub fn parse_case_id(text: &str) -> Result<CaseId, ApiError> {
    CaseId::parse(text).map_err(|_| ApiError::NotFound("case"))
}

/// Reads the case, lets `change` compute what to write from it, and writes; when another
/// writer got there first, reads again and recomputes.
async fn change_case<T>(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    audit: AuditEvent,
    change: impl FnMut(&CaseRecord, OffsetDateTime) -> Result<(CaseChange, T), ApiError>,
) -> Result<T, ApiError> {
    permit(state, p, Action::UpdateCase).await?;
    write_case_change(state, WriteAs::Holder(p), id, audit, change).await
}

/// On whose authority a case is changed.
#[derive(Clone, Copy)]
pub(crate) enum WriteAs<'a> {
    /// The holding organisation's staff, working the case.
    Holder(&'a Principal),
    /// The administrator or the holder's case manager acting on the data-protection
    /// duties (restriction, erasure) or breaking the glass, which do not need — and, for
    /// the administrator, do not give — the right to work the case.
    RightsOfficer(&'a Principal),
}

async fn read_for_change(
    state: &AppState,
    who: WriteAs<'_>,
    id: CaseId,
) -> Result<CaseRecord, ApiError> {
    match who {
        WriteAs::Holder(p) => {
            let record = load(state, p, id).await?;
            record.case.check_changeable()?;
            Ok(record)
        }
        WriteAs::RightsOfficer(p) if p.role == Role::Administrator => state
            .store
            .case(id)
            .await?
            .ok_or(ApiError::NotFound("case")),
        WriteAs::RightsOfficer(p) => {
            let (record, access) = open_case(state, p, id).await?;
            if !access.can_write() && access.via() != Some(AccessVia::Restricted) {
                return Err(ApiError::Forbidden);
            }
            Ok(record)
        }
    }
}

/// One change to one case, made under the case's lock stripe: the case is read on
/// `who`'s authority, `change` computes what to write, and
/// the write carries its audit entry. When another process changed the case between
/// the read and the write, it reads again and recomputes.
pub(crate) async fn write_case_change<T>(
    state: &AppState,
    who: WriteAs<'_>,
    id: CaseId,
    audit: AuditEvent,
    mut change: impl FnMut(&CaseRecord, OffsetDateTime) -> Result<(CaseChange, T), ApiError>,
) -> Result<T, ApiError> {
    let _one_change_at_a_time = state.case_lock(id).lock().await;
    for _ in 0..CONFLICT_RETRIES {
        let record = read_for_change(state, who, id).await?;
        let (write, out) = change(&record, (state.now)())?;
        match state
            .store
            .write_audited(Change::Case(Box::new(write)), vec![audit.clone().case(id)])
            .await
        {
            Err(StoreError::Conflict) => continue,
            other => other?,
        }
        return Ok(out);
    }
    Err(StoreError::Conflict.into())
}

async fn check_user_of_org(
    state: &AppState,
    p: &Principal,
    user: Option<UserId>,
    field: &str,
) -> Result<(), ApiError> {
    if let Some(id) = user {
        match state.store.user(id).await? {
            Some(u) if u.organisation == p.organisation => {}
            _ => {
                return Err(ApiError::field(
                    field,
                    Rule::NotUserOfYourOrganisation {
                        user: id.to_string(),
                    },
                ));
            }
        }
    }
    Ok(())
}

pub async fn create_case(
    state: &AppState,
    p: &Principal,
    input: NewCase,
) -> Result<CaseView, ApiError> {
    permit(state, p, Action::CreateCase).await?;
    check_user_of_org(state, p, input.case_manager, "case_manager").await?;
    let now = (state.now)();
    let case = Case::open(
        CaseId::from_uuid(Uuid::now_v7()),
        p.organisation,
        input,
        now,
    )?;
    let opened = event(p, case.id, now, EventKind::CaseOpened, None, Vec::new());
    let audit = audit_event(state, p, AuditAction::CaseCreated)
        .case(case.id)
        .sections(Section::ALL);
    state
        .store
        .write_audited(
            Change::Case(Box::new(CaseChange::open(case.clone(), opened))),
            vec![audit],
        )
        .await?;
    Ok(CaseView::new(case, Vec::new(), Vec::new(), now.date()))
}

/// Why the caller sees a case, and which sections.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AccessInfo {
    pub via: Option<AccessVia>,
    pub sections: std::collections::BTreeSet<Section>,
}

/// A case as one reader may see it.
#[derive(Debug, Serialize)]
pub struct CaseRead {
    #[serde(flatten)]
    pub view: CaseView,
    pub access: AccessInfo,
}

impl CaseRead {
    /// The JSON answer: withheld sections are left out. The common case (the holder's
    /// staff see everything) is serialised directly, without an intermediate tree.
    pub fn to_json(&self) -> Result<Vec<u8>, ApiError> {
        let internal = |e: serde_json::Error| ApiError::Internal(e.to_string());
        if self.access.sections.len() == Section::ALL.len() {
            return serde_json::to_vec(self).map_err(internal);
        }
        let mut value = serde_json::to_value(self).map_err(internal)?;
        redact(&mut value, &self.access.sections);
        serde_json::to_vec(&value).map_err(internal)
    }
}

/// The case as the caller may see it: withheld sections are left out, and `access`
/// says why the caller sees it and which sections.
pub async fn read_case(state: &AppState, p: &Principal, id: CaseId) -> Result<CaseRead, ApiError> {
    permit(state, p, Action::ReadCase).await?;
    let (r, access) = open_case(state, p, id).await?;
    let sections = access.sections();
    let via = access.via();
    let read = audit_event(state, p, AuditAction::CaseRead)
        .case(id)
        .sections(sections.iter().copied())
        .break_glass(via == Some(AccessVia::BreakGlass));
    // Written before the data leaves the node.
    state.store.audit(vec![read]).await?;
    Ok(CaseRead {
        view: CaseView::new(r.case, r.measures, r.consents, (state.now)().date()),
        access: AccessInfo { via, sections },
    })
}

pub async fn update_case(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    patch: CasePatch,
) -> Result<CaseView, ApiError> {
    if let Some(Some(manager)) = patch.case_manager {
        check_user_of_org(state, p, Some(manager), "case_manager").await?;
    }
    let audit = audit_event(state, p, AuditAction::CaseUpdated).sections(patch_sections(&patch));
    change_case(state, p, id, audit, |r, now| {
        let next = r.case.patched(patch.clone(), now)?;
        let changed = diff(&r.case, &next);
        let write = CaseChange {
            case: next.clone(),
            expected_version: Some(r.case.version),
            measures: Vec::new(),
            consents: Vec::new(),
            shares: Vec::new(),
            referrals: Vec::new(),
            erase_referrals: false,
            outbox: Vec::new(),
            events: vec![event(p, id, now, EventKind::CaseUpdated, None, changed)],
        };
        Ok((
            write,
            CaseView::new(next, r.measures.clone(), r.consents.clone(), now.date()),
        ))
    })
    .await
}

/// The sections a patch writes, for the audit trail.
fn patch_sections(patch: &CasePatch) -> Vec<Section> {
    let mut out = Vec::new();
    if patch.person.is_some() {
        out.extend([Section::Identity, Section::Contact]);
    }
    if patch.case_info.is_some() {
        out.push(Section::Exploitation);
    }
    if patch.cooperation.is_some()
        || patch.reflection_period.is_some()
        || patch.residence_permit.is_some()
    {
        out.push(Section::Legal);
    }
    if patch.guardian.is_some() || patch.best_interests.is_some() {
        out.push(Section::ChildProtection);
    }
    if patch.risk_assessment.is_some() || patch.risk_management_plan.is_some() {
        out.push(Section::Risk);
    }
    if patch.assistance_plan.is_some() {
        out.push(Section::Assistance);
    }
    out
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CaseQuery {
    /// Only cases with this person status.
    pub status: Option<PersonStatus>,
    /// Only children (true) or only adults (false).
    pub child: Option<bool>,
    /// Only cases with at least one measure of this SOP (1 to 5).
    pub sop: Option<u8>,
    /// Only cases with a planned or in-progress measure past its due date.
    pub overdue: Option<bool>,
    /// Only the cases the caller manages (is the case manager of).
    pub mine: Option<bool>,
    /// Cursor: the `next` value of the previous page.
    pub before: Option<String>,
    /// Page size, 1 to 200 (default 50).
    pub limit: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseSummary {
    pub id: CaseId,
    pub status: PersonStatus,
    /// The name the case worker knows the person by.
    pub name: String,
    pub is_child: bool,
    pub open_measures: usize,
    pub overdue_measures: usize,
    pub reflection_days_left: Option<i64>,
    pub version: u32,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CasePage {
    pub items: Vec<CaseSummary>,
    /// Pass as `before` to get the next page; absent on the last page.
    pub next: Option<CaseId>,
}

pub async fn list_cases(
    state: &AppState,
    p: &Principal,
    q: CaseQuery,
) -> Result<CasePage, ApiError> {
    permit(state, p, Action::ListCases).await?;
    let limit = q.limit.unwrap_or(50);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::field(
            "limit",
            Rule::Between {
                min: 1,
                max: MAX_PAGE.into(),
            },
        ));
    }
    let sop = q
        .sop
        .map(|n| Sop::from_number(n).ok_or_else(|| ApiError::field("sop", Rule::NotASop)))
        .transpose()?;
    let before = q
        .before
        .as_deref()
        .map(|b| CaseId::parse(b).map_err(|_| ApiError::field("before", Rule::NotAPageCursor)))
        .transpose()?;
    let filter = CaseFilter {
        visible_to: Some(Reader {
            user: p.user,
            organisation: p.organisation,
        }),
        status: q.status,
        child: q.child,
        sop,
        overdue: q.overdue.unwrap_or(false),
        managed_by: q.mine.unwrap_or(false).then_some(p.user),
        before,
        limit,
    };
    let now = (state.now)();
    let today = now.date();
    let records = state.store.cases(&filter, today).await?;
    let next = (records.len() == limit as usize)
        .then(|| records.last().map(|r| r.case.id))
        .flatten();
    let who = p.requester();
    let visible: Vec<(CaseRecord, CaseAccess)> = records
        .into_iter()
        .filter_map(|r| {
            let access = case_access(&who, &r.case, &r.shares, &r.consents, now);
            access.can_read().then_some((r, access))
        })
        .collect();
    let audit = visible
        .iter()
        .map(|(r, access)| {
            let shown = access.sections().contains(&Section::Identity);
            audit_event(state, p, AuditAction::CaseListed)
                .case(r.case.id)
                .sections(shown.then_some(Section::Identity))
        })
        .collect();
    state.store.audit(audit).await?;
    let items = visible
        .into_iter()
        .map(|(r, access)| {
            let sections = access.sections();
            let person = &r.case.person;
            let name = [person.given_name.as_str(), person.family_name.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let assistance = sections.contains(&Section::Assistance);
            CaseSummary {
                id: r.case.id,
                status: r.case.status,
                name: if !sections.contains(&Section::Identity) {
                    String::new()
                } else if name.is_empty() {
                    person.nicknames.first().cloned().unwrap_or_default()
                } else {
                    name
                },
                is_child: r.case.is_child(today),
                open_measures: if assistance {
                    r.measures.iter().filter(|m| m.status.is_open()).count()
                } else {
                    0
                },
                overdue_measures: if assistance {
                    r.measures.iter().filter(|m| m.is_overdue(today)).count()
                } else {
                    0
                },
                reflection_days_left: if sections.contains(&Section::Legal) {
                    r.case.reflection_period.map(|p| p.days_left(today))
                } else {
                    None
                },
                version: r.case.version,
                updated_at: r.case.updated_at,
            }
        })
        .collect();
    Ok(CasePage { items, next })
}

pub async fn list_measures(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<Vec<Measure>, ApiError> {
    Ok(
        read_section(state, p, id, Section::Assistance, AuditAction::CaseRead)
            .await?
            .measures,
    )
}

pub async fn open_measure(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: NewMeasure,
) -> Result<Measure, ApiError> {
    check_user_of_org(state, p, input.assignee, "assignee").await?;
    let measure_id = MeasureId::from_uuid(Uuid::now_v7());
    let audit = audit_event(state, p, AuditAction::MeasureOpened)
        .sections([Section::Assistance])
        .subject(input.code.to_string());
    change_case(state, p, id, audit, |r, now| {
        let m = Measure::open(measure_id, &r.case, input.clone(), now)?;
        let mut write = beside(
            p,
            &r.case,
            now,
            EventKind::MeasureOpened,
            Some(m.code.to_string()),
        );
        write.measures = vec![m.clone()];
        Ok((write, m))
    })
    .await
}

pub async fn update_measure(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    measure: MeasureId,
    update: MeasureUpdate,
) -> Result<Measure, ApiError> {
    check_user_of_org(state, p, update.assignee.flatten(), "assignee").await?;
    let audit = audit_event(state, p, AuditAction::MeasureUpdated)
        .sections([Section::Assistance])
        .subject(measure.to_string());
    change_case(state, p, id, audit, |r, now| {
        let old = r
            .measures
            .iter()
            .find(|m| m.id == measure)
            .ok_or(ApiError::NotFound("measure"))?;
        let next = old.updated(&r.case, update.clone(), now)?;
        let changed = diff(old, &next);
        let mut write = CaseChange::beside(
            &r.case,
            now,
            event(
                p,
                id,
                now,
                EventKind::MeasureUpdated,
                Some(next.code.to_string()),
                changed,
            ),
        );
        write.measures = vec![next.clone()];
        Ok((write, next))
    })
    .await
}

pub async fn list_consents(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<Vec<ConsentRecord>, ApiError> {
    Ok(
        read_section(state, p, id, Section::Consents, AuditAction::CaseRead)
            .await?
            .consents,
    )
}

pub async fn record_consent(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: NewConsent,
) -> Result<ConsentRecord, ApiError> {
    let consent_id = ConsentId::from_uuid(Uuid::now_v7());
    let audit = audit_event(state, p, AuditAction::ConsentRecorded)
        .sections([Section::Consents])
        .subject(consent_id.to_string());
    change_case(state, p, id, audit, |r, now| {
        let c = ConsentRecord::record(consent_id, id, input.clone(), p.user, now)?;
        let mut write = beside(
            p,
            &r.case,
            now,
            EventKind::ConsentRecorded,
            Some(c.id.to_string()),
        );
        write.consents = vec![c.clone()];
        Ok((write, c))
    })
    .await
}

pub async fn revoke_consent(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    consent: ConsentId,
    input: RevokeConsent,
) -> Result<ConsentRecord, ApiError> {
    let audit = audit_event(state, p, AuditAction::ConsentRevoked)
        .sections([Section::Consents])
        .subject(consent.to_string());
    let revoked = change_case(state, p, id, audit, |r, now| {
        let old = r
            .consents
            .iter()
            .find(|c| c.id == consent)
            .ok_or(ApiError::NotFound("consent"))?;
        let next = old.revoked(input.clone(), p.user, now)?;
        let mut write = CaseChange::beside(
            &r.case,
            now,
            event(
                p,
                id,
                now,
                EventKind::ConsentRevoked,
                Some(next.id.to_string()),
                vec!["revocation".into()],
            ),
        );
        write.consents = vec![next.clone()];
        Ok((write, next))
    })
    .await?;
    let revoked_on = revoked
        .revocation
        .as_ref()
        .map_or((state.now)().date(), |r| r.revoked_on);
    crate::exchange::after_revocation(state, id, consent, revoked_on).await?;
    Ok(revoked)
}

pub async fn timeline(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<Vec<CaseEvent>, ApiError> {
    read_section(state, p, id, Section::Assistance, AuditAction::TimelineRead).await?;
    Ok(state.store.timeline(id).await?)
}

pub async fn list_organisations(
    state: &AppState,
    p: &Principal,
) -> Result<Vec<Organisation>, ApiError> {
    permit(state, p, Action::ReadOrganisations).await?;
    Ok(state.store.organisations().await?)
}

pub async fn create_organisation(
    state: &AppState,
    p: &Principal,
    input: NewOrganisation,
) -> Result<Organisation, ApiError> {
    permit(state, p, Action::ManageOrganisations).await?;
    let org = Organisation::create(OrganisationId::from_uuid(Uuid::now_v7()), input)?;
    let audit = audit_event(state, p, AuditAction::OrganisationCreated).subject(org.id.to_string());
    state
        .store
        .write_audited(Change::CreateOrganisation(org.clone()), vec![audit])
        .await?;
    Ok(org)
}

pub async fn list_users(state: &AppState, p: &Principal) -> Result<Vec<User>, ApiError> {
    permit(state, p, Action::ReadUsers).await?;
    Ok(state.store.users().await?)
}

pub async fn create_user(
    state: &AppState,
    p: &Principal,
    input: NewUser,
) -> Result<User, ApiError> {
    permit(state, p, Action::ManageUsers).await?;
    let user = create_user_unchecked(state, input).await?;
    let audit = audit_event(state, p, AuditAction::UserCreated).subject(user.id.to_string());
    state.store.audit(vec![audit]).await?;
    Ok(user)
}

/// Creates a user without a caller: for `trm init` and the demo, which run as the node.
pub async fn create_user_unchecked(state: &AppState, input: NewUser) -> Result<User, ApiError> {
    if state
        .store
        .organisation(input.organisation)
        .await?
        .is_none()
    {
        return Err(ApiError::field("organisation", Rule::NoSuchOrganisation));
    }
    let user = User::create(UserId::from_uuid(Uuid::now_v7()), &input, (state.now)())?;
    let password = input.password;
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    state
        .store
        .write(Change::CreateUser {
            user: user.clone(),
            password_hash: hash,
        })
        .await?;
    Ok(user)
}

/// Reads one section of a case (measures, consents, timeline): the caller must be
/// allowed that section; the read is audited before the data is returned.
async fn read_section(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    section: Section,
    action: AuditAction,
) -> Result<CaseRecord, ApiError> {
    permit(state, p, Action::ReadCase).await?;
    let (record, access) = open_case(state, p, id).await?;
    if !access.sections().contains(&section) {
        let denied = audit_event(state, p, AuditAction::AccessDenied)
            .case(id)
            .sections([section])
            .denied();
        state.store.audit(vec![denied]).await?;
        return Err(ApiError::Forbidden);
    }
    let read = audit_event(state, p, action)
        .case(id)
        .sections([section])
        .break_glass(access.via() == Some(AccessVia::BreakGlass));
    state.store.audit(vec![read]).await?;
    Ok(record)
}

async fn grantee_organisation(
    state: &AppState,
    grantee: Grantee,
) -> Result<Organisation, ApiError> {
    let org = match grantee {
        Grantee::Organisation(o) => o,
        Grantee::User(u) => match state.store.user(u).await? {
            Some(user) if !user.disabled => user.organisation,
            _ => return Err(ApiError::field("grantee.id", Rule::NoSuchUser)),
        },
    };
    state
        .store
        .organisation(org)
        .await?
        .ok_or_else(|| ApiError::field("grantee.id", Rule::NoSuchOrganisation))
}

pub async fn share_case(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: NewShare,
) -> Result<CaseShare, ApiError> {
    permit(state, p, Action::ShareCase).await?;
    let org = grantee_organisation(state, input.grantee).await?;
    let share_id = Uuid::now_v7();
    let audit = audit_event(state, p, AuditAction::CaseShared)
        .sections(input.sections.iter().copied())
        .reason(input.reason.clone())
        .subject(share_id.to_string());
    change_case(state, p, id, audit, |r, now| {
        let share = CaseShare::create(
            share_id,
            &r.case,
            &r.consents,
            input.clone(),
            GranteeOrganisation {
                country: org.country,
                name: &org.name,
            },
            p.user,
            now,
        )?;
        let mut write = beside(
            p,
            &r.case,
            now,
            EventKind::CaseShared,
            Some(share.id.to_string()),
        );
        write.shares = vec![share.clone()];
        Ok((write, share))
    })
    .await
}

pub async fn list_shares(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<Vec<CaseShare>, ApiError> {
    permit(state, p, Action::ShareCase).await?;
    let record = load(state, p, id).await?;
    let read = audit_event(state, p, AuditAction::CaseRead).case(id);
    state.store.audit(vec![read]).await?;
    Ok(record.shares)
}

pub async fn withdraw_share(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    share: Uuid,
) -> Result<CaseShare, ApiError> {
    permit(state, p, Action::ShareCase).await?;
    let audit = audit_event(state, p, AuditAction::ShareWithdrawn).subject(share.to_string());
    change_case(state, p, id, audit, |r, now| {
        let mut s = r
            .shares
            .iter()
            .find(|s| s.id == share)
            .cloned()
            .ok_or(ApiError::NotFound("share"))?;
        if s.withdrawn_at.is_some() {
            return Err(ApiError::field("share", Rule::AlreadyWithdrawn));
        }
        s.withdrawn_at = Some(now);
        let mut write = beside(
            p,
            &r.case,
            now,
            EventKind::ShareWithdrawn,
            Some(share.to_string()),
        );
        write.shares = vec![s.clone()];
        Ok((write, s))
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonInput {
    /// Why: it is kept in the audit trail and shown to the case manager.
    pub reason: String,
}

/// Changes a case on behalf of the node's administrator or the holder's case manager,
/// for the data-protection duties (restriction, erasure) and break-the-glass, which do
/// not need (and, for the administrator, do not give) the right to work the case.
async fn change_case_as_guardian_of_rights<T>(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    audit: AuditEvent,
    change: impl FnMut(&CaseRecord, OffsetDateTime) -> Result<(CaseChange, T), ApiError>,
) -> Result<T, ApiError> {
    write_case_change(state, WriteAs::RightsOfficer(p), id, audit, change).await
}

pub async fn break_glass(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: ReasonInput,
) -> Result<CaseShare, ApiError> {
    permit(state, p, Action::BreakGlass).await?;
    let grant_id = Uuid::now_v7();
    let audit = audit_event(state, p, AuditAction::BreakGlass)
        .reason(input.reason.clone())
        .sections(Section::ALL)
        .break_glass(true)
        .subject(grant_id.to_string());
    change_case_as_guardian_of_rights(state, p, id, audit, |r, now| {
        let grant = CaseShare::break_glass(grant_id, &r.case, p.user, &input.reason, now)?;
        let mut write = beside(
            p,
            &r.case,
            now,
            EventKind::BreakGlass,
            Some(grant.reason.clone()),
        );
        write.shares = vec![grant.clone()];
        Ok((write, grant))
    })
    .await
}

pub async fn restrict_case(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: ReasonInput,
) -> Result<Case, ApiError> {
    permit(state, p, Action::RestrictCase).await?;
    let audit = audit_event(state, p, AuditAction::CaseRestricted).reason(input.reason.clone());
    change_case_as_guardian_of_rights(state, p, id, audit, |r, now| {
        let next = r.case.restricted(
            Restriction {
                requested_on: now.date(),
                reason: input.reason.clone(),
                recorded_by: p.user,
            },
            now,
        )?;
        let mut write = beside(p, &r.case, now, EventKind::CaseRestricted, None);
        write.case = next.clone();
        Ok((write, next))
    })
    .await
}

pub async fn unrestrict_case(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: ReasonInput,
) -> Result<Case, ApiError> {
    permit(state, p, Action::RestrictCase).await?;
    let audit = audit_event(state, p, AuditAction::CaseUnrestricted).reason(input.reason.clone());
    change_case_as_guardian_of_rights(state, p, id, audit, |r, now| {
        let next = r.case.unrestricted(now)?;
        let mut write = beside(p, &r.case, now, EventKind::CaseUnrestricted, None);
        write.case = next.clone();
        Ok((write, next))
    })
    .await
}

pub async fn erase_case(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: ReasonInput,
) -> Result<Case, ApiError> {
    permit(state, p, Action::EraseCase).await?;
    if input.reason.trim().is_empty() {
        return Err(ApiError::field("reason", Rule::ErasureNeedsReason));
    }
    let audit = audit_event(state, p, AuditAction::CaseErased)
        .sections(Section::ALL)
        .reason(input.reason.clone());
    change_case_as_guardian_of_rights(state, p, id, audit, |r, now| {
        let (case, measures, consents) = anonymise(&r.case, &r.measures, &r.consents, now)?;
        let write = CaseChange {
            case: case.clone(),
            expected_version: Some(r.case.version),
            measures,
            consents,
            shares: trm_domain::anonymise::anonymise_shares(&r.shares),
            referrals: Vec::new(),
            erase_referrals: true,
            outbox: Vec::new(),
            events: vec![event(
                p,
                id,
                now,
                EventKind::CaseAnonymised,
                Some("erasure_request".into()),
                Vec::new(),
            )],
        };
        Ok((write, case))
    })
    .await
}

/// One line of "who opened this case".
#[derive(Debug, Serialize, ToSchema)]
pub struct AccessLogEntry {
    pub seq: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub action: AuditAction,
    pub actor: trm_domain::audit::AuditActor,
    pub sections: Vec<Section>,
    pub reason: Option<String>,
    pub outcome: trm_domain::audit::AuditOutcome,
    pub break_glass: bool,
}

impl From<trm_store::AuditRecord> for AccessLogEntry {
    fn from(r: trm_store::AuditRecord) -> Self {
        AccessLogEntry {
            seq: r.seq,
            at: r.event.at,
            action: r.event.action,
            actor: r.event.actor,
            sections: r.event.sections,
            reason: r.event.reason,
            outcome: r.event.outcome,
            break_glass: r.event.break_glass,
        }
    }
}

pub async fn access_log(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<Vec<AccessLogEntry>, ApiError> {
    permit(state, p, Action::ReadCaseAccessLog).await?;
    load(state, p, id).await?;
    let read = audit_event(state, p, AuditAction::AccessLogRead).case(id);
    state.store.audit(vec![read]).await?;
    Ok(state
        .store
        .audit_for_case(id)
        .await?
        .into_iter()
        .map(AccessLogEntry::from)
        .collect())
}

/// Everything the node holds about the person of one case (subject access request).
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonExport {
    #[serde(with = "time::serde::rfc3339")]
    pub exported_at: OffsetDateTime,
    pub node: String,
    pub case: CaseView,
    pub timeline: Vec<CaseEvent>,
    pub shares: Vec<CaseShare>,
    pub access_log: Vec<AccessLogEntry>,
    /// Every referral about the person and every version of its document: what was sent
    /// abroad, and what came back.
    pub referrals: Vec<ExportedReferral>,
    /// Every request about the person sent to or received from another country, with
    /// its reply.
    pub requests: Vec<trm_domain::request::Request>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ExportedReferral {
    pub referral: trm_domain::referral::Referral,
    pub versions: Vec<trm_domain::referral::ReferralVersion>,
}

/// Builds the export without the policy check: for `trm export person`, run by the
/// node's administrator on the machine. The API goes through [`export_person`].
pub async fn build_person_export(state: &AppState, id: CaseId) -> Result<PersonExport, ApiError> {
    let r = state
        .store
        .case(id)
        .await?
        .ok_or(ApiError::NotFound("case"))?;
    let now = (state.now)();
    let access_log = state
        .store
        .audit_for_case(id)
        .await?
        .into_iter()
        .map(AccessLogEntry::from)
        .collect();
    let mut referrals = Vec::new();
    for referral in state.store.referrals_of_case(id).await? {
        if let Some(record) = state.store.referral(referral.id).await? {
            referrals.push(ExportedReferral {
                referral: record.referral,
                versions: record.versions,
            });
        }
    }
    let requests = state
        .store
        .requests_of_case(id)
        .await?
        .into_iter()
        .map(|r| r.request)
        .collect();
    Ok(PersonExport {
        referrals,
        requests,
        exported_at: now,
        node: state.node.name.clone(),
        timeline: state.store.timeline(id).await?,
        shares: r.shares.clone(),
        case: CaseView::new(r.case, r.measures, r.consents, now.date()),
        access_log,
    })
}

pub async fn export_person(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<PersonExport, ApiError> {
    permit(state, p, Action::ExportPerson).await?;
    if p.role != Role::Administrator {
        load(state, p, id).await?;
    }
    let audit = audit_event(state, p, AuditAction::PersonExported)
        .case(id)
        .sections(Section::ALL);
    state.store.audit(vec![audit]).await?;
    build_person_export(state, id).await
}

pub async fn indicators(state: &AppState, p: &Principal) -> Result<Indicators, ApiError> {
    permit(state, p, Action::ReadIndicators).await?;
    let today = (state.now)().date();
    let mut out = Indicators::default();
    for case in state.store.all_cases().await? {
        out.add(&case, today);
    }
    Ok(out)
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only entries after this sequence number.
    pub after: Option<u64>,
    /// Page size, 1 to 1000 (default 200).
    pub limit: Option<u32>,
}

pub async fn audit_metadata(
    state: &AppState,
    p: &Principal,
    q: AuditQuery,
) -> Result<Vec<AuditMetadata>, ApiError> {
    permit(state, p, Action::ReadAuditMetadata).await?;
    let limit = q.limit.unwrap_or(200);
    if !(1..=MAX_AUDIT_PAGE).contains(&limit) {
        return Err(ApiError::field(
            "limit",
            Rule::Between {
                min: 1,
                max: MAX_AUDIT_PAGE.into(),
            },
        ));
    }
    Ok(state
        .store
        .audit_entries(q.after.unwrap_or(0), limit)
        .await?
        .iter()
        .map(|r| AuditMetadata::of(r.seq, &r.event))
        .collect())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditVerification {
    /// True when the chain is whole and every checkpoint holds.
    pub intact: bool,
    pub entries: u64,
    /// Hex SHA-256 of the last entry.
    pub head: String,
    pub checkpoints: usize,
    /// The first broken link, in words.
    pub problem: Option<String>,
}

/// Recomputes the chain and checks every signed checkpoint: signed by this node's key,
/// over this node's id, vouching for the entry stored at its position.
pub async fn verify_audit_trail(
    store: &trm_store::Store,
    node_id: Uuid,
    node_public_key: Option<[u8; 32]>,
) -> Result<AuditVerification, StoreError> {
    let checkpoints = store.checkpoints().await?;
    // Checkpoints signed before a `trm keys rotate` name a key the current one vouches for.
    let former = match node_public_key {
        Some(k) => crate::key_rotation::former_signing_keys(store, node_id, k).await?,
        None => Vec::new(),
    };
    let forged = checkpoints.iter().find(|cp| {
        let by_this_node =
            node_public_key.is_none_or(|k| k == cp.public_key || former.contains(&cp.public_key));
        let message = trm_domain::audit::checkpoint_message(&node_id, cp.seq, &cp.head, cp.at);
        !by_this_node || !trm_crypto::verify(&cp.public_key, &message, &cp.signature)
    });
    let outcome = match forged {
        Some(cp) => Err(trm_domain::audit::ChainBreak::Checkpoint {
            seq: cp.seq,
            problem: "has a signature that is not the node's".into(),
        }),
        None => store.verify_audit(&checkpoints).await?,
    };
    Ok(match outcome {
        Ok((entries, head)) => AuditVerification {
            intact: true,
            entries,
            head: hex(&head),
            checkpoints: checkpoints.len(),
            problem: None,
        },
        Err(e) => AuditVerification {
            intact: false,
            entries: 0,
            head: String::new(),
            checkpoints: checkpoints.len(),
            problem: Some(e.to_string()),
        },
    })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Signs the current chain head with the node key, unless it is already vouched for.
pub async fn checkpoint_audit(
    store: &trm_store::Store,
    node_id: Uuid,
    key: &trm_crypto::NodeSigningKey,
    now: OffsetDateTime,
) -> Result<Option<trm_store::Checkpoint>, StoreError> {
    let (seq, head) = store.audit_head().await?;
    if seq == 0 || store.last_checkpoint_seq().await? >= seq {
        return Ok(None);
    }
    let message = trm_domain::audit::checkpoint_message(&node_id, seq, &head, now);
    let cp = trm_store::Checkpoint {
        seq,
        at: now,
        head,
        public_key: key.public_key(),
        signature: key.sign(&message),
    };
    store.add_checkpoint(cp.clone()).await?;
    Ok(Some(cp))
}

pub async fn verify_audit(state: &AppState, p: &Principal) -> Result<AuditVerification, ApiError> {
    permit(state, p, Action::VerifyAudit).await?;
    let key = state.node_key.as_ref().map(|k| k.public_key());
    let report = verify_audit_trail(&state.store, state.node.node_id, key).await?;
    let audit = audit_event(state, p, AuditAction::AuditVerified).subject(if report.intact {
        "intact"
    } else {
        "broken"
    });
    state.store.audit(vec![audit]).await?;
    Ok(report)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointView {
    pub seq: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub head: String,
    pub public_key: String,
    pub signature: String,
}

/// The signed checkpoints, for a monitor to keep outside the node.
pub async fn audit_checkpoints(
    state: &AppState,
    p: &Principal,
) -> Result<Vec<CheckpointView>, ApiError> {
    permit(state, p, Action::VerifyAudit).await?;
    Ok(state
        .store
        .checkpoints()
        .await?
        .into_iter()
        .map(|c| CheckpointView {
            seq: c.seq,
            at: c.at,
            head: hex(&c.head),
            public_key: hex(&c.public_key),
            signature: hex(&c.signature),
        })
        .collect())
}
