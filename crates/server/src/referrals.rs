//! Referral services: draft from a case, edit, send (freeze), take in the other
//! country's version, read, print. The rules are the domain's (`trm_domain::referral`,
//! `trm_domain::template`); here they are applied with authorisation, audit and storage.
//!
//! A referral is read only by staff of the organisation that holds it; an outgoing one
//! also needs full access to its case (so a restricted or erased case closes it). What
//! the caller may not see answers 404, like a missing referral, and is audited.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_domain::access::Section;
use trm_domain::audit::AuditAction;
use trm_domain::codes::{CountryCode, LanguageCode, SharePurpose};
use trm_domain::consent::{ConsentScope, ConsentState, current_consent};
use trm_domain::ids::{CaseId, ReferralId};
use trm_domain::policy::Action;
use trm_domain::referral::{self, Direction, DraftInput, Referral, ReferralVersion, VersionState};
use trm_domain::template::{self, PrefillContext, Profile, Side, Template, WireDocument};
use trm_domain::timeline::EventKind;
use trm_domain::{DomainError, FieldError, Rule};
use trm_exchange::MessageKind;
use trm_store::{Change, ExchangeChange, OutboxEntry, ReferralRecord, ReferralWrite};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::services::{WriteAs, audit_event, beside, open_case, permit, write_case_change};

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReferral {
    /// The country of origin or third country the referral goes to.
    pub recipient: CountryCode,
    /// The language the case's free text is written in; the node's by default.
    #[serde(default)]
    pub language: Option<LanguageCode>,
}

/// A version without its document, for the history.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VersionSummary {
    pub version: u32,
    pub state: VersionState,
    pub author_side: Side,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub frozen_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReferralView {
    pub referral: Referral,
    /// Every version, oldest first.
    pub history: Vec<VersionSummary>,
    /// The latest version, with its document.
    pub current: ReferralVersion,
    /// What still stops the current draft from being sent (empty when it can go, or
    /// when the current version is not a draft).
    pub blocking: Vec<FieldError>,
    /// For each version sent from here: how far its message got, and whether the other
    /// country answered.
    pub delivery: Vec<VersionDelivery>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryState {
    /// No message carried it: no peer of the country was trusted when it was sent.
    NotSent,
    /// Waiting for the peer's receipt (see `attempts` and `last_error`).
    Queued,
    /// The peer's signed receipt came back.
    Delivered,
    /// Someone at the peer opened it.
    Opened,
    /// Given up unacknowledged after 30 days.
    Expired,
    /// Taken back before delivery: the consent it relied on was revoked.
    Withdrawn,
}

/// The delivery of one version sent from here.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VersionDelivery {
    pub version: u32,
    pub state: DeliveryState,
    pub attempts: u32,
    /// Why the last attempt failed (no personal data).
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub queued_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub delivered_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub opened_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    /// The other country answered after it: a later version, or a reply to a request
    /// about the referral, came back.
    pub answered: bool,
}

/// The delivery of each sent version, from that referral's outbox rows: the message
/// that carried a version is the first one queued after it was frozen.
async fn deliveries(
    state: &AppState,
    record: &ReferralRecord,
) -> Result<Vec<VersionDelivery>, ApiError> {
    let sent: Vec<&ReferralVersion> = record
        .versions
        .iter()
        .filter(|v| v.state == VersionState::Sent)
        .collect();
    if sent.is_empty() {
        return Ok(Vec::new());
    }
    let messages = state.store.referral_deliveries(record.referral.id).await?;
    let replies: Vec<OffsetDateTime> = state
        .store
        .requests_of_referral(record.referral.id)
        .await?
        .into_iter()
        .filter(|r| r.request.direction == Direction::Outgoing)
        .filter_map(|r| r.request.answered_at)
        .collect();
    let mut out = Vec::new();
    for (i, v) in sent.iter().enumerate() {
        let frozen = v.frozen_at.unwrap_or(v.created_at);
        let next = sent.get(i + 1).and_then(|n| n.frozen_at);
        let message = messages
            .iter()
            .find(|m| m.created_at >= frozen && next.is_none_or(|n| m.created_at < n));
        let answered = record
            .versions
            .iter()
            .any(|w| w.state == VersionState::Received && w.version > v.version)
            || replies.iter().any(|at| *at >= frozen);
        let state = match message {
            None => DeliveryState::NotSent,
            Some(m) => match m.state {
                trm_store::OutboxState::Queued => DeliveryState::Queued,
                trm_store::OutboxState::Expired => DeliveryState::Expired,
                trm_store::OutboxState::Withdrawn => DeliveryState::Withdrawn,
                trm_store::OutboxState::Acknowledged if m.opened_at.is_some() => {
                    DeliveryState::Opened
                }
                trm_store::OutboxState::Acknowledged => DeliveryState::Delivered,
            },
        };
        out.push(VersionDelivery {
            version: v.version,
            state,
            attempts: message.map_or(0, |m| m.attempts),
            last_error: message.and_then(|m| m.last_error.clone()),
            queued_at: message.map(|m| m.created_at),
            delivered_at: message.and_then(|m| m.acknowledged_at),
            opened_at: message.and_then(|m| m.opened_at),
            expires_at: message.map(|m| m.expires_at),
            answered,
        });
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReferralSummary {
    pub id: ReferralId,
    pub case_id: Option<CaseId>,
    pub direction: Direction,
    pub counterpart: CountryCode,
    pub our_side: Side,
    pub latest_version: Option<u32>,
    pub latest_state: Option<VersionState>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

fn templates() -> Result<&'static template::Embedded, ApiError> {
    template::embedded()
        .map_err(|e| ApiError::Internal(format!("the embedded referral template is broken: {e}")))
}

/// The template as this node fills it: the base template adapted by the node's profile.
pub fn node_profile(state: &AppState) -> Result<Profile, ApiError> {
    template::profile_for(state.node.country).map_err(|e| {
        ApiError::Internal(format!(
            "the national profile of {} is broken: {e}",
            state.node.country
        ))
    })
}

pub fn node_template(state: &AppState) -> Result<Template, ApiError> {
    Ok(node_profile(state)?.apply(templates()?.current())?)
}

fn parse_id(text: &str) -> Result<ReferralId, ApiError> {
    ReferralId::parse(text).map_err(|_| ApiError::NotFound("referral"))
}

pub fn referral_id(text: &str) -> Result<ReferralId, ApiError> {
    parse_id(text)
}

/// Loads a referral the caller may work on; anything else is a 404, audited.
pub(crate) async fn open_referral(
    state: &AppState,
    p: &Principal,
    id: ReferralId,
) -> Result<ReferralRecord, ApiError> {
    let record = state.store.referral(id).await?;
    let visible = match &record {
        // A referral whose documents were erased with its case's person is gone; one
        // restricted after the sender's consent revocation is closed to its staff.
        Some(r) if r.versions.is_empty() || r.referral.restricted_at.is_some() => false,
        Some(r) if r.referral.holder == p.organisation => match r.referral.case_id {
            Some(case) => open_case(state, p, case)
                .await
                .is_ok_and(|(_, access)| access.can_write()),
            None => true,
        },
        _ => false,
    };
    match record {
        Some(record) if visible => Ok(record),
        _ => {
            let denied = audit_event(state, p, AuditAction::AccessDenied)
                .subject(format!("referral {id}"))
                .denied();
            state.store.audit(vec![denied]).await?;
            Err(ApiError::NotFound("referral"))
        }
    }
}

fn view(
    record: ReferralRecord,
    today: time::Date,
    now: OffsetDateTime,
) -> Result<ReferralView, ApiError> {
    let current = record
        .versions
        .last()
        .cloned()
        .ok_or_else(|| ApiError::Internal("a referral without a version".into()))?;
    let blocking = if current.state == VersionState::Draft {
        match referral::freeze(templates()?, &record.versions, now, today) {
            Ok(_) => Vec::new(),
            Err(DomainError::Invalid(list)) => list,
            Err(other) => return Err(other.into()),
        }
    } else {
        Vec::new()
    };
    Ok(ReferralView {
        history: record
            .versions
            .iter()
            .map(|v| VersionSummary {
                version: v.version,
                state: v.state,
                author_side: v.document.author_side,
                created_at: v.created_at,
                frozen_at: v.frozen_at,
            })
            .collect(),
        referral: record.referral,
        current,
        blocking,
        delivery: Vec::new(),
    })
}

/// Writes a referral change: with its case (timeline event, case version) when it has
/// one, on its own otherwise. The audit entry commits in the same transaction.
/// Writes one version of a referral with its audit entry (`action`, on the case when
/// there is one) and answers the referral as it now is: with its case (timeline event,
/// case version) when it has one, on its own otherwise.
async fn write_version(
    state: &AppState,
    p: &Principal,
    referral: Referral,
    version: ReferralVersion,
    outbox: Vec<OutboxEntry>,
    kind: EventKind,
    action: AuditAction,
) -> Result<ReferralView, ApiError> {
    let id = referral.id;
    let subject = format!("referral {id} v{}", version.version);
    let mut audit = audit_event(state, p, action)
        .sections(Section::ALL)
        .subject(format!("{subject} ({})", referral.counterpart));
    let write = ReferralWrite {
        referral,
        version: Some(version),
    };
    match write.referral.case_id {
        Some(case) => {
            audit = audit.case(case);
            write_case_change(state, WriteAs::Holder(p), case, audit, |r, now| {
                let mut change = beside(p, &r.case, now, kind, Some(subject.clone()));
                let mut w = write.clone();
                w.referral.updated_at = now;
                change.referrals = vec![w];
                change.outbox = outbox.clone();
                Ok((change, ()))
            })
            .await?;
        }
        None => {
            let mut changes = vec![Change::Referral(Box::new(write))];
            changes.extend(
                outbox
                    .into_iter()
                    .map(|e| Change::Exchange(Box::new(ExchangeChange::Enqueue(e)))),
            );
            state
                .store
                .write_audited(Change::Batch(changes), vec![audit])
                .await?;
        }
    }
    read_after_write(state, id).await
}

pub async fn list(state: &AppState, p: &Principal) -> Result<Vec<ReferralSummary>, ApiError> {
    permit(state, p, Action::ReadReferral).await?;
    Ok(state
        .store
        .referrals_of(p.organisation, 500)
        .await?
        .into_iter()
        .map(|(r, latest)| ReferralSummary {
            id: r.id,
            case_id: r.case_id,
            direction: r.direction,
            counterpart: r.counterpart,
            our_side: r.our_side,
            latest_version: latest.map(|(v, _)| v),
            latest_state: latest.map(|(_, s)| s),
            updated_at: r.updated_at,
        })
        .collect())
}

/// Drafts a referral from the case: what the node knows is prefilled, never retyped.
pub async fn create(
    state: &AppState,
    p: &Principal,
    case_id: CaseId,
    input: NewReferral,
) -> Result<ReferralView, ApiError> {
    permit(state, p, Action::EditReferral).await?;
    if input.recipient == state.node.country {
        return Err(ApiError::field(
            "recipient",
            Rule::OwnCountry {
                country: state.node.country.to_string(),
            },
        ));
    }
    let template = node_template(state)?;
    let profile = node_profile(state)?;
    let holder = state.store.organisation(p.organisation).await?;
    let language = input
        .language
        .unwrap_or_else(|| trm_domain::codes::working_language(state.node.country));
    let id = ReferralId::from_uuid(Uuid::now_v7());
    let audit = audit_event(state, p, AuditAction::ReferralDrafted)
        .sections(Section::ALL)
        .subject(format!("referral {id}"));
    let created = write_case_change(state, WriteAs::Holder(p), case_id, audit, |r, now| {
        let referral = Referral::outgoing(id, case_id, p.organisation, input.recipient, now);
        let ctx = PrefillContext {
            case: &r.case,
            consents: &r.consents,
            measures: &r.measures,
            holder: holder.as_ref(),
            recipient: input.recipient,
            language,
            today: now.date(),
        };
        let first = referral::first_draft(
            &referral,
            &profile,
            language,
            template::prefill(&template, &ctx),
            p.user,
            now,
        );
        let mut change = beside(
            p,
            &r.case,
            now,
            EventKind::ReferralDrafted,
            Some(format!("referral {id} v1")),
        );
        change.referrals = vec![ReferralWrite {
            referral: referral.clone(),
            version: Some(first.clone()),
        }];
        Ok((
            change,
            ReferralRecord {
                referral,
                versions: vec![first],
            },
        ))
    })
    .await?;
    let now = (state.now)();
    view(created, now.date(), now)
}

pub async fn read(state: &AppState, p: &Principal, id: &str) -> Result<ReferralView, ApiError> {
    permit(state, p, Action::ReadReferral).await?;
    let mut record = read_audited(state, p, parse_id(id)?, AuditAction::ReferralRead).await?;
    let latest_received = record
        .versions
        .iter()
        .rev()
        .find(|v| v.state == VersionState::Received)
        .map(|v| v.version);
    if let Some(version) = latest_received
        && version > record.referral.opened_up_to
    {
        record.referral = crate::exchange::tell_opened(state, &record.referral, version).await?;
    }
    let now = (state.now)();
    let delivery = deliveries(state, &record).await?;
    let mut answer = view(record, now.date(), now)?;
    answer.delivery = delivery;
    Ok(answer)
}

async fn read_audited(
    state: &AppState,
    p: &Principal,
    id: ReferralId,
    action: AuditAction,
) -> Result<ReferralRecord, ApiError> {
    let record = open_referral(state, p, id).await?;
    let mut audit = audit_event(state, p, action)
        .sections(Section::ALL)
        .subject(format!("referral {id}"));
    if let Some(case) = record.referral.case_id {
        audit = audit.case(case);
    }
    state.store.audit(vec![audit]).await?;
    Ok(record)
}

pub async fn save_draft(
    state: &AppState,
    p: &Principal,
    id: &str,
    input: DraftInput,
) -> Result<ReferralView, ApiError> {
    permit(state, p, Action::EditReferral).await?;
    let id = parse_id(id)?;
    // Read and written under the referral's lock: a peer's message about it waits.
    let _one_at_a_time = state.referral_lock(id).lock().await;
    let record = open_referral(state, p, id).await?;
    let edited = referral::edit_draft(templates()?, &record.versions, input)?;
    write_version(
        state,
        p,
        record.referral,
        edited,
        Vec::new(),
        EventKind::ReferralEdited,
        AuditAction::ReferralEdited,
    )
    .await
}

async fn read_after_write(state: &AppState, id: ReferralId) -> Result<ReferralView, ApiError> {
    let record = state
        .store
        .referral(id)
        .await?
        .ok_or(ApiError::NotFound("referral"))?;
    let now = (state.now)();
    let delivery = deliveries(state, &record).await?;
    let mut answer = view(record, now.date(), now)?;
    answer.delivery = delivery;
    Ok(answer)
}

/// Freezes the draft after every rule, and the consent gate: an outgoing referral leaves
/// only while a current consent of the person covers sharing with the recipient country.
pub async fn send(state: &AppState, p: &Principal, id: &str) -> Result<ReferralView, ApiError> {
    permit(state, p, Action::SendReferral).await?;
    let id = parse_id(id)?;
    // Read and written under the referral's lock: a peer's message about it waits.
    let _one_at_a_time = state.referral_lock(id).lock().await;
    let record = open_referral(state, p, id).await?;
    let now = (state.now)();
    let frozen = referral::freeze(templates()?, &record.versions, now, now.date())?;
    let consent = check_consent_to_share(state, &record.referral).await?;
    let (outbox, action) = match crate::exchange::peer_for(state, record.referral.counterpart)
        .await?
    {
        Some(peer) if state.federation.is_some() => {
            if !peer.legal_basis.permits_transfer() {
                return Err(ApiError::field(
                    "peer.legal_basis",
                    Rule::TransfersBlocked {
                        peer: peer.name.clone(),
                        country: peer.country.to_string(),
                    },
                ));
            }
            let kind = match record.referral.our_side {
                Side::Origin => MessageKind::FollowUp,
                _ => MessageKind::Referral,
            };
            let payload = serde_json::to_vec(&frozen.document)
                .map_err(|e| ApiError::Internal(e.to_string()))?;
            let entry = crate::exchange::outgoing(
                state,
                &peer,
                kind,
                record.referral.case_id.map(|c| c.as_uuid()),
                record.referral.id,
                consent.map(|c| c.as_uuid()),
                &payload,
            )
            .await?;
            tracing::info!(message = %entry.message_id, peer = %peer.node_id, basis = peer.legal_basis.code(), "a referral version is queued for a peer");
            (vec![entry], AuditAction::DataDisclosed)
        }
        _ => (Vec::new(), AuditAction::ReferralSent),
    };
    let queued = !outbox.is_empty();
    let view = write_version(
        state,
        p,
        record.referral,
        frozen,
        outbox,
        EventKind::ReferralSent,
        action,
    )
    .await?;
    if queued && let Some(f) = &state.federation {
        f.wake.notify_one();
    }
    Ok(view)
}

/// Where the person's consent to this referral stands: the state of the current consent
/// to share data with the recipient country for a referral, and the record relied on
/// when it is given. `None` for a referral the gate does not apply to (not outgoing, or
/// without a case). The composer states it before the Send button; [`check_consent_to_share`]
/// refuses on it.
pub(crate) async fn consent_to_share(
    state: &AppState,
    referral: &Referral,
) -> Result<Option<(ConsentState, Option<trm_domain::consent::ConsentRecord>)>, ApiError> {
    let (Direction::Outgoing, Some(case)) = (referral.direction, referral.case_id) else {
        return Ok(None);
    };
    let case = state
        .store
        .case(case)
        .await?
        .ok_or(ApiError::NotFound("case"))?;
    let wanted = ConsentScope::ShareData {
        country: referral.counterpart,
        organisation: None,
        purpose: SharePurpose::Referral,
    };
    let current = current_consent(&case.consents, &wanted);
    let relied_on = (current == ConsentState::Given)
        .then(|| {
            case.consents
                .iter()
                .filter(|c| {
                    c.decision == trm_domain::codes::ConsentDecision::Given
                        && c.revocation.is_none()
                })
                .filter(|c| c.scope.covers(&wanted))
                .max_by_key(|c| (c.decided_on, c.recorded_at))
                .cloned()
        })
        .flatten();
    Ok(Some((current, relied_on)))
}

/// The consent gate: an outgoing referral leaves only while a current consent of the
/// person, recorded on the case (not ticked on the form), covers sharing with the
/// recipient country for a referral.
/// Returns the consent record relied on, for the audit trail and the envelope.
pub(crate) async fn check_consent_to_share(
    state: &AppState,
    referral: &Referral,
) -> Result<Option<trm_domain::ids::ConsentId>, ApiError> {
    let state_of_consent = match consent_to_share(state, referral).await? {
        None => return Ok(None),
        Some((ConsentState::Given, relied_on)) => return Ok(relied_on.map(|c| c.id)),
        Some((ConsentState::Refused, _)) => "refused",
        Some((ConsentState::Revoked, _)) => "revoked",
        Some((ConsentState::NotRecorded, _)) => "not_recorded",
    };
    Err(ApiError::field(
        "consents.share_data",
        Rule::NoConsentForReferral {
            country: referral.counterpart.to_string(),
            state: state_of_consent.to_owned(),
        },
    ))
}

/// Starts this node's next version (e.g. the country of origin's follow-up after return).
pub async fn start_version(
    state: &AppState,
    p: &Principal,
    id: &str,
) -> Result<ReferralView, ApiError> {
    permit(state, p, Action::EditReferral).await?;
    let id = parse_id(id)?;
    // Read and written under the referral's lock: a peer's message about it waits.
    let _one_at_a_time = state.referral_lock(id).lock().await;
    let record = open_referral(state, p, id).await?;
    let next = referral::next_draft(
        &record.referral,
        &record.versions,
        &node_profile(state)?,
        p.user,
        (state.now)(),
    )?;
    write_version(
        state,
        p,
        record.referral,
        next,
        Vec::new(),
        EventKind::ReferralEdited,
        AuditAction::ReferralEdited,
    )
    .await
}

/// Takes in a version written by another country's node: a new incoming referral, or
/// the next version of one held here. Checked against the sender's template version and
/// profile; a half-valid document is refused whole, naming every field.
pub async fn receive(
    state: &AppState,
    p: &Principal,
    wire: WireDocument,
) -> Result<ReferralView, ApiError> {
    permit(state, p, Action::ReceiveReferral).await?;
    let _one_at_a_time = state
        .referral_lock(ReferralId::from_uuid(wire.referral.referral_id))
        .lock()
        .await;
    let write = take_in(state, p.organisation, wire.profile.country, &wire, &[]).await?;
    let version = write
        .version
        .clone()
        .ok_or_else(|| ApiError::Internal("no version taken in".into()))?;
    write_version(
        state,
        p,
        write.referral,
        version,
        Vec::new(),
        EventKind::ReferralReceived,
        AuditAction::ReferralReceived,
    )
    .await
}

/// Checks a version written by another country's node and returns the write that takes
/// it in: the next version of a referral held here, or a new incoming referral held by
/// `holder`. `earlier` holds writes of the same batch not yet committed (successive
/// versions that arrived out of order and apply together).
pub async fn take_in(
    state: &AppState,
    holder: trm_domain::ids::OrganisationId,
    sender_country: CountryCode,
    wire: &WireDocument,
    earlier: &[ReferralWrite],
) -> Result<ReferralWrite, ApiError> {
    let id = ReferralId::from_uuid(wire.referral.referral_id);
    let now = (state.now)();
    let (referral, mut versions) = match state.store.referral(id).await? {
        Some(record) if record.referral.holder == holder => (record.referral, record.versions),
        Some(_) => {
            return Err(ApiError::Conflict(format!(
                "referral {id} is held by another organisation of this node"
            )));
        }
        None => {
            let referral = Referral {
                id,
                case_id: None,
                holder,
                direction: Direction::Incoming,
                counterpart: sender_country,
                our_side: if wire.author_side == Side::Exploitation {
                    Side::Origin
                } else {
                    Side::Exploitation
                },
                created_at: now,
                updated_at: now,
                restricted_at: None,
                opened_up_to: 0,
            };
            (referral, Vec::new())
        }
    };
    versions.extend(
        earlier
            .iter()
            .filter(|w| w.referral.id == id)
            .filter_map(|w| w.version.clone()),
    );
    if wire.author_side == referral.our_side {
        return Err(ApiError::field(
            "author_side",
            Rule::AuthorIsOurSide {
                side: wire.author_side.code().to_owned(),
                referral: id.to_string(),
            },
        ));
    }
    let (_, version) = referral::accept_received(templates()?, &versions, wire, now)?;
    Ok(ReferralWrite {
        referral: Referral {
            updated_at: now,
            ..referral
        },
        version: Some(version),
    })
}

/// The wire form of a version (the latest by default): what travels to the other node.
pub async fn wire(
    state: &AppState,
    p: &Principal,
    id: &str,
    version: Option<u32>,
) -> Result<WireDocument, ApiError> {
    permit(state, p, Action::ReadReferral).await?;
    let record = read_audited(state, p, parse_id(id)?, AuditAction::ReferralRead).await?;
    pick(&record, version).map(|v| v.document.clone())
}

pub(crate) fn pick(
    record: &ReferralRecord,
    version: Option<u32>,
) -> Result<&ReferralVersion, ApiError> {
    match version {
        Some(n) => record
            .versions
            .iter()
            .find(|v| v.version == n)
            .ok_or(ApiError::NotFound("referral version")),
        None => record
            .versions
            .last()
            .ok_or(ApiError::NotFound("referral version")),
    }
}

/// A version with the template it was made with, for printing and exports.
pub async fn for_print(
    state: &AppState,
    p: &Principal,
    id: &str,
    version: Option<u32>,
) -> Result<
    (
        ReferralRecord,
        u32,
        std::sync::Arc<Template>,
        template::Document,
    ),
    ApiError,
> {
    permit(state, p, Action::ReadReferral).await?;
    let record = read_audited(state, p, parse_id(id)?, AuditAction::ReferralPrinted).await?;
    let chosen = pick(&record, version)?;
    let (template, document) = template::parse(templates()?, &chosen.document)?;
    let number = chosen.version;
    Ok((record, number, template, document))
}

/// A version as HTCDS-shaped JSON (docs/standards.md); codes HTCDS lacks are listed
/// under `unmapped`, never dropped silently.
pub async fn htcds(
    state: &AppState,
    p: &Principal,
    id: &str,
    version: Option<u32>,
) -> Result<serde_json::Value, ApiError> {
    permit(state, p, Action::ReadReferral).await?;
    let record = read_audited(state, p, parse_id(id)?, AuditAction::ReferralRead).await?;
    let (template, document) = template::parse(templates()?, &pick(&record, version)?.document)?;
    Ok(template::to_htcds(&template, &document)?)
}

/// The pseudonymous case CSV of the caller's organisation: no names, no free text.
/// Cases restricted at the person's request are left out.
pub async fn cases_csv(state: &AppState, p: &Principal) -> Result<String, ApiError> {
    permit(state, p, Action::ExportCasesCsv).await?;
    let sent = state.store.referrals_sent_per_case().await?;
    let records = state.store.held_cases_with_measures(p.organisation).await?;
    let rows: Vec<trm_domain::cases_csv::CsvCase<'_>> = records
        .iter()
        // The column says restricted; the document is the authority.
        .filter(|(case, _)| case.restriction.is_none())
        .map(|(case, measures)| trm_domain::cases_csv::CsvCase {
            case,
            measures,
            referrals_sent: sent.get(&case.id).copied().unwrap_or(0),
        })
        .collect();
    let audit =
        audit_event(state, p, AuditAction::CasesExported).subject(format!("{} cases", rows.len()));
    state.store.audit(vec![audit]).await?;
    Ok(trm_domain::cases_csv::cases_csv(
        &rows,
        (state.now)().date(),
    ))
}
