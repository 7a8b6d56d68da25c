//! The figures behind `trm bench exchange`: sealing and opening a whole envelope,
//! beside the raw primitives it is built on, on one core.

use std::hint::black_box;
use std::time::Instant;

use hpke::{OpModeR, OpModeS};
use rand::rngs::OsRng;
use time::{Duration, OffsetDateTime};
use trm_crypto::NodeSigningKey;
use uuid::Uuid;

use crate::keys::{Aead, Kdf, Kem};
use crate::{ExchangeError, Header, HpkeKeyPair, LocalKeys, MessageKind, key_id, open, seal};

/// Operations per second on one core.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrimitiveFigures {
    pub iterations: u32,
    pub payload_len: usize,
    /// [`seal`] then [`open`] of one envelope with a payload of `payload_len` bytes.
    pub seal_open_per_s: f64,
    /// Ed25519 sign and verify of the payload, plus HPKE single-shot seal and open of
    /// it (the same suite, info and associated data sizes), without the envelope.
    pub raw_primitives_per_s: f64,
}

/// Times `iterations` rounds of each (after one round to warm up). Keys are made fresh
/// for the run; nothing is written anywhere.
pub fn primitives(iterations: u32, payload_len: usize) -> Result<PrimitiveFigures, ExchangeError> {
    let now = OffsetDateTime::now_utc();
    let iterations = iterations.max(1);
    let payload: Vec<u8> = (0..payload_len).map(|i| (i % 251) as u8).collect();

    let (a_sign, b_sign) = (NodeSigningKey::generate(now), NodeSigningKey::generate(now));
    let (a_hpke, b_hpke) = (HpkeKeyPair::generate(now), HpkeKeyPair::generate(now));
    let a = LocalKeys {
        node_id: Uuid::now_v7(),
        signing: &a_sign,
        hpke: vec![&a_hpke],
    };
    let b = LocalKeys {
        node_id: Uuid::now_v7(),
        signing: &b_sign,
        hpke: vec![&b_hpke],
    };
    let no_key = ExchangeError::KeyMismatch {
        what: "a node holds no HPKE key",
    };
    let a_public = a.public().ok_or(no_key)?;
    let b_public = b.public().ok_or(ExchangeError::KeyMismatch {
        what: "a node holds no HPKE key",
    })?;
    let header = Header {
        message_id: Uuid::now_v7(),
        kind: MessageKind::Referral,
        sender: a.node_id,
        recipient: b.node_id,
        sender_key_id: key_id(&a_sign.public_key()),
        recipient_key_id: b_hpke.key_id().to_owned(),
        case_ref: Some(Uuid::now_v7()),
        sequence: 1,
        consent_ref: Some(Uuid::now_v7()),
        created_at: now,
        expires_at: now + Duration::days(30),
    };

    let round = || -> Result<(), ExchangeError> {
        let envelope = seal(&a, &b_public, &header, black_box(&payload))?;
        let opened = open(black_box(&envelope), &b, &a_public, now)?;
        black_box(opened);
        Ok(())
    };
    round()?;
    let start = Instant::now();
    for _ in 0..iterations {
        round()?;
    }
    let seal_open = start.elapsed().as_secs_f64();

    let info = [0u8; 52];
    let aad = [0u8; 32];
    let raw = || -> Result<(), ExchangeError> {
        let signature = a_sign.sign(black_box(&payload));
        if !trm_crypto::verify(&a_public.signing_public, &payload, &signature) {
            return Err(ExchangeError::BadSignature);
        }
        let public = <<Kem as hpke::Kem>::PublicKey as hpke::Deserializable>::from_bytes(
            &b_public.hpke_public,
        )
        .map_err(|_| ExchangeError::EncryptFailed)?;
        let (enc, ciphertext) = hpke::single_shot_seal::<Aead, Kdf, Kem, _>(
            &OpModeS::Base,
            &public,
            &info,
            black_box(&payload),
            &aad,
            &mut OsRng,
        )
        .map_err(|_| ExchangeError::EncryptFailed)?;
        let plain = hpke::single_shot_open::<Aead, Kdf, Kem>(
            &OpModeR::Base,
            b_hpke.private(),
            &enc,
            &info,
            &ciphertext,
            &aad,
        )
        .map_err(|_| ExchangeError::DecryptFailed)?;
        black_box(plain);
        Ok(())
    };
    raw()?;
    let start = Instant::now();
    for _ in 0..iterations {
        raw()?;
    }
    let raw_time = start.elapsed().as_secs_f64();

    let per_s = |secs: f64| f64::from(iterations) / secs.max(f64::MIN_POSITIVE);
    Ok(PrimitiveFigures {
        iterations,
        payload_len,
        seal_open_per_s: per_s(seal_open),
        raw_primitives_per_s: per_s(raw_time),
    })
}
