//! Receipts and node documents: signed by their node, refused when changed or checked
//! against the wrong key or fingerprint.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{PAYLOAD, a, b, header, now};
use time::Duration;
use trm_crypto::fingerprint;
use trm_exchange::{
    ExchangeError, NodeDocument, Receipt, ReceiptStatus, SignedNodeDocument, SignedReceipt, digest,
    key_id, seal, sign_node_document, sign_receipt, verify_node_document, verify_receipt,
};
use uuid::Uuid;

fn receipt(b: &common::Node) -> Receipt {
    let a = a();
    let h = header(&a, b);
    let envelope = seal(&a.local(), &b.peer(), &h, PAYLOAD).unwrap();
    Receipt {
        message_id: h.message_id,
        digest: digest(&envelope),
        received_at: now() + Duration::milliseconds(3),
        status: ReceiptStatus::Accepted,
        receiver: b.id,
        receiver_key_id: key_id(&b.signing.public_key()),
    }
}

#[test]
fn a_receipt_verifies_under_the_receivers_key() {
    let b = b();
    let r = receipt(&b);
    let signed = sign_receipt(&r, &b.signing);
    assert_eq!(verify_receipt(&signed, &b.peer()).unwrap(), r);
    // Through JSON and back.
    let json = serde_json::to_string(&signed).unwrap();
    assert!(json.contains("\"status\":\"accepted\""), "{json}");
    let hex: String = r.digest.iter().map(|b| format!("{b:02x}")).collect();
    assert!(json.contains(&hex), "{json}");
    let back: SignedReceipt = serde_json::from_str(&json).unwrap();
    assert_eq!(verify_receipt(&back, &b.peer()).unwrap(), r);
}

#[test]
fn a_changed_receipt_is_refused() {
    let b = b();
    let r = receipt(&b);
    let signed = sign_receipt(&r, &b.signing);
    let changes: Vec<fn(&mut Receipt)> = vec![
        |r| r.message_id = Uuid::now_v7(),
        |r| r.digest[31] ^= 1,
        |r| r.received_at += Duration::nanoseconds(1),
        |r| r.status = ReceiptStatus::Duplicate,
        |r| r.status = ReceiptStatus::Rejected,
    ];
    for change in changes {
        let mut bad = signed.clone();
        change(&mut bad.receipt);
        assert!(matches!(
            verify_receipt(&bad, &b.peer()),
            Err(ExchangeError::BadSignature)
        ));
    }
    let mut bad = signed.clone();
    bad.signature[0] ^= 1;
    assert!(matches!(
        verify_receipt(&bad, &b.peer()),
        Err(ExchangeError::BadSignature)
    ));
    // Another node's receipt, or one naming another key of B.
    assert!(matches!(
        verify_receipt(&signed, &a().peer()),
        Err(ExchangeError::WrongSender)
    ));
    let mut other_key = signed.clone();
    other_key.receipt.receiver_key_id = "0011223344556677".into();
    assert!(matches!(
        verify_receipt(&other_key, &b.peer()),
        Err(ExchangeError::UnknownKey { .. })
    ));
    // Signed by A while naming B: refused under B's key.
    let forged = sign_receipt(&r, &a().signing);
    assert!(matches!(
        verify_receipt(&forged, &b.peer()),
        Err(ExchangeError::BadSignature)
    ));
    // A key id that is no key id is not repeated in the error.
    let mut junk = signed;
    junk.receipt.receiver_key_id = "Testa Fictiva".into();
    let e = verify_receipt(&junk, &b.peer()).unwrap_err();
    assert!(!e.to_string().contains("Testa"), "{e}");
}

#[test]
fn receipt_json_is_strict() {
    let b = b();
    let signed = sign_receipt(&receipt(&b), &b.signing);
    let mut json = serde_json::to_value(&signed).unwrap();
    json["receipt"]["digest"] = "abcd".into();
    assert!(serde_json::from_value::<SignedReceipt>(json.clone()).is_err());
    let mut json = serde_json::to_value(&signed).unwrap();
    json["receipt"]["extra"] = 1.into();
    assert!(serde_json::from_value::<SignedReceipt>(json).is_err());
    let mut json = serde_json::to_value(&signed).unwrap();
    json["signature"] = "AAEC".into();
    assert!(serde_json::from_value::<SignedReceipt>(json).is_err());
}

fn document(node: &common::Node) -> NodeDocument {
    let peer = node.peer();
    NodeDocument {
        node_id: node.id,
        country: "AL".into(),
        name: "Synthetic focal point, Tirana".into(),
        url: "http://127.0.0.1:8402".into(),
        signing_public: peer.signing_public,
        signing_key_id: peer.signing_key_id,
        hpke_public: peer.hpke_public,
        hpke_key_id: peer.hpke_key_id,
        hpke_valid_from: node.hpke[0].valid_from(),
        issued_at: now(),
    }
}

#[test]
fn a_node_document_is_accepted_with_its_fingerprint_in_any_spacing_or_case() {
    let b = b();
    let doc = document(&b);
    let signed = sign_node_document(&doc, &b.signing);
    let print = b.signing.fingerprint();
    for typed in [
        print.clone(),
        print.to_uppercase(),
        print.replace(' ', ""),
        format!("  {}\n", print.replace(' ', "  ")),
    ] {
        assert_eq!(verify_node_document(&signed, &typed).unwrap(), doc);
    }
    assert_eq!(doc.peer_keys(), b.peer());
    let json = serde_json::to_string(&signed).unwrap();
    let back: SignedNodeDocument = serde_json::from_str(&json).unwrap();
    assert_eq!(verify_node_document(&back, &print).unwrap(), doc);
}

#[test]
fn a_wrong_fingerprint_is_refused() {
    let (a, b) = (a(), b());
    let signed = sign_node_document(&document(&b), &b.signing);
    let print = b.signing.fingerprint();
    let mut wrong = print.clone().into_bytes();
    let last = wrong.len() - 1;
    wrong[last] = if wrong[last] == b'0' { b'1' } else { b'0' };
    for typed in [
        String::from_utf8(wrong).unwrap(),
        a.signing.fingerprint(),
        print[..print.len() - 5].to_owned(),
        String::new(),
        "   ".to_owned(),
    ] {
        assert!(matches!(
            verify_node_document(&signed, &typed),
            Err(ExchangeError::FingerprintMismatch)
        ));
    }
    // A man in the middle swaps in his own signing key and signs: the fingerprint
    // read over the phone is B's, so it is refused.
    let mut swapped = document(&b);
    swapped.signing_public = a.signing.public_key();
    swapped.signing_key_id = key_id(&a.signing.public_key());
    let signed = sign_node_document(&swapped, &a.signing);
    assert!(matches!(
        verify_node_document(&signed, &print),
        Err(ExchangeError::FingerprintMismatch)
    ));
    assert_eq!(fingerprint(&b.signing.public_key()), print);
}

#[test]
fn a_changed_node_document_is_refused() {
    let (a, b) = (a(), b());
    let doc = document(&b);
    let signed = sign_node_document(&doc, &b.signing);
    let print = b.signing.fingerprint();
    let changes: Vec<fn(&mut NodeDocument)> = vec![
        |d| d.node_id = Uuid::from_u128(9),
        |d| d.country = "MD".into(),
        |d| d.name.push('!'),
        |d| d.url = "http://127.0.0.1:9999".into(),
        // The HPKE key swapped for an attacker's: messages would be sealed to him.
        |d| {
            d.hpke_public = [5; 32];
            d.hpke_key_id = key_id(&[5; 32]);
        },
        |d| d.hpke_valid_from += Duration::seconds(1),
        |d| d.issued_at -= Duration::days(1),
        |d| d.signing_key_id = "x".into(),
    ];
    for change in changes {
        let mut bad = signed.clone();
        change(&mut bad.document);
        assert!(matches!(
            verify_node_document(&bad, &print),
            Err(ExchangeError::BadSignature)
        ));
    }
    let mut bad = signed;
    bad.signature[63] ^= 0x80;
    assert!(matches!(
        verify_node_document(&bad, &print),
        Err(ExchangeError::BadSignature)
    ));
    // Fields moved from one string to the next change the signed bytes too.
    let mut moved = doc.clone();
    moved.country = "ALS".into();
    moved.name = "ynthetic focal point, Tirana".into();
    assert_ne!(moved.signed_bytes(), doc.signed_bytes());
    // Key ids that are not the ids of the keys, even if signed, are refused.
    let mut wrong_id = doc;
    wrong_id.hpke_key_id = key_id(&a.signing.public_key());
    let signed = sign_node_document(&wrong_id, &b.signing);
    assert!(matches!(
        verify_node_document(&signed, &print),
        Err(ExchangeError::KeyMismatch { .. })
    ));
}
