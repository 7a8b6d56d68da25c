//! Sealed streams: round trips at chunk boundaries, truncation, reordering, tampering.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{self, Read, Write};

use proptest::prelude::*;
use time::OffsetDateTime;
use time::macros::datetime;
use trm_crypto::stream::CHUNK_SIZE;
use trm_crypto::{CryptoError, KeyId, Keyring, is_sealed_stream, open_stream, seal_stream};

const HEADER: usize = 31;
const SEALED_CHUNK: usize = CHUNK_SIZE + 16;

fn now() -> OffsetDateTime {
    datetime!(2026-11-22 10:00 UTC)
}

/// Plaintext that differs from chunk to chunk, so swapped chunks differ too.
fn plaintext(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i % 251) as u8 ^ (i / 4099) as u8)
        .collect()
}

fn seal(keyring: &Keyring, data: &[u8]) -> Vec<u8> {
    let mut sealed = Vec::new();
    let n = seal_stream(keyring, data, &mut sealed).unwrap();
    assert_eq!(n, data.len() as u64);
    sealed
}

fn open(keyring: &Keyring, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let mut out = Vec::new();
    let n = open_stream(keyring, sealed, &mut out)?;
    assert_eq!(n, out.len() as u64);
    Ok(out)
}

#[test]
fn round_trip_at_chunk_boundaries() {
    let keyring = Keyring::generate(now());
    for len in [
        0,
        1,
        CHUNK_SIZE - 1,
        CHUNK_SIZE,
        CHUNK_SIZE + 1,
        2 * CHUNK_SIZE,
        300 * 1024,
    ] {
        let data = plaintext(len);
        let sealed = seal(&keyring, &data);
        // Full chunks, then a last chunk of len % CHUNK_SIZE (an empty one if 0).
        let chunks = len / CHUNK_SIZE + 1;
        assert_eq!(sealed.len(), HEADER + len + 16 * chunks, "len {len}");
        assert!(is_sealed_stream(&sealed));
        assert_eq!(open(&keyring, &sealed).unwrap(), data, "len {len}");
    }
}

#[test]
fn header_layout() {
    let keyring = Keyring::generate(now());
    let sealed = seal(&keyring, b"backup");
    assert_eq!(&sealed[..8], b"TRMSEAL1");
    assert_eq!(&sealed[8..12], &1u32.to_be_bytes());
    // Two seals of the same data use different nonce prefixes.
    let again = seal(&keyring, b"backup");
    assert_ne!(sealed[12..HEADER], again[12..HEADER]);
    assert_ne!(sealed, again);
}

#[test]
fn truncation_anywhere_is_an_error() {
    let keyring = Keyring::generate(now());
    let sealed = seal(&keyring, &plaintext(2 * CHUNK_SIZE + 100));
    let cuts = [
        0,
        5,
        8,
        HEADER - 1,
        HEADER,
        HEADER + 15,
        HEADER + 16,
        HEADER + 1000,
        HEADER + SEALED_CHUNK - 1,
        HEADER + SEALED_CHUNK,
        HEADER + SEALED_CHUNK + 1,
        HEADER + 2 * SEALED_CHUNK,
        HEADER + 2 * SEALED_CHUNK + 15,
        sealed.len() - 1,
    ];
    for cut in cuts {
        let result = open(&keyring, &sealed[..cut]);
        assert!(result.is_err(), "cut at {cut}");
    }
    // Cut exactly after a full chunk: the last chunk is missing.
    for cut in [HEADER, HEADER + SEALED_CHUNK, HEADER + 2 * SEALED_CHUNK] {
        assert!(
            matches!(open(&keyring, &sealed[..cut]), Err(CryptoError::Truncated)),
            "cut at {cut}"
        );
    }
    assert!(matches!(
        open(&keyring, &sealed[..HEADER - 1]),
        Err(CryptoError::Truncated)
    ));
    // A file that is a multiple of the chunk size loses only its empty last chunk.
    let sealed = seal(&keyring, &plaintext(CHUNK_SIZE));
    assert!(matches!(
        open(&keyring, &sealed[..sealed.len() - 16]),
        Err(CryptoError::Truncated)
    ));
}

#[test]
fn swapped_chunks_are_refused() {
    let keyring = Keyring::generate(now());
    let sealed = seal(&keyring, &plaintext(3 * CHUNK_SIZE + 10));
    let chunk = |i: usize| HEADER + i * SEALED_CHUNK..HEADER + (i + 1) * SEALED_CHUNK;
    let mut swapped = sealed.clone();
    swapped[chunk(0)].copy_from_slice(&sealed[chunk(1)]);
    swapped[chunk(1)].copy_from_slice(&sealed[chunk(0)]);
    assert!(matches!(
        open(&keyring, &swapped),
        Err(CryptoError::Tampered)
    ));

    // A chunk repeated in place of another.
    let mut repeated = sealed.clone();
    repeated[chunk(2)].copy_from_slice(&sealed[chunk(1)]);
    assert!(matches!(
        open(&keyring, &repeated),
        Err(CryptoError::Tampered)
    ));

    // A chunk dropped from the middle.
    let mut dropped = sealed[..chunk(1).start].to_vec();
    dropped.extend_from_slice(&sealed[chunk(1).end..]);
    assert!(open(&keyring, &dropped).is_err());

    // A full chunk passed off as the last one.
    let cut = sealed[..chunk(0).end].to_vec();
    assert!(open(&keyring, &cut).is_err());
}

#[test]
fn chunks_from_another_file_are_refused() {
    let keyring = Keyring::generate(now());
    let data = plaintext(CHUNK_SIZE + 10);
    let a = seal(&keyring, &data);
    let b = seal(&keyring, &data);
    let mut mixed = a.clone();
    mixed[HEADER + SEALED_CHUNK..].copy_from_slice(&b[HEADER + SEALED_CHUNK..]);
    assert!(matches!(open(&keyring, &mixed), Err(CryptoError::Tampered)));
}

#[test]
fn trailing_data_is_refused() {
    let keyring = Keyring::generate(now());
    let mut sealed = seal(&keyring, b"backup");
    sealed.push(0);
    assert!(open(&keyring, &sealed).is_err());
}

#[test]
fn flipped_bits_are_refused() {
    let keyring = Keyring::generate(now());
    let sealed = seal(&keyring, &plaintext(CHUNK_SIZE + 500));
    let mut positions: Vec<usize> = (0..HEADER).collect();
    positions.extend([
        HEADER,
        HEADER + 1000,
        HEADER + SEALED_CHUNK - 1,
        HEADER + SEALED_CHUNK,
        sealed.len() - 17,
        sealed.len() - 1,
    ]);
    for at in positions {
        for bit in [0, 7] {
            let mut changed = sealed.clone();
            changed[at] ^= 1 << bit;
            assert!(open(&keyring, &changed).is_err(), "byte {at} bit {bit}");
        }
    }
}

#[test]
fn wrong_keys() {
    let mut keyring = Keyring::generate(now());
    let sealed = seal(&keyring, b"backup");
    // The same id, another key.
    assert!(matches!(
        open(&Keyring::generate(now()), &sealed),
        Err(CryptoError::Tampered)
    ));
    // Rotated: still opens; retired: unknown.
    keyring.add_key(now()).unwrap();
    assert_eq!(open(&keyring, &sealed).unwrap(), b"backup");
    let new = seal(&keyring, b"new");
    assert_eq!(&new[8..12], &2u32.to_be_bytes());
    keyring.retire(KeyId(1)).unwrap();
    assert!(matches!(
        open(&keyring, &sealed),
        Err(CryptoError::UnknownKey(KeyId(1)))
    ));
}

#[test]
fn not_a_sealed_file() {
    let keyring = Keyring::generate(now());
    for input in [
        &b""[..],
        b"TRM",
        b"SQLite format 3\0",
        b"trmseal1 and more bytes than a header needs to be",
    ] {
        assert!(!is_sealed_stream(input));
        assert!(
            matches!(open(&keyring, input), Err(CryptoError::NotSealed)),
            "{input:?}"
        );
    }
}

/// Yields its data a few bytes at a time, with interruptions, like a pipe.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
    interrupt: bool,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.interrupt = !self.interrupt;
        if self.interrupt {
            return Err(io::ErrorKind::Interrupted.into());
        }
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        self.step = self.step % 9973 + 4001;
        Ok(n)
    }
}

#[test]
fn short_reads_and_interruptions_do_not_change_the_result() {
    let keyring = Keyring::generate(now());
    let data = plaintext(2 * CHUNK_SIZE + 7);
    let mut sealed = Vec::new();
    let reader = Trickle {
        data: &data,
        step: 1,
        interrupt: false,
    };
    seal_stream(&keyring, reader, &mut sealed).unwrap();
    let mut out = Vec::new();
    let reader = Trickle {
        data: &sealed,
        step: 3,
        interrupt: false,
    };
    open_stream(&keyring, reader, &mut out).unwrap();
    assert_eq!(out, data);
}

/// Counts what was written, and fails after a limit.
struct Sink {
    written: usize,
    fail_after: usize,
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.written + buf.len() > self.fail_after {
            return Err(io::Error::other("disk full"));
        }
        self.written += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn output_is_written_chunk_by_chunk_and_write_errors_surface() {
    let keyring = Keyring::generate(now());
    let data = plaintext(3 * CHUNK_SIZE);
    let sealed = seal(&keyring, &data);
    // A sink that fails after the first chunk saw that chunk before the error.
    let mut sink = Sink {
        written: 0,
        fail_after: CHUNK_SIZE,
    };
    let err = open_stream(&keyring, &sealed[..], &mut sink).unwrap_err();
    assert!(matches!(err, CryptoError::Stream(_)), "{err:?}");
    assert_eq!(sink.written, CHUNK_SIZE);

    let mut sink = Sink {
        written: 0,
        fail_after: 10,
    };
    assert!(matches!(
        seal_stream(&keyring, &data[..], &mut sink),
        Err(CryptoError::Stream(_))
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn round_trip_of_arbitrary_data(data in proptest::collection::vec(any::<u8>(), 0..3 * CHUNK_SIZE)) {
        let keyring = Keyring::generate(now());
        let sealed = seal(&keyring, &data);
        prop_assert_eq!(open(&keyring, &sealed).unwrap(), data);
    }

    #[test]
    fn open_never_panics_on_arbitrary_input(tail in proptest::collection::vec(any::<u8>(), 0..200)) {
        let keyring = Keyring::generate(now());
        let _ = open(&keyring, &tail);
        let mut with_header = b"TRMSEAL1\0\0\0\x01".to_vec();
        with_header.extend_from_slice(&tail);
        prop_assert!(open(&keyring, &with_header).is_err());
    }

    #[test]
    fn a_flipped_bit_anywhere_is_refused(
        len in 0usize..2 * CHUNK_SIZE,
        position in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let keyring = Keyring::generate(now());
        let mut sealed = seal(&keyring, &plaintext(len));
        let at = position.index(sealed.len());
        sealed[at] ^= 1 << bit;
        prop_assert!(open(&keyring, &sealed).is_err());
    }
}
