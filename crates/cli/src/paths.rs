//! File arguments: checked before anything is read or written.
//!
//! A path argument must be a plain path: not empty, and without `..` steps (a path is
//! never built by gluing an argument onto the data folder). An input must exist and is
//! resolved with `canonicalize`; an output must not exist (nothing is overwritten), its
//! folder must exist, and it must not lie inside the node's data folder (where it could
//! pass for one of the node's own files). Outputs are written as `<name>.partial`,
//! synced, then published under their name only if that name is still free.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::node::{CONFIG_FILE, CliError, io};

fn plain(arg: &str, path: &Path) -> Result<(), CliError> {
    if path.as_os_str().is_empty() {
        return Err(CliError::Usage(format!("{arg}: the path is empty")));
    }
    if path.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(CliError::Usage(format!(
            "{arg}: {} contains `..`; give a plain path without parent-folder steps",
            path.display()
        )));
    }
    Ok(())
}

/// An existing node folder (one with a trm.toml), resolved.
pub fn node_dir(path: &Path) -> Result<PathBuf, CliError> {
    plain("--data", path)?;
    let dir = path.canonicalize().map_err(|e| {
        CliError::Usage(format!(
            "--data: {} is not a node folder ({e})",
            path.display()
        ))
    })?;
    if !dir.is_dir() || !dir.join(CONFIG_FILE).is_file() {
        return Err(CliError::Usage(format!(
            "--data: {} is not a node folder (it holds no {CONFIG_FILE})",
            path.display()
        )));
    }
    Ok(dir)
}

/// An existing regular file to read, resolved.
pub fn existing_file(arg: &str, path: &Path) -> Result<PathBuf, CliError> {
    plain(arg, path)?;
    let file = path
        .canonicalize()
        .map_err(|e| CliError::Usage(format!("{arg}: cannot read {} ({e})", path.display())))?;
    if !file.is_file() {
        return Err(CliError::Usage(format!(
            "{arg}: {} is not a regular file",
            path.display()
        )));
    }
    Ok(file)
}

pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// Where the output `path` is written before it is published under its name.
pub fn partial_path(path: &Path) -> PathBuf {
    with_suffix(path, ".partial")
}

/// A new file to write, resolved: its folder exists, the name is free, and it is not
/// inside the data folder `data` (already resolved).
pub fn new_file(arg: &str, path: &Path, data: &Path) -> Result<PathBuf, CliError> {
    plain(arg, path)?;
    let Some(name) = path.file_name() else {
        return Err(CliError::Usage(format!(
            "{arg}: {} does not name a file",
            path.display()
        )));
    };
    if path.symlink_metadata().is_ok() {
        return Err(CliError::Usage(format!(
            "{arg}: {} already exists; choose a new name (nothing is overwritten)",
            path.display()
        )));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = parent.canonicalize().map_err(|e| {
        CliError::Usage(format!(
            "{arg}: the folder {} cannot be used ({e})",
            parent.display()
        ))
    })?;
    if !folder.is_dir() {
        return Err(CliError::Usage(format!(
            "{arg}: {} is not a folder",
            parent.display()
        )));
    }
    if folder.starts_with(data) {
        return Err(CliError::Usage(format!(
            "{arg}: {} is inside the node's data folder; write it somewhere else",
            path.display()
        )));
    }
    let out = folder.join(name);
    let partial = partial_path(&out);
    if partial.symlink_metadata().is_ok() {
        return Err(CliError::Usage(format!(
            "{arg}: {} exists (left by an interrupted run?); remove it first",
            partial.display()
        )));
    }
    Ok(out)
}

/// Creates `path`, which must not exist, readable by its owner only from the start.
pub fn create_private(path: &Path) -> Result<File, CliError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(io(path))
}

/// Syncs the folder holding `path`, so that a new name survives a crash.
pub fn sync_parent(path: &Path) -> Result<(), CliError> {
    #[cfg(unix)]
    {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        File::open(parent)
            .and_then(|dir| dir.sync_all())
            .map_err(io(parent))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes a new private file at `path` (checked by [`new_file`]): `write` fills
/// `<path>.partial`, which is synced and then published under `path` only if no file
/// took that name meanwhile. On any error nothing is left behind.
pub fn write_new_private<T>(
    path: &Path,
    write: impl FnOnce(&mut File) -> Result<T, CliError>,
) -> Result<T, CliError> {
    let partial = partial_path(path);
    let mut file = create_private(&partial)?;
    let written = write(&mut file).and_then(|t| {
        file.sync_all().map_err(io(&partial))?;
        Ok(t)
    });
    drop(file);
    let published = written.and_then(|t| publish(&partial, path).map(|()| t));
    if published.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    let t = published?;
    sync_parent(path)?;
    Ok(t)
}

/// Gives `partial` the name `path` without ever replacing a file called `path`.
fn publish(partial: &Path, path: &Path) -> Result<(), CliError> {
    // A hard link fails if the name is taken, atomically; a rename would replace it.
    match std::fs::hard_link(partial, path) {
        Ok(()) => std::fs::remove_file(partial).map_err(io(partial)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(CliError::Usage(format!(
            "{} was created by someone else meanwhile; nothing was overwritten",
            path.display()
        ))),
        // Filesystems without hard links: check, then rename.
        Err(_) if path.symlink_metadata().is_err() => {
            std::fs::rename(partial, path).map_err(io(path))
        }
        Err(_) => Err(CliError::Usage(format!(
            "{} was created by someone else meanwhile; nothing was overwritten",
            path.display()
        ))),
    }
}

/// Removes a file the command made (a temporary copy), whatever happens.
pub struct RemoveOnDrop(pub PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(with_suffix(&self.0, suffix));
        }
    }
}
