//! Writes the binary seeds of `sealed_value`, `sealed_stream`, `audit_chain` and
//! `envelope_open` (values sealed under the fixed synthetic keyring of `checks::KEY_FILE`,
//! hash chains of synthetic audit events, and envelopes between the fixed nodes of
//! `checks::envelope_nodes`). Run from `fuzz/`: `cargo run --example make_seeds`.

use std::fs;

use time::Duration;
use time::macros::datetime;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::codes::Role;
use trm_domain::ids::{CaseId, OrganisationId, UserId};
use trm_exchange::{ExchangeError, Header, MessageKind, seal};
use trm_fuzz::checks::{envelope_nodes, keyring};
use uuid::Uuid;

fn write(target: &str, name: &str, data: &[u8]) {
    let dir = format!("corpus/{target}");
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
    fs::write(format!("{dir}/{name}"), data).unwrap_or_else(|e| panic!("{name}: {e}"));
}

fn main() {
    let k = keyring();

    // sealed_value: first byte = length of the associated data that follows.
    let seal = |plain: &[u8], aad: &[u8]| {
        let mut out = vec![aad.len() as u8];
        out.extend_from_slice(aad);
        out.extend(k.seal(plain, aad).unwrap_or_default());
        out
    };
    write(
        "sealed_value",
        "valid_name",
        &seal(b"Testa Fictiva", b"cases/1/doc"),
    );
    write("sealed_value", "valid_empty", &seal(b"", b""));
    let mut wrong_aad = seal(b"Testa Fictiva", b"cases/1/doc");
    wrong_aad[1] = b'C';
    write("sealed_value", "wrong_aad", &wrong_aad);
    let mut unknown_key = seal(b"x", b"");
    unknown_key[2..6].copy_from_slice(&9u32.to_be_bytes());
    write("sealed_value", "unknown_key", &unknown_key);
    write("sealed_value", "short", b"\x00\x01\x00\x00\x00\x02");
    write(
        "sealed_value",
        "version_2",
        &[&[0u8, 2][..], &[0u8; 60][..]].concat(),
    );

    // sealed_stream
    let stream = |plain: &[u8]| {
        let mut out = Vec::new();
        trm_crypto::seal_stream(k, plain, &mut out).unwrap_or_default();
        out
    };
    write(
        "sealed_stream",
        "valid_small",
        &stream(b"synthetic backup of Testa Fictiva"),
    );
    write("sealed_stream", "valid_empty", &stream(b""));
    let mut cut = stream(b"synthetic backup");
    cut.truncate(40);
    write("sealed_stream", "cut", &cut);
    write("sealed_stream", "magic_only", b"TRMSEAL1");
    write("sealed_stream", "not_sealed", b"SQLite format 3\0");
    let mut other_key = stream(b"x");
    other_key[8..12].copy_from_slice(&7u32.to_be_bytes());
    write("sealed_stream", "unknown_key", &other_key);

    // audit_chain: a flags byte, then documents separated by 0xFF.
    let at = datetime!(2026-11-22 10:00 UTC);
    let user = AuditActor::User {
        id: UserId::from_uuid(uuid::Uuid::from_u128(3)),
        role: Role::CaseWorker,
        organisation: OrganisationId::from_uuid(uuid::Uuid::from_u128(2)),
    };
    let events = [
        AuditEvent::new(at, AuditActor::Anonymous, AuditAction::LoginFailed)
            .address(Some("192.0.2.7".into())),
        AuditEvent::new(at, user.clone(), AuditAction::CaseRead)
            .case(CaseId::from_uuid(uuid::Uuid::from_u128(1)))
            .sections([trm_domain::access::Section::Identity]),
        AuditEvent::new(
            at,
            AuditActor::Command {
                command: "trm backup".into(),
            },
            AuditAction::BackupTaken,
        ),
        AuditEvent::new(at, user, AuditAction::BreakGlass)
            .reason("Synthetic emergency for Testa Fictiva")
            .break_glass(true)
            .denied(),
    ];
    let chain = |flags: u8, docs: &[Vec<u8>]| {
        let mut out = vec![flags];
        for (i, d) in docs.iter().enumerate() {
            if i > 0 {
                out.push(0xFF);
            }
            out.extend_from_slice(d);
        }
        out
    };
    let docs: Vec<Vec<u8>> = events.iter().map(AuditEvent::to_doc).collect();
    write("audit_chain", "intact", &chain(0, &docs));
    write("audit_chain", "renumbered", &chain(1 | (2 << 2), &docs));
    write("audit_chain", "relinked", &chain(2 | (1 << 2), &docs));
    write("audit_chain", "rehashed", &chain(3 | (3 << 2), &docs));
    let mut edited = docs.clone();
    edited[1] = br#"{"at":"2026-11-22T10:00:00Z","actor":{"type":"anonymous"},"action":"case_read","case":null,"outcome":"done","colour":"red"}"#.to_vec();
    write("audit_chain", "unknown_field", &chain(0, &edited));
    write("audit_chain", "not_json", &chain(0, &[b"{".to_vec()]));

    // envelope_open: sealed with fresh randomness, so each run writes other bytes.
    match envelope_seeds() {
        Ok(seeds) => {
            for (name, bytes) in seeds {
                write("envelope_open", name, &bytes);
            }
        }
        Err(e) => panic!("sealing the envelope seeds failed: {e}"),
    }
}

/// The seeds of `envelope_open`: valid envelopes from A to B (to its current and to its
/// old HPKE key), and broken ones, each named for what it is.
fn envelope_seeds() -> Result<Vec<(&'static str, Vec<u8>)>, ExchangeError> {
    let nodes = envelope_nodes();
    let a = nodes.a_local();
    let header = nodes.header();
    // The fixed clock of the checks: a minute after the header was created.
    let now = header.created_at + Duration::minutes(1);
    let payload = br#"{"person":{"name":"Testa Fictiva"},"synthetic":true}"#;
    let valid = seal(&a, &nodes.b_peer(false), &header, payload)?;
    let mut seeds = vec![("valid", valid.clone())];
    seeds.push((
        "valid_empty_follow_up",
        seal(
            &a,
            &nodes.b_peer(false),
            &Header {
                kind: MessageKind::FollowUp,
                case_ref: None,
                consent_ref: None,
                sequence: 7,
                ..header.clone()
            },
            b"",
        )?,
    ));
    let old = nodes.b_peer(true);
    seeds.push((
        "valid_old_key",
        seal(
            &a,
            &old,
            &Header {
                recipient_key_id: old.hpke_key_id.clone(),
                ..header.clone()
            },
            payload,
        )?,
    ));
    seeds.push((
        "expired",
        seal(
            &a,
            &nodes.b_peer(false),
            &Header {
                created_at: now - Duration::days(40),
                expires_at: now - Duration::days(10),
                ..header.clone()
            },
            payload,
        )?,
    ));
    let mut to_c = nodes.b_peer(false);
    to_c.node_id = Uuid::from_u128(0xc);
    seeds.push((
        "wrong_recipient",
        seal(
            &a,
            &to_c,
            &Header {
                recipient: to_c.node_id,
                ..header.clone()
            },
            payload,
        )?,
    ));
    // Signed, but sealed to another public key than the key id it names: it decrypts
    // with none of B's keys.
    let mut mislabelled = nodes.b_peer(false);
    mislabelled.hpke_public = old.hpke_public;
    seeds.push((
        "sealed_to_another_key",
        seal(&a, &mislabelled, &header, payload)?,
    ));
    let header_len = header.to_bytes()?.len();
    let mut flipped = valid.clone();
    flipped[header_len + 40] ^= 0x01;
    seeds.push(("flipped_ciphertext", flipped));
    let mut readdressed = valid.clone();
    readdressed[39..55].copy_from_slice(Uuid::from_u128(0xc).as_bytes());
    seeds.push(("readdressed", readdressed));
    seeds.push(("cut", valid[..valid.len() - 1].to_vec()));
    let mut trailing = valid.clone();
    trailing.push(0);
    seeds.push(("trailing_byte", trailing));
    let mut unknown_kind = valid;
    unknown_kind[5] = 0x63;
    seeds.push(("unknown_kind", unknown_kind));
    seeds.push(("magic_only", b"TRME".to_vec()));
    Ok(seeds)
}

