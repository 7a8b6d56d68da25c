//! Reading the audit log and its checkpoints. Entries are appended only by the writer
//! (see writer.rs), inside the transaction of the change they record.

use sqlx::Row;
use time::OffsetDateTime;
use trm_domain::audit::{AuditEvent, ChainBreak, ChainVerifier, Hash, StoredEntry};
use trm_domain::ids::CaseId;

use crate::{Result, Store, StoreError, corrupt, format_time, parse_time};

/// An entry as read back.
#[derive(Debug, Clone)]
pub struct AuditRecord {
    pub seq: u64,
    pub event: AuditEvent,
}

/// A signed statement of the chain head at `seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub seq: u64,
    pub at: OffsetDateTime,
    pub head: Hash,
    pub public_key: [u8; 32],
    pub signature: [u8; 64],
}

/// Rows read per query while verifying.
const VERIFY_PAGE: i64 = 5_000;

fn hash_of(bytes: &[u8]) -> Result<Hash> {
    bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt("a stored hash is not 32 bytes".into()))
}

impl Store {
    /// The entries after `after_seq`, oldest first.
    pub async fn audit_entries(&self, after_seq: u64, limit: u32) -> Result<Vec<AuditRecord>> {
        let rows = sqlx::query("SELECT seq, doc FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?")
            .bind(after_seq as i64)
            .bind(i64::from(limit))
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter().map(record).collect()
    }

    /// Every entry about one case, oldest first: who opened it, when, and why.
    pub async fn audit_for_case(&self, case: CaseId) -> Result<Vec<AuditRecord>> {
        let rows = sqlx::query("SELECT seq, doc FROM audit_log WHERE case_id = ? ORDER BY seq")
            .bind(case.to_string())
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter().map(record).collect()
    }

    /// The number of entries and the hash of the last one, as stored.
    pub async fn audit_head(&self) -> Result<(u64, Hash)> {
        let head = crate::writer::chain_head(&mut *self.readers.get().await).await?;
        Ok((head.seq, head.hash))
    }

    pub async fn add_checkpoint(&self, checkpoint: Checkpoint) -> Result<()> {
        self.write(crate::Change::AuditCheckpoint(checkpoint)).await
    }

    /// The entry the latest checkpoint vouches for (0 when there is none).
    pub async fn last_checkpoint_seq(&self) -> Result<u64> {
        let seq: Option<i64> = sqlx::query("SELECT max(seq) FROM audit_checkpoints")
            .fetch_one(&mut *self.readers.get().await)
            .await?
            .get(0);
        Ok(seq.unwrap_or(0) as u64)
    }

    pub async fn checkpoints(&self) -> Result<Vec<Checkpoint>> {
        let rows = sqlx::query(
            "SELECT seq, at, head_hash, public_key, signature FROM audit_checkpoints ORDER BY seq",
        )
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Checkpoint {
                    seq: r.get::<i64, _>(0) as u64,
                    at: parse_time(r.get(1))?,
                    head: hash_of(r.get(2))?,
                    public_key: r.get::<&[u8], _>(3).try_into().map_err(corrupt)?,
                    signature: r.get::<&[u8], _>(4).try_into().map_err(corrupt)?,
                })
            })
            .collect()
    }

    /// Recomputes the whole chain and checks it against the checkpoints (whose
    /// signatures the caller has verified). Returns the number of entries and the head,
    /// or the first broken link.
    pub async fn verify_audit(
        &self,
        checkpoints: &[Checkpoint],
    ) -> Result<std::result::Result<(u64, Hash), ChainBreak>> {
        let mut verifier = ChainVerifier::new();
        let mut pending = checkpoints.iter().peekable();
        let mut after = 0i64;
        loop {
            // Read by rowid order, not by trusting seq to be contiguous: a gap or a
            // duplicate must show up as a break, not be skipped.
            let rows = sqlx::query(
                "SELECT seq, prev_hash, hash, doc FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
            )
            .bind(after)
            .bind(VERIFY_PAGE)
            .fetch_all(&mut *self.readers.get().await)
            .await?;
            if rows.is_empty() {
                break;
            }
            for r in &rows {
                let seq: i64 = r.get(0);
                after = seq;
                let entry = StoredEntry {
                    seq: seq as u64,
                    prev_hash: hash_of(r.get(1)).unwrap_or([0xff; 32]),
                    hash: hash_of(r.get(2)).unwrap_or([0xff; 32]),
                    doc: r.get::<Vec<u8>, _>(3),
                };
                if let Err(e) = verifier.push(&entry) {
                    return Ok(Err(e));
                }
                while let Some(cp) = pending.next_if(|cp| cp.seq <= entry.seq) {
                    if cp.seq == entry.seq && cp.head != entry.hash {
                        return Ok(Err(ChainBreak::Checkpoint {
                            seq: cp.seq,
                            problem: "vouches for a different entry than the one stored there"
                                .into(),
                        }));
                    }
                }
            }
        }
        if let Some(cp) = pending.next() {
            let (count, _) = verifier.head();
            return Ok(Err(ChainBreak::Checkpoint {
                seq: cp.seq,
                problem: format!(
                    "lies beyond the end of the log ({count} entries): entries were removed from the end"
                ),
            }));
        }
        Ok(Ok(verifier.head()))
    }
}

fn record(r: &sqlx::sqlite::SqliteRow) -> Result<AuditRecord> {
    let doc: &[u8] = r.try_get(1)?;
    Ok(AuditRecord {
        seq: r.try_get::<i64, _>(0)? as u64,
        event: serde_json::from_slice(doc).map_err(corrupt)?,
    })
}

pub(crate) async fn insert_checkpoint(
    conn: &mut sqlx::SqliteConnection,
    cp: &Checkpoint,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_checkpoints (seq, at, head_hash, public_key, signature) VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT (seq) DO NOTHING",
    )
    .bind(cp.seq as i64)
    .bind(format_time(cp.at))
    .bind(&cp.head[..])
    .bind(&cp.public_key[..])
    .bind(&cp.signature[..])
    .execute(conn)
    .await?;
    Ok(())
}
