//! The single writer: group commit with one savepoint per change.

use sqlx::{Connection, Row, SqliteConnection};
use tokio::sync::{mpsc, oneshot};
use trm_domain::access::Grantee;
use trm_domain::audit::{AuditEvent, GENESIS, Hash, entry_hash};
use trm_domain::case::Case;

use crate::rows::to_doc;
use crate::sealing::Sealer;
use crate::{CaseChange, Change, Result, StoreError, format_date, format_time};

pub struct Job {
    pub change: Option<Change>,
    /// Appended to the audit log in the same transaction as the change.
    pub audit: Vec<AuditEvent>,
    pub done: oneshot::Sender<Result<()>>,
}

/// The end of the audit chain: the last sequence number and its hash.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ChainHead {
    pub(crate) seq: u64,
    pub(crate) hash: Hash,
}

/// Reads the chain head inside the write transaction, so another process writing to
/// the same database (a CLI command beside the server) continues the same chain.
pub(crate) async fn chain_head(conn: &mut SqliteConnection) -> Result<ChainHead> {
    let row = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        None => ChainHead {
            seq: 0,
            hash: GENESIS,
        },
        Some(r) => ChainHead {
            seq: r.get::<i64, _>(0) as u64,
            hash: r
                .get::<&[u8], _>(1)
                .try_into()
                .map_err(|_| StoreError::Corrupt("the audit chain head is not 32 bytes".into()))?,
        },
    })
}

async fn append_audit(
    conn: &mut SqliteConnection,
    head: &mut ChainHead,
    events: &[AuditEvent],
) -> Result<()> {
    for event in events {
        let doc = event.to_doc();
        let seq = head.seq + 1;
        let hash = entry_hash(&head.hash, seq, &doc);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, case_id, action, doc, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(seq as i64)
        .bind(format_time(event.at))
        .bind(event.case.map(|c| c.to_string()))
        .bind(serde_json::to_value(event.action).ok().and_then(|v| v.as_str().map(str::to_owned)))
        .bind(doc)
        .bind(&head.hash[..])
        .bind(&hash[..])
        .execute(&mut *conn)
        .await?;
        *head = ChainHead { seq, hash };
    }
    Ok(())
}

async fn apply_job(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    head: &mut ChainHead,
    job: &Job,
) -> Result<()> {
    if let Some(change) = &job.change {
        apply(conn, sealer, change).await?;
    }
    append_audit(conn, head, &job.audit).await
}

/// How many changes one commit may carry. Large enough to absorb bursts, small enough
/// that the first change of a batch is not kept waiting long.
const MAX_BATCH: usize = 512;
const QUEUE: usize = 4096;
/// A commit slower than this is logged: it holds up every request waiting on the writer.
const SLOW_COMMIT: std::time::Duration = std::time::Duration::from_millis(50);

pub(crate) fn spawn(conn: SqliteConnection, sealer: Sealer) -> mpsc::Sender<Job> {
    let (tx, rx) = mpsc::channel(QUEUE);
    tokio::spawn(run(conn, sealer, rx));
    tx
}

async fn run(mut conn: SqliteConnection, sealer: Sealer, mut rx: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = rx.recv().await {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let started = std::time::Instant::now();
        let outcomes = commit_batch(&mut conn, &sealer, &batch).await;
        let took = started.elapsed();
        if took > SLOW_COMMIT {
            tracing::warn!(
                ms = took.as_millis() as u64,
                changes = batch.len(),
                "slow group commit"
            );
        }
        for (job, outcome) in batch.drain(..).zip(outcomes) {
            // The caller may have gone (client hung up); the write stands either way.
            let _ = job.done.send(outcome);
        }
    }
    if let Err(e) = conn.close().await {
        tracing::warn!(error = %e, "closing the writer connection failed");
    }
}

/// Commits a batch with one fsync. Fast path: every change in one plain transaction.
/// If any change fails, that transaction is rolled back and the batch is applied again
/// with one savepoint per change, so the failing change fails alone and the others
/// still commit. Returns one outcome per job; if the commit itself fails, every job fails.
async fn commit_batch(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    batch: &[Job],
) -> Vec<Result<()>> {
    let outcome = match try_commit_all(conn, sealer, batch).await {
        Ok(true) => Ok(batch.iter().map(|_| Ok(())).collect()),
        Ok(false) => try_commit_isolated(conn, sealer, batch).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(outcomes) => outcomes,
        Err(e) => {
            tracing::error!(error = %e, jobs = batch.len(), "group commit failed");
            let message = e.to_string();
            batch
                .iter()
                .map(|_| Err(StoreError::Database(sqlx::Error::Protocol(message.clone()))))
                .collect()
        }
    }
}

/// Ok(true) when every change applied and the batch committed; Ok(false) when a change
/// failed and the batch was rolled back.
async fn try_commit_all(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    batch: &[Job],
) -> Result<bool> {
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    let mut head = chain_head(&mut tx).await?;
    for job in batch {
        if apply_job(&mut tx, sealer, &mut head, job).await.is_err() {
            tx.rollback().await?;
            return Ok(false);
        }
    }
    tx.commit().await?;
    Ok(true)
}

async fn try_commit_isolated(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    batch: &[Job],
) -> Result<Vec<Result<()>>> {
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    let mut head = chain_head(&mut tx).await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for job in batch {
        let mut savepoint = tx.begin().await?;
        // The chain moves on only if this change's savepoint commits.
        let mut next = head;
        match apply_job(&mut savepoint, sealer, &mut next, job).await {
            Ok(()) => {
                savepoint.commit().await?;
                head = next;
                outcomes.push(Ok(()));
            }
            Err(e) => {
                savepoint.rollback().await?;
                outcomes.push(Err(e));
            }
        }
    }
    tx.commit().await?;
    Ok(outcomes)
}

fn unique_violation(e: sqlx::Error, what: &'static str) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Duplicate(what),
        _ => StoreError::Database(e),
    }
}

async fn apply(conn: &mut SqliteConnection, sealer: &Sealer, change: &Change) -> Result<()> {
    match change {
        Change::InitNode(node) => {
            sqlx::query(
                "INSERT INTO node (singleton, node_id, organisation_id, country, name, created_at) VALUES (1, ?, ?, ?, ?, ?)",
            )
                .bind(node.node_id.to_string())
                .bind(node.organisation.to_string())
                .bind(node.country.as_str())
                .bind(&node.name)
                .bind(format_time(node.created_at))
                .execute(&mut *conn)
                .await
                .map_err(|e| unique_violation(e, "node"))?;
        }
        Change::CreateOrganisation(org) => {
            sqlx::query(
                "INSERT INTO organisations (id, name, kind, country, doc) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(org.id.to_string())
            .bind(&org.name)
            .bind(org.kind.code())
            .bind(org.country.as_str())
            .bind(to_doc(org)?)
            .execute(&mut *conn)
            .await
            .map_err(|e| unique_violation(e, "organisation id"))?;
        }
        Change::CreateUser {
            user,
            password_hash,
        } => {
            sqlx::query(
                "INSERT INTO users (id, organisation_id, username, role, password_hash, doc) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(user.id.to_string())
            .bind(user.organisation.to_string())
            .bind(user.username.as_str())
            .bind(user.role.code())
            .bind(password_hash)
            .bind(to_doc(user)?)
            .execute(&mut *conn)
            .await
            .map_err(|e| unique_violation(e, "username"))?;
        }
        Change::Case(change) => apply_case(conn, sealer, change).await?,
        Change::Referral(write) => crate::referrals::apply(conn, sealer, write).await?,
        Change::Exchange(change) => crate::exchange::apply(conn, change).await?,
        Change::Request(write) => crate::requests::apply(conn, sealer, write).await?,
        Change::Account(change) => crate::accounts::apply(conn, sealer, change).await?,
        Change::AuditCheckpoint(cp) => crate::audit::insert_checkpoint(conn, cp).await?,
        Change::Reseal {
            table,
            id,
            expect,
            doc,
        } => {
            let sql = match *table {
                "cases" => "UPDATE cases SET doc = ?1 WHERE id = ?2 AND doc = ?3",
                "measures" => "UPDATE measures SET doc = ?1 WHERE id = ?2 AND doc = ?3",
                "consents" => "UPDATE consents SET doc = ?1 WHERE id = ?2 AND doc = ?3",
                "case_shares" => "UPDATE case_shares SET doc = ?1 WHERE id = ?2 AND doc = ?3",
                "referrals" => "UPDATE referrals SET doc = ?1 WHERE id = ?2 AND doc = ?3",
                "referral_versions" => {
                    "UPDATE referral_versions SET doc = ?1 WHERE id = ?2 AND doc = ?3"
                }
                crate::accounts::TOTP_SECRETS => crate::accounts::RESEAL_TOTP_SECRET_SQL,
                "requests" => "UPDATE requests SET doc = ?1 WHERE id = ?2 AND doc = ?3",
                other => {
                    return Err(StoreError::Corrupt(format!(
                        "{other} holds no sealed documents"
                    )));
                }
            };
            // Skipped (not failed) when the row changed meanwhile: the new value was
            // sealed under the current key already.
            sqlx::query(sql)
                .bind(doc)
                .bind(id)
                .bind(expect)
                .execute(&mut *conn)
                .await?;
        }
        Change::Batch(changes) => {
            for change in changes {
                Box::pin(apply(conn, sealer, change)).await?;
            }
        }
    }
    Ok(())
}

async fn apply_case(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    change: &CaseChange,
) -> Result<()> {
    let case: &Case = &change.case;
    let case_id = case.id.to_string();
    let doc = sealer.seal("cases", &case_id, case)?;
    let dob = case.person.date_of_birth.map(format_date);
    let estimate = case.person.age_estimate.map(|a| a.code());
    let guardian = case
        .guardian
        .as_ref()
        .and_then(|g| g.user)
        .map(|u| u.to_string());
    let restricted = case.restriction.is_some();
    let closed_on = case.closed_on.map(format_date);
    let anonymised = case.anonymised_at.is_some();
    let manager = case.case_manager.map(|u| u.to_string());
    match change.expected_version {
        None => {
            sqlx::query(
                "INSERT INTO cases (id, holder_org, status, date_of_birth, age_estimate, version, created_at, updated_at, doc, \
                 guardian_user, restricted, closed_on, anonymised, case_manager) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&case_id)
            .bind(case.holder.to_string())
            .bind(case.status.code())
            .bind(dob)
            .bind(estimate)
            .bind(i64::from(case.version))
            .bind(format_time(case.created_at))
            .bind(format_time(case.updated_at))
            .bind(doc)
            .bind(guardian)
            .bind(restricted)
            .bind(closed_on)
            .bind(anonymised)
            .bind(&manager)
            .execute(&mut *conn)
            .await
            .map_err(|e| unique_violation(e, "case id"))?;
        }
        Some(expected) => {
            let updated = sqlx::query(
                "UPDATE cases SET status = ?, date_of_birth = ?, age_estimate = ?, version = ?, updated_at = ?, doc = ?, \
                 guardian_user = ?, restricted = ?, closed_on = ?, anonymised = ?, case_manager = ? WHERE id = ? AND version = ?",
            )
            .bind(case.status.code())
            .bind(dob)
            .bind(estimate)
            .bind(i64::from(case.version))
            .bind(format_time(case.updated_at))
            .bind(doc)
            .bind(guardian)
            .bind(restricted)
            .bind(closed_on)
            .bind(anonymised)
            .bind(&manager)
            .bind(&case_id)
            .bind(i64::from(expected))
            .execute(&mut *conn)
            .await?;
            if updated.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
        }
    }
    for m in &change.measures {
        let id = m.id.to_string();
        sqlx::query(
            "INSERT INTO measures (id, case_id, code, sop, status, due_on, doc) VALUES (?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (id) DO UPDATE SET status = excluded.status, due_on = excluded.due_on, doc = excluded.doc",
        )
        .bind(&id)
        .bind(m.case_id.to_string())
        .bind(m.code.as_str())
        .bind(i64::from(m.sop.number()))
        .bind(m.status.code())
        .bind(m.due_on.map(format_date))
        .bind(sealer.seal("measures", &id, m)?)
        .execute(&mut *conn)
        .await?;
    }
    for c in &change.consents {
        let id = c.id.to_string();
        sqlx::query("INSERT INTO consents (id, case_id, doc) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc")
            .bind(&id)
            .bind(c.case_id.to_string())
            .bind(sealer.seal("consents", &id, c)?)
            .execute(&mut *conn)
            .await?;
    }
    for s in &change.shares {
        let id = s.id.to_string();
        let (grantee_kind, grantee_id) = match s.grantee {
            Grantee::Organisation(o) => ("organisation", o.to_string()),
            Grantee::User(u) => ("user", u.to_string()),
        };
        sqlx::query(
            "INSERT INTO case_shares (id, case_id, kind, grantee_kind, grantee_id, doc) VALUES (?, ?, ?, ?, ?, ?) \
             ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
        )
        .bind(&id)
        .bind(s.case_id.to_string())
        .bind(serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(str::to_owned)))
        .bind(grantee_kind)
        .bind(grantee_id)
        .bind(sealer.seal("case_shares", &id, s)?)
        .execute(&mut *conn)
        .await?;
    }
    for r in &change.referrals {
        crate::referrals::apply(conn, sealer, r).await?;
    }
    for entry in &change.outbox {
        crate::exchange::apply(conn, &crate::ExchangeChange::Enqueue(entry.clone())).await?;
    }
    if change.erase_referrals {
        crate::referrals::erase_for_case(conn, case.id).await?;
        crate::requests::erase_for_case(conn, case.id).await?;
    }
    for e in &change.events {
        sqlx::query("INSERT INTO case_events (id, case_id, at, doc) VALUES (?, ?, ?, ?)")
            .bind(e.id.to_string())
            .bind(e.case_id.to_string())
            .bind(format_time(e.at))
            .bind(to_doc(e)?)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
