//! Writes the binary seeds of `sealed_value`, `sealed_stream` and `audit_chain` (values
//! sealed under the fixed synthetic keyring of `checks::KEY_FILE`, and hash chains of
//! synthetic audit events). Run from `fuzz/`: `cargo run --example make_seeds`.

use std::fs;

use time::macros::datetime;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::codes::Role;
use trm_domain::ids::{CaseId, OrganisationId, UserId};
use trm_fuzz::checks::keyring;

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
}
