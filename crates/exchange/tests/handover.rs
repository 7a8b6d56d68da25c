//! The key handover: the old signing key vouches for the new node document, and a peer
//! takes it only from the key it pinned, unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{a, b, now};
use time::Duration;
use trm_crypto::NodeSigningKey;
use trm_exchange::{
    ExchangeError, HpkeKeyPair, KeyHandover, NodeDocument, SignedKeyHandover, SignedNodeDocument,
    key_id, sign_handover, sign_node_document, verify_handover, verify_handover_from,
};

/// Node A's document after a rotation: new signing and HPKE keys, signed by the new key.
fn new_document(node: &common::Node, new_key: &NodeSigningKey) -> SignedNodeDocument {
    let hpke = HpkeKeyPair::from_secret(&[77; 32], now());
    let doc = NodeDocument {
        node_id: node.id,
        country: "IT".into(),
        name: "Test node".into(),
        url: "https://it.node.example".into(),
        signing_public: new_key.public_key(),
        signing_key_id: key_id(&new_key.public_key()),
        hpke_public: hpke.public_key(),
        hpke_key_id: hpke.key_id().to_owned(),
        hpke_valid_from: now(),
        issued_at: now(),
    };
    sign_node_document(&doc, new_key)
}

/// A named change to a handover.
type Change = (&'static str, Box<dyn Fn(&mut KeyHandover)>);

fn rotated() -> (common::Node, NodeSigningKey, SignedKeyHandover) {
    let a = a();
    let new_key = NodeSigningKey::from_seed(&[42; 32], now());
    let handover = sign_handover(&new_document(&a, &new_key), &a.signing, now());
    (a, new_key, handover)
}

#[test]
fn a_handover_from_the_pinned_key_yields_the_new_document() {
    let (a, new_key, signed) = rotated();
    let doc = verify_handover(&signed, &a.peer()).unwrap();
    assert_eq!(doc.signing_public, new_key.public_key());
    assert_eq!(doc.node_id, a.id);
    assert_eq!(signed.handover.old_signing_public, a.signing.public_key());
    assert_eq!(signed.handover.old_key_valid_until, now());
    // Through JSON and back.
    let json = serde_json::to_string(&signed).unwrap();
    let back: SignedKeyHandover = serde_json::from_str(&json).unwrap();
    assert_eq!(verify_handover(&back, &a.peer()).unwrap(), doc);
    // And the node itself can check it against its old public key.
    assert_eq!(
        verify_handover_from(&signed, a.id, &a.signing.public_key()).unwrap(),
        doc
    );
}

#[test]
fn every_changed_field_of_a_handover_is_refused() {
    let (a, _, signed) = rotated();
    let other = NodeSigningKey::from_seed(&[43; 32], now());
    let changes: Vec<Change> = vec![
        (
            "valid until",
            Box::new(|h| h.old_key_valid_until += Duration::days(1)),
        ),
        (
            "valid until by a nanosecond",
            Box::new(|h| h.old_key_valid_until += Duration::nanoseconds(1)),
        ),
        (
            "new document's name",
            Box::new(|h| h.new_document.document.name.push('x')),
        ),
        (
            "new document's url",
            Box::new(|h| h.new_document.document.url = "https://evil.example".into()),
        ),
        (
            "new document's HPKE key",
            Box::new(|h| h.new_document.document.hpke_public[0] ^= 1),
        ),
        (
            "new document's signature",
            Box::new(|h| h.new_document.signature[0] ^= 1),
        ),
        (
            "new signing key swapped for another (document re-signed by it)",
            Box::new(move |h| {
                let mut doc = h.new_document.document.clone();
                doc.signing_public = other.public_key();
                doc.signing_key_id = key_id(&other.public_key());
                h.new_document = sign_node_document(&doc, &other);
            }),
        ),
        (
            "node id",
            Box::new(|h| h.node_id = uuid::Uuid::from_u128(0xbad)),
        ),
        (
            "old key id",
            Box::new(|h| h.old_signing_key_id = "0000000000000000".into()),
        ),
    ];
    for (what, change) in changes {
        let mut bad = signed.clone();
        change(&mut bad.handover);
        assert!(
            verify_handover(&bad, &a.peer()).is_err(),
            "a handover with a changed {what} was accepted"
        );
    }
    let mut bad = signed.clone();
    bad.signature[63] ^= 1;
    assert!(matches!(
        verify_handover(&bad, &a.peer()),
        Err(ExchangeError::BadSignature)
    ));
}

#[test]
fn a_handover_signed_by_a_key_never_pinned_is_refused() {
    let (a, new_key, _) = rotated();
    // A thief's key claims to hand A over to a key of its choosing.
    let thief = NodeSigningKey::from_seed(&[66; 32], now());
    let forged = sign_handover(&new_document(&a, &new_key), &thief, now());
    assert!(matches!(
        verify_handover(&forged, &a.peer()),
        Err(ExchangeError::UnknownKey { .. })
    ));
    // Even naming the pinned key as the old one, the signature is not the pinned key's.
    let mut claimed = forged.clone();
    claimed.handover.old_signing_public = a.signing.public_key();
    claimed.handover.old_signing_key_id = key_id(&a.signing.public_key());
    assert!(matches!(
        verify_handover(&claimed, &a.peer()),
        Err(ExchangeError::BadSignature)
    ));
    // A's handover checked against B's pinned keys.
    let (_, _, good) = rotated();
    assert!(verify_handover(&good, &b().peer()).is_err());
}

#[test]
fn a_handover_to_another_node_or_to_the_same_key_is_refused() {
    let a = a();
    let b = b();
    // The old key of A vouching for B's document.
    let b_doc = new_document(&b, &b.signing);
    let wrong = sign_handover(&b_doc, &a.signing, now());
    assert!(verify_handover(&wrong, &a.peer()).is_err());
    // A "rotation" to the same key.
    let same = sign_handover(&new_document(&a, &a.signing), &a.signing, now());
    assert!(matches!(
        verify_handover(&same, &a.peer()),
        Err(ExchangeError::KeyMismatch { .. })
    ));
}
