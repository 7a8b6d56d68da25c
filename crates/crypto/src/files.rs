//! Secret files: read only if private, create private, replace atomically, and the
//! small parsing helpers the key files share. Public so that the other crates that keep
//! a secret key file (`trm-exchange`'s HPKE keys) handle it exactly like these.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};
use zeroize::Zeroizing;

use crate::CryptoError;

/// Reads a secret file, refusing it (on unix) if group or other users have any
/// permission on it. The mode is taken from the open handle, so the file checked is
/// the file read.
pub fn read_private(path: &Path, what: &'static str) -> Result<Zeroizing<String>, CryptoError> {
    let mut file = File::open(path).map_err(|e| CryptoError::file("open", path, e))?;
    let meta = file
        .metadata()
        .map_err(|e| CryptoError::file("inspect", path, e))?;
    check_private(path, what, &meta)?;
    // Room for the whole file up front, so growing the string leaves no stray copy
    // of the secret behind in freed memory.
    let capacity = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    let mut text = Zeroizing::new(String::with_capacity(capacity));
    file.read_to_string(&mut text)
        .map_err(|e| CryptoError::file("read", path, e))?;
    Ok(text)
}

#[cfg(unix)]
fn check_private(path: &Path, what: &'static str, meta: &fs::Metadata) -> Result<(), CryptoError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o077 != 0 {
        return Err(CryptoError::InsecurePermissions {
            what,
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path, _: &'static str, _: &fs::Metadata) -> Result<(), CryptoError> {
    Ok(())
}

/// Opens a file that must not exist yet, readable and writable by its owner only
/// from the moment it exists.
fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Creates `path`, which must not exist, with mode 0600, writes `contents`, and
/// syncs the file and its directory. An existing file is an error whose source has
/// kind `AlreadyExists`.
pub fn write_new(path: &Path, contents: &[u8]) -> Result<(), CryptoError> {
    let mut file = create_private(path).map_err(|e| CryptoError::file("create", path, e))?;
    file.write_all(contents)
        .map_err(|e| CryptoError::file("write", path, e))?;
    file.sync_all()
        .map_err(|e| CryptoError::file("sync", path, e))?;
    sync_parent(path)
}

/// Replaces `path` atomically: writes `<path>.tmp` (mode 0600), syncs it, renames it
/// over `path`, and syncs the directory. A crash leaves either the old file or the
/// new one, never a mix. Assumes one writer at a time.
pub fn replace(path: &Path, contents: &[u8]) -> Result<(), CryptoError> {
    let tmp = tmp_path(path);
    // A `.tmp` left by an interrupted save may have any mode; start afresh.
    match fs::remove_file(&tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(CryptoError::file("remove the stale", tmp, e)),
    }
    let mut file = create_private(&tmp).map_err(|e| CryptoError::file("create", &tmp, e))?;
    file.write_all(contents)
        .map_err(|e| CryptoError::file("write", &tmp, e))?;
    file.sync_all()
        .map_err(|e| CryptoError::file("sync", &tmp, e))?;
    drop(file);
    fs::rename(&tmp, path)
        .map_err(|e| CryptoError::file("rename the new key file over", path, e))?;
    sync_parent(path)
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(".tmp");
    PathBuf::from(name)
}

/// Syncs the directory holding `path`, so that a new name survives a crash.
fn sync_parent(path: &Path) -> Result<(), CryptoError> {
    #[cfg(unix)]
    {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        File::open(parent)
            .and_then(|dir| dir.sync_all())
            .map_err(|e| CryptoError::file("sync the directory", parent, e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Turns a TOML parse error into an `InvalidKeyFile` naming the line, with every
/// quoted value removed from the message: a key pasted into the wrong field must not
/// end up in a log.
pub fn toml_error(origin: &str, text: &str, error: &toml::de::Error) -> CryptoError {
    let field = match error.span() {
        Some(span) => {
            let before = text.get(..span.start).unwrap_or(text);
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let rest = text.get(start..).unwrap_or_default();
            let this_line = rest.lines().next().unwrap_or_default();
            // Name the field if the line is a plain `name = value`.
            match this_line.split_once('=') {
                Some((name, _))
                    if !name.trim().is_empty()
                        && name
                            .trim()
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
                {
                    format!("line {line}, field `{}`", name.trim())
                }
                _ => format!("line {line}"),
            }
        }
        None => "file".to_owned(),
    };
    CryptoError::InvalidKeyFile {
        origin: origin.to_owned(),
        field,
        problem: redact_quoted(error.message().trim()),
    }
}

fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    for c in message.chars() {
        if c == '"' {
            if inside {
                out.push_str("…\"");
            } else {
                out.push('"');
            }
            inside = !inside;
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// `at` in UTC, whole seconds, as RFC 3339 (`2026-11-22T10:00:00Z`).
pub fn timestamp(at: OffsetDateTime, origin: &str) -> Result<String, CryptoError> {
    let unwritable = || CryptoError::InvalidKeyFile {
        origin: origin.to_owned(),
        field: "created_at".to_owned(),
        problem: "the time cannot be written as RFC 3339 in UTC (years 0000 to 9999)".to_owned(),
    };
    // `to_offset` panics past the last representable date (9999-12-31T23:30-01:00).
    let at = at
        .checked_to_offset(UtcOffset::UTC)
        .ok_or_else(unwritable)?;
    let at = at.replace_nanosecond(0).unwrap_or(at);
    at.format(&Rfc3339).map_err(|_| unwritable())
}

/// Decodes a base64 secret that must be exactly 32 bytes.
pub fn decode_secret(
    encoded: &str,
    origin: &str,
    field: &str,
) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
    use base64::Engine as _;
    let invalid = |problem: String| CryptoError::InvalidKeyFile {
        origin: origin.to_owned(),
        field: field.to_owned(),
        problem,
    };
    let decoded = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|_| invalid("not valid base64".to_owned()))?,
    );
    let mut bytes = Zeroizing::new([0u8; 32]);
    if decoded.len() != bytes.len() {
        return Err(invalid(format!(
            "must be 32 bytes of base64, found {} bytes",
            decoded.len()
        )));
    }
    bytes.copy_from_slice(&decoded);
    Ok(bytes)
}

pub fn encode_secret(bytes: &[u8; 32]) -> Zeroizing<String> {
    use base64::Engine as _;
    Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_removes_quoted_values_and_keeps_field_names() {
        assert_eq!(
            redact_quoted("invalid type: string \"c2VjcmV0\", expected u32 for `id`"),
            "invalid type: string \"…\", expected u32 for `id`"
        );
        assert_eq!(redact_quoted("missing field `key`"), "missing field `key`");
    }
}
