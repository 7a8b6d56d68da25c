//! What an administrator sees of the federation's deliveries: the health of the link to
//! each peer, and every message still waiting for its receipt with the reason. Computed
//! in SQL (no envelope is read), against the node's limits (`[exchange]` in trm.toml).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_domain::Rule;
use trm_domain::delivery::DeliveryHealth;
use trm_domain::policy::Action;
use trm_store::{OutboxFilter, OutboxState, OutboxStatus};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::AppState;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::services;

#[derive(Debug, Serialize, ToSchema)]
pub struct PeerHealth {
    pub node_id: Uuid,
    pub country: String,
    pub name: String,
    pub url: String,
    pub legal_basis: String,
    pub trusted: bool,
    /// The fingerprint of the signing key pinned now (it changes when the peer
    /// rotates its keys).
    pub fingerprint: Option<String>,
    /// The worst of its unacknowledged messages.
    pub health: DeliveryHealth,
    pub queued: u64,
    /// Unacknowledged past the warning time.
    pub late: u64,
    /// Unacknowledged past the alert time.
    pub stuck: u64,
    #[serde(with = "time::serde::rfc3339::option")]
    pub oldest_unacknowledged: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_acknowledged: Option<OffsetDateTime>,
    /// Why the latest attempt failed, if it did.
    pub last_error: Option<String>,
}

/// Every peer and the health of the link to it.
pub async fn peers(state: &AppState, p: &Principal) -> Result<Vec<PeerHealth>, ApiError> {
    services::permit(state, p, Action::ReadExchange).await?;
    let now = (state.now)();
    let links = state
        .store
        .peer_links(
            now - state.delivery.warn_after(),
            now - state.delivery.alert_after(),
        )
        .await?;
    Ok(state
        .store
        .peers()
        .await?
        .into_iter()
        .map(|peer| {
            let link = links.iter().find(|l| l.peer == peer.node_id);
            let count = |f: fn(&trm_store::PeerLink) -> u64| link.map_or(0, f);
            let (late, stuck) = (count(|l| l.late), count(|l| l.stuck));
            let fingerprint = crate::exchange::peer_keys(&peer)
                .ok()
                .map(|k| trm_crypto::fingerprint(&k.signing_public));
            PeerHealth {
                fingerprint,
                node_id: peer.node_id,
                country: peer.country.to_string(),
                name: peer.name,
                url: peer.url,
                legal_basis: peer.legal_basis.code().to_owned(),
                trusted: peer.removed_at.is_none(),
                health: if stuck > 0 {
                    DeliveryHealth::Stuck
                } else if late > 0 {
                    DeliveryHealth::Late
                } else {
                    DeliveryHealth::OnTime
                },
                queued: count(|l| l.queued),
                late,
                stuck,
                oldest_unacknowledged: link.and_then(|l| l.oldest_unacknowledged),
                last_acknowledged: link.and_then(|l| l.last_acknowledged),
                last_error: link.and_then(|l| l.last_error.clone()),
            }
        })
        .collect())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxMessage {
    pub message_id: Uuid,
    pub peer: Uuid,
    pub kind: String,
    pub referral_id: Option<Uuid>,
    pub sequence: u64,
    pub state: String,
    /// Against the node's warning and alert times; acknowledged messages are on time.
    pub health: DeliveryHealth,
    pub attempts: u32,
    /// Why the latest attempt failed (no content of the message).
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub next_attempt_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub acknowledged_at: Option<OffsetDateTime>,
    /// When the receiving node's staff opened it (the business receipt).
    #[serde(with = "time::serde::rfc3339::option")]
    pub opened_at: Option<OffsetDateTime>,
}

/// Which messages to list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OutboxQuery {
    /// queued, acknowledged, expired or withdrawn.
    pub state: Option<String>,
    /// Only messages to this peer (node id).
    pub peer: Option<Uuid>,
    /// late: unacknowledged past the warning time (stuck ones included); stuck: past
    /// the alert time.
    pub health: Option<String>,
    /// At most this many, newest first (default 200, at most 1000).
    pub limit: Option<u32>,
}

/// Messages to other nodes, newest first: no content, only where each stands and why.
pub async fn outbox(
    state: &AppState,
    p: &Principal,
    query: &OutboxQuery,
) -> Result<Vec<OutboxMessage>, ApiError> {
    services::permit(state, p, Action::ReadExchange).await?;
    let now = (state.now)();
    let mut filter = OutboxFilter {
        state: match query.state.as_deref() {
            None => None,
            Some(code) => Some(parse_state(code)?),
        },
        peer: query.peer,
        created_before: None,
        limit: query.limit.unwrap_or(200).clamp(1, 1000),
    };
    match query
        .health
        .as_deref()
        .map(|h| (h, DeliveryHealth::from_code(h)))
    {
        None => {}
        Some((_, Some(DeliveryHealth::Late))) => {
            filter.state = Some(OutboxState::Queued);
            filter.created_before = Some(now - state.delivery.warn_after());
        }
        Some((_, Some(DeliveryHealth::Stuck))) => {
            filter.state = Some(OutboxState::Queued);
            filter.created_before = Some(now - state.delivery.alert_after());
        }
        Some((code, _)) => {
            return Err(ApiError::field(
                "health",
                Rule::NotOneOf {
                    value: code.to_owned(),
                    options: [DeliveryHealth::Late, DeliveryHealth::Stuck]
                        .map(|h| h.code())
                        .join(", "),
                },
            ));
        }
    }
    Ok(state
        .store
        .outbox_status(&filter)
        .await?
        .into_iter()
        .map(|m| message(state, now, m))
        .collect())
}

fn parse_state(code: &str) -> Result<OutboxState, ApiError> {
    let states = [
        OutboxState::Queued,
        OutboxState::Acknowledged,
        OutboxState::Expired,
        OutboxState::Withdrawn,
    ];
    states
        .into_iter()
        .find(|s| s.code() == code)
        .ok_or_else(|| {
            ApiError::field(
                "state",
                Rule::NotOneOf {
                    value: code.to_owned(),
                    options: states.map(|s| s.code()).join(", "),
                },
            )
        })
}

fn message(state: &AppState, now: OffsetDateTime, m: OutboxStatus) -> OutboxMessage {
    OutboxMessage {
        health: state
            .delivery
            .health(m.created_at, m.state != OutboxState::Queued, now),
        message_id: m.message_id,
        peer: m.peer,
        kind: m.kind,
        referral_id: m.referral_id,
        sequence: m.sequence,
        state: m.state.code().to_owned(),
        attempts: m.attempts,
        last_error: m.last_error,
        created_at: m.created_at,
        next_attempt_at: m.next_attempt_at,
        expires_at: m.expires_at,
        acknowledged_at: m.acknowledged_at,
        opened_at: m.opened_at,
    }
}
