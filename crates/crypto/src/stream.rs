//! Sealed files of any size, for encrypted backups.
//!
//! **Why chunks.** A backup can be larger than memory, and one AEAD message must be
//! held whole to be checked. So the file is cut into chunks of 64 KiB, each sealed on
//! its own with XChaCha20-Poly1305 in the STREAM construction (Hoang, Reyhanitabar,
//! Rogaway and Vizár, "Online Authenticated-Encryption and its Nonce-Reuse
//! Misuse-Resistance", 2015), as implemented by RustCrypto's `aead::stream`
//! (`EncryptorBE32`/`DecryptorBE32`). Each chunk's nonce is the file's random 19-byte
//! prefix, the chunk's index (u32 big-endian) and a flag byte that is 1 only for the
//! last chunk. So a chunk cannot be moved, dropped or repeated, and a file cut at a
//! chunk boundary lacks the chunk marked last: each is detected. The header is the
//! associated data of every chunk, so it cannot be changed either. The nonce prefix
//! is random (19 bytes), so two files sealed under one key do not share nonces.
//!
//! # Layout
//!
//! ```text
//! header, 31 bytes:  b"TRMSEAL1" | key id u32 big-endian | nonce prefix (19 bytes, random)
//! then chunks:       each 64 KiB of plaintext + 16-byte tag (65 552 bytes), sealed as
//!                    "not last"; then one last chunk of 0 to 64 KiB - 1 bytes of
//!                    plaintext + tag, sealed as "last"
//! ```
//!
//! A plaintext whose length is a multiple of 64 KiB (including 0) ends with an empty
//! last chunk, so a full-size chunk is never the last one and the reader knows which
//! chunk is last from sizes alone.
//!
//! # Reading
//!
//! [`open_stream`] writes each chunk to its output as soon as that chunk is
//! authenticated, so the output of a failed open is an authentic but possibly
//! incomplete prefix of the plaintext: write it to a temporary file and keep it only
//! if `open_stream` returned `Ok`.

use std::io::{self, Read, Write};

use chacha20poly1305::aead::stream::{DecryptorBE32, EncryptorBE32};
use rand::RngCore;
use rand::rngs::OsRng;
use zeroize::Zeroize;

use crate::CryptoError;
use crate::keyring::{KeyId, Keyring};

/// The first 8 bytes of every sealed stream.
pub const STREAM_MAGIC: &[u8; 8] = b"TRMSEAL1";
/// Plaintext bytes per chunk.
pub const CHUNK_SIZE: usize = 64 * 1024;
const PREFIX_LEN: usize = 19;
const HEADER_LEN: usize = STREAM_MAGIC.len() + 4 + PREFIX_LEN;
const TAG_LEN: usize = 16;
const SEALED_CHUNK_LEN: usize = CHUNK_SIZE + TAG_LEN;

/// True if `prefix` (the first bytes of a file, at least 8) starts like a sealed stream.
pub fn is_sealed_stream(prefix: &[u8]) -> bool {
    prefix.starts_with(STREAM_MAGIC)
}

/// Seals everything `input` yields into `output` under the keyring's current key,
/// one 64 KiB chunk at a time. Returns the number of plaintext bytes sealed. On error
/// the output holds an incomplete sealed stream, which [`open_stream`] refuses.
///
/// # Panics
/// Only if the operating system's random number generator fails.
pub fn seal_stream(
    keyring: &Keyring,
    mut input: impl Read,
    mut output: impl Write,
) -> Result<u64, CryptoError> {
    let key = keyring.current_key()?;
    let mut prefix = [0u8; PREFIX_LEN];
    OsRng.fill_bytes(&mut prefix);
    let header = header(key.id(), &prefix);
    output.write_all(&header).map_err(CryptoError::Stream)?;

    let mut encryptor = EncryptorBE32::from_aead(key.cipher(), (&prefix).into());
    let mut buffer = Vec::with_capacity(SEALED_CHUNK_LEN);
    let mut total: u64 = 0;
    let result = loop {
        buffer.clear();
        buffer.resize(CHUNK_SIZE, 0);
        let n = match read_full(&mut input, &mut buffer) {
            Ok(n) => n,
            Err(e) => break Err(e),
        };
        buffer.truncate(n);
        total = total.saturating_add(n as u64);
        if n == CHUNK_SIZE {
            if encryptor
                .encrypt_next_in_place(&header, &mut buffer)
                .is_err()
            {
                break Err(CryptoError::TooLarge);
            }
            if let Err(e) = output.write_all(&buffer) {
                break Err(CryptoError::Stream(e));
            }
        } else {
            break encryptor
                .encrypt_last_in_place(&header, &mut buffer)
                .map_err(|_| CryptoError::TooLarge)
                .and_then(|()| output.write_all(&buffer).map_err(CryptoError::Stream));
        }
    };
    buffer.zeroize();
    result?;
    output.flush().map_err(CryptoError::Stream)?;
    Ok(total)
}

/// Opens a stream sealed by [`seal_stream`] under any key the keyring holds, writing
/// the plaintext to `output` chunk by chunk, each only once authenticated. Returns the
/// number of plaintext bytes. On error, discard what was written (see the module
/// docs). Never panics, whatever `input` holds.
pub fn open_stream(
    keyring: &Keyring,
    mut input: impl Read,
    mut output: impl Write,
) -> Result<u64, CryptoError> {
    let mut header = [0u8; HEADER_LEN];
    let n = read_full(&mut input, &mut header)?;
    if n < STREAM_MAGIC.len() || !is_sealed_stream(&header) {
        return Err(CryptoError::NotSealed);
    }
    if n < HEADER_LEN {
        return Err(CryptoError::Truncated);
    }
    let (_, rest) = header.split_at(STREAM_MAGIC.len());
    let (id, prefix) = rest.split_at(4);
    let id = KeyId(u32::from_be_bytes([id[0], id[1], id[2], id[3]]));
    let key = keyring.key(id).ok_or(CryptoError::UnknownKey(id))?;
    let mut prefix_array = [0u8; PREFIX_LEN];
    prefix_array.copy_from_slice(prefix);

    let mut decryptor = DecryptorBE32::from_aead(key.cipher(), (&prefix_array).into());
    let mut buffer = Vec::with_capacity(SEALED_CHUNK_LEN);
    let mut total: u64 = 0;
    let result = loop {
        buffer.clear();
        buffer.resize(SEALED_CHUNK_LEN, 0);
        let n = match read_full(&mut input, &mut buffer) {
            Ok(n) => n,
            Err(e) => break Err(e),
        };
        buffer.truncate(n);
        if n == SEALED_CHUNK_LEN {
            if decryptor
                .decrypt_next_in_place(&header, &mut buffer)
                .is_err()
            {
                break Err(CryptoError::Tampered);
            }
        } else if n < TAG_LEN {
            // Not even a tag: the last chunk is missing.
            break Err(CryptoError::Truncated);
        } else {
            break decryptor
                .decrypt_last_in_place(&header, &mut buffer)
                .map_err(|_| CryptoError::Tampered)
                .and_then(|()| output.write_all(&buffer).map_err(CryptoError::Stream))
                .map(|()| total.saturating_add(buffer.len() as u64));
        }
        if let Err(e) = output.write_all(&buffer) {
            break Err(CryptoError::Stream(e));
        }
        total = total.saturating_add(buffer.len() as u64);
    };
    buffer.zeroize();
    let total = result?;
    output.flush().map_err(CryptoError::Stream)?;
    Ok(total)
}

fn header(id: KeyId, prefix: &[u8; PREFIX_LEN]) -> [u8; HEADER_LEN] {
    let mut header = [0u8; HEADER_LEN];
    header[..8].copy_from_slice(STREAM_MAGIC);
    header[8..12].copy_from_slice(&id.0.to_be_bytes());
    header[12..].copy_from_slice(prefix);
    header
}

/// Reads until `buffer` is full or the input ends; returns the bytes read.
fn read_full(input: &mut impl Read, buffer: &mut [u8]) -> Result<usize, CryptoError> {
    let mut filled = 0;
    while filled < buffer.len() {
        match input.read(&mut buffer[filled..]) {
            Ok(0) => break,
            // `min` guards against a reader that claims more than it was given.
            Ok(n) => filled = filled.saturating_add(n).min(buffer.len()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(CryptoError::Stream(e)),
        }
    }
    Ok(filled)
}
