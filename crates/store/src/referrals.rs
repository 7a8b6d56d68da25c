//! Referrals and the versions of their documents. Writes go with a case change (an
//! outgoing referral changes its case's timeline) or on their own (a referral received
//! from another node, not yet a case here).

use sqlx::{Row, SqliteConnection};
use trm_domain::ids::{CaseId, OrganisationId, ReferralId};
use trm_domain::referral::{Direction, Referral, ReferralVersion, VersionState};

use crate::{Result, Sealer, Store, StoreError, format_time};

pub const REFERRALS: &str = "referrals";
pub const REFERRAL_VERSIONS: &str = "referral_versions";

/// A referral row and, optionally, the version written with it. A version is inserted,
/// or replaces a draft of the same number; a frozen version is never replaced.
#[derive(Debug, Clone)]
pub struct ReferralWrite {
    pub referral: Referral,
    pub version: Option<ReferralVersion>,
}

/// A referral and every version of its document, oldest first.
#[derive(Debug, Clone)]
pub struct ReferralRecord {
    pub referral: Referral,
    pub versions: Vec<ReferralVersion>,
}

fn version_key(id: ReferralId, version: u32) -> String {
    format!("{id}/{version}")
}

fn direction_code(d: Direction) -> &'static str {
    match d {
        Direction::Outgoing => "outgoing",
        Direction::Incoming => "incoming",
    }
}

pub(crate) async fn apply(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    write: &ReferralWrite,
) -> Result<()> {
    let r = &write.referral;
    let id = r.id.to_string();
    sqlx::query(
        "INSERT INTO referrals (id, case_id, holder_org, direction, counterpart, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, doc = excluded.doc",
    )
    .bind(&id)
    .bind(r.case_id.map(|c| c.to_string()))
    .bind(r.holder.to_string())
    .bind(direction_code(r.direction))
    .bind(r.counterpart.as_str())
    .bind(format_time(r.updated_at))
    .bind(sealer.seal(REFERRALS, &id, r)?)
    .execute(&mut *conn)
    .await?;
    if let Some(v) = &write.version {
        if v.referral_id != r.id {
            return Err(StoreError::Corrupt(
                "a version written with another referral".into(),
            ));
        }
        let key = version_key(r.id, v.version);
        let written = sqlx::query(
            "INSERT INTO referral_versions (id, referral_id, version, state, created_at, doc) VALUES (?, ?, ?, ?, ?, ?) \
             ON CONFLICT (id) DO UPDATE SET state = excluded.state, doc = excluded.doc WHERE referral_versions.state = 'draft'",
        )
        .bind(&key)
        .bind(&id)
        .bind(i64::from(v.version))
        .bind(v.state.code())
        .bind(format_time(v.created_at))
        .bind(sealer.seal(REFERRAL_VERSIONS, &key, v)?)
        .execute(&mut *conn)
        .await?;
        if written.rows_affected() != 1 {
            // Someone sent (froze) this version meanwhile.
            return Err(StoreError::Conflict);
        }
    }
    Ok(())
}

/// Erases the documents of a case's referrals (the person's data); the referral rows,
/// which say only that a referral went to a country, stay for the indicators.
pub(crate) async fn erase_for_case(conn: &mut SqliteConnection, case: CaseId) -> Result<()> {
    sqlx::query("DELETE FROM referral_versions WHERE referral_id IN (SELECT id FROM referrals WHERE case_id = ?)")
        .bind(case.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

impl Store {
    pub async fn referral(&self, id: ReferralId) -> Result<Option<ReferralRecord>> {
        let id_text = id.to_string();
        let rows = sqlx::query(
            "SELECT 0, id, doc FROM referrals WHERE id = ?1 \
             UNION ALL SELECT * FROM (SELECT 1, id, doc FROM referral_versions WHERE referral_id = ?1 ORDER BY version)",
        )
        .bind(&id_text)
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        let mut referral = None;
        let mut versions = Vec::new();
        for row in &rows {
            let kind: i64 = row.try_get(0)?;
            let row_id: &str = row.try_get(1)?;
            let doc: &[u8] = row.try_get(2)?;
            match kind {
                0 => referral = Some(self.sealer.open::<Referral>(REFERRALS, row_id, doc)?),
                _ => versions.push(self.sealer.open::<ReferralVersion>(
                    REFERRAL_VERSIONS,
                    row_id,
                    doc,
                )?),
            }
        }
        Ok(referral.map(|referral| ReferralRecord { referral, versions }))
    }

    /// The referrals about a case, newest first, without their documents.
    pub async fn referrals_of_case(&self, case: CaseId) -> Result<Vec<Referral>> {
        let rows = sqlx::query("SELECT id, doc FROM referrals WHERE case_id = ? ORDER BY id DESC")
            .bind(case.to_string())
            .fetch_all(&mut *self.readers.get().await)
            .await?;
        rows.iter()
            .map(|r| {
                self.sealer
                    .open::<Referral>(REFERRALS, r.get::<&str, _>(0), r.get::<&[u8], _>(1))
            })
            .collect()
    }

    /// The referrals an organisation holds, most recently changed first, with the state
    /// of their latest version.
    pub async fn referrals_of(
        &self,
        holder: OrganisationId,
        limit: u32,
    ) -> Result<Vec<(Referral, Option<(u32, VersionState)>)>> {
        let rows = sqlx::query(
            "SELECT r.id, r.doc, v.version, v.state FROM referrals r \
             LEFT JOIN referral_versions v ON v.referral_id = r.id \
               AND v.version = (SELECT MAX(version) FROM referral_versions WHERE referral_id = r.id) \
             WHERE r.holder_org = ? ORDER BY r.updated_at DESC, r.id DESC LIMIT ?",
        )
        .bind(holder.to_string())
        .bind(i64::from(limit))
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter()
            .map(|r| {
                let referral = self.sealer.open::<Referral>(
                    REFERRALS,
                    r.get::<&str, _>(0),
                    r.get::<&[u8], _>(1),
                )?;
                let latest = match (r.get::<Option<i64>, _>(2), r.get::<Option<String>, _>(3)) {
                    (Some(v), Some(state)) => {
                        Some((u32::try_from(v).unwrap_or(0), state_of(&state)?))
                    }
                    _ => None,
                };
                Ok((referral, latest))
            })
            .collect()
    }
}

fn state_of(code: &str) -> Result<VersionState> {
    match code {
        "draft" => Ok(VersionState::Draft),
        "sent" => Ok(VersionState::Sent),
        "received" => Ok(VersionState::Received),
        other => Err(StoreError::Corrupt(format!(
            "unknown referral version state `{other}`"
        ))),
    }
}

impl Store {
    /// How many referrals about each case were sent from this node (at least one version
    /// sent), for the analysts' export.
    pub async fn referrals_sent_per_case(&self) -> Result<std::collections::HashMap<CaseId, u32>> {
        let rows = sqlx::query(
            "SELECT r.case_id, COUNT(DISTINCT r.id) FROM referrals r JOIN referral_versions v ON v.referral_id = r.id \
             WHERE r.direction = 'outgoing' AND v.state = 'sent' AND r.case_id IS NOT NULL GROUP BY r.case_id",
        )
        .fetch_all(&mut *self.readers.get().await)
        .await?;
        rows.iter()
            .map(|r| {
                let id: &str = r.try_get(0)?;
                let count: i64 = r.try_get(1)?;
                let id = CaseId::parse(id).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                Ok((id, u32::try_from(count).unwrap_or(u32::MAX)))
            })
            .collect()
    }
}
