//! Forward-only schema migrations, embedded in the binary and applied at start.

use sqlx::{Connection, Row, SqliteConnection};

/// (version, name, SQL). Append only: never edit a migration that has shipped.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial", include_str!("../migrations/0001_initial.sql")),
    (
        2,
        "security",
        include_str!("../migrations/0002_security.sql"),
    ),
    (
        3,
        "accounts",
        include_str!("../migrations/0003_accounts.sql"),
    ),
    (
        4,
        "referrals",
        include_str!("../migrations/0004_referrals.sql"),
    ),
    (
        5,
        "exchange",
        include_str!("../migrations/0005_exchange.sql"),
    ),
    (
        6,
        "peer_keys",
        include_str!("../migrations/0006_peer_keys.sql"),
    ),
    (
        7,
        "requests",
        include_str!("../migrations/0007_requests.sql"),
    ),
    (
        9,
        "outbox_alerts",
        include_str!("../migrations/0009_outbox_alerts.sql"),
    ),
    (
        10,
        "outbox_envelopes",
        include_str!("../migrations/0010_outbox_envelopes.sql"),
    ),
    (
        11,
        "case_manager",
        include_str!("../migrations/0011_case_manager.sql"),
    ),
];

pub(crate) async fn apply(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )
    .execute(&mut *conn)
    .await?;
    let applied: Vec<i64> = sqlx::query("SELECT version FROM schema_migrations ORDER BY version")
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for (version, name, sql) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        let mut tx = conn.begin().await?;
        sqlx::raw_sql(sql).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))")
            .bind(version)
            .bind(name)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(version, name, "applied migration");
    }
    Ok(())
}
