//! `trm keys rotate`: new node keys (signing and HPKE), handed over to every peer.
//!
//! In order, so that an interruption at any point is finished by running the command
//! again and never leaves the node with keys its peers will not follow:
//!
//! 1. the new keys are written as `node.key.new` and `hpke.key.new` (0600, synced);
//! 2. one transaction commits the handover (signed by the old key) to the outbox for
//!    every trusted peer, the node's own record of it and the audit entry — from here
//!    on the rotation has happened;
//! 3. the current `hpke.key` is copied to `hpke-retired-<id>.key` (kept until nothing
//!    sealed to it can still arrive), then `hpke.key.new` and `node.key.new` replace
//!    `hpke.key` and `node.key`. The old signing key is not kept: everything it had to
//!    sign (the handover, the envelopes already queued, receipts already given) is
//!    signed, and a key kept is a key that can be stolen.
//!
//! Left-over `.new` files are a rotation cut short: if the database holds the handover
//! to that key, step 3 is finished; if not, they are discarded and a fresh rotation runs.
//! Every other command refuses to open the node meanwhile.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;
use trm_crypto::NodeSigningKey;
use trm_exchange::{ExchangeError, HpkeKeyPair};
use trm_server::exchange::MESSAGE_LIFETIME;

use crate::locks::{NODE_KEYS_LOCK, try_exclusive};
use crate::node::{CliError, HPKE_KEY_FILE, NODE_KEY_FILE, io};

const NEW_NODE_KEY: &str = "node.key.new";
const NEW_HPKE_KEY: &str = "hpke.key.new";
const RETIRED_PREFIX: &str = "hpke-retired-";

/// How long an HPKE key is kept after its rotation. A peer seals to it until the
/// handover reaches it, which may take up to a message's lifetime (the handover is
/// retried that long), and what it sealed just before may take another lifetime to
/// arrive.
pub const RETIRED_HPKE_KEPT: time::Duration = MESSAGE_LIFETIME.saturating_mul(2);

fn hpke_error(path: &Path) -> impl FnOnce(ExchangeError) -> CliError + '_ {
    move |e| CliError::Usage(format!("{}: {e}", path.display()))
}

fn retired_path(data: &Path, key_id: &str) -> PathBuf {
    data.join(format!("{RETIRED_PREFIX}{key_id}.key"))
}

/// Refuses to open a node whose key rotation was cut short.
pub fn refuse_unfinished(data: &Path) -> Result<(), CliError> {
    if data.join(NEW_NODE_KEY).exists() || data.join(NEW_HPKE_KEY).exists() {
        return Err(CliError::Usage(format!(
            "a key rotation of {} was interrupted ({NEW_NODE_KEY} or {NEW_HPKE_KEY} is there): run `trm keys rotate --data {}` to finish it",
            data.display(),
            data.display()
        )));
    }
    Ok(())
}

/// The HPKE keys rotated out that a message may still be sealed to, newest first.
/// Those past their end are left for `trm keys rotate` to delete.
pub fn retired_hpke_keys(data: &Path, now: OffsetDateTime) -> Result<Vec<HpkeKeyPair>, CliError> {
    let mut keys: Vec<HpkeKeyPair> = retired_files(data)?
        .into_iter()
        .map(|path| HpkeKeyPair::load(&path).map_err(hpke_error(&path)))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|k| k.valid_until().is_none_or(|until| until > now))
        .collect();
    keys.sort_by_key(|k| std::cmp::Reverse(k.valid_until()));
    Ok(keys)
}

fn retired_files(data: &Path) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(data).map_err(io(data))? {
        let entry = entry.map_err(io(data))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(RETIRED_PREFIX) && name.ends_with(".key") {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(out)
}

pub async fn rotate(data: &Path) -> Result<(), CliError> {
    let data = crate::paths::node_dir(data)?;
    let Some(_exclusive) = try_exclusive(&data.join(NODE_KEYS_LOCK))? else {
        return Err(CliError::Usage(format!(
            "the keys of {} are in use: stop the node's server (`trm serve`) and any other `trm` command on it first. \
             A server running on with the old keys would sign what the peers refuse once they follow the rotation",
            data.display()
        )));
    };
    let (_, state) = crate::node::open_holding_keys(&data).await?;
    let outcome = rotate_open(&data, &state).await;
    state.store.close().await;
    outcome
}

async fn rotate_open(data: &Path, state: &trm_server::AppState) -> Result<(), CliError> {
    let now = OffsetDateTime::now_utc();
    let node_id = state.node.node_id;
    let new_node = data.join(NEW_NODE_KEY);
    let new_hpke = data.join(NEW_HPKE_KEY);
    if new_node.exists() {
        let pending = NodeSigningKey::load(&new_node)?;
        let pending_id = trm_exchange::key_id(&pending.public_key());
        let done = state
            .store
            .handovers(node_id)
            .await?
            .into_iter()
            .find(|h| h.new_key_id == pending_id);
        if let Some(handover) = done {
            install(data, handover.valid_until)?;
            println!("finished the interrupted rotation to signing key {pending_id}");
            return report(data, state, 0);
        }
        // Never committed: nobody was told of these keys.
        remove(&new_node)?;
    }
    if new_hpke.exists() {
        remove(&new_hpke)?;
    }
    let (new_signing, _) = NodeSigningKey::load_or_create(&new_node, now)?;
    let (new_encryption, _) =
        HpkeKeyPair::load_or_create(&new_hpke, now).map_err(hpke_error(&new_hpke))?;
    let handover =
        trm_server::key_rotation::rotate_node_keys(state, &new_signing, &new_encryption).await?;
    install(data, handover.handover.old_key_valid_until)?;
    let peers = state
        .store
        .peers()
        .await?
        .iter()
        .filter(|p| p.removed_at.is_none())
        .count();
    report(data, state, peers)
}

/// Step 3: the old HPKE key kept as retired, the new keys put in place. Each step can be
/// repeated after an interruption.
fn install(data: &Path, rotated_at: OffsetDateTime) -> Result<(), CliError> {
    let new_hpke = data.join(NEW_HPKE_KEY);
    let current = data.join(HPKE_KEY_FILE);
    if new_hpke.exists() {
        let old = HpkeKeyPair::load(&current).map_err(hpke_error(&current))?;
        let kept_until = rotated_at + RETIRED_HPKE_KEPT;
        let retired = old.with_valid_until(Some(kept_until));
        let path = retired_path(data, retired.key_id());
        match retired.write_new(&path) {
            Ok(()) => {}
            // Written before an interruption.
            Err(ExchangeError::Key(trm_crypto::CryptoError::File { source, .. }))
                if source.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(hpke_error(&path)(e)),
        }
        std::fs::rename(&new_hpke, &current).map_err(io(&current))?;
    }
    let new_node = data.join(NEW_NODE_KEY);
    if new_node.exists() {
        let target = data.join(NODE_KEY_FILE);
        std::fs::rename(&new_node, &target).map_err(io(&target))?;
    }
    // The renames must survive a crash before anything is served with the new keys.
    std::fs::File::open(data)
        .and_then(|dir| dir.sync_all())
        .map_err(io(data))?;
    Ok(())
}

fn remove(path: &Path) -> Result<(), CliError> {
    std::fs::remove_file(path).map_err(io(path))
}

/// Deletes the retired HPKE keys nothing can be sealed to any more, and says what was done.
fn report(data: &Path, state: &trm_server::AppState, peers: usize) -> Result<(), CliError> {
    let now = OffsetDateTime::now_utc();
    for path in retired_files(data)? {
        let key = HpkeKeyPair::load(&path).map_err(hpke_error(&path))?;
        if key.valid_until().is_some_and(|until| until <= now) {
            remove(&path)?;
            println!(
                "deleted encryption key {}: nothing sealed to it can still arrive",
                key.key_id()
            );
        }
    }
    let key = NodeSigningKey::load(&data.join(NODE_KEY_FILE))?;
    println!("node {} has new keys", state.node.node_id);
    println!("  signing key fingerprint: {}", key.fingerprint());
    if peers > 0 {
        println!(
            "  the handover, signed with the old key, is queued to {peers} peer(s): start the server (`trm serve`) to deliver it"
        );
    }
    println!(
        "  old encryption keys are kept as {RETIRED_PREFIX}<id>.key until nothing sealed to them can arrive"
    );
    println!("Back up node.key and hpke.key again, apart from the database backups.");
    Ok(())
}
