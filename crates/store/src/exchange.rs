//! Peers, the outbox and the inbox. Envelopes are kept exactly as they travel (signed,
//! encrypted to the recipient): the store never sees a payload in the clear.

use sqlx::{Row, SqliteConnection};
use time::OffsetDateTime;
use trm_domain::codes::{CountryCode, LegalBasis};
use uuid::Uuid;

use crate::{Result, Store, StoreError, format_sortable as format_time, parse_time};

/// A peer node this node trusts: its keys are in the signed node document verified
/// against a fingerprint compared out of band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRecord {
    pub node_id: Uuid,
    pub country: CountryCode,
    pub name: String,
    pub url: String,
    pub legal_basis: LegalBasis,
    /// The signed node document, JSON.
    pub document: String,
    pub added_at: OffsetDateTime,
    pub removed_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxState {
    Queued,
    Acknowledged,
    Expired,
    Withdrawn,
}

impl OutboxState {
    pub fn code(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Acknowledged => "acknowledged",
            OutboxState::Expired => "expired",
            OutboxState::Withdrawn => "withdrawn",
        }
    }
    pub(crate) fn parse(code: &str) -> Result<Self> {
        Ok(match code {
            "queued" => OutboxState::Queued,
            "acknowledged" => OutboxState::Acknowledged,
            "expired" => OutboxState::Expired,
            "withdrawn" => OutboxState::Withdrawn,
            other => {
                return Err(StoreError::Corrupt(format!(
                    "unknown outbox state `{other}`"
                )));
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub message_id: Uuid,
    pub peer: Uuid,
    pub kind: String,
    pub case_id: Option<Uuid>,
    pub referral_id: Option<Uuid>,
    pub consent_id: Option<Uuid>,
    pub sequence: u64,
    pub envelope: Vec<u8>,
    pub state: OutboxState,
    pub attempts: u32,
    pub next_attempt_at: OffsetDateTime,
    pub last_error: Option<String>,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub acknowledged_at: Option<OffsetDateTime>,
    /// The signed receipt, JSON.
    pub receipt: Option<String>,
    pub opened_at: Option<OffsetDateTime>,
}

/// Where an outbox message stands, without its envelope: what administrators and the
/// revocation path read, so neither loads sealed bytes it has no use for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxStatus {
    pub message_id: Uuid,
    pub peer: Uuid,
    pub kind: String,
    pub case_id: Option<Uuid>,
    pub referral_id: Option<Uuid>,
    pub consent_id: Option<Uuid>,
    pub sequence: u64,
    pub state: OutboxState,
    pub attempts: u32,
    pub next_attempt_at: OffsetDateTime,
    pub last_error: Option<String>,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub acknowledged_at: Option<OffsetDateTime>,
    pub opened_at: Option<OffsetDateTime>,
    /// When it was reported late (the warning), and stuck (the alert).
    pub warned_at: Option<OffsetDateTime>,
    pub alerted_at: Option<OffsetDateTime>,
}

/// Which outbox messages to list; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct OutboxFilter {
    pub state: Option<OutboxState>,
    pub peer: Option<Uuid>,
    /// Only messages created at or before this instant (e.g. now − the warning time).
    pub created_before: Option<OffsetDateTime>,
    pub limit: u32,
}

/// The health of the link to one peer, computed in SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerLink {
    pub peer: Uuid,
    pub queued: u64,
    /// Queued messages created at or before the warning and the alert instants given.
    pub late: u64,
    pub stuck: u64,
    pub oldest_unacknowledged: Option<OffsetDateTime>,
    pub last_acknowledged: Option<OffsetDateTime>,
    /// Why the most tried of its queued messages last failed.
    pub last_error: Option<String>,
}

const STATUS_COLUMNS: &str = "message_id, peer, kind, case_id, referral_id, consent_id, sequence, state, attempts, \
     next_attempt_at, last_error, created_at, expires_at, acknowledged_at, opened_at, warned_at, alerted_at";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxState {
    /// Stored; an earlier message of its case has not arrived yet.
    Waiting,
    Applied,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxEntry {
    pub message_id: Uuid,
    pub sender: Uuid,
    pub kind: String,
    pub case_ref: Option<Uuid>,
    pub sequence: u64,
    pub envelope: Vec<u8>,
    pub digest: String,
    pub received_at: OffsetDateTime,
    pub state: InboxState,
    /// The signed receipt answered, JSON; answered again to a duplicate.
    pub receipt: String,
    pub applied_at: Option<OffsetDateTime>,
}

/// A key handover this node made (`trm keys rotate`) or applied (from a peer): the
/// node's old signing key, and until when messages signed with it are accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverRecord {
    /// The node that rotated: this node or a peer.
    pub node_id: Uuid,
    pub old_key_id: String,
    pub old_public: [u8; 32],
    pub new_key_id: String,
    /// The rotation time: the old key signs nothing created later.
    pub valid_until: OffsetDateTime,
    /// The signed handover, JSON.
    pub handover: String,
    pub recorded_at: OffsetDateTime,
}

/// Changes of the exchange tables, applied by the writer like every other change.
#[derive(Debug, Clone)]
pub enum ExchangeChange {
    /// Adds a peer, or trusts a removed one again with its new document.
    AddPeer(PeerRecord),
    RemovePeer {
        node_id: Uuid,
        at: OffsetDateTime,
    },
    SetLegalBasis {
        node_id: Uuid,
        legal_basis: LegalBasis,
    },
    Enqueue(OutboxEntry),
    /// A delivery attempt failed: when to try again, and why (no personal data).
    Attempted {
        message_id: Uuid,
        attempts: u32,
        next_attempt_at: OffsetDateTime,
        error: String,
    },
    Acknowledged {
        message_id: Uuid,
        at: OffsetDateTime,
        receipt: String,
    },
    Expired {
        message_id: Uuid,
    },
    /// Makes every queued message to `peer` due now (the peer is known to be back), its
    /// backoff starting again from the first step.
    RetryNow {
        peer: Uuid,
        at: OffsetDateTime,
    },
    Withdrawn {
        message_id: Uuid,
    },
    Opened {
        message_id: Uuid,
        at: OffsetDateTime,
    },
    /// Unacknowledged messages that crossed the warning (`alert: false`) or the alert
    /// time: marked so that each is raised once.
    Raised {
        message_ids: Vec<Uuid>,
        alert: bool,
        at: OffsetDateTime,
    },
    Receive(InboxEntry),
    /// Records a key handover (this node's own, or a peer's once verified).
    Handover(HandoverRecord),
    /// Pins a peer's new node document after its handover; refused unless the peer is
    /// still pinned to `previous` (two handovers applied at once cannot both win).
    Repin {
        node_id: Uuid,
        previous: String,
        document: String,
    },
    /// Marks inbox messages applied and moves the case's applied sequence.
    Applied {
        message_ids: Vec<Uuid>,
        sender: Uuid,
        case_ref: Uuid,
        sequence: u64,
        at: OffsetDateTime,
    },
}

fn opt_time(t: Option<OffsetDateTime>) -> Option<String> {
    t.map(format_time)
}

pub(crate) async fn apply(conn: &mut SqliteConnection, change: &ExchangeChange) -> Result<()> {
    match change {
        ExchangeChange::AddPeer(p) => {
            sqlx::query(
                "INSERT INTO peers (node_id, country, name, url, legal_basis, document, added_at, removed_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (node_id) DO UPDATE SET country = excluded.country, \
                 name = excluded.name, url = excluded.url, legal_basis = excluded.legal_basis, \
                 document = excluded.document, added_at = excluded.added_at, removed_at = NULL",
            )
            .bind(p.node_id.to_string())
            .bind(p.country.as_str())
            .bind(&p.name)
            .bind(&p.url)
            .bind(p.legal_basis.code())
            .bind(&p.document)
            .bind(format_time(p.added_at))
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::RemovePeer { node_id, at } => {
            let done = sqlx::query(
                "UPDATE peers SET removed_at = ? WHERE node_id = ? AND removed_at IS NULL",
            )
            .bind(format_time(*at))
            .bind(node_id.to_string())
            .execute(&mut *conn)
            .await?;
            if done.rows_affected() != 1 {
                return Err(StoreError::Corrupt(format!("no trusted peer {node_id}")));
            }
        }
        ExchangeChange::SetLegalBasis {
            node_id,
            legal_basis,
        } => {
            sqlx::query("UPDATE peers SET legal_basis = ? WHERE node_id = ?")
                .bind(legal_basis.code())
                .bind(node_id.to_string())
                .execute(&mut *conn)
                .await?;
        }
        ExchangeChange::Enqueue(e) => {
            sqlx::query(
                "INSERT INTO outbox (message_id, peer, kind, case_id, referral_id, consent_id, sequence, state, \
                 attempts, next_attempt_at, last_error, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(e.message_id.to_string())
            .bind(e.peer.to_string())
            .bind(&e.kind)
            .bind(e.case_id.map(|u| u.to_string()))
            .bind(e.referral_id.map(|u| u.to_string()))
            .bind(e.consent_id.map(|u| u.to_string()))
            .bind(i64::try_from(e.sequence).unwrap_or(i64::MAX))
            .bind(e.state.code())
            .bind(i64::from(e.attempts))
            .bind(format_time(e.next_attempt_at))
            .bind(&e.last_error)
            .bind(format_time(e.created_at))
            .bind(format_time(e.expires_at))
            .execute(&mut *conn)
            .await
            .map_err(|err| match &err {
                sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict,
                _ => StoreError::Database(err),
            })?;
            sqlx::query("INSERT INTO outbox_envelopes (message_id, envelope) VALUES (?, ?)")
                .bind(e.message_id.to_string())
                .bind(&e.envelope)
                .execute(&mut *conn)
                .await?;
        }
        ExchangeChange::Attempted {
            message_id,
            attempts,
            next_attempt_at,
            error,
        } => {
            // Only over the attempt count it was made from: a retry-now that reset the
            // count meanwhile (the peer is back) wins over this stale failure's backoff.
            sqlx::query(
                "UPDATE outbox SET attempts = ?1, next_attempt_at = ?2, last_error = ?3 \
                 WHERE message_id = ?4 AND state = 'queued' AND attempts = ?1 - 1",
            )
            .bind(i64::from(*attempts))
            .bind(format_time(*next_attempt_at))
            .bind(error)
            .bind(message_id.to_string())
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::Acknowledged {
            message_id,
            at,
            receipt,
        } => {
            sqlx::query(
                "UPDATE outbox SET state = 'acknowledged', acknowledged_at = ?, receipt = ?, last_error = NULL \
                 WHERE message_id = ? AND state IN ('queued', 'expired', 'withdrawn')",
            )
            .bind(format_time(*at))
            .bind(receipt)
            .bind(message_id.to_string())
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::RetryNow { peer, at } => {
            sqlx::query(
                "UPDATE outbox SET next_attempt_at = ?, attempts = 0 WHERE peer = ? AND state = 'queued'",
            )
            .bind(format_time(*at))
            .bind(peer.to_string())
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::Expired { message_id } => {
            sqlx::query(
                "UPDATE outbox SET state = 'expired' WHERE message_id = ? AND state = 'queued'",
            )
            .bind(message_id.to_string())
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::Withdrawn { message_id } => {
            sqlx::query(
                "UPDATE outbox SET state = 'withdrawn' WHERE message_id = ? AND state = 'queued'",
            )
            .bind(message_id.to_string())
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::Opened { message_id, at } => {
            sqlx::query(
                "UPDATE outbox SET opened_at = COALESCE(opened_at, ?) WHERE message_id = ?",
            )
            .bind(format_time(*at))
            .bind(message_id.to_string())
            .execute(&mut *conn)
            .await?;
        }
        ExchangeChange::Raised {
            message_ids,
            alert,
            at,
        } => {
            let sql = if *alert {
                "UPDATE outbox SET alerted_at = COALESCE(alerted_at, ?) WHERE message_id = ?"
            } else {
                "UPDATE outbox SET warned_at = COALESCE(warned_at, ?) WHERE message_id = ?"
            };
            for id in message_ids {
                sqlx::query(sql)
                    .bind(format_time(*at))
                    .bind(id.to_string())
                    .execute(&mut *conn)
                    .await?;
            }
        }
        ExchangeChange::Receive(e) => {
            sqlx::query(
                "INSERT INTO inbox (message_id, sender, kind, case_ref, sequence, envelope, digest, received_at, state, receipt, applied_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(e.message_id.to_string())
            .bind(e.sender.to_string())
            .bind(&e.kind)
            .bind(e.case_ref.map(|u| u.to_string()))
            .bind(i64::try_from(e.sequence).unwrap_or(i64::MAX))
            .bind(&e.envelope)
            .bind(&e.digest)
            .bind(format_time(e.received_at))
            .bind(match e.state {
                InboxState::Waiting => "waiting",
                InboxState::Applied => "applied",
            })
            .bind(&e.receipt)
            .bind(opt_time(e.applied_at))
            .execute(&mut *conn)
            .await
            .map_err(|err| match &err {
                sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Duplicate("message id"),
                _ => StoreError::Database(err),
            })?;
        }
        ExchangeChange::Handover(h) => {
            sqlx::query(
                "INSERT INTO key_handovers (node_id, old_key_id, old_public, new_key_id, valid_until, handover, recorded_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(h.node_id.to_string())
            .bind(&h.old_key_id)
            .bind(&h.old_public[..])
            .bind(&h.new_key_id)
            .bind(format_time(h.valid_until))
            .bind(&h.handover)
            .bind(format_time(h.recorded_at))
            .execute(&mut *conn)
            .await
            .map_err(|err| match &err {
                sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Duplicate("key handover"),
                _ => StoreError::Database(err),
            })?;
        }
        ExchangeChange::Repin {
            node_id,
            previous,
            document,
        } => {
            let done =
                sqlx::query("UPDATE peers SET document = ? WHERE node_id = ? AND document = ?")
                    .bind(document)
                    .bind(node_id.to_string())
                    .bind(previous)
                    .execute(&mut *conn)
                    .await?;
            if done.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
        }
        ExchangeChange::Applied {
            message_ids,
            sender,
            case_ref,
            sequence,
            at,
        } => {
            for id in message_ids {
                sqlx::query(
                    "UPDATE inbox SET state = 'applied', applied_at = ? WHERE message_id = ?",
                )
                .bind(format_time(*at))
                .bind(id.to_string())
                .execute(&mut *conn)
                .await?;
            }
            sqlx::query(
                "INSERT INTO inbox_sequences (sender, case_ref, applied) VALUES (?, ?, ?) \
                 ON CONFLICT (sender, case_ref) DO UPDATE SET applied = excluded.applied",
            )
            .bind(sender.to_string())
            .bind(case_ref.to_string())
            .bind(i64::try_from(*sequence).unwrap_or(i64::MAX))
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

fn uuid_of(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text).map_err(|e| StoreError::Corrupt(format!("`{text}` is not an id: {e}")))
}

/// A nullable time column.
fn time_column(r: &sqlx::sqlite::SqliteRow, name: &str) -> Result<Option<OffsetDateTime>> {
    r.try_get::<Option<String>, _>(name)?
        .as_deref()
        .map(parse_time)
        .transpose()
}

fn opt_uuid(text: Option<String>) -> Result<Option<Uuid>> {
    text.as_deref().map(uuid_of).transpose()
}

fn peer_of(r: &sqlx::sqlite::SqliteRow) -> Result<PeerRecord> {
    let country: String = r.try_get("country")?;
    let basis: String = r.try_get("legal_basis")?;
    Ok(PeerRecord {
        node_id: uuid_of(r.try_get("node_id")?)?,
        country: CountryCode::parse(&country).map_err(StoreError::Corrupt)?,
        name: r.try_get("name")?,
        url: r.try_get("url")?,
        legal_basis: LegalBasis::from_code(&basis)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown legal basis `{basis}`")))?,
        document: r.try_get("document")?,
        added_at: parse_time(r.try_get("added_at")?)?,
        removed_at: time_column(r, "removed_at")?,
    })
}

fn outbox_of(r: &sqlx::sqlite::SqliteRow) -> Result<OutboxEntry> {
    Ok(OutboxEntry {
        message_id: uuid_of(r.try_get("message_id")?)?,
        peer: uuid_of(r.try_get("peer")?)?,
        kind: r.try_get("kind")?,
        case_id: opt_uuid(r.try_get("case_id")?)?,
        referral_id: opt_uuid(r.try_get("referral_id")?)?,
        consent_id: opt_uuid(r.try_get("consent_id")?)?,
        sequence: u64::try_from(r.try_get::<i64, _>("sequence")?).unwrap_or(0),
        envelope: r.try_get("envelope")?,
        state: OutboxState::parse(r.try_get("state")?)?,
        attempts: u32::try_from(r.try_get::<i64, _>("attempts")?).unwrap_or(u32::MAX),
        next_attempt_at: parse_time(r.try_get("next_attempt_at")?)?,
        last_error: r.try_get("last_error")?,
        created_at: parse_time(r.try_get("created_at")?)?,
        expires_at: parse_time(r.try_get("expires_at")?)?,
        acknowledged_at: time_column(r, "acknowledged_at")?,
        receipt: r.try_get("receipt")?,
        opened_at: time_column(r, "opened_at")?,
    })
}

fn status_of(r: &sqlx::sqlite::SqliteRow) -> Result<OutboxStatus> {
    Ok(OutboxStatus {
        message_id: uuid_of(r.try_get("message_id")?)?,
        peer: uuid_of(r.try_get("peer")?)?,
        kind: r.try_get("kind")?,
        case_id: opt_uuid(r.try_get("case_id")?)?,
        referral_id: opt_uuid(r.try_get("referral_id")?)?,
        consent_id: opt_uuid(r.try_get("consent_id")?)?,
        sequence: u64::try_from(r.try_get::<i64, _>("sequence")?).unwrap_or(0),
        state: OutboxState::parse(r.try_get("state")?)?,
        attempts: u32::try_from(r.try_get::<i64, _>("attempts")?).unwrap_or(u32::MAX),
        next_attempt_at: parse_time(r.try_get("next_attempt_at")?)?,
        last_error: r.try_get("last_error")?,
        created_at: parse_time(r.try_get("created_at")?)?,
        expires_at: parse_time(r.try_get("expires_at")?)?,
        acknowledged_at: time_column(r, "acknowledged_at")?,
        opened_at: time_column(r, "opened_at")?,
        warned_at: time_column(r, "warned_at")?,
        alerted_at: time_column(r, "alerted_at")?,
    })
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn inbox_of(r: &sqlx::sqlite::SqliteRow) -> Result<InboxEntry> {
    let state: String = r.try_get("state")?;
    Ok(InboxEntry {
        message_id: uuid_of(r.try_get("message_id")?)?,
        sender: uuid_of(r.try_get("sender")?)?,
        kind: r.try_get("kind")?,
        case_ref: opt_uuid(r.try_get("case_ref")?)?,
        sequence: u64::try_from(r.try_get::<i64, _>("sequence")?).unwrap_or(0),
        envelope: r.try_get("envelope")?,
        digest: r.try_get("digest")?,
        received_at: parse_time(r.try_get("received_at")?)?,
        state: if state == "applied" {
            InboxState::Applied
        } else {
            InboxState::Waiting
        },
        receipt: r.try_get("receipt")?,
        applied_at: time_column(r, "applied_at")?,
    })
}

fn handover_of(r: &sqlx::sqlite::SqliteRow) -> Result<HandoverRecord> {
    let public: Vec<u8> = r.try_get("old_public")?;
    Ok(HandoverRecord {
        node_id: uuid_of(r.try_get("node_id")?)?,
        old_key_id: r.try_get("old_key_id")?,
        old_public: public
            .as_slice()
            .try_into()
            .map_err(|_| StoreError::Corrupt("a handover's old key is not 32 bytes".into()))?,
        new_key_id: r.try_get("new_key_id")?,
        valid_until: parse_time(r.try_get("valid_until")?)?,
        handover: r.try_get("handover")?,
        recorded_at: parse_time(r.try_get("recorded_at")?)?,
    })
}

impl Store {
    /// The key handovers of a node (this one or a peer), oldest first.
    pub async fn handovers(&self, node_id: Uuid) -> Result<Vec<HandoverRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM key_handovers WHERE node_id = ? ORDER BY valid_until, old_key_id",
        )
        .bind(node_id.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(handover_of).collect()
    }

    /// The handover in which `node_id` rotated out the key `old_key_id`, if any.
    pub async fn handover(
        &self,
        node_id: Uuid,
        old_key_id: &str,
    ) -> Result<Option<HandoverRecord>> {
        let row = sqlx::query("SELECT * FROM key_handovers WHERE node_id = ? AND old_key_id = ?")
            .bind(node_id.to_string())
            .bind(old_key_id)
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.as_ref().map(handover_of).transpose()
    }

    /// Every peer, trusted or removed.
    pub async fn peers(&self) -> Result<Vec<PeerRecord>> {
        let rows = sqlx::query("SELECT * FROM peers ORDER BY country, name")
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter().map(peer_of).collect()
    }

    pub async fn peer(&self, node_id: Uuid) -> Result<Option<PeerRecord>> {
        let row = sqlx::query("SELECT * FROM peers WHERE node_id = ?")
            .bind(node_id.to_string())
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.as_ref().map(peer_of).transpose()
    }

    /// Messages due for a delivery attempt, oldest first.
    pub async fn outbox_due(&self, now: OffsetDateTime, limit: u32) -> Result<Vec<OutboxEntry>> {
        let rows = sqlx::query(
            "SELECT o.*, e.envelope FROM outbox o JOIN outbox_envelopes e USING (message_id) \
             WHERE o.state = 'queued' AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.message_id LIMIT ?",
        )
        .bind(format_time(now))
        .bind(i64::from(limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(outbox_of).collect()
    }

    /// How many messages are in each state.
    pub async fn outbox_counts(&self) -> Result<std::collections::BTreeMap<String, u64>> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT state, COUNT(*) FROM outbox GROUP BY state")
                .fetch_all(&mut *self.readers.get().await)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(s, n)| (s, u64::try_from(n).unwrap_or(0)))
            .collect())
    }

    /// When the next queued message is due, if any.
    pub async fn outbox_next_due(&self) -> Result<Option<OffsetDateTime>> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued'")
                .fetch_optional(&mut *self.readers.get().await)
                .await?;
        row.and_then(|(t,)| t)
            .as_deref()
            .map(parse_time)
            .transpose()
    }

    /// Outbox messages, by state (all when `None`), newest first.
    pub async fn outbox(&self, state: Option<OutboxState>, limit: u32) -> Result<Vec<OutboxEntry>> {
        let rows = sqlx::query(
            "SELECT o.*, e.envelope FROM outbox o JOIN outbox_envelopes e USING (message_id) \
             WHERE (?1 IS NULL OR o.state = ?1) ORDER BY o.created_at DESC, o.message_id DESC LIMIT ?2",
        )
        .bind(state.map(OutboxState::code))
        .bind(i64::from(limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(outbox_of).collect()
    }

    /// Outbox messages without their envelopes, newest first.
    pub async fn outbox_status(&self, filter: &OutboxFilter) -> Result<Vec<OutboxStatus>> {
        let rows = sqlx::query(&format!(
            "SELECT {STATUS_COLUMNS} FROM outbox WHERE (?1 IS NULL OR state = ?1) AND (?2 IS NULL OR peer = ?2) \
             AND (?3 IS NULL OR created_at <= ?3) ORDER BY created_at DESC, message_id DESC LIMIT ?4"
        ))
        .bind(filter.state.map(OutboxState::code))
        .bind(filter.peer.map(|p| p.to_string()))
        .bind(filter.created_before.map(format_time))
        .bind(i64::from(filter.limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(status_of).collect()
    }

    /// Every message sent or queued under a consent, revocation notices included.
    pub async fn outbox_of_consent(&self, consent: Uuid) -> Result<Vec<OutboxStatus>> {
        let rows = sqlx::query(&format!(
            "SELECT {STATUS_COLUMNS} FROM outbox WHERE consent_id = ? ORDER BY created_at, message_id"
        ))
        .bind(consent.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(status_of).collect()
    }

    /// Queued messages created at or before `created_before` whose warning (or, with
    /// `alert`, whose alert) has not been raised yet, oldest first.
    pub async fn outbox_to_raise(
        &self,
        alert: bool,
        created_before: OffsetDateTime,
        limit: u32,
    ) -> Result<Vec<OutboxStatus>> {
        let raised = if alert { "alerted_at" } else { "warned_at" };
        let rows = sqlx::query(&format!(
            "SELECT {STATUS_COLUMNS} FROM outbox WHERE state = 'queued' AND {raised} IS NULL \
             AND created_at <= ? ORDER BY created_at, message_id LIMIT ?"
        ))
        .bind(format_time(created_before))
        .bind(i64::from(limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(status_of).collect()
    }

    /// The link to every peer that has messages: queued, late (created at or before
    /// `late_before`), stuck (at or before `stuck_before`), oldest unacknowledged, last
    /// acknowledged and the latest reason for failing.
    pub async fn peer_links(
        &self,
        late_before: OffsetDateTime,
        stuck_before: OffsetDateTime,
    ) -> Result<Vec<PeerLink>> {
        let rows = sqlx::query(
            "SELECT peer, \
               SUM(state = 'queued') AS queued, \
               SUM(state = 'queued' AND created_at <= ?1) AS late, \
               SUM(state = 'queued' AND created_at <= ?2) AS stuck, \
               MIN(CASE WHEN state = 'queued' THEN created_at END) AS oldest, \
               MAX(acknowledged_at) AS last_ack, \
               (SELECT o2.last_error FROM outbox o2 WHERE o2.peer = o.peer AND o2.state = 'queued' \
                  AND o2.last_error IS NOT NULL ORDER BY o2.attempts DESC, o2.created_at LIMIT 1) AS last_error \
             FROM outbox o GROUP BY peer",
        )
        .bind(format_time(late_before))
        .bind(format_time(stuck_before))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PeerLink {
                    peer: uuid_of(r.try_get("peer")?)?,
                    queued: count(r.try_get::<Option<i64>, _>("queued")?.unwrap_or(0)),
                    late: count(r.try_get::<Option<i64>, _>("late")?.unwrap_or(0)),
                    stuck: count(r.try_get::<Option<i64>, _>("stuck")?.unwrap_or(0)),
                    oldest_unacknowledged: time_column(r, "oldest")?,
                    last_acknowledged: time_column(r, "last_ack")?,
                    last_error: r.try_get("last_error")?,
                })
            })
            .collect()
    }

    pub async fn outbox_for_referral(&self, referral: Uuid) -> Result<Vec<OutboxEntry>> {
        let rows = sqlx::query(
            "SELECT o.*, e.envelope FROM outbox o JOIN outbox_envelopes e USING (message_id) \
             WHERE o.referral_id = ? ORDER BY o.sequence",
        )
        .bind(referral.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(outbox_of).collect()
    }

    /// The next sequence number for (peer, case reference).
    pub async fn next_sequence(&self, peer: Uuid, case_ref: Uuid) -> Result<u64> {
        let row: (Option<i64>,) =
            sqlx::query_as("SELECT MAX(sequence) FROM outbox WHERE peer = ? AND referral_id = ?")
                .bind(peer.to_string())
                .bind(case_ref.to_string())
                .fetch_one(&mut *self.readers.get().await)
                .await?;
        Ok(row.0.map_or(1, |n| u64::try_from(n).unwrap_or(0) + 1))
    }

    pub async fn inbox_entry(&self, message_id: Uuid) -> Result<Option<InboxEntry>> {
        let row = sqlx::query("SELECT * FROM inbox WHERE message_id = ?")
            .bind(message_id.to_string())
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.as_ref().map(inbox_of).transpose()
    }

    /// The last sequence applied for (sender, case reference); 0 when none.
    pub async fn applied_sequence(&self, sender: Uuid, case_ref: Uuid) -> Result<u64> {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT applied FROM inbox_sequences WHERE sender = ? AND case_ref = ?")
                .bind(sender.to_string())
                .bind(case_ref.to_string())
                .fetch_optional(&mut *self.readers.get().await)
                .await?;
        Ok(row.map_or(0, |(n,)| u64::try_from(n).unwrap_or(0)))
    }

    /// Messages of (sender, case reference) waiting for an earlier one, in sequence order.
    pub async fn inbox_waiting(&self, sender: Uuid, case_ref: Uuid) -> Result<Vec<InboxEntry>> {
        let rows = sqlx::query("SELECT * FROM inbox WHERE sender = ? AND case_ref = ? AND state = 'waiting' ORDER BY sequence")
            .bind(sender.to_string())
            .bind(case_ref.to_string())
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter().map(inbox_of).collect()
    }

    /// Every message received, newest first.
    pub async fn inbox(&self, limit: u32) -> Result<Vec<InboxEntry>> {
        let rows =
            sqlx::query("SELECT * FROM inbox ORDER BY received_at DESC, message_id DESC LIMIT ?")
                .bind(i64::from(limit))
                .fetch_all(&mut *self.readers.get().await)
                .await?;
        rows.iter().map(inbox_of).collect()
    }
}
