//! `trm backup` and `trm restore`.
//!
//! A backup is the database only, taken online and consistent (`VACUUM INTO` a copy in
//! the data folder, which SQLite makes from one read transaction), sealed under the
//! node's current data key as a sealed stream (`trm_crypto::stream`), written to
//! `<out>.partial`, synced, then given its name. The data keys (and the node's signing
//! key) are not in it: they are backed up separately, and without the data keys the
//! backup cannot be opened.
//!
//! A restore opens the stream into `node.db.partial` in the data folder, checks that it
//! is an OpenTRM database whose every record opens with this folder's keys, and only
//! then renames it to `node.db`. A tampered, truncated or foreign backup is refused and
//! nothing is put in place.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row};
use time::OffsetDateTime;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_store::Store;

use crate::locks::{NODE_LOCK, try_exclusive};
use crate::node::{CliError, DATABASE_FILE, NODE_KEY_FILE, io};
use crate::paths::{RemoveOnDrop, create_private, sync_parent, write_new_private};

pub const BACKUP_COMMAND: &str = "trm backup";
pub const RESTORE_COMMAND: &str = "trm restore";

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn command_event(command: &str, action: AuditAction, subject: String) -> AuditEvent {
    AuditEvent::new(
        OffsetDateTime::now_utc(),
        AuditActor::Command {
            command: command.into(),
        },
        action,
    )
    .subject(subject)
}

pub async fn backup(data: &Path, out: &Path) -> Result<(), CliError> {
    let data = crate::paths::node_dir(data)?;
    let out = crate::paths::new_file("--out", out, &data)?;
    let (config, state) = crate::node::open(&data).await?;
    let keyring = crate::node::load_keyring(&data, &config)?;

    // The snapshot: inside the data folder (private to the node's user), removed
    // whatever happens.
    let snapshot = data.join(format!("backup-{}.db.tmp", uuid::Uuid::now_v7()));
    let _remove = RemoveOnDrop(snapshot.clone());
    let snapshot_text = snapshot.to_str().ok_or_else(|| {
        CliError::Usage(format!(
            "--data: {} is not valid UTF-8, which SQLite needs for VACUUM INTO",
            data.display()
        ))
    })?;
    let mut conn = trm_store::connect_options(&data.join(DATABASE_FILE))
        .create_if_missing(false)
        .connect()
        .await?;
    sqlx::query("VACUUM INTO ?")
        .bind(snapshot_text)
        .execute(&mut conn)
        .await?;
    conn.close().await?;

    let sealed_path = out.clone();
    let plain_bytes = tokio::task::spawn_blocking(move || {
        let input = File::open(&snapshot).map_err(io(&snapshot))?;
        write_new_private(&sealed_path, |file| {
            let mut output = BufWriter::new(file);
            let n = trm_crypto::seal_stream(&keyring, BufReader::new(input), &mut output)?;
            output.flush().map_err(io(&sealed_path))?;
            Ok(n)
        })
    })
    .await
    .map_err(|e| CliError::Usage(format!("the backup task failed: {e}")))??;

    let cases = state.store.count_cases().await?;
    state
        .store
        .audit(vec![command_event(
            BACKUP_COMMAND,
            AuditAction::BackupTaken,
            file_name(&out),
        )])
        .await?;
    state.store.close().await;
    let sealed = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!(
        "backup written to {} ({cases} cases; {plain_bytes} bytes of database, {sealed} bytes sealed)",
        out.display()
    );
    println!(
        "it is sealed under the node's data keys, which are NOT in it: back up {} (and {NODE_KEY_FILE}) separately and \
         keep them apart from the backup; without the data keys the backup cannot be opened",
        config.data_keys_path(&data).display()
    );
    Ok(())
}

/// Switches a database out of WAL mode: every committed change is then in the file
/// itself and no `-wal` or `-shm` file is left. SQLite allows it only when no other
/// connection has the database open, so success also proves that.
async fn make_self_contained(db: &Path) -> Result<(), CliError> {
    let options = SqliteConnectOptions::new()
        .filename(db)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10))
        .disable_statement_logging();
    // The store's own connections close in the background; give them a moment.
    for _ in 0..100 {
        let mut conn = options.clone().connect().await?;
        let switched = sqlx::query("PRAGMA journal_mode = DELETE")
            .fetch_one(&mut conn)
            .await
            .map(|row| row.try_get::<String, _>(0).unwrap_or_default());
        conn.close().await?;
        if matches!(switched.as_deref(), Ok(mode) if mode.eq_ignore_ascii_case("delete")) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(CliError::Usage(format!(
        "{} is still open in another process (is `trm serve` running on this folder?)",
        db.display()
    )))
}

fn remove_database_files(db: &Path) {
    drop(RemoveOnDrop(db.to_owned()));
}

/// Removes what SQLite may leave beside a database that no connection has open.
fn remove_side_files(db: &Path) -> Result<(), CliError> {
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = crate::paths::with_suffix(db, suffix);
        match std::fs::remove_file(&side) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(&side)(e)),
        }
    }
    Ok(())
}

/// Opens the restored database with the folder's keys and reads every case with its
/// measures, consents and shares: each sealed record must open. Returns the number of
/// cases and the node's name.
async fn check_restored(
    db: &Path,
    keyring: trm_crypto::Keyring,
) -> Result<(i64, String), CliError> {
    let store = Store::open(db, trm_store::Sealer::new(keyring))
        .await
        .map_err(|e| CliError::Usage(format!("it is not an OpenTRM database: {e}")))?;
    let checked = async {
        let node = store
            .node()
            .await?
            .ok_or_else(|| CliError::Usage("it holds no node identity".into()))?;
        for case in store.all_cases().await? {
            store.case(case.id).await?;
        }
        Ok::<_, CliError>((store.count_cases().await?, node.name))
    }
    .await;
    store.close().await;
    checked
}

pub async fn restore(from: &Path, data: &Path, replace: bool) -> Result<(), CliError> {
    let data = crate::paths::node_dir(data)?;
    let from = crate::paths::existing_file("--from", from)?;
    let config = crate::node::load_config(&data)?;
    let keyring = crate::node::load_keyring(&data, &config)?;
    let db = data.join(DATABASE_FILE);
    if db.exists() && !replace {
        return Err(CliError::Usage(format!(
            "--data: {} already holds a database ({DATABASE_FILE}); pass --replace to replace it with the backup",
            data.display()
        )));
    }
    // No other trm process may have the node open while its database is replaced.
    let Some(exclusive) = try_exclusive(&data.join(NODE_LOCK))? else {
        return Err(CliError::Usage(format!(
            "--data: {} is in use by another trm process (a running `trm serve`?); stop it first",
            data.display()
        )));
    };
    let partial: PathBuf = crate::paths::partial_path(&db);
    // Left by an interrupted restore (we hold the folder exclusively).
    remove_database_files(&partial);

    let (source, target) = (from.clone(), partial.clone());
    let opened = tokio::task::spawn_blocking(move || {
        let input = File::open(&source).map_err(io(&source))?;
        let file = create_private(&target)?;
        let mut output = BufWriter::new(file);
        let n = trm_crypto::open_stream(&keyring, BufReader::new(input), &mut output)?;
        let file = output
            .into_inner()
            .map_err(|e| io(&target)(e.into_error()))?;
        file.sync_all().map_err(io(&target))?;
        Ok::<_, CliError>(n)
    })
    .await
    .map_err(|e| CliError::Usage(format!("the restore task failed: {e}")));
    let refuse = |why: String| {
        remove_database_files(&partial);
        CliError::Usage(format!(
            "--from: {} cannot be restored: {why}; nothing was changed",
            from.display()
        ))
    };
    match opened {
        Ok(Ok(_)) => {}
        Ok(Err(e)) | Err(e) => return Err(refuse(e.to_string())),
    }
    let (cases, node_name) =
        match check_restored(&partial, crate::node::load_keyring(&data, &config)?).await {
            Ok(checked) => checked,
            Err(e) => return Err(refuse(e.to_string())),
        };
    if let Err(e) = make_self_contained(&partial)
        .await
        .and_then(|()| remove_side_files(&partial))
    {
        return Err(refuse(e.to_string()));
    }

    if db.exists() {
        // Fold the old database's log into it first, so no log of the old database
        // is left beside the new one.
        if let Err(e) = make_self_contained(&db)
            .await
            .and_then(|()| remove_side_files(&db))
        {
            remove_database_files(&partial);
            return Err(e);
        }
    }
    std::fs::rename(&partial, &db).map_err(io(&db))?;
    sync_parent(&db)?;
    drop(exclusive);

    let had_node_key = data.join(NODE_KEY_FILE).exists();
    let (_, state) = crate::node::open(&data).await?;
    state
        .store
        .audit(vec![command_event(
            RESTORE_COMMAND,
            AuditAction::BackupRestored,
            file_name(&from),
        )])
        .await?;
    state.store.close().await;
    println!(
        "restored node \"{node_name}\" ({cases} cases) from {} into {}",
        from.display(),
        db.display()
    );
    if !had_node_key {
        println!(
            "note: {NODE_KEY_FILE} was missing and a new signing key was made; audit checkpoints signed by the old key \
             will not verify until the old {NODE_KEY_FILE} is put back"
        );
    }
    Ok(())
}
