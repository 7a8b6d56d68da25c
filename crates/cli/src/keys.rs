//! `trm keys rotate-data`: a new data key, every sealed record moved under it in
//! batches while the node keeps running, then the old keys retired.
//!
//! Resumable: the new key is saved to the key file before anything is sealed under it,
//! so after a crash the key file holds the old keys and the new current one. A keyring
//! that holds any key besides the current one is an unfinished rotation, and running
//! the command again continues it (it moves what is left and retires the old keys)
//! instead of adding yet another key.

use std::path::Path;

use time::OffsetDateTime;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_server::AppState;
use trm_store::{Change, KeyId};

use crate::locks::{sealing_lock_path, try_exclusive};
use crate::node::{CliError, DATA_KEYS_ENV};

pub const ROTATE_COMMAND: &str = "trm keys rotate-data";
/// The tables whose documents (and the columns whose values) are sealed under the data
/// key: the store's one list, TOTP secrets included.
pub use trm_store::SEALED_TABLES;
/// Whole passes over the tables before giving up on rows that keep being rewritten
/// under an old key.
const MAX_PASSES: usize = 3;

fn audit(subject: String) -> AuditEvent {
    AuditEvent::new(
        OffsetDateTime::now_utc(),
        AuditActor::Command {
            command: ROTATE_COMMAND.into(),
        },
        AuditAction::DataKeyRotated,
    )
    .subject(subject)
}

fn list(ids: &[KeyId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn rotate_data(data: &Path, batch: usize) -> Result<(), CliError> {
    if batch == 0 {
        return Err(CliError::Usage("--batch: must be at least 1".into()));
    }
    let data = crate::paths::node_dir(data)?;
    if std::env::var_os(DATA_KEYS_ENV).is_some() {
        return Err(CliError::Usage(format!(
            "the data keys come from the environment variable {DATA_KEYS_ENV}, which this command cannot rewrite; \
             rotate them in a key file (unset {DATA_KEYS_ENV} and keep the keys in data.keys or at `data_keys` in trm.toml), \
             then move them back to where {DATA_KEYS_ENV} is set from"
        )));
    }
    let config = crate::node::load_config(&data)?;
    let keys_path = config.data_keys_path(&data);
    let mut keyring = crate::node::load_keyring(&data, &config)?;
    let added = if keyring.ids().len() > 1 {
        None
    } else {
        let id = keyring.add_key(OffsetDateTime::now_utc())?;
        // Saved before anything is sealed under it: a crash from here on resumes with
        // this key.
        keyring.save(&keys_path)?;
        Some(id)
    };
    let current = keyring.current();
    let old: Vec<KeyId> = keyring
        .ids()
        .into_iter()
        .filter(|k| *k != current)
        .collect();
    match added {
        Some(id) => println!(
            "added data key {id} to {} and made it current",
            keys_path.display()
        ),
        None => println!(
            "continuing an unfinished rotation: data key {current} is current, old key(s) {} still held",
            list(&old)
        ),
    }

    let (_, state) = crate::node::open(&data).await?;
    if state.store.sealer().current_key() != Some(current) {
        return Err(CliError::Usage(format!(
            "{} changed while the rotation started (is another rotation running?); run the command again",
            keys_path.display()
        )));
    }
    if let Some(id) = added {
        state
            .store
            .audit(vec![audit(format!("added:{id}"))])
            .await?;
    }
    for k in &old {
        if try_exclusive(&sealing_lock_path(&data, *k))?.is_none() {
            println!(
                "note: a running process (a server started before this rotation?) still seals new records under data key {k}; \
                 they will stay under it until that process is restarted"
            );
        }
    }

    let mut total = 0;
    for _ in 0..MAX_PASSES {
        let moved = reseal_pass(&state, current, batch).await?;
        total += moved;
        if moved == 0 {
            break;
        }
    }
    let outcome = retire(&state, &data, &keys_path, &mut keyring, &old, total).await;
    state.store.close().await;
    outcome
}

/// Moves every record of every sealed table that is not under `current` yet; returns
/// how many were moved. A record changed by someone else between the read and the
/// write is left alone by the `Reseal` change (it is counted, and found again by the
/// next pass if it is still under an old key).
async fn reseal_pass(state: &AppState, current: KeyId, batch: usize) -> Result<usize, CliError> {
    let mut moved = 0;
    for table in SEALED_TABLES {
        let mut after = String::new();
        let mut in_table = 0;
        loop {
            let rows = state
                .store
                .stale_sealed(table, current, &after, batch)
                .await?;
            let Some((last, _)) = rows.last() else { break };
            after = last.clone();
            let changes = rows
                .iter()
                .map(|(id, doc)| state.store.reseal(table, id, doc))
                .collect::<Result<Vec<_>, _>>()?;
            let n = changes.len();
            state
                .store
                .write_audited(Change::Batch(changes), vec![audit(format!("{table}:{n}"))])
                .await?;
            in_table += n;
            moved += n;
            println!("{table}: {in_table} records resealed under data key {current}");
        }
    }
    Ok(moved)
}

/// Retires the old keys once no record is under them and no process seals under them.
async fn retire(
    state: &AppState,
    data: &Path,
    keys_path: &Path,
    keyring: &mut trm_crypto::Keyring,
    old: &[KeyId],
    moved: usize,
) -> Result<(), CliError> {
    if old.is_empty() {
        println!(
            "nothing to retire: data key {} is the only key",
            keyring.current()
        );
        return Ok(());
    }
    let current = keyring.current();
    // Held until the key file is saved: meanwhile nobody can start sealing under them.
    let mut held = Vec::new();
    let mut busy = Vec::new();
    for k in old {
        match try_exclusive(&sealing_lock_path(data, *k))? {
            Some(lock) => held.push(lock),
            None => busy.push(*k),
        }
    }
    if !busy.is_empty() {
        return Err(CliError::Usage(format!(
            "rotation not finished: {moved} records were resealed under data key {current}, but a running process \
             (most likely a `trm serve` started before the rotation) still seals new records under data key(s) {}. \
             Restart it (it then seals under key {current}) and run `trm keys rotate-data` again: it moves what was \
             written meanwhile and retires the old key(s). Nothing is lost meanwhile; the old key(s) stay in the key file.",
            list(&busy)
        )));
    }
    let mut remaining = 0;
    for table in SEALED_TABLES {
        remaining += state.store.stale_sealed(table, current, "", 1).await?.len();
    }
    if remaining > 0 {
        return Err(CliError::Usage(format!(
            "rotation not finished: records were still being written under an old data key after {MAX_PASSES} passes; \
             run `trm keys rotate-data` again (the old key(s) {} stay in the key file until no record needs them)",
            list(old)
        )));
    }
    for k in old {
        keyring.retire(*k)?;
    }
    keyring.save(keys_path)?;
    drop(held);
    for k in old {
        let _ = std::fs::remove_file(sealing_lock_path(data, *k));
    }
    state
        .store
        .audit(vec![audit(format!("retired:{}", list(old)))])
        .await?;
    println!(
        "done: {moved} records resealed; every sealed record is under data key {current}; retired data key(s) {}",
        list(old)
    );
    println!(
        "backups taken before this rotation are sealed under the retired key(s): restore them with the key file backed up with them"
    );
    Ok(())
}
