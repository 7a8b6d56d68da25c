//! File arguments: checked before anything is read or written.
//!
//! A path argument must be a plain path: not empty, and without `..` steps (a path is
//! never built by gluing an argument onto the data folder). An input must exist and is
//! resolved with `canonicalize`; an output must not exist (nothing is overwritten), its
//! folder must exist, and it must not lie inside the node's data folder (where it could
//! pass for one of the node's own files). Outputs are written as `<name>.partial`,
//! synced, then published under their name only if that name is still free.

use std::path::{Component, Path, PathBuf};

use crate::node::{CONFIG_FILE, CliError};

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
