//! Copies the write-ahead log into the database file in the background.
//!
//! Left to itself SQLite checkpoints inside the commit that crosses 1,000 pages of log:
//! that commit then writes and fsyncs the database file, and every request waiting on the
//! writer waits with it (we saw 200 ms commits under load). The writer turns automatic
//! checkpoints off; this task runs PASSIVE checkpoints on its own connection, which never
//! block the writer or the readers.

use std::time::Duration;

use sqlx::{Row, SqliteConnection};
use tokio::sync::mpsc::WeakSender;

use crate::writer::Job;

const EVERY: Duration = Duration::from_millis(500);
const SLOW: Duration = Duration::from_millis(50);

pub(crate) fn spawn(mut conn: SqliteConnection, writer: WeakSender<Job>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            // The store is gone once no handle can write; the last connection to close
            // checkpoints what is left.
            if writer.upgrade().is_none() {
                break;
            }
            let started = std::time::Instant::now();
            let outcome = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .fetch_one(&mut conn)
                .await;
            let took = started.elapsed();
            if took > SLOW {
                tracing::info!(ms = took.as_millis() as u64, "slow background checkpoint");
            }
            match outcome {
                Ok(row) => {
                    let busy: i64 = row.try_get(0).unwrap_or(0);
                    if busy != 0 {
                        tracing::debug!("checkpoint could not run: database busy");
                    }
                }
                Err(e) => tracing::warn!(error = %e, "background checkpoint failed"),
            }
        }
    });
}
