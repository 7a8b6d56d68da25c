//! The single writer: group commit with one savepoint per change.

use sqlx::{Connection, SqliteConnection};
use tokio::sync::{mpsc, oneshot};
use trm_domain::case::Case;

use crate::rows::to_doc;
use crate::{CaseChange, Change, Result, StoreError, format_date, format_time};

pub struct Job {
    pub change: Change,
    pub done: oneshot::Sender<Result<()>>,
}

/// How many changes one commit may carry. Large enough to absorb bursts, small enough
/// that the first change of a batch is not kept waiting long.
const MAX_BATCH: usize = 512;
const QUEUE: usize = 4096;
/// A commit slower than this is logged: it holds up every request waiting on the writer.
const SLOW_COMMIT: std::time::Duration = std::time::Duration::from_millis(50);

pub(crate) fn spawn(conn: SqliteConnection) -> mpsc::Sender<Job> {
    let (tx, rx) = mpsc::channel(QUEUE);
    tokio::spawn(run(conn, rx));
    tx
}

async fn run(mut conn: SqliteConnection, mut rx: mpsc::Receiver<Job>) {
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
        let outcomes = commit_batch(&mut conn, &batch).await;
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
async fn commit_batch(conn: &mut SqliteConnection, batch: &[Job]) -> Vec<Result<()>> {
    let outcome = match try_commit_all(conn, batch).await {
        Ok(true) => Ok(batch.iter().map(|_| Ok(())).collect()),
        Ok(false) => try_commit_isolated(conn, batch).await,
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
async fn try_commit_all(conn: &mut SqliteConnection, batch: &[Job]) -> Result<bool> {
    let mut tx = conn.begin().await?;
    for job in batch {
        if apply(&mut tx, &job.change).await.is_err() {
            tx.rollback().await?;
            return Ok(false);
        }
    }
    tx.commit().await?;
    Ok(true)
}

async fn try_commit_isolated(
    conn: &mut SqliteConnection,
    batch: &[Job],
) -> Result<Vec<Result<()>>> {
    let mut tx = conn.begin().await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for job in batch {
        let mut savepoint = tx.begin().await?;
        match apply(&mut savepoint, &job.change).await {
            Ok(()) => {
                savepoint.commit().await?;
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

async fn apply(conn: &mut SqliteConnection, change: &Change) -> Result<()> {
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
        Change::Case(change) => apply_case(conn, change).await?,
        Change::Account(change) => crate::accounts::apply(conn, change).await?,
    }
    Ok(())
}

async fn apply_case(conn: &mut SqliteConnection, change: &CaseChange) -> Result<()> {
    let case: &Case = &change.case;
    let doc = to_doc(case)?;
    let dob = case.person.date_of_birth.map(format_date);
    let estimate = case.person.age_estimate.map(|a| a.code());
    match change.expected_version {
        None => {
            sqlx::query(
                "INSERT INTO cases (id, holder_org, status, date_of_birth, age_estimate, version, created_at, updated_at, doc) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(case.id.to_string())
            .bind(case.holder.to_string())
            .bind(case.status.code())
            .bind(dob)
            .bind(estimate)
            .bind(i64::from(case.version))
            .bind(format_time(case.created_at))
            .bind(format_time(case.updated_at))
            .bind(doc)
            .execute(&mut *conn)
            .await
            .map_err(|e| unique_violation(e, "case id"))?;
        }
        Some(expected) => {
            let updated = sqlx::query(
                "UPDATE cases SET status = ?, date_of_birth = ?, age_estimate = ?, version = ?, updated_at = ?, doc = ? \
                 WHERE id = ? AND version = ?",
            )
            .bind(case.status.code())
            .bind(dob)
            .bind(estimate)
            .bind(i64::from(case.version))
            .bind(format_time(case.updated_at))
            .bind(doc)
            .bind(case.id.to_string())
            .bind(i64::from(expected))
            .execute(&mut *conn)
            .await?;
            if updated.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
        }
    }
    for m in &change.measures {
        sqlx::query(
            "INSERT INTO measures (id, case_id, code, sop, status, due_on, doc) VALUES (?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (id) DO UPDATE SET status = excluded.status, due_on = excluded.due_on, doc = excluded.doc",
        )
        .bind(m.id.to_string())
        .bind(m.case_id.to_string())
        .bind(m.code.as_str())
        .bind(i64::from(m.sop.number()))
        .bind(m.status.code())
        .bind(m.due_on.map(format_date))
        .bind(to_doc(m)?)
        .execute(&mut *conn)
        .await?;
    }
    for c in &change.consents {
        sqlx::query("INSERT INTO consents (id, case_id, doc) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc")
            .bind(c.id.to_string())
            .bind(c.case_id.to_string())
            .bind(to_doc(c)?)
            .execute(&mut *conn)
            .await?;
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
