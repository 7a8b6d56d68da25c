//! Requests between countries' nodes about a referral, their replies, and the focal
//! point's inbox (MISSION §4; seed 004 §4.3.2–4.3.3). The rules are the domain's
//! (`trm_domain::request`); here they are applied with authorisation, the consent gate,
//! the transactional outbox and the audit trail.
//!
//! A request is sent like a referral version: it is about a person, so it leaves only
//! under the consent and the legal basis a referral needs, sealed into the outbox in the
//! transaction that records it. Changes to one referral's requests are made under that
//! referral's lock, the one the envelope endpoint takes, so a reply applied meanwhile is
//! never overwritten.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use trm_domain::Rule;
use trm_domain::audit::AuditAction;
use trm_domain::codes::{CountryCode, Role};
use trm_domain::ids::{ReferralId, RequestId};
use trm_domain::policy::Action;
use trm_domain::referral::{Direction, OpenedNotice, Referral, VersionState};
use trm_domain::request::{
    Dispatch, NewReply, NewRequest, ReplyPayload, Request, RequestKind, RequestPayload,
    RequestState, median_hours,
};
use trm_exchange::{Header, MessageKind};
use trm_store::{
    Change, ExchangeChange, PeerRecord, ReferralRecord, ReferralWrite, RequestRecord, RequestWrite,
};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::exchange::{outgoing, peer_for};
use crate::referrals::{check_consent_to_share, open_referral, referral_id};
use crate::services::{audit_event, permit};

/// A request as its readers see it: the request (details and reply included), where it
/// stands, whether it is overdue and how long the answer took.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RequestView {
    #[serde(flatten)]
    pub request: Request,
    pub state: RequestState,
    /// Unanswered after its due date (computed now, never stored).
    pub overdue: bool,
    /// When the other node's signed receipt came back (outgoing requests).
    #[serde(with = "time::serde::rfc3339::option")]
    pub delivered_at: Option<OffsetDateTime>,
    /// From sending to the answer, in hours.
    pub response_time_hours: Option<f64>,
}

fn hours(d: time::Duration) -> f64 {
    (d.as_seconds_f64() / 3600.0 * 10.0).round() / 10.0
}

fn view(record: RequestRecord, now: OffsetDateTime) -> RequestView {
    RequestView {
        state: record.request.state(record.delivered_at),
        overdue: record.request.is_overdue(now),
        delivered_at: record.delivered_at,
        response_time_hours: record.request.response_time().map(hours),
        request: record.request,
    }
}

fn parse_request_id(text: &str) -> Result<RequestId, ApiError> {
    RequestId::parse(text).map_err(|_| ApiError::NotFound("request"))
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(e.to_string())
}

fn referral_lock(state: &AppState, referral: ReferralId) -> &tokio::sync::Mutex<()> {
    state.referral_lock(referral)
}

/// The trusted peer of `country` that personal data may go to, or why not.
async fn peer_for_transfer(state: &AppState, country: CountryCode) -> Result<PeerRecord, ApiError> {
    crate::exchange::federation(state)?;
    let peer = peer_for(state, country).await?.ok_or_else(|| {
        ApiError::Conflict(format!(
            "this node trusts no peer node of {country}; nothing was queued (an administrator adds one with `trm peer add`)"
        ))
    })?;
    check_legal_basis(&peer)?;
    Ok(peer)
}

fn check_legal_basis(peer: &PeerRecord) -> Result<(), ApiError> {
    if !peer.legal_basis.permits_transfer() {
        return Err(ApiError::field(
            "peer.legal_basis",
            Rule::TransfersBlocked {
                peer: peer.name.clone(),
                country: peer.country.to_string(),
            },
        ));
    }
    Ok(())
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(internal)
}

/// Asks the other country's node something about a referral both hold.
pub async fn send(
    state: &AppState,
    p: &Principal,
    referral: &str,
    input: NewRequest,
) -> Result<RequestView, ApiError> {
    permit(state, p, Action::SendRequest).await?;
    let record = open_referral(state, p, referral_id(referral)?).await?;
    let referral = &record.referral;
    if !record
        .versions
        .iter()
        .any(|v| v.state != VersionState::Draft)
    {
        return Err(ApiError::Conflict(format!(
            "referral {} has not been sent yet: a request is about a referral both countries hold",
            referral.id
        )));
    }
    let now = (state.now)();
    input.validate(now.date())?;
    let consent = check_consent_to_share(state, referral).await?;
    let peer = peer_for_transfer(state, referral.counterpart).await?;
    let request = Request::outgoing(
        RequestId::from_uuid(uuid::Uuid::now_v7()),
        referral.id,
        referral.case_id,
        referral.counterpart,
        input,
        p.user,
        now,
    );
    let _one_at_a_time = referral_lock(state, referral.id).lock().await;
    let entry = outgoing(
        state,
        &peer,
        MessageKind::Request,
        referral.case_id.map(|c| c.as_uuid()),
        referral.id,
        consent.map(|c| c.as_uuid()),
        &to_json(&RequestPayload::of(&request))?,
    )
    .await?;
    let mut audit = audit_event(state, p, AuditAction::DataDisclosed).subject(format!(
        "request {} ({}) about referral {} to {} under legal basis {}",
        request.id,
        request.kind,
        referral.id,
        peer.country,
        peer.legal_basis.code()
    ));
    if let Some(case) = referral.case_id {
        audit = audit.case(case);
    }
    tracing::info!(message = %entry.message_id, peer = %peer.node_id, kind = %request.kind, "a request is queued for a peer");
    let write = RequestWrite {
        request: request.clone(),
        peer: peer.node_id,
        message_id: Some(entry.message_id),
        reply_message_id: None,
    };
    state
        .store
        .write_audited(
            Change::Batch(vec![
                Change::Request(Box::new(write)),
                Change::Exchange(Box::new(ExchangeChange::Enqueue(entry))),
            ]),
            vec![audit],
        )
        .await?;
    wake(state);
    reread(state, request.id).await
}

fn wake(state: &AppState) {
    if let Some(f) = &state.federation {
        f.wake.notify_one();
    }
}

async fn reread(state: &AppState, id: RequestId) -> Result<RequestView, ApiError> {
    let record = state
        .store
        .request(id)
        .await?
        .ok_or(ApiError::NotFound("request"))?;
    Ok(view(record, (state.now)()))
}

/// The requests about a referral, both directions, oldest first.
pub async fn list(
    state: &AppState,
    p: &Principal,
    referral: &str,
) -> Result<Vec<RequestView>, ApiError> {
    permit(state, p, Action::ReadRequest).await?;
    let record = open_referral(state, p, referral_id(referral)?).await?;
    let mut audit = audit_event(state, p, AuditAction::RequestRead)
        .subject(format!("requests of referral {}", record.referral.id));
    if let Some(case) = record.referral.case_id {
        audit = audit.case(case);
    }
    state.store.audit(vec![audit]).await?;
    let now = (state.now)();
    Ok(state
        .store
        .requests_of_referral(record.referral.id)
        .await?
        .into_iter()
        .map(|r| view(r, now))
        .collect())
}

/// Loads a request the caller may work on: staff of the organisation holding its
/// referral who may open that referral, or whoever an incoming request was dispatched
/// to. A request about a restricted referral is closed to all. Anything else is a 404,
/// audited, like a missing request.
async fn open_request(
    state: &AppState,
    p: &Principal,
    id: RequestId,
) -> Result<(RequestRecord, ReferralRecord), ApiError> {
    let found = match state.store.request(id).await? {
        Some(record) => state
            .store
            .referral(record.request.referral_id)
            .await?
            .map(|referral| (record, referral)),
        None => None,
    };
    let visible = match &found {
        Some((_, referral)) if referral.referral.restricted_at.is_some() => false,
        Some((record, referral)) => {
            let dispatched = record.request.dispatched_to.is_some_and(|d| {
                d.user == Some(p.user)
                    || (d.user.is_none() && d.organisation == Some(p.organisation))
            });
            let holder = referral.referral.holder == p.organisation
                && matches!(
                    p.role,
                    Role::FocalPoint | Role::CaseManager | Role::CaseWorker
                )
                && open_referral(state, p, referral.referral.id).await.is_ok();
            dispatched || holder
        }
        None => false,
    };
    match found {
        Some(found) if visible => Ok(found),
        _ => {
            let denied = audit_event(state, p, AuditAction::AccessDenied)
                .subject(format!("request {id}"))
                .denied();
            state.store.audit(vec![denied]).await?;
            Err(ApiError::NotFound("request"))
        }
    }
}

/// Reads one request. The first time someone here opens a request from abroad, the
/// sender is told (the business receipt, like a referral version's).
pub async fn read(state: &AppState, p: &Principal, id: &str) -> Result<RequestView, ApiError> {
    permit(state, p, Action::ReadRequest).await?;
    let (record, referral) = open_request(state, p, parse_request_id(id)?).await?;
    let mut audit = audit_event(state, p, AuditAction::RequestRead)
        .subject(format!("request {}", record.request.id));
    if let Some(case) = referral.referral.case_id {
        audit = audit.case(case);
    }
    state.store.audit(vec![audit]).await?;
    if record.request.direction == Direction::Incoming && record.request.opened_at.is_none() {
        return change_incoming(
            state,
            &referral.referral,
            record.request.id,
            Vec::new(),
            |r, now| {
                r.open(now).map(|_| ())?;
                Ok(None)
            },
        )
        .await;
    }
    Ok(view(record, (state.now)()))
}

/// Applies `edit` to an incoming request under its referral's lock, on a fresh read,
/// and writes it with the `opened` notice when it was first opened by this change, with
/// the message `edit` returns (a reply) when there is one, and with `audit`, in one
/// transaction.
async fn change_incoming(
    state: &AppState,
    referral: &Referral,
    id: RequestId,
    audit: Vec<trm_domain::audit::AuditEvent>,
    edit: impl FnOnce(&mut Request, OffsetDateTime) -> Result<Option<Vec<u8>>, ApiError>,
) -> Result<RequestView, ApiError> {
    let _one_at_a_time = referral_lock(state, referral.id).lock().await;
    let mut record = state
        .store
        .request(id)
        .await?
        .ok_or(ApiError::NotFound("request"))?;
    let now = (state.now)();
    let was_opened = record.request.opened_at.is_some();
    let reply = edit(&mut record.request, now)?;
    let mut changes = Vec::new();
    let peer = state.store.peer(record.peer).await?;
    let live_peer = peer
        .filter(|p| p.removed_at.is_none())
        .filter(|_| state.federation.is_some());
    // A reply says it was opened; a separate notice is sent only without one.
    if !was_opened
        && reply.is_none()
        && record.request.opened_at.is_some()
        && let Some(peer) = &live_peer
    {
        let notice = OpenedNotice {
            referral_id: referral.id,
            version: 0,
            request_id: Some(id),
        };
        let entry = outgoing(
            state,
            peer,
            MessageKind::Opened,
            None,
            referral.id,
            None,
            &to_json(&notice)?,
        )
        .await?;
        changes.push(Change::Exchange(Box::new(ExchangeChange::Enqueue(entry))));
    }
    let mut reply_message = None;
    if let Some(payload) = reply {
        let peer = live_peer.ok_or_else(|| {
            ApiError::Conflict(format!(
                "the node of {} that sent this request is no longer trusted here; nothing was sent",
                record.request.counterpart
            ))
        })?;
        check_legal_basis(&peer)?;
        let entry = outgoing(
            state,
            &peer,
            MessageKind::Reply,
            None,
            referral.id,
            None,
            &payload,
        )
        .await?;
        reply_message = Some(entry.message_id);
        changes.push(Change::Exchange(Box::new(ExchangeChange::Enqueue(entry))));
    }
    record.reply_message_id = reply_message.or(record.reply_message_id);
    changes.insert(
        0,
        Change::Request(Box::new(RequestWrite {
            request: record.request.clone(),
            peer: record.peer,
            message_id: record.message_id,
            reply_message_id: record.reply_message_id,
        })),
    );
    state
        .store
        .write_audited(Change::Batch(changes), audit)
        .await?;
    wake(state);
    Ok(view(record, now))
}

/// The focal point passes a request from abroad to an organisation or a user here.
pub async fn dispatch(
    state: &AppState,
    p: &Principal,
    id: &str,
    to: Dispatch,
) -> Result<RequestView, ApiError> {
    permit(state, p, Action::DispatchRequest).await?;
    let (record, referral) = open_request(state, p, parse_request_id(id)?).await?;
    to.validate()?;
    if let Some(org) = to.organisation
        && state.store.organisation(org).await?.is_none()
    {
        return Err(ApiError::field("organisation", Rule::NotOrganisationOfNode));
    }
    if let Some(user) = to.user {
        match state.store.user(user).await? {
            Some(u) if u.disabled => {
                return Err(ApiError::field("user", Rule::UserDisabled));
            }
            Some(u) if to.organisation.is_some_and(|o| o != u.organisation) => {
                return Err(ApiError::field("user", Rule::UserNotInOrganisation));
            }
            Some(u) if !u.role.sees_personal_data() => {
                return Err(ApiError::field(
                    "user",
                    Rule::RoleSeesNoPersonalData {
                        role: u.role.code().to_owned(),
                    },
                ));
            }
            Some(_) => {}
            None => return Err(ApiError::field("user", Rule::NotUserOfNode)),
        }
    }
    let audit = audit_event(state, p, AuditAction::RequestDispatched).subject(format!(
        "request {} dispatched to {}",
        record.request.id,
        match (to.organisation, to.user) {
            (_, Some(u)) => format!("user {u}"),
            (Some(o), None) => format!("organisation {o}"),
            (None, None) => "nobody".into(),
        }
    ));
    change_incoming(
        state,
        &referral.referral,
        record.request.id,
        vec![audit],
        |r, now| {
            r.dispatch(to, now)?;
            Ok(None)
        },
    )
    .await
}

/// Answers a request from abroad: the focal point, or whoever it was dispatched to. The
/// reply is sealed into the outbox with the answer, in one transaction.
pub async fn reply(
    state: &AppState,
    p: &Principal,
    id: &str,
    input: NewReply,
) -> Result<RequestView, ApiError> {
    permit(state, p, Action::ReplyRequest).await?;
    let id = parse_request_id(id)?;
    refuse_if_restricted(state, p, id).await?;
    let (record, referral) = open_request(state, p, id).await?;
    let dispatched_here = record.request.dispatched_to.is_some_and(|d| {
        d.user == Some(p.user) || (d.user.is_none() && d.organisation == Some(p.organisation))
    });
    if p.role != Role::FocalPoint && !dispatched_here {
        return Err(ApiError::Conflict(
            "this request was not dispatched to you: the focal point answers it or dispatches it first".into(),
        ));
    }
    if record.request.direction != Direction::Incoming {
        return Err(ApiError::Conflict(
            "this request was sent from here: the other country answers it".into(),
        ));
    }
    let mut audit = audit_event(state, p, AuditAction::DataDisclosed).subject(format!(
        "reply to request {} ({}) sent to {}",
        record.request.id, record.request.kind, record.request.counterpart
    ));
    if let Some(case) = referral.referral.case_id {
        audit = audit.case(case);
    }
    let user = p.user;
    change_incoming(state, &referral.referral, id, vec![audit], |r, now| {
        r.answer(input, user, now)?;
        let payload =
            ReplyPayload::of(r).ok_or_else(|| internal("an answered request without a reply"))?;
        Ok(Some(to_json(&payload)?))
    })
    .await
}

/// A request about a referral restricted here (the person withdrew the consent it was
/// sent under) is answered with why, to the staff of the organisation that holds it;
/// to anyone else it stays a 404.
async fn refuse_if_restricted(
    state: &AppState,
    p: &Principal,
    id: RequestId,
) -> Result<(), ApiError> {
    let Some(record) = state.store.request(id).await? else {
        return Ok(());
    };
    let Some(referral) = state.store.referral(record.request.referral_id).await? else {
        return Ok(());
    };
    if referral.referral.restricted_at.is_some() && referral.referral.holder == p.organisation {
        return Err(ApiError::Conflict(format!(
            "referral {} is restricted: the consent it was sent under was revoked, so nothing more is sent about it",
            referral.referral.id
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// What arrives from a peer (called by `exchange::apply_payload`, under the lock of the
// referral the envelope names).

/// A request from a peer about a referral held here.
pub async fn take_in_request(
    state: &AppState,
    peer: &PeerRecord,
    header: &Header,
    payload: &[u8],
    earlier: &[ReferralWrite],
) -> Result<(Vec<Change>, trm_domain::audit::AuditEvent), ApiError> {
    let payload = RequestPayload::parse(payload)?;
    if Some(payload.referral_id.as_uuid()) != header.case_ref {
        return Err(ApiError::field(
            "payload.referral_id",
            Rule::NotTheEnvelopesReferral,
        ));
    }
    let held = match earlier
        .iter()
        .rev()
        .find(|w| w.referral.id == payload.referral_id)
    {
        Some(w) => Some(w.referral.clone()),
        None => state
            .store
            .referral(payload.referral_id)
            .await?
            .map(|r| r.referral),
    };
    let Some(referral) = held.filter(|r| r.counterpart == peer.country) else {
        return Err(ApiError::field(
            "payload.referral_id",
            Rule::NoSharedReferral {
                referral: payload.referral_id.to_string(),
                country: peer.country.to_string(),
            },
        ));
    };
    if referral.restricted_at.is_some() {
        return Err(ApiError::field(
            "payload.referral_id",
            Rule::ReferralRestrictedHere,
        ));
    }
    if state.store.request(payload.request_id).await?.is_some() {
        return Err(ApiError::field(
            "payload.request_id",
            Rule::RequestReceivedAlready {
                request: payload.request_id.to_string(),
            },
        ));
    }
    let now = (state.now)();
    let request = Request::incoming(payload, peer.country, now);
    let audit = trm_domain::audit::AuditEvent::new(
        now,
        crate::exchange::peer_actor(peer),
        AuditAction::MessageReceived,
    )
    .subject(format!(
        "request {} ({}) about referral {} from {}, due by {}",
        request.id, request.kind, request.referral_id, peer.country, request.due_by
    ));
    let write = RequestWrite {
        request,
        peer: peer.node_id,
        message_id: Some(header.message_id),
        reply_message_id: None,
    };
    Ok((vec![Change::Request(Box::new(write))], audit))
}

/// A peer's reply to a request sent from here.
pub async fn take_in_reply(
    state: &AppState,
    peer: &PeerRecord,
    header: &Header,
    payload: &[u8],
) -> Result<(Vec<Change>, trm_domain::audit::AuditEvent), ApiError> {
    let payload = ReplyPayload::parse(payload)?;
    if Some(payload.referral_id.as_uuid()) != header.case_ref {
        return Err(ApiError::field(
            "payload.referral_id",
            Rule::NotTheEnvelopesReferral,
        ));
    }
    let request_id = payload.request_id;
    let Some(mut record) = state
        .store
        .request(request_id)
        .await?
        .filter(|r| r.request.direction == Direction::Outgoing && r.peer == peer.node_id)
    else {
        return Err(ApiError::field(
            "payload.request_id",
            Rule::NoSuchSentRequest {
                request: request_id.to_string(),
                country: peer.country.to_string(),
            },
        ));
    };
    let now = (state.now)();
    let outcome = payload.outcome;
    record.request.take_reply(payload, now)?;
    let audit = trm_domain::audit::AuditEvent::new(
        now,
        crate::exchange::peer_actor(peer),
        AuditAction::MessageReceived,
    )
    .subject(format!(
        "reply to request {request_id} from {}: {}",
        peer.country,
        outcome.code()
    ));
    let write = RequestWrite {
        request: record.request,
        peer: record.peer,
        message_id: record.message_id,
        reply_message_id: Some(header.message_id),
    };
    Ok((vec![Change::Request(Box::new(write))], audit))
}

/// The peer opened a request sent from here: the request and its outbox entry are
/// marked. A notice about a request not sent from here changes nothing.
pub async fn peer_opened(
    state: &AppState,
    peer: &PeerRecord,
    request_id: RequestId,
) -> Result<(Vec<Change>, trm_domain::audit::AuditEvent), ApiError> {
    let now = (state.now)();
    let audit = |what: String| {
        trm_domain::audit::AuditEvent::new(
            now,
            crate::exchange::peer_actor(peer),
            AuditAction::MessageReceived,
        )
        .subject(what)
    };
    let Some(mut record) = state
        .store
        .request(request_id)
        .await?
        .filter(|r| r.request.direction == Direction::Outgoing && r.peer == peer.node_id)
    else {
        return Ok((
            Vec::new(),
            audit(format!(
                "opened notice for request {request_id}, not sent from here to {}",
                peer.country
            )),
        ));
    };
    record.request.opened_by_peer(now)?;
    let mut changes = vec![Change::Request(Box::new(RequestWrite {
        request: record.request,
        peer: record.peer,
        message_id: record.message_id,
        reply_message_id: record.reply_message_id,
    }))];
    if let Some(message_id) = record.message_id {
        changes.push(Change::Exchange(Box::new(ExchangeChange::Opened {
            message_id,
            at: now,
        })));
    }
    Ok((
        changes,
        audit(format!("request {request_id} opened at {}", peer.country)),
    ))
}

// ---------------------------------------------------------------------------------
// The focal point's inbox and the response-time statistics.

/// The state an inbox item is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InboxStatus {
    New,
    Opened,
    Dispatched,
    Answered,
}

/// What arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InboxKind {
    /// A version of a referral from abroad.
    Referral,
    /// A follow-up version of a referral sent from here.
    FollowUp,
    /// A request from abroad.
    Request,
    /// The answer to a request sent from here.
    Reply,
}

/// One item of the inbox: codes, countries and times only; the content is one click
/// further (and audited there).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InboxItem {
    pub item: InboxKind,
    pub referral_id: ReferralId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<RequestId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
    pub sender_country: CountryCode,
    /// The request's kind (requests and replies).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<RequestKind>,
    #[serde(with = "time::serde::rfc3339")]
    pub received_at: OffsetDateTime,
    pub age_hours: f64,
    pub status: InboxStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_by: Option<Date>,
    pub overdue: bool,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct InboxQuery {
    /// Only items in this state: new, opened, dispatched, answered.
    pub state: Option<InboxStatus>,
}

/// How many items the inbox lists at most.
const INBOX_LIMIT: u32 = 500;

/// Everything that came from abroad to the caller's organisation, newest first.
pub async fn inbox(
    state: &AppState,
    p: &Principal,
    filter: Option<InboxStatus>,
) -> Result<Vec<InboxItem>, ApiError> {
    permit(state, p, Action::ReadInbox).await?;
    let now = (state.now)();
    let mut items = Vec::new();
    let mut restricted = std::collections::BTreeSet::new();
    for v in state
        .store
        .received_versions(p.organisation, INBOX_LIMIT)
        .await?
    {
        if v.referral.restricted_at.is_some() {
            restricted.insert(v.referral.id);
            continue;
        }
        let status = if v.answered {
            InboxStatus::Answered
        } else if v.version <= v.referral.opened_up_to {
            InboxStatus::Opened
        } else {
            InboxStatus::New
        };
        items.push(InboxItem {
            item: match v.referral.direction {
                Direction::Outgoing => InboxKind::FollowUp,
                Direction::Incoming => InboxKind::Referral,
            },
            referral_id: v.referral.id,
            request_id: None,
            version: Some(v.version),
            sender_country: v.referral.counterpart,
            kind: None,
            received_at: v.received_at,
            age_hours: hours(now - v.received_at),
            status,
            due_by: None,
            overdue: false,
        });
    }
    for record in state
        .store
        .requests_for_inbox(p.organisation, INBOX_LIMIT)
        .await?
    {
        let r = &record.request;
        if restricted.contains(&r.referral_id) {
            continue;
        }
        let (item, received_at, status) = match r.direction {
            Direction::Incoming => (
                InboxKind::Request,
                r.received_at.unwrap_or(r.sent_at),
                match r.state(None) {
                    RequestState::Answered => InboxStatus::Answered,
                    RequestState::Dispatched => InboxStatus::Dispatched,
                    RequestState::Opened => InboxStatus::Opened,
                    _ => InboxStatus::New,
                },
            ),
            Direction::Outgoing => (
                InboxKind::Reply,
                r.answered_at.unwrap_or(r.sent_at),
                InboxStatus::Answered,
            ),
        };
        items.push(InboxItem {
            item,
            referral_id: r.referral_id,
            request_id: Some(r.id),
            version: None,
            sender_country: r.counterpart,
            kind: Some(r.kind),
            received_at,
            age_hours: hours(now - received_at),
            status,
            due_by: Some(r.due_by),
            overdue: r.is_overdue(now),
        });
    }
    items.retain(|i| filter.is_none_or(|f| i.status == f));
    items.sort_by_key(|i| std::cmp::Reverse(i.received_at));
    Ok(items)
}

/// Response times per direction, country and kind: counts and a median, no person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RequestStats {
    pub direction: Direction,
    pub country: CountryCode,
    pub kind: RequestKind,
    pub count: u32,
    pub answered: u32,
    pub overdue: u32,
    /// The median time from sending to the answer, in hours, over answered requests.
    pub median_response_hours: Option<f64>,
}

pub async fn stats(state: &AppState, p: &Principal) -> Result<Vec<RequestStats>, ApiError> {
    permit(state, p, Action::ReadRequestStats).await?;
    let now = (state.now)();
    let mut groups: BTreeMap<(u8, CountryCode, RequestKind), (RequestStats, Vec<time::Duration>)> =
        BTreeMap::new();
    for f in state.store.request_facts().await? {
        let key = (
            u8::from(f.direction == Direction::Incoming),
            f.counterpart,
            f.kind,
        );
        let (row, times) = groups.entry(key).or_insert_with(|| {
            (
                RequestStats {
                    direction: f.direction,
                    country: f.counterpart,
                    kind: f.kind,
                    count: 0,
                    answered: 0,
                    overdue: 0,
                    median_response_hours: None,
                },
                Vec::new(),
            )
        });
        row.count += 1;
        if let Some(at) = f.answered_at {
            row.answered += 1;
            times.push(at - f.sent_at);
        }
        if trm_domain::request::overdue(f.due_by, f.answered_at, now) {
            row.overdue += 1;
        }
    }
    Ok(groups
        .into_values()
        .map(|(mut row, mut times)| {
            row.median_response_hours = median_hours(&mut times);
            row
        })
        .collect())
}
