//! The sealed envelope: round trips, who can open what, tampering, time, keys, format.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Node, PAYLOAD, a, b, c, header, now};
use proptest::prelude::*;
use sha2::{Digest, Sha256};
use time::Duration;
use trm_crypto::NodeSigningKey;
use trm_exchange::{
    CLOCK_SKEW, ExchangeError, Header, HpkeKeyPair, MAX_ENVELOPE_LEN, MessageKind, digest, key_id,
    open, peek_header, seal, verify,
};
use uuid::Uuid;

fn sealed(from: &Node, to: &Node, payload: &[u8]) -> (Header, Vec<u8>) {
    let h = header(from, to);
    let envelope = seal(&from.local(), &to.peer(), &h, payload).unwrap();
    (h, envelope)
}

/// Replaces the signature of `envelope` with `key`'s signature of its (possibly changed)
/// bytes, as `docs/envelope.md` defines them.
fn resign(envelope: &mut [u8], key: &NodeSigningKey) {
    let header_len = peek_header(envelope).unwrap().to_bytes().unwrap().len();
    let sig_at = envelope.len() - 64;
    let mut message = envelope[..header_len].to_vec();
    message.extend_from_slice(&Sha256::digest(&envelope[header_len..sig_at]));
    let signature = key.sign(&message);
    envelope[sig_at..].copy_from_slice(&signature);
}

fn no_personal_data(e: &ExchangeError) {
    let text = format!("{e} {e:?}");
    assert!(!text.contains("Testa"), "{text}");
    assert!(!text.contains("Fictiva"), "{text}");
}

#[test]
fn round_trip() {
    let (a, b) = (a(), b());
    let (h, envelope) = sealed(&a, &b, PAYLOAD);
    let opened = open(&envelope, &b.local(), &a.peer(), now()).unwrap();
    assert_eq!(opened.header, h);
    assert_eq!(opened.payload, PAYLOAD);
    assert_eq!(peek_header(&envelope).unwrap(), h);
    assert_eq!(verify(&envelope, &a.peer()).unwrap(), h);
    assert_eq!(
        digest(&envelope),
        <[u8; 32]>::from(Sha256::digest(&envelope))
    );
    // The payload is not in the clear, nor is anything of it in the Debug form.
    assert!(
        !envelope
            .windows(b"Testa".len())
            .any(|w| w == b"Testa".as_slice())
    );
    assert!(!format!("{opened:?}").contains("Testa"));
    // Fresh randomness every time: two seals of the same message differ.
    let again = seal(&a.local(), &b.peer(), &h, PAYLOAD).unwrap();
    assert_ne!(again, envelope);
    assert_eq!(again.len(), envelope.len());
}

#[test]
fn every_kind_and_an_empty_payload_round_trip() {
    let (a, b) = (a(), b());
    for kind in MessageKind::ALL {
        assert_eq!(MessageKind::from_code(kind.code()), Some(kind));
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            format!("\"{}\"", kind.as_str())
        );
        let h = Header {
            kind,
            case_ref: None,
            consent_ref: None,
            sequence: u64::MAX,
            ..header(&a, &b)
        };
        let envelope = seal(&a.local(), &b.peer(), &h, b"").unwrap();
        let opened = open(&envelope, &b.local(), &a.peer(), now()).unwrap();
        assert_eq!(opened.header, h);
        assert!(opened.payload.is_empty());
    }
    assert_eq!(MessageKind::from_code(0), None);
    assert_eq!(MessageKind::from_code(9), None);
    assert_eq!(
        serde_json::to_string(&MessageKind::ConsentRevocation).unwrap(),
        "\"consent_revocation\""
    );
    assert_eq!(
        serde_json::from_str::<MessageKind>("\"follow_up\"").unwrap(),
        MessageKind::FollowUp
    );
}

#[test]
fn the_header_has_the_documented_layout() {
    let (a, b) = (a(), b());
    let h = Header {
        created_at: now() + Duration::nanoseconds(5),
        sequence: 0x0102_0304_0506_0708,
        ..header(&a, &b)
    };
    let bytes = h.to_bytes().unwrap();
    assert_eq!(&bytes[0..4], b"TRME");
    assert_eq!(bytes[4], 1);
    assert_eq!(bytes[5], MessageKind::Referral.code());
    assert_eq!(bytes[6], 0b11);
    assert_eq!(&bytes[7..23], h.message_id.as_bytes());
    assert_eq!(&bytes[23..39], a.id.as_bytes());
    assert_eq!(&bytes[39..55], b.id.as_bytes());
    assert_eq!(&bytes[55..71], h.case_ref.unwrap().as_bytes());
    assert_eq!(&bytes[71..87], h.consent_ref.unwrap().as_bytes());
    assert_eq!(&bytes[87..95], &0x0102_0304_0506_0708u64.to_be_bytes());
    assert_eq!(&bytes[95..103], &now().unix_timestamp().to_be_bytes());
    assert_eq!(&bytes[103..107], &5u32.to_be_bytes());
    assert_eq!(
        &bytes[107..115],
        &h.expires_at.unix_timestamp().to_be_bytes()
    );
    assert_eq!(&bytes[115..119], &0u32.to_be_bytes());
    assert_eq!(bytes[119], 16);
    assert_eq!(&bytes[120..136], h.sender_key_id.as_bytes());
    assert_eq!(bytes[136], 16);
    assert_eq!(&bytes[137..153], h.recipient_key_id.as_bytes());
    assert_eq!(bytes.len(), 153);

    // Then enc (32), the ciphertext length (4), the ciphertext (48 + payload + 16) and
    // the signature (64).
    let envelope = seal(&a.local(), &b.peer(), &h, PAYLOAD).unwrap();
    assert_eq!(&envelope[..153], &bytes[..]);
    let ct_len = 48 + PAYLOAD.len() + 16;
    assert_eq!(
        &envelope[185..189],
        &u32::try_from(ct_len).unwrap().to_be_bytes()
    );
    assert_eq!(envelope.len(), 153 + 32 + 4 + ct_len + 64);

    // Absent references: flags clear, zeros in their place.
    let bare = Header {
        case_ref: None,
        consent_ref: None,
        ..h
    };
    let bytes = bare.to_bytes().unwrap();
    assert_eq!(bytes[6], 0);
    assert!(bytes[55..87].iter().all(|&b| b == 0));
}

#[test]
fn a_message_for_b_cannot_be_opened_by_c() {
    let (a, b, c) = (a(), b(), c());
    let (_, envelope) = sealed(&a, &b, PAYLOAD);
    // C with its own keys: not addressed to it.
    let e = open(&envelope, &c.local(), &a.peer(), now()).unwrap_err();
    assert!(matches!(e, ExchangeError::WrongRecipient), "{e:?}");
    // C claiming to be B, with its own HPKE key: it does not hold the key the
    // message is sealed to.
    let pretending = trm_exchange::LocalKeys {
        node_id: b.id,
        ..c.local()
    };
    let e = open(&envelope, &pretending, &a.peer(), now()).unwrap_err();
    assert!(matches!(e, ExchangeError::UnknownKey { .. }), "{e:?}");
    no_personal_data(&e);
}

#[test]
fn b_cannot_readdress_a_message_to_c() {
    let (a, b, c) = (a(), b(), c());
    let (h, envelope) = sealed(&a, &b, PAYLOAD);

    // Change the recipient in the header: A's signature no longer holds.
    let mut readdressed = envelope.clone();
    readdressed[39..55].copy_from_slice(c.id.as_bytes());
    assert_eq!(peek_header(&readdressed).unwrap().recipient, c.id);
    assert!(matches!(
        verify(&readdressed, &a.peer()),
        Err(ExchangeError::BadSignature)
    ));
    assert!(matches!(
        open(&readdressed, &c.local(), &a.peer(), now()),
        Err(ExchangeError::BadSignature)
    ));

    // Re-sign it with B's key, still naming A as the sender: C checks it against A's
    // pinned key and refuses it; against B's keys it is not B's message.
    let mut resigned = readdressed.clone();
    resign(&mut resigned, &b.signing);
    assert!(matches!(
        open(&resigned, &c.local(), &a.peer(), now()),
        Err(ExchangeError::BadSignature)
    ));
    assert!(matches!(
        open(&resigned, &c.local(), &b.peer(), now()),
        Err(ExchangeError::WrongSender)
    ));
    // B can re-sign after naming itself sender with its own key id: then it is B's
    // message, and still C cannot decrypt what was sealed to B, even when the header
    // names C's HPKE key.
    let forwarded = Header {
        sender: b.id,
        sender_key_id: key_id(&b.signing.public_key()),
        recipient: c.id,
        recipient_key_id: c.hpke[0].key_id().to_owned(),
        ..h.clone()
    };
    let mut rewrapped = forwarded.to_bytes().unwrap();
    let old_header_len = h.to_bytes().unwrap().len();
    rewrapped.extend_from_slice(&envelope[old_header_len..]);
    resign(&mut rewrapped, &b.signing);
    let e = open(&rewrapped, &c.local(), &b.peer(), now()).unwrap_err();
    assert!(matches!(e, ExchangeError::DecryptFailed), "{e:?}");
    // And B's own HPKE key no longer opens it either: the info and the associated
    // data bind the original sender, recipient and header.
    let mut to_b = Header {
        recipient: b.id,
        sender: c.id,
        sender_key_id: key_id(&c.signing.public_key()),
        recipient_key_id: b.hpke[0].key_id().to_owned(),
        ..h
    }
    .to_bytes()
    .unwrap();
    to_b.extend_from_slice(&envelope[old_header_len..]);
    resign(&mut to_b, &c.signing);
    let e = open(&to_b, &b.local(), &c.peer(), now()).unwrap_err();
    assert!(matches!(e, ExchangeError::DecryptFailed), "{e:?}");
}

#[test]
fn a_message_from_another_sender_or_key_is_refused() {
    let (a, b, c) = (a(), b(), c());
    let (_, envelope) = sealed(&a, &b, PAYLOAD);
    // Checked against C's keys: the header names A.
    assert!(matches!(
        verify(&envelope, &c.peer()),
        Err(ExchangeError::WrongSender)
    ));
    // A's pinned key was rotated: the header's key id is not the pinned one.
    let mut rotated = a.peer();
    let new_key = NodeSigningKey::from_seed(&[99; 32], now());
    rotated.signing_public = new_key.public_key();
    rotated.signing_key_id = key_id(&new_key.public_key());
    let e = verify(&envelope, &rotated).unwrap_err();
    assert!(
        matches!(&e, ExchangeError::UnknownKey { key_id } if *key_id == a.peer().signing_key_id)
    );
    // Same key id pinned with another key (should never happen): the signature fails.
    let mut wrong = a.peer();
    wrong.signing_public = new_key.public_key();
    assert!(matches!(
        verify(&envelope, &wrong),
        Err(ExchangeError::BadSignature)
    ));
}

fn refused(envelope: &[u8], b: &Node, a: &Node) -> bool {
    match open(envelope, &b.local(), &a.peer(), now()) {
        Ok(_) => false,
        Err(e) => {
            no_personal_data(&e);
            true
        }
    }
}

#[test]
fn flipping_any_byte_of_an_envelope_makes_open_fail() {
    let (a, b) = (a(), b());
    let (_, envelope) = sealed(&a, &b, b"Testa Fictiva");
    assert!(!refused(&envelope, &b, &a));
    for at in 0..envelope.len() {
        for mask in [0x01, 0x80, 0xff] {
            let mut bad = envelope.clone();
            bad[at] ^= mask;
            assert!(refused(&bad, &b, &a), "flip {mask:#04x} at {at} opened");
        }
    }
    for len in 0..envelope.len() {
        assert!(refused(&envelope[..len], &b, &a), "cut at {len} opened");
    }
    let mut longer = envelope.clone();
    longer.push(0);
    assert!(matches!(
        open(&longer, &b.local(), &a.peer(), now()),
        Err(ExchangeError::Malformed { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any change of a 4 KiB envelope, at one position or several, is refused.
    #[test]
    fn tampering_with_a_4_kib_envelope_is_refused(
        flips in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..4)
    ) {
        let (a, b) = (a(), b());
        let payload: Vec<u8> = (0..4096u32).map(|i| (i % 251) as u8).collect();
        let (_, envelope) = sealed(&a, &b, &payload);
        let mut bad = envelope.clone();
        for (at, mask) in &flips {
            let len = bad.len();
            bad[at.index(len)] ^= mask;
        }
        prop_assume!(bad != envelope);
        prop_assert!(refused(&bad, &b, &a));
    }
}

#[test]
fn expired_and_not_yet_valid_envelopes_are_refused() {
    let (a, b) = (a(), b());
    let (h, envelope) = sealed(&a, &b, PAYLOAD);
    let open_at = |at| open(&envelope, &b.local(), &a.peer(), at);
    assert!(open_at(h.expires_at - Duration::nanoseconds(1)).is_ok());
    assert!(matches!(open_at(h.expires_at), Err(ExchangeError::Expired)));
    assert!(matches!(
        open_at(h.expires_at + Duration::days(400)),
        Err(ExchangeError::Expired)
    ));
    // Created up to five minutes ahead of the receiver's clock: accepted.
    assert!(open_at(h.created_at - CLOCK_SKEW).is_ok());
    assert!(matches!(
        open_at(h.created_at - CLOCK_SKEW - Duration::seconds(1)),
        Err(ExchangeError::NotYetValid)
    ));
    // A header that expires no later than it was created cannot be sealed.
    let backwards = Header {
        expires_at: h.created_at,
        ..h
    };
    assert!(matches!(
        seal(&a.local(), &b.peer(), &backwards, PAYLOAD),
        Err(ExchangeError::Malformed { .. })
    ));
}

#[test]
fn an_old_hpke_key_still_opens_what_was_sealed_to_it() {
    let a = a();
    let mut b = b();
    let old_peer = b.peer();
    let (h_old, to_old) = sealed(&a, &b, PAYLOAD);
    // B rotates: a new current key, the old one kept with an end of validity.
    let old = b
        .hpke
        .remove(0)
        .with_valid_until(Some(now() + Duration::days(1)));
    b.hpke = vec![HpkeKeyPair::from_secret(&[77; 32], now()), old];
    assert_ne!(b.peer().hpke_key_id, old_peer.hpke_key_id);
    let (h_new, to_new) = sealed(&a, &b, b"new");
    assert_eq!(h_new.recipient_key_id, b.hpke[0].key_id());
    assert_eq!(
        open(&to_old, &b.local(), &a.peer(), now()).unwrap().header,
        h_old
    );
    assert_eq!(
        open(&to_new, &b.local(), &a.peer(), now()).unwrap().payload,
        b"new"
    );
    // Once the old key is dropped, what was sealed to it is refused by its key id.
    b.hpke.truncate(1);
    let e = open(&to_old, &b.local(), &a.peer(), now()).unwrap_err();
    assert!(
        matches!(&e, ExchangeError::UnknownKey { key_id } if *key_id == old_peer.hpke_key_id),
        "{e:?}"
    );
    assert!(e.to_string().contains(&old_peer.hpke_key_id));
}

#[test]
fn seal_refuses_a_header_that_does_not_match_the_keys() {
    let (a, b, c) = (a(), b(), c());
    let h = header(&a, &b);
    let mismatch = |h: &Header, to: &Node| {
        matches!(
            seal(&a.local(), &to.peer(), h, PAYLOAD),
            Err(ExchangeError::KeyMismatch { .. })
        )
    };
    assert!(mismatch(&h, &c));
    assert!(mismatch(
        &Header {
            sender: c.id,
            ..h.clone()
        },
        &b
    ));
    assert!(mismatch(
        &Header {
            sender_key_id: key_id(&c.signing.public_key()),
            ..h.clone()
        },
        &b
    ));
    assert!(mismatch(
        &Header {
            recipient_key_id: c.hpke[0].key_id().to_owned(),
            ..h.clone()
        },
        &b
    ));
}

#[test]
fn seal_refuses_headers_that_break_the_format() {
    let (a, b) = (a(), b());
    let h = header(&a, &b);
    let malformed = |h: Header| {
        matches!(
            seal(&a.local(), &b.peer(), &h, PAYLOAD),
            Err(ExchangeError::Malformed { .. })
        ) && matches!(h.to_bytes(), Err(ExchangeError::Malformed { .. }))
    };
    assert!(malformed(Header {
        message_id: Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0001),
        ..h.clone()
    }));
    assert!(malformed(Header {
        case_ref: Some(Uuid::nil()),
        ..h.clone()
    }));
    assert!(malformed(Header {
        consent_ref: Some(Uuid::nil()),
        ..h.clone()
    }));
    // The same node at both ends.
    let mut peer = b.peer();
    peer.node_id = a.id;
    assert!(matches!(
        seal(
            &a.local(),
            &peer,
            &Header {
                recipient: a.id,
                ..h.clone()
            },
            PAYLOAD
        ),
        Err(ExchangeError::Malformed { .. })
    ));
    // Key ids: empty, too long, characters outside [0-9A-Za-z._:-].
    for bad in ["", "a b", "ключ", &"k".repeat(65), "id\n"] {
        let mut peer = b.peer();
        peer.hpke_key_id = bad.to_owned();
        assert!(matches!(
            seal(
                &a.local(),
                &peer,
                &Header {
                    recipient_key_id: bad.to_owned(),
                    ..h.clone()
                },
                PAYLOAD
            ),
            Err(ExchangeError::Malformed { .. })
        ));
    }
}

#[test]
fn the_size_limit_holds_on_both_sides() {
    let (a, b) = (a(), b());
    let h = header(&a, &b);
    let overhead = h.to_bytes().unwrap().len() + 32 + 4 + 48 + 16 + 64;
    let largest = vec![7u8; MAX_ENVELOPE_LEN - overhead];
    let envelope = seal(&a.local(), &b.peer(), &h, &largest).unwrap();
    assert_eq!(envelope.len(), MAX_ENVELOPE_LEN);
    assert_eq!(
        open(&envelope, &b.local(), &a.peer(), now())
            .unwrap()
            .payload
            .len(),
        largest.len()
    );
    let too_large = vec![7u8; largest.len() + 1];
    assert!(matches!(
        seal(&a.local(), &b.peer(), &h, &too_large),
        Err(ExchangeError::TooLarge)
    ));
    let mut longer = envelope;
    longer.push(0);
    assert!(matches!(peek_header(&longer), Err(ExchangeError::TooLarge)));
}

/// Rewrites one part of the envelope and signs it again with A's key, so that only the
/// format check can refuse it.
fn resigned_with(
    envelope: &[u8],
    a: &Node,
    change: impl FnOnce(&mut Vec<u8>),
) -> Result<Header, ExchangeError> {
    let mut bytes = envelope.to_vec();
    change(&mut bytes);
    // Re-signing needs the header to parse; where it does not, the parse error is the
    // answer.
    if peek_header(&bytes).is_ok() {
        resign(&mut bytes, &a.signing);
    }
    verify(&bytes, &a.peer())
}

#[test]
fn the_parser_is_strict() {
    let (a, b) = (a(), b());
    let (h, envelope) = sealed(&a, &b, PAYLOAD);
    let malformed =
        |r: Result<Header, ExchangeError>| matches!(r, Err(ExchangeError::Malformed { .. }));
    assert!(malformed(peek_header(b"")));
    assert!(malformed(peek_header(b"TRME")));
    assert!(malformed(resigned_with(&envelope, &a, |e| e[0] = b'X')));
    assert!(malformed(resigned_with(&envelope, &a, |e| e[4] = 2)));
    for code in [0u8, 9, 0xff] {
        assert!(malformed(resigned_with(&envelope, &a, |e| e[5] = code)));
    }
    assert!(malformed(resigned_with(&envelope, &a, |e| e[6] |= 0b100)));
    // An absent reference must be zeros.
    let bare = Header {
        case_ref: None,
        ..h.clone()
    };
    let bare_envelope = seal(&a.local(), &b.peer(), &bare, PAYLOAD).unwrap();
    assert!(verify(&bare_envelope, &a.peer()).is_ok());
    assert!(malformed(resigned_with(&bare_envelope, &a, |e| e[60] = 1)));
    // A present reference must not be nil.
    assert!(malformed(
        resigned_with(&envelope, &a, |e| e[55..71].fill(0))
    ));
    // Not a UUIDv7.
    assert!(malformed(resigned_with(&envelope, &a, |e| e[13] = 0x4f)));
    // Nanoseconds of 10^9 or more.
    assert!(malformed(resigned_with(&envelope, &a, |e| e[103..107]
        .copy_from_slice(&1_000_000_000u32.to_be_bytes()))));
    // A year OffsetDateTime cannot hold.
    assert!(malformed(resigned_with(&envelope, &a, |e| e[107..115]
        .copy_from_slice(&i64::MAX.to_be_bytes()))));
    // Key ids: zero length, not UTF-8, a control character.
    assert!(malformed(resigned_with(&envelope, &a, |e| e[119] = 0)));
    assert!(malformed(resigned_with(&envelope, &a, |e| e[120] = 0xc3)));
    assert!(malformed(resigned_with(&envelope, &a, |e| e[121] = b'\n')));
    // A ciphertext length that does not fit what follows, or is too short.
    for len in [0u32, 63, u32::MAX] {
        assert!(malformed(resigned_with(&envelope, &a, |e| e[185..189]
            .copy_from_slice(&len.to_be_bytes()))));
    }
    // Trailing bytes, and a missing byte of the signature.
    assert!(malformed(resigned_with(&envelope, &a, |e| e.push(0))));
    assert!(malformed(peek_header(&envelope[..envelope.len() - 1])));
    // The errors name the rule, not the bytes.
    let e = peek_header(&envelope[..119]).unwrap_err();
    assert_eq!(e.to_string(), "malformed: sender key id");
}

#[test]
fn the_header_travels_as_json_too() {
    let (a, b) = (a(), b());
    let h = Header {
        created_at: now() + Duration::nanoseconds(123),
        ..header(&a, &b)
    };
    let json = serde_json::to_string(&h).unwrap();
    assert!(json.contains("\"kind\":\"referral\""), "{json}");
    assert!(json.contains("2026-11-22T10:00:00.000000123Z"), "{json}");
    assert_eq!(serde_json::from_str::<Header>(&json).unwrap(), h);
}

#[test]
fn the_bench_figures_come_out() {
    let figures = trm_exchange::bench::primitives(3, 4096).unwrap();
    assert_eq!(figures.iterations, 3);
    assert_eq!(figures.payload_len, 4096);
    assert!(figures.seal_open_per_s > 0.0);
    assert!(figures.raw_primitives_per_s > 0.0);
}
