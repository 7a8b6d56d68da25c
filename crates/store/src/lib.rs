//! Persistence for an OpenTRM node: SQLite through sqlx.
//!
//! Reads go through a small pool. Every write goes through one writer task that owns the
//! only writing connection: it takes all the changes waiting, applies each in its own
//! savepoint (so one bad change fails alone), and commits them with a single fsync
//! (group commit). A change is acknowledged only after that commit, with
//! `synchronous=FULL` in WAL mode, so an acknowledged write survives `kill -9` and a
//! power cut.

mod accounts;
mod audit;
mod checkpointer;
mod exchange;
mod migrations;
mod referrals;
mod requests;
mod rows;
mod sealing;
mod writer;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, QueryBuilder, Row, Sqlite};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use tokio::sync::{Mutex, MutexGuard, mpsc, oneshot};
use trm_domain::Sop;
use trm_domain::access::CaseShare;
use trm_domain::audit::AuditEvent;
use trm_domain::case::Case;
use trm_domain::codes::{CountryCode, PersonStatus};
use trm_domain::consent::ConsentRecord;
use trm_domain::ids::{CaseId, OrganisationId, UserId};
use trm_domain::measure::Measure;
use trm_domain::org::{Organisation, User};
use trm_domain::timeline::CaseEvent;

pub use accounts::{AccountChange, LoginRecord, SpentFactor, TokenKind, TokenRecord, Totp};
pub use audit::{AuditRecord, Checkpoint};
pub use exchange::{
    ExchangeChange, HandoverRecord, InboxEntry, InboxState, OutboxEntry, OutboxFilter, OutboxState,
    OutboxStatus, PeerLink, PeerRecord,
};
pub use migrations::MIGRATIONS;
pub use referrals::{ReferralRecord, ReferralWrite};
pub use requests::{Delivery, ReceivedVersion, RequestFacts, RequestRecord, RequestWrite};

/// Where values sealed under the data key are kept: the "tables" `Store::stale_sealed`
/// and `Change::Reseal` take, which key rotation must go through, every one of them.
pub const SEALED_TABLES: [&str; 8] = [
    "cases",
    "measures",
    "consents",
    "case_shares",
    referrals::REFERRALS,
    referrals::REFERRAL_VERSIONS,
    accounts::TOTP_SECRETS,
    requests::REQUESTS,
];
pub use sealing::Sealer;
pub use trm_crypto::{KeyId, Keyring};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the record was changed by someone else meanwhile (version conflict)")]
    Conflict,
    #[error("`{0}` is already taken")]
    Duplicate(&'static str),
    /// A one-time code (a TOTP step, a recovery code) was used already.
    #[error("the one-time code was used already")]
    Spent,
    #[error("a stored record could not be read back: {0}")]
    Corrupt(String),
    #[error("the node's database writer has stopped")]
    WriterGone,
    #[error("{0} is not an OpenTRM database: {1}")]
    NotADatabase(PathBuf, String),
    #[error("a sealed record cannot be opened without the node's data key")]
    Sealed,
    #[error("a record is sealed under data key {0}, which is not in the keyring")]
    UnknownKey(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The node's own identity, written once by `trm init`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeRecord {
    pub node_id: uuid::Uuid,
    pub organisation: OrganisationId,
    pub country: CountryCode,
    pub name: String,
    pub created_at: OffsetDateTime,
}

/// One unit of change, applied atomically (all of it or none of it).
#[derive(Debug, Clone)]
pub enum Change {
    InitNode(NodeRecord),
    CreateOrganisation(Organisation),
    CreateUser {
        user: User,
        password_hash: String,
    },
    Case(Box<CaseChange>),
    /// A referral received from another node, not (yet) about a case held here.
    Referral(Box<ReferralWrite>),
    /// Peers, the outbox and the inbox of the federation.
    Exchange(Box<ExchangeChange>),
    /// A request to or from another node, inserted or updated as a whole.
    Request(Box<RequestWrite>),
    /// Logins, second factors, sessions and API tokens (see `accounts.rs`).
    Account(AccountChange),
    AuditCheckpoint(Checkpoint),
    /// Replaces a sealed document by the same document sealed under the current key,
    /// if the row still holds `expect` (see `trm keys rotate-data`).
    Reseal {
        table: &'static str,
        id: String,
        expect: Vec<u8>,
        doc: Vec<u8>,
    },
    /// Several changes applied together: all of them or none (a batch of a key
    /// rotation, committed with the one audit entry that records it).
    Batch(Vec<Change>),
}

/// A case and what changed with it: the case row (inserted when `expected_version` is
/// None, otherwise updated only if still at that version), the measures and consents
/// written with it, and the timeline events that record the change.
#[derive(Debug, Clone)]
pub struct CaseChange {
    pub case: Case,
    pub expected_version: Option<u32>,
    pub measures: Vec<Measure>,
    pub consents: Vec<ConsentRecord>,
    pub shares: Vec<CaseShare>,
    pub referrals: Vec<ReferralWrite>,
    /// Set when the person's data is erased: the referral documents go too.
    pub erase_referrals: bool,
    /// Messages to other nodes that this change causes (the transactional outbox).
    pub outbox: Vec<OutboxEntry>,
    pub events: Vec<CaseEvent>,
}

impl CaseChange {
    /// A change to what is kept beside a case (a measure, a consent): the case moves to
    /// its next version, guarded by the version it was read at.
    pub fn beside(read: &Case, now: OffsetDateTime, event: CaseEvent) -> CaseChange {
        CaseChange {
            case: read.touched(now),
            expected_version: Some(read.version),
            measures: Vec::new(),
            consents: Vec::new(),
            shares: Vec::new(),
            referrals: Vec::new(),
            erase_referrals: false,
            outbox: Vec::new(),
            events: vec![event],
        }
    }

    /// A new case with the event that opened it.
    pub fn open(case: Case, event: CaseEvent) -> CaseChange {
        CaseChange {
            case,
            expected_version: None,
            measures: Vec::new(),
            consents: Vec::new(),
            shares: Vec::new(),
            referrals: Vec::new(),
            erase_referrals: false,
            outbox: Vec::new(),
            events: vec![event],
        }
    }
}

/// Filters of the case list; every one is optional.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    /// Only cases this reader might see (held by, shared with, or in the guardianship
    /// of); need-to-know is decided again per case by the domain.
    pub visible_to: Option<Reader>,
    pub status: Option<PersonStatus>,
    pub child: Option<bool>,
    pub sop: Option<Sop>,
    pub overdue: bool,
    /// Only cases this user manages.
    pub managed_by: Option<UserId>,
    /// Cursor: only cases created before this one (the list is newest first).
    pub before: Option<CaseId>,
    pub limit: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct Reader {
    pub user: UserId,
    pub organisation: OrganisationId,
}

#[derive(Debug, Clone)]
pub struct CaseRecord {
    pub case: Case,
    pub measures: Vec<Measure>,
    pub consents: Vec<ConsentRecord>,
    /// Every grant of access to the case, open or closed.
    pub shares: Vec<CaseShare>,
}

#[derive(Clone)]
pub struct Store {
    readers: Arc<Readers>,
    writer: mpsc::Sender<writer::Job>,
    sealer: Sealer,
    /// Off only in the benchmark's comparison runs (`trm bench api`), which measure what
    /// the audit trail costs; no configuration can turn it off.
    audit_enabled: bool,
}

/// The connection settings every connection to a node database uses: WAL and a full
/// fsync on each commit. The raw-SQLite benchmark uses the same ones.
pub fn connect_options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        .disable_statement_logging()
}

const READ_CONNECTIONS: usize = 4;

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub async fn open(path: &Path, sealer: Sealer) -> Result<Store> {
        let mut conn = connect_options(path).connect().await?;
        migrations::apply(&mut conn)
            .await
            .map_err(|e| StoreError::NotADatabase(path.to_owned(), e.to_string()))?;
        // Checkpoints run beside the writer, never inside a commit (see checkpointer.rs).
        sqlx::query("PRAGMA wal_autocheckpoint = 0")
            .execute(&mut conn)
            .await?;
        let writer = writer::spawn(conn, sealer.clone());
        checkpointer::spawn(
            connect_options(path)
                .create_if_missing(false)
                .connect()
                .await?,
            writer.downgrade(),
        );
        let mut conns = Vec::with_capacity(READ_CONNECTIONS);
        for _ in 0..READ_CONNECTIONS {
            conns.push(Mutex::new(
                connect_options(path)
                    .create_if_missing(false)
                    .connect()
                    .await?,
            ));
        }
        let readers = Arc::new(Readers {
            conns,
            next: AtomicUsize::new(0),
        });
        Ok(Store {
            readers,
            writer,
            sealer,
            audit_enabled: true,
        })
    }

    /// A store that drops audit entries: for the benchmark's comparison run only.
    pub fn without_audit_for_benchmark(mut self) -> Store {
        self.audit_enabled = false;
        self
    }

    pub fn sealer(&self) -> &Sealer {
        &self.sealer
    }

    /// Applies one change durably; returns after it is committed and synced. For changes
    /// that touch no personal data (node setup, sessions); the rest go through
    /// [`Store::write_audited`].
    pub async fn write(&self, change: Change) -> Result<()> {
        self.submit(Some(change), Vec::new()).await
    }

    /// Applies a change and appends its audit entries in the same transaction: both are
    /// committed, or neither.
    pub async fn write_audited(&self, change: Change, audit: Vec<AuditEvent>) -> Result<()> {
        self.submit(Some(change), audit).await
    }

    /// Appends audit entries (for reads: call before the data is returned).
    pub async fn audit(&self, audit: Vec<AuditEvent>) -> Result<()> {
        if audit.is_empty() {
            return Ok(());
        }
        self.submit(None, audit).await
    }

    async fn submit(&self, change: Option<Change>, mut audit: Vec<AuditEvent>) -> Result<()> {
        if !self.audit_enabled {
            audit.clear();
            if change.is_none() {
                return Ok(());
            }
        }
        let (done, result) = oneshot::channel();
        self.writer
            .send(writer::Job {
                change,
                audit,
                done,
            })
            .await
            .map_err(|_| StoreError::WriterGone)?;
        result.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Lets go of this handle's connections; the last handle to go closes them (and
    /// SQLite checkpoints the WAL). Writes already acknowledged are on disk either way.
    pub async fn close(self) {
        drop(self);
    }

    pub async fn node(&self) -> Result<Option<NodeRecord>> {
        let row = sqlx::query("SELECT node_id, organisation_id, country, name, created_at FROM node WHERE singleton = 1")
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.map(|r| {
            Ok(NodeRecord {
                node_id: uuid::Uuid::from_str(r.get::<&str, _>(0)).map_err(corrupt)?,
                organisation: OrganisationId::parse(r.get::<&str, _>(1)).map_err(corrupt)?,
                country: CountryCode::parse(r.get::<&str, _>(2)).map_err(StoreError::Corrupt)?,
                name: r.get(3),
                created_at: parse_time(r.get::<&str, _>(4))?,
            })
        })
        .transpose()
    }

    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        let rows = sqlx::query("SELECT doc FROM organisations ORDER BY name")
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter().map(|r| rows::doc(r, 0)).collect()
    }

    pub async fn organisation(&self, id: OrganisationId) -> Result<Option<Organisation>> {
        let row = sqlx::query("SELECT doc FROM organisations WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.map(|r| rows::doc(&r, 0)).transpose()
    }

    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query("SELECT doc FROM users ORDER BY username")
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter().map(|r| rows::doc(r, 0)).collect()
    }

    pub async fn user(&self, id: UserId) -> Result<Option<User>> {
        let row = sqlx::query("SELECT doc FROM users WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.map(|r| rows::doc(&r, 0)).transpose()
    }

    /// The user and their password hash, for login.
    pub async fn user_by_username(&self, username: &str) -> Result<Option<(User, String)>> {
        let row = sqlx::query("SELECT doc, password_hash FROM users WHERE username = ?")
            .bind(username)
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        row.map(|r| Ok((rows::doc(&r, 0)?, r.get(1)))).transpose()
    }

    pub async fn case(&self, id: CaseId) -> Result<Option<CaseRecord>> {
        // One round trip: the case, its measures, consents and grants as rows of one
        // query, told apart by the first column.
        let id_text = id.to_string();
        let rows = sqlx::query(
            "SELECT 0, id, doc FROM cases WHERE id = ?1 \
             UNION ALL SELECT * FROM (SELECT 1, id, doc FROM measures WHERE case_id = ?1 ORDER BY sop, id) \
             UNION ALL SELECT * FROM (SELECT 2, id, doc FROM consents WHERE case_id = ?1 ORDER BY id) \
             UNION ALL SELECT * FROM (SELECT 3, id, doc FROM case_shares WHERE case_id = ?1 ORDER BY id)",
        )
        .bind(&id_text)
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        let mut case = None;
        let (mut measures, mut consents, mut shares) = (Vec::new(), Vec::new(), Vec::new());
        for row in &rows {
            let kind: i64 = row.try_get(0)?;
            let row_id: &str = row.try_get(1)?;
            let doc: &[u8] = row.try_get(2)?;
            match kind {
                0 => case = Some(self.sealer.open::<Case>("cases", row_id, doc)?),
                1 => measures.push(self.sealer.open("measures", row_id, doc)?),
                2 => consents.push(self.sealer.open("consents", row_id, doc)?),
                _ => shares.push(self.sealer.open("case_shares", row_id, doc)?),
            }
        }
        Ok(case.map(|case| CaseRecord {
            case,
            measures,
            consents,
            shares,
        }))
    }

    /// Cases matching the filter, newest first.
    pub async fn cases(&self, filter: &CaseFilter, today: Date) -> Result<Vec<CaseRecord>> {
        let today = format_date(today);
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT c.id FROM cases c WHERE 1 = 1");
        if let Some(reader) = filter.visible_to {
            let (user, org) = (reader.user.to_string(), reader.organisation.to_string());
            q.push(" AND (c.holder_org = ")
                .push_bind(org.clone())
                .push(" OR c.guardian_user = ")
                .push_bind(user.clone())
                .push(" OR EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.grantee_id IN (")
                .push_bind(org)
                .push(", ")
                .push_bind(user)
                .push(")))");
        }
        if let Some(manager) = filter.managed_by {
            q.push(" AND c.case_manager = ")
                .push_bind(manager.to_string());
        }
        if let Some(status) = filter.status {
            q.push(" AND c.status = ").push_bind(status.code());
        }
        if let Some(child) = filter.child {
            // Mirrors Person::is_child: under 18 by date, or no date and not estimated adult.
            q.push(if child { " AND " } else { " AND NOT " });
            q.push("((c.date_of_birth IS NOT NULL AND c.date_of_birth > date(")
                .push_bind(today.clone())
                .push(", '-18 years')) OR (c.date_of_birth IS NULL AND coalesce(c.age_estimate, 'unknown') <> 'over_18'))");
        }
        if let Some(sop) = filter.sop {
            q.push(" AND EXISTS (SELECT 1 FROM measures m WHERE m.case_id = c.id AND m.sop = ")
                .push_bind(i64::from(sop.number()))
                .push(")");
        }
        if filter.overdue {
            q.push(" AND EXISTS (SELECT 1 FROM measures m WHERE m.case_id = c.id AND m.status IN ('planned', 'in_progress') AND m.due_on < ")
                .push_bind(today.clone())
                .push(")");
        }
        if let Some(before) = filter.before {
            q.push(" AND c.id < ").push_bind(before.to_string());
        }
        q.push(" ORDER BY c.id DESC LIMIT ")
            .push_bind(i64::from(filter.limit));
        let ids: Vec<String> = q
            .build()
            .fetch_all(&mut *self.readers.get().await)
            .await?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let id = CaseId::parse(&id).map_err(corrupt)?;
            if let Some(record) = self.case(id).await? {
                out.push(record);
            }
        }
        Ok(out)
    }

    /// Every unrestricted case an organisation holds, each with its measures, in one
    /// query (for exports that read them all).
    pub async fn held_cases_with_measures(
        &self,
        holder: OrganisationId,
    ) -> Result<Vec<(Case, Vec<Measure>)>> {
        let rows = sqlx::query(
            "SELECT 0 AS kind, c.id AS case_id, c.id AS row_id, c.doc FROM cases c \
               WHERE c.holder_org = ?1 AND c.restricted = 0 \
             UNION ALL SELECT 1, m.case_id, m.id, m.doc FROM measures m JOIN cases c ON c.id = m.case_id \
               WHERE c.holder_org = ?1 AND c.restricted = 0 \
             ORDER BY case_id, kind, row_id",
        )
        .bind(holder.to_string())
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        let mut out: Vec<(Case, Vec<Measure>)> = Vec::new();
        for row in &rows {
            let kind: i64 = row.try_get(0)?;
            let row_id: &str = row.try_get(2)?;
            let doc: &[u8] = row.try_get(3)?;
            if kind == 0 {
                out.push((self.sealer.open("cases", row_id, doc)?, Vec::new()));
            } else if let Some((_, measures)) = out.last_mut() {
                measures.push(self.sealer.open("measures", row_id, doc)?);
            }
        }
        Ok(out)
    }

    /// Every case, opened; for indicators and retention runs.
    pub async fn all_cases(&self) -> Result<Vec<Case>> {
        let rows = sqlx::query("SELECT id, doc FROM cases ORDER BY id")
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter()
            .map(|r| self.sealer.open("cases", r.try_get(0)?, r.try_get(1)?))
            .collect()
    }

    /// Closed cases not yet anonymised, closed on or before `closed_by`.
    pub async fn closed_cases(&self, closed_by: Date) -> Result<Vec<CaseId>> {
        sqlx::query("SELECT id FROM cases WHERE closed_on IS NOT NULL AND closed_on <= ? AND anonymised = 0 ORDER BY id")
            .bind(format_date(closed_by))
            .fetch_all(&mut *self.readers.get().await)
            .await?
            .iter()
            .map(|r| CaseId::parse(r.get::<&str, _>(0)).map_err(corrupt))
            .collect()
    }

    /// Up to `limit` sealed documents of `table` not sealed under `current` (plain ones
    /// included), after row id `after`: the next batch for `trm keys rotate-data`.
    pub async fn stale_sealed(
        &self,
        table: &'static str,
        current: KeyId,
        after: &str,
        limit: usize,
    ) -> Result<Vec<(String, Vec<u8>)>> {
        let sql = match table {
            "cases" => "SELECT id, doc FROM cases WHERE id > ? ORDER BY id LIMIT ?",
            "measures" => "SELECT id, doc FROM measures WHERE id > ? ORDER BY id LIMIT ?",
            "consents" => "SELECT id, doc FROM consents WHERE id > ? ORDER BY id LIMIT ?",
            "case_shares" => "SELECT id, doc FROM case_shares WHERE id > ? ORDER BY id LIMIT ?",
            referrals::REFERRALS => {
                "SELECT id, doc FROM referrals WHERE id > ? ORDER BY id LIMIT ?"
            }
            referrals::REFERRAL_VERSIONS => {
                "SELECT id, doc FROM referral_versions WHERE id > ? ORDER BY id LIMIT ?"
            }
            accounts::TOTP_SECRETS => accounts::STALE_TOTP_SECRETS_SQL,
            requests::REQUESTS => "SELECT id, doc FROM requests WHERE id > ? ORDER BY id LIMIT ?",
            other => {
                return Err(StoreError::Corrupt(format!(
                    "{other} holds no sealed documents"
                )));
            }
        };
        let mut out = Vec::new();
        let mut cursor = after.to_owned();
        // Scan forward until a batch of stale rows is found or the table ends.
        loop {
            let rows = sqlx::query(sql)
                .bind(&cursor)
                .bind(2_000i64)
                .fetch_all(&mut *self.readers.get().await)
                .await?;
            let Some(last) = rows.last() else { break };
            cursor = last.get::<String, _>(0);
            for r in &rows {
                let doc: Vec<u8> = r.get(1);
                if Sealer::key_of(&doc) != Some(current) {
                    out.push((r.get::<String, _>(0), doc));
                    if out.len() >= limit {
                        return Ok(out);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Reseals one stored document under the current key (same row, same table).
    pub fn reseal(&self, table: &'static str, id: &str, stored: &[u8]) -> Result<Change> {
        let plain = self.sealer.open_bytes(table, id, stored)?;
        let value: serde_json::Value = serde_json::from_slice(&plain).map_err(corrupt)?;
        Ok(Change::Reseal {
            table,
            id: id.to_owned(),
            expect: stored.to_vec(),
            doc: self.sealer.seal(table, id, &value)?,
        })
    }

    pub async fn timeline(&self, case: CaseId) -> Result<Vec<CaseEvent>> {
        sqlx::query("SELECT doc FROM case_events WHERE case_id = ? ORDER BY id")
            .bind(case.to_string())
            .fetch_all(&mut *self.readers.get().await)
            .await?
            .iter()
            .map(|r| rows::doc(r, 0))
            .collect()
    }

    pub async fn count_cases(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT count(*) FROM cases")
            .fetch_one(&mut *self.readers.get().await)
            .await?
            .get(0))
    }
}

/// The read connections. Each is lent to one query at a time; a plain lock per
/// connection costs fewer thread wake-ups per query than a general-purpose pool.
struct Readers {
    conns: Vec<Mutex<SqliteConnection>>,
    next: AtomicUsize,
}

impl Readers {
    /// A free connection if there is one, else the next in turn once it is free.
    async fn get(&self) -> MutexGuard<'_, SqliteConnection> {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..self.conns.len() {
            if let Ok(guard) = self.conns[(start + i) % self.conns.len()].try_lock() {
                return guard;
            }
        }
        self.conns[start % self.conns.len()].lock().await
    }
}

pub(crate) fn format_time(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_default()
}
/// RFC 3339 in UTC with nanoseconds always written: fixed width, so the text sorts
/// as the time does (the outbox compares due times in SQL).
pub(crate) fn format_sortable(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.nanosecond()
    )
}
pub(crate) fn parse_time(s: &str) -> Result<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).map_err(corrupt)
}
pub(crate) fn format_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}
pub(crate) fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

/// Benchmark helper: inserts each row as its own committed transaction with the node's
/// durability settings, and returns the rows per second. This is the limit a node that
/// commits once per request cannot pass.
pub async fn raw_single_commit_rate(path: &Path, docs: &[String]) -> Result<f64> {
    let mut conn = connect_options(path).connect().await?;
    sqlx::query("CREATE TABLE IF NOT EXISTS raw_cases (id TEXT PRIMARY KEY, doc TEXT NOT NULL)")
        .execute(&mut conn)
        .await?;
    let start = std::time::Instant::now();
    for (i, doc) in docs.iter().enumerate() {
        let mut tx = conn.begin().await?;
        sqlx::query("INSERT INTO raw_cases (id, doc) VALUES (?, ?)")
            .bind(format!("{i:08}"))
            .bind(doc)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    let rate = docs.len() as f64 / start.elapsed().as_secs_f64();
    conn.close().await?;
    Ok(rate)
}
