//! The services behind the handlers: check the policy, parse into domain types, apply
//! the domain's rules, write the change and its timeline event in one transaction.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_domain::Sop;
use trm_domain::case::{Case, CasePatch, NewCase};
use trm_domain::codes::PersonStatus;
use trm_domain::consent::{ConsentRecord, NewConsent, RevokeConsent};
use trm_domain::ids::{CaseId, ConsentId, EventId, MeasureId, OrganisationId, UserId};
use trm_domain::measure::{Measure, MeasureUpdate, NewMeasure};
use trm_domain::org::{Action, NewOrganisation, NewUser, Organisation, User};
use trm_domain::timeline::{Actor, CaseEvent, EventKind, changed_fields};
use trm_domain::view::CaseView;
use trm_store::{CaseChange, CaseFilter, CaseRecord, Change, StoreError};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::AppState;
use crate::auth::{Principal, hash_password};
use crate::error::ApiError;

/// How often a change is retried when another process (a CLI command) changed the case
/// between our read and our write.
const CONFLICT_RETRIES: usize = 5;
pub const MAX_PAGE: u32 = 200;

fn event(
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

/// Loads a case the caller's organisation holds. Another organisation's case answers
/// exactly like a missing one.
async fn load(state: &AppState, p: &Principal, id: CaseId) -> Result<CaseRecord, ApiError> {
    match state.store.case(id).await? {
        Some(record) if record.case.holder == p.organisation => Ok(record),
        _ => Err(ApiError::NotFound("case")),
    }
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
    mut change: impl FnMut(&CaseRecord, OffsetDateTime) -> Result<(CaseChange, T), ApiError>,
) -> Result<T, ApiError> {
    p.authorize(Action::WriteCases)?;
    let _one_change_at_a_time = state.case_lock(id).lock().await;
    for _ in 0..CONFLICT_RETRIES {
        let record = load(state, p, id).await?;
        let (write, out) = change(&record, (state.now)())?;
        match state.store.write(Change::Case(Box::new(write))).await {
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
                    format!("{id} is not a user of your organisation"),
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
    p.authorize(Action::WriteCases)?;
    check_user_of_org(state, p, input.case_manager, "case_manager").await?;
    let now = (state.now)();
    let case = Case::open(
        CaseId::from_uuid(Uuid::now_v7()),
        p.organisation,
        input,
        now,
    )?;
    let opened = event(p, case.id, now, EventKind::CaseOpened, None, Vec::new());
    state
        .store
        .write(Change::Case(Box::new(CaseChange {
            case: case.clone(),
            expected_version: None,
            measures: Vec::new(),
            consents: Vec::new(),
            events: vec![opened],
        })))
        .await?;
    Ok(CaseView::new(case, Vec::new(), Vec::new(), now.date()))
}

pub async fn read_case(state: &AppState, p: &Principal, id: CaseId) -> Result<CaseView, ApiError> {
    p.authorize(Action::ReadCases)?;
    let r = load(state, p, id).await?;
    Ok(CaseView::new(
        r.case,
        r.measures,
        r.consents,
        (state.now)().date(),
    ))
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
    change_case(state, p, id, |r, now| {
        let next = r.case.patched(patch.clone(), now)?;
        let changed = diff(&r.case, &next);
        let write = CaseChange {
            case: next.clone(),
            expected_version: Some(r.case.version),
            measures: Vec::new(),
            consents: Vec::new(),
            events: vec![event(p, id, now, EventKind::CaseUpdated, None, changed)],
        };
        Ok((
            write,
            CaseView::new(next, r.measures.clone(), r.consents.clone(), now.date()),
        ))
    })
    .await
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
    p.authorize(Action::ReadCases)?;
    let limit = q.limit.unwrap_or(50);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::field(
            "limit",
            format!("must be between 1 and {MAX_PAGE}"),
        ));
    }
    let sop = q
        .sop
        .map(|n| {
            Sop::from_number(n)
                .ok_or_else(|| ApiError::field("sop", "must be a SOP number from 1 to 5"))
        })
        .transpose()?;
    let before = q
        .before
        .as_deref()
        .map(|b| {
            CaseId::parse(b)
                .map_err(|_| ApiError::field("before", "is not a case id from a previous page"))
        })
        .transpose()?;
    let filter = CaseFilter {
        holder: Some(p.organisation),
        status: q.status,
        child: q.child,
        sop,
        overdue: q.overdue.unwrap_or(false),
        before,
        limit,
    };
    let today = (state.now)().date();
    let records = state.store.cases(&filter, today).await?;
    let next = (records.len() == limit as usize)
        .then(|| records.last().map(|r| r.case.id))
        .flatten();
    let items = records
        .into_iter()
        .map(|r| {
            let person = &r.case.person;
            let name = [person.given_name.as_str(), person.family_name.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            CaseSummary {
                id: r.case.id,
                status: r.case.status,
                name: if name.is_empty() {
                    person.nicknames.first().cloned().unwrap_or_default()
                } else {
                    name
                },
                is_child: r.case.is_child(today),
                open_measures: r.measures.iter().filter(|m| m.status.is_open()).count(),
                overdue_measures: r.measures.iter().filter(|m| m.is_overdue(today)).count(),
                reflection_days_left: r.case.reflection_period.map(|p| p.days_left(today)),
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
    p.authorize(Action::ReadCases)?;
    Ok(load(state, p, id).await?.measures)
}

pub async fn open_measure(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: NewMeasure,
) -> Result<Measure, ApiError> {
    check_user_of_org(state, p, input.assignee, "assignee").await?;
    let measure_id = MeasureId::from_uuid(Uuid::now_v7());
    change_case(state, p, id, |r, now| {
        let m = Measure::open(measure_id, &r.case, input.clone(), now)?;
        let opened = event(
            p,
            id,
            now,
            EventKind::MeasureOpened,
            Some(m.code.to_string()),
            Vec::new(),
        );
        let mut write = CaseChange::beside(&r.case, now, opened);
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
    change_case(state, p, id, |r, now| {
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
    p.authorize(Action::ReadCases)?;
    Ok(load(state, p, id).await?.consents)
}

pub async fn record_consent(
    state: &AppState,
    p: &Principal,
    id: CaseId,
    input: NewConsent,
) -> Result<ConsentRecord, ApiError> {
    let consent_id = ConsentId::from_uuid(Uuid::now_v7());
    change_case(state, p, id, |r, now| {
        let c = ConsentRecord::record(consent_id, id, input.clone(), p.user, now)?;
        let mut write = CaseChange::beside(
            &r.case,
            now,
            event(
                p,
                id,
                now,
                EventKind::ConsentRecorded,
                Some(c.id.to_string()),
                Vec::new(),
            ),
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
    change_case(state, p, id, |r, now| {
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
    .await
}

pub async fn timeline(
    state: &AppState,
    p: &Principal,
    id: CaseId,
) -> Result<Vec<CaseEvent>, ApiError> {
    p.authorize(Action::ReadCases)?;
    load(state, p, id).await?;
    Ok(state.store.timeline(id).await?)
}

pub async fn list_organisations(
    state: &AppState,
    p: &Principal,
) -> Result<Vec<Organisation>, ApiError> {
    p.authorize(Action::ReadOrganisations)?;
    Ok(state.store.organisations().await?)
}

pub async fn create_organisation(
    state: &AppState,
    p: &Principal,
    input: NewOrganisation,
) -> Result<Organisation, ApiError> {
    p.authorize(Action::ManageOrganisations)?;
    let org = Organisation::create(OrganisationId::from_uuid(Uuid::now_v7()), input)?;
    state
        .store
        .write(Change::CreateOrganisation(org.clone()))
        .await?;
    Ok(org)
}

pub async fn list_users(state: &AppState, p: &Principal) -> Result<Vec<User>, ApiError> {
    p.authorize(Action::ReadUsers)?;
    Ok(state.store.users().await?)
}

pub async fn create_user(
    state: &AppState,
    p: &Principal,
    input: NewUser,
) -> Result<User, ApiError> {
    p.authorize(Action::ManageUsers)?;
    create_user_unchecked(state, input).await
}

/// Creates a user without a caller: for `trm init` and the demo, which run as the node.
pub async fn create_user_unchecked(state: &AppState, input: NewUser) -> Result<User, ApiError> {
    if state
        .store
        .organisation(input.organisation)
        .await?
        .is_none()
    {
        return Err(ApiError::field(
            "organisation",
            "no such organisation on this node",
        ));
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
