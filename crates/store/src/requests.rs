//! Requests between nodes and their replies (`trm_domain::request`). Each request is one
//! sealed document, bound to its row id; the columns beside it are for lists and counts.

use sqlx::{Row, SqliteConnection};
use time::{Date, OffsetDateTime};
use trm_domain::codes::CountryCode;
use trm_domain::ids::{CaseId, OrganisationId, ReferralId, RequestId};
use trm_domain::referral::{Direction, Referral};
use trm_domain::request::{Request, RequestKind};
use uuid::Uuid;

use crate::{Result, Sealer, Store, StoreError, corrupt, format_date, format_sortable, parse_time};

pub const REQUESTS: &str = "requests";

/// A request and what travels with it: the peer node, the envelopes that carried it and
/// its reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestWrite {
    pub request: Request,
    pub peer: Uuid,
    pub message_id: Option<Uuid>,
    pub reply_message_id: Option<Uuid>,
}

/// A request as read back, with the receipt time of its envelope (outgoing requests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    pub request: Request,
    pub peer: Uuid,
    pub message_id: Option<Uuid>,
    pub reply_message_id: Option<Uuid>,
    pub delivered_at: Option<OffsetDateTime>,
}

/// One request without its document: what the response-time statistics count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestFacts {
    pub direction: Direction,
    pub counterpart: CountryCode,
    pub kind: RequestKind,
    pub due_by: Date,
    pub sent_at: OffsetDateTime,
    pub answered_at: Option<OffsetDateTime>,
}

/// The delivery of one message carrying a referral version, from the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub message_id: Uuid,
    pub kind: String,
    pub state: crate::OutboxState,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub created_at: OffsetDateTime,
    pub acknowledged_at: Option<OffsetDateTime>,
    pub opened_at: Option<OffsetDateTime>,
    pub expires_at: OffsetDateTime,
}

/// A referral version received from the other country, for the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedVersion {
    pub referral: Referral,
    pub version: u32,
    pub received_at: OffsetDateTime,
    /// A later version was sent back from here.
    pub answered: bool,
}

fn direction_code(d: Direction) -> &'static str {
    match d {
        Direction::Outgoing => "outgoing",
        Direction::Incoming => "incoming",
    }
}

fn opt_time(t: Option<OffsetDateTime>) -> Option<String> {
    t.map(format_sortable)
}

pub(crate) async fn apply(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    write: &RequestWrite,
) -> Result<()> {
    let r = &write.request;
    let id = r.id.to_string();
    let dispatched = r.dispatched_to.unwrap_or(trm_domain::request::Dispatch {
        organisation: None,
        user: None,
    });
    sqlx::query(
        "INSERT INTO requests (id, referral_id, case_id, direction, peer, counterpart, kind, due_by, sent_at, received_at, \
         message_id, reply_message_id, opened_at, dispatched_org, dispatched_user, dispatched_at, answered_at, outcome, doc) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (id) DO UPDATE SET message_id = excluded.message_id, reply_message_id = excluded.reply_message_id, \
         opened_at = excluded.opened_at, dispatched_org = excluded.dispatched_org, dispatched_user = excluded.dispatched_user, \
         dispatched_at = excluded.dispatched_at, answered_at = excluded.answered_at, outcome = excluded.outcome, doc = excluded.doc",
    )
    .bind(&id)
    .bind(r.referral_id.to_string())
    .bind(r.case_id.map(|c| c.to_string()))
    .bind(direction_code(r.direction))
    .bind(write.peer.to_string())
    .bind(r.counterpart.as_str())
    .bind(r.kind.as_str())
    .bind(format_date(r.due_by))
    .bind(format_sortable(r.sent_at))
    .bind(opt_time(r.received_at))
    .bind(write.message_id.map(|u| u.to_string()))
    .bind(write.reply_message_id.map(|u| u.to_string()))
    .bind(opt_time(r.opened_at))
    .bind(dispatched.organisation.map(|o| o.to_string()))
    .bind(dispatched.user.map(|u| u.to_string()))
    .bind(opt_time(r.dispatched_at))
    .bind(opt_time(r.answered_at))
    .bind(r.reply.as_ref().map(|x| x.outcome.code()))
    .bind(sealer.seal(REQUESTS, &id, r)?)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Erases the requests about a case's person: those about the case and those about its
/// referrals.
pub(crate) async fn erase_for_case(conn: &mut SqliteConnection, case: CaseId) -> Result<()> {
    sqlx::query(
        "DELETE FROM requests WHERE case_id = ?1 OR referral_id IN (SELECT id FROM referrals WHERE case_id = ?1)",
    )
    .bind(case.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

const SELECT: &str = "SELECT q.id, q.doc, q.peer, q.message_id, q.reply_message_id, o.acknowledged_at \
     FROM requests q LEFT JOIN outbox o ON o.message_id = q.message_id AND o.state = 'acknowledged'";

fn uuid_opt(text: Option<String>) -> Result<Option<Uuid>> {
    text.map(|t| Uuid::parse_str(&t).map_err(corrupt))
        .transpose()
}

impl Store {
    fn request_of(&self, row: &sqlx::sqlite::SqliteRow) -> Result<RequestRecord> {
        let id: &str = row.try_get(0)?;
        let doc: &[u8] = row.try_get(1)?;
        let peer: &str = row.try_get(2)?;
        Ok(RequestRecord {
            request: self.sealer.open::<Request>(REQUESTS, id, doc)?,
            peer: Uuid::parse_str(peer).map_err(corrupt)?,
            message_id: uuid_opt(row.try_get(3)?)?,
            reply_message_id: uuid_opt(row.try_get(4)?)?,
            delivered_at: row
                .try_get::<Option<String>, _>(5)?
                .as_deref()
                .map(parse_time)
                .transpose()?,
        })
    }

    pub async fn request(&self, id: RequestId) -> Result<Option<RequestRecord>> {
        let row = sqlx::query(&format!("{SELECT} WHERE q.id = ?"))
            .bind(id.to_string())
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.as_ref().map(|r| self.request_of(r)).transpose()
    }

    /// The requests about a referral, both directions, oldest first.
    pub async fn requests_of_referral(&self, referral: ReferralId) -> Result<Vec<RequestRecord>> {
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE q.referral_id = ? ORDER BY q.sent_at, q.id"
        ))
        .bind(referral.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(|r| self.request_of(r)).collect()
    }

    /// What came from abroad about the referrals `holder` holds: requests received and
    /// requests sent that were answered, newest first.
    pub async fn requests_for_inbox(
        &self,
        holder: OrganisationId,
        limit: u32,
    ) -> Result<Vec<RequestRecord>> {
        let rows = sqlx::query(&format!(
            "{SELECT} JOIN referrals r ON r.id = q.referral_id \
             WHERE r.holder_org = ? AND (q.direction = 'incoming' OR q.answered_at IS NOT NULL) \
             ORDER BY COALESCE(q.received_at, q.answered_at) DESC LIMIT ?"
        ))
        .bind(holder.to_string())
        .bind(i64::from(limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(|r| self.request_of(r)).collect()
    }

    /// Every request's countable facts, without its document.
    pub async fn request_facts(&self) -> Result<Vec<RequestFacts>> {
        let rows = sqlx::query(
            "SELECT direction, counterpart, kind, due_by, sent_at, answered_at FROM requests",
        )
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter()
            .map(|r| {
                let direction: &str = r.try_get(0)?;
                let due: &str = r.try_get(3)?;
                Ok(RequestFacts {
                    direction: if direction == "incoming" {
                        Direction::Incoming
                    } else {
                        Direction::Outgoing
                    },
                    counterpart: CountryCode::parse(r.try_get(1)?).map_err(StoreError::Corrupt)?,
                    kind: RequestKind::parse(r.try_get(2)?).map_err(StoreError::Corrupt)?,
                    due_by: Date::parse(
                        due,
                        time::macros::format_description!("[year]-[month]-[day]"),
                    )
                    .map_err(corrupt)?,
                    sent_at: parse_time(r.try_get(4)?)?,
                    answered_at: r
                        .try_get::<Option<String>, _>(5)?
                        .as_deref()
                        .map(parse_time)
                        .transpose()?,
                })
            })
            .collect()
    }

    /// The deliveries of the messages that carried a referral's versions, oldest first:
    /// one query on that referral's outbox rows, envelopes left on disk.
    pub async fn referral_deliveries(&self, referral: ReferralId) -> Result<Vec<Delivery>> {
        let rows = sqlx::query(
            "SELECT message_id, kind, state, attempts, last_error, created_at, acknowledged_at, opened_at, expires_at \
             FROM outbox WHERE referral_id = ? AND kind IN ('referral', 'follow_up') ORDER BY sequence",
        )
        .bind(referral.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        let time_opt = |r: &sqlx::sqlite::SqliteRow, i: usize| -> Result<Option<OffsetDateTime>> {
            r.try_get::<Option<String>, _>(i)?
                .as_deref()
                .map(parse_time)
                .transpose()
        };
        rows.iter()
            .map(|r| {
                Ok(Delivery {
                    message_id: Uuid::parse_str(r.try_get(0)?).map_err(corrupt)?,
                    kind: r.try_get(1)?,
                    state: crate::exchange::OutboxState::parse(r.try_get(2)?)?,
                    attempts: u32::try_from(r.try_get::<i64, _>(3)?).unwrap_or(u32::MAX),
                    last_error: r.try_get(4)?,
                    created_at: parse_time(r.try_get(5)?)?,
                    acknowledged_at: time_opt(r, 6)?,
                    opened_at: time_opt(r, 7)?,
                    expires_at: parse_time(r.try_get(8)?)?,
                })
            })
            .collect()
    }

    /// The versions `holder`'s referrals received from the other country, newest first,
    /// without their documents.
    pub async fn received_versions(
        &self,
        holder: OrganisationId,
        limit: u32,
    ) -> Result<Vec<ReceivedVersion>> {
        let rows = sqlx::query(
            "SELECT r.id, r.doc, v.version, v.created_at, EXISTS (SELECT 1 FROM referral_versions w \
               WHERE w.referral_id = v.referral_id AND w.version > v.version AND w.state = 'sent') \
             FROM referral_versions v JOIN referrals r ON r.id = v.referral_id \
             WHERE r.holder_org = ? AND v.state = 'received' ORDER BY v.created_at DESC LIMIT ?",
        )
        .bind(holder.to_string())
        .bind(i64::from(limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ReceivedVersion {
                    referral: self.sealer.open::<Referral>(
                        crate::referrals::REFERRALS,
                        r.try_get(0)?,
                        r.try_get(1)?,
                    )?,
                    version: u32::try_from(r.try_get::<i64, _>(2)?).unwrap_or(0),
                    received_at: parse_time(r.try_get(3)?)?,
                    answered: r.try_get::<bool, _>(4)?,
                })
            })
            .collect()
    }

    /// The requests about a case's person, for the subject access export.
    pub async fn requests_of_case(&self, case: CaseId) -> Result<Vec<RequestRecord>> {
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE q.case_id = ?1 OR q.referral_id IN (SELECT id FROM referrals WHERE case_id = ?1) \
             ORDER BY q.sent_at, q.id"
        ))
        .bind(case.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter().map(|r| self.request_of(r)).collect()
    }
}
