//! Advisory locks between the processes that use one data folder.
//!
//! - `node.lock`: every process that opens the node holds it shared while it runs;
//!   `trm restore` takes it exclusively, so it never replaces a database that a server
//!   (or any other `trm` command) has open.
//! - `sealing-key-<id>.lock`: every process that opens the node holds, shared, the lock
//!   of the data key it seals new records under, for as long as it runs. A server
//!   started before a key rotation keeps the old keyring in memory and goes on sealing
//!   under the old key; `trm keys rotate-data` retires a key only while it holds that
//!   key's lock exclusively, so no running process can write a record under a key that
//!   is being removed from the key file.
//! - `node-keys.lock`: every process that opens the node holds it shared, for the node
//!   key (`node.key`) and the HPKE keys it loaded; `trm keys rotate` takes it exclusively
//!   and refuses to run while any other process (a server above all) holds it: a server
//!   left running with the old keys would sign what peers refuse once they follow the
//!   handover, and its receipts would not verify.
//!
//! The locks are whole-file advisory locks (`flock` on unix), released by the kernel
//! when the process ends, `kill -9` included: a crash never leaves a folder locked.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use trm_crypto::{KeyId, Keyring};

use crate::node::{CliError, io};

pub const NODE_LOCK: &str = "node.lock";
pub const NODE_KEYS_LOCK: &str = "node-keys.lock";

/// Locks this process holds until it exits.
static HELD: Mutex<Vec<File>> = Mutex::new(Vec::new());

fn keep(file: File) {
    HELD.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(file);
}

fn open_lock_file(path: &Path) -> Result<File, CliError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(io(path))
}

/// The lock file of one data key.
pub fn sealing_lock_path(data: &Path, key: KeyId) -> PathBuf {
    data.join(format!("sealing-key-{key}.lock"))
}

/// Marks the node as in use by this process until it exits.
pub fn hold_node(data: &Path) -> Result<(), CliError> {
    let path = data.join(NODE_LOCK);
    let file = open_lock_file(&path)?;
    match file.try_lock_shared() {
        Ok(()) => {
            keep(file);
            Ok(())
        }
        Err(TryLockError::WouldBlock) => Err(CliError::Usage(format!(
            "{} is being restored from a backup (another `trm restore` holds it); try again when it has finished",
            data.display()
        ))),
        Err(TryLockError::Error(e)) => Err(io(&path)(e)),
    }
}

/// Marks the node's signing and HPKE keys as in use by this process until it exits.
pub fn hold_node_keys(data: &Path) -> Result<(), CliError> {
    let path = data.join(NODE_KEYS_LOCK);
    let file = open_lock_file(&path)?;
    match file.try_lock_shared() {
        Ok(()) => {
            keep(file);
            Ok(())
        }
        Err(TryLockError::WouldBlock) => Err(CliError::Usage(format!(
            "the keys of {} are being rotated (`trm keys rotate` holds them); try again when it has finished",
            data.display()
        ))),
        Err(TryLockError::Error(e)) => Err(io(&path)(e)),
    }
}

/// Holds the lock of the key `keyring` seals under until the process exits, and returns
/// the keyring to seal with. `reload` reads the keys again after the lock is taken: a
/// rotation may have made a new key current in between, and a process must never start
/// sealing under a key that is being retired.
pub fn hold_sealing_key(
    data: &Path,
    mut keyring: Keyring,
    reload: impl Fn() -> Result<Keyring, CliError>,
) -> Result<Keyring, CliError> {
    for _ in 0..3 {
        let current = keyring.current();
        let path = sealing_lock_path(data, current);
        let file = open_lock_file(&path)?;
        // Blocks only while a rotation retires this very key, which takes a moment.
        file.lock_shared().map_err(io(&path))?;
        let again = reload()?;
        if again.current() == current {
            keep(file);
            return Ok(again);
        }
        // A rotation made another key current: let go of this one and take that one's.
        keyring = again;
    }
    Err(CliError::Usage(
        "the current data key changed three times while the node was being opened (is a key rotation being repeated?); try again".into(),
    ))
}

/// An exclusive lock, released when dropped.
pub struct Exclusive {
    _file: File,
}

/// Takes `path`'s lock exclusively if no process holds it; None if one does.
pub fn try_exclusive(path: &Path) -> Result<Option<Exclusive>, CliError> {
    let file = open_lock_file(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Exclusive { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(io(path)(e)),
    }
}
