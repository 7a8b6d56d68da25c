//! The sealed envelope: one binary format for every message between nodes. The layout,
//! the signed bytes and the order of the checks are specified in `docs/envelope.md`;
//! this module is that page in code.

use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use rand::rngs::OsRng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::ExchangeError;
use crate::keys::{Aead, Kdf, Kem, LocalKeys, PeerKeys, key_id};
use crate::wire::{Reader, put_time, valid_key_id};

/// The first four bytes of every envelope.
pub const MAGIC: [u8; 4] = *b"TRME";
/// The format version that follows the magic.
pub const FORMAT_VERSION: u8 = 1;
/// The largest envelope accepted or produced: 8 MiB.
pub const MAX_ENVELOPE_LEN: usize = 8 * 1024 * 1024;
/// How far in the future an envelope's creation time may be, for clocks that differ.
pub const CLOCK_SKEW: Duration = Duration::minutes(5);

/// Bytes of the fixed part of the header, up to the sender key id's length byte.
const FIXED_HEADER_LEN: usize = 119;
const ENC_LEN: usize = 32;
const TAG_LEN: usize = 16;
const SIGNATURE_LEN: usize = 64;
/// Message id, sender and recipient, repeated at the start of the plaintext.
const INNER_LEN: usize = 48;
/// The HPKE info starts with this; the two node ids follow.
const INFO_CONTEXT: &[u8] = b"opentrm-envelope-v1\0";

const FLAG_CASE_REF: u8 = 0b01;
const FLAG_CONSENT_REF: u8 = 0b10;

/// What a message is. The one-byte codes are part of the format and never change
/// meaning; a new kind gets a new code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// A referral (the referral template's document).
    Referral,
    /// A request for information or action about a case.
    Request,
    /// The answer to a request.
    Reply,
    /// A follow-up report on a referred case.
    FollowUp,
    /// Notice that a consent the sender relied on was revoked.
    ConsentRevocation,
    /// A delivery receipt, when it travels in an envelope (bundles).
    Receipt,
    /// The business receipt: the receiving focal point opened the message.
    Opened,
    /// The sender's new keys, signed with its old signing key (`trm keys rotate`).
    KeyHandover,
}

impl MessageKind {
    pub const ALL: [MessageKind; 8] = [
        MessageKind::Referral,
        MessageKind::Request,
        MessageKind::Reply,
        MessageKind::FollowUp,
        MessageKind::ConsentRevocation,
        MessageKind::Receipt,
        MessageKind::Opened,
        MessageKind::KeyHandover,
    ];

    /// The kind's byte in the envelope. 0 is never used.
    pub const fn code(self) -> u8 {
        match self {
            MessageKind::Referral => 1,
            MessageKind::Request => 2,
            MessageKind::Reply => 3,
            MessageKind::FollowUp => 4,
            MessageKind::ConsentRevocation => 5,
            MessageKind::Receipt => 6,
            MessageKind::Opened => 7,
            MessageKind::KeyHandover => 8,
        }
    }

    /// The kind with that code, if any.
    pub const fn from_code(code: u8) -> Option<MessageKind> {
        Some(match code {
            1 => MessageKind::Referral,
            2 => MessageKind::Request,
            3 => MessageKind::Reply,
            4 => MessageKind::FollowUp,
            5 => MessageKind::ConsentRevocation,
            6 => MessageKind::Receipt,
            7 => MessageKind::Opened,
            8 => MessageKind::KeyHandover,
            _ => return None,
        })
    }

    /// The snake_case name, as in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            MessageKind::Referral => "referral",
            MessageKind::Request => "request",
            MessageKind::Reply => "reply",
            MessageKind::FollowUp => "follow_up",
            MessageKind::ConsentRevocation => "consent_revocation",
            MessageKind::Receipt => "receipt",
            MessageKind::Opened => "opened",
            MessageKind::KeyHandover => "key_handover",
        }
    }
}

/// The envelope's header: everything about a message that travels in the clear and is
/// signed. Nothing in it names or describes a person; the ids are random or time-based
/// UUIDs that mean something only inside the two nodes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// A UUIDv7, fresh for every message (the receiver's duplicate check uses it).
    pub message_id: Uuid,
    pub kind: MessageKind,
    pub sender: Uuid,
    pub recipient: Uuid,
    /// The id of the sender's Ed25519 key that signs ([`key_id`] of its public key).
    pub sender_key_id: String,
    /// The id of the recipient's HPKE key the payload is sealed to.
    pub recipient_key_id: String,
    /// The case the message belongs to, as the two nodes know it (not the nil UUID).
    pub case_ref: Option<Uuid>,
    /// Per (sender, recipient, case): the receiver applies a case's messages in this order.
    pub sequence: u64,
    /// The consent record the sender relied on to send it (not the nil UUID).
    pub consent_ref: Option<Uuid>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// After this instant the message is refused; it must be later than `created_at`.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
}

impl Header {
    /// The canonical bytes of the header, as they stand at the start of the envelope.
    /// Fails if the header breaks a rule of the format: the message id is not a UUIDv7,
    /// sender and recipient are the same node, a reference is the nil UUID, a key id is
    /// empty, longer than 64 bytes or has other characters than `[0-9A-Za-z._:-]`, or it
    /// expires no later than it was created.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ExchangeError> {
        self.check()?;
        let mut out = Vec::with_capacity(
            FIXED_HEADER_LEN + 2 + self.sender_key_id.len() + self.recipient_key_id.len(),
        );
        self.write(&mut out);
        Ok(out)
    }

    fn check(&self) -> Result<(), ExchangeError> {
        let malformed = |what| Err(ExchangeError::Malformed { what });
        if !is_v7(&self.message_id) {
            return malformed("the message id is not a UUIDv7");
        }
        if self.sender == self.recipient {
            return malformed("the sender and the recipient are the same node");
        }
        if self.case_ref.is_some_and(|r| r.is_nil()) {
            return malformed("the case reference is the nil UUID");
        }
        if self.consent_ref.is_some_and(|r| r.is_nil()) {
            return malformed("the consent reference is the nil UUID");
        }
        if !valid_key_id(self.sender_key_id.as_bytes()) {
            return malformed("the sender key id is not 1 to 64 of [0-9A-Za-z._:-]");
        }
        if !valid_key_id(self.recipient_key_id.as_bytes()) {
            return malformed("the recipient key id is not 1 to 64 of [0-9A-Za-z._:-]");
        }
        if self.expires_at <= self.created_at {
            return malformed("the envelope expires no later than it was created");
        }
        Ok(())
    }

    /// Writes the header; `check` must have passed (key ids of at most 64 bytes).
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&MAGIC);
        out.push(FORMAT_VERSION);
        out.push(self.kind.code());
        let flags = if self.case_ref.is_some() {
            FLAG_CASE_REF
        } else {
            0
        } | if self.consent_ref.is_some() {
            FLAG_CONSENT_REF
        } else {
            0
        };
        out.push(flags);
        out.extend_from_slice(self.message_id.as_bytes());
        out.extend_from_slice(self.sender.as_bytes());
        out.extend_from_slice(self.recipient.as_bytes());
        out.extend_from_slice(self.case_ref.unwrap_or_default().as_bytes());
        out.extend_from_slice(self.consent_ref.unwrap_or_default().as_bytes());
        out.extend_from_slice(&self.sequence.to_be_bytes());
        put_time(out, self.created_at);
        put_time(out, self.expires_at);
        for id in [&self.sender_key_id, &self.recipient_key_id] {
            out.push(id.len() as u8);
            out.extend_from_slice(id.as_bytes());
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Header, ExchangeError> {
        let malformed = |what| ExchangeError::Malformed { what };
        if r.array::<4>("magic")? != MAGIC {
            return Err(malformed("not an OpenTRM envelope (the magic is not TRME)"));
        }
        if r.u8("format version")? != FORMAT_VERSION {
            return Err(malformed("unknown format version"));
        }
        let kind = MessageKind::from_code(r.u8("kind")?).ok_or(malformed("unknown kind code"))?;
        let flags = r.u8("flags")?;
        if flags & !(FLAG_CASE_REF | FLAG_CONSENT_REF) != 0 {
            return Err(malformed("unknown flag bits"));
        }
        let message_id = Uuid::from_bytes(r.array("message id")?);
        let sender = Uuid::from_bytes(r.array("sender")?);
        let recipient = Uuid::from_bytes(r.array("recipient")?);
        let case_ref = optional_ref(r, flags & FLAG_CASE_REF != 0, "case reference")?;
        let consent_ref = optional_ref(r, flags & FLAG_CONSENT_REF != 0, "consent reference")?;
        let sequence = r.u64("sequence")?;
        let created_at = r.time("created at")?;
        let expires_at = r.time("expires at")?;
        let sender_key_id = read_key_id(r, "sender key id")?;
        let recipient_key_id = read_key_id(r, "recipient key id")?;
        let header = Header {
            message_id,
            kind,
            sender,
            recipient,
            sender_key_id,
            recipient_key_id,
            case_ref,
            sequence,
            consent_ref,
            created_at,
            expires_at,
        };
        header.check()?;
        Ok(header)
    }
}

fn is_v7(id: &Uuid) -> bool {
    id.get_version_num() == 7 && id.get_variant() == uuid::Variant::RFC4122
}

/// A reference that is present (flag set, not nil) or absent (flag clear, all zero).
fn optional_ref(
    r: &mut Reader<'_>,
    present: bool,
    what: &'static str,
) -> Result<Option<Uuid>, ExchangeError> {
    let id = Uuid::from_bytes(r.array(what)?);
    match (present, id.is_nil()) {
        (true, false) => Ok(Some(id)),
        (false, true) => Ok(None),
        // Checked in `Header::check` for a present nil reference.
        (true, true) => Ok(Some(id)),
        (false, false) => Err(ExchangeError::Malformed {
            what: "a reference absent by its flag is not all zero",
        }),
    }
}

fn read_key_id(r: &mut Reader<'_>, what: &'static str) -> Result<String, ExchangeError> {
    let len = usize::from(r.u8(what)?);
    let bytes = r.take(len, what)?;
    if !valid_key_id(bytes) {
        return Err(ExchangeError::Malformed {
            what: "a key id is not 1 to 64 of [0-9A-Za-z._:-]",
        });
    }
    // Only ASCII passes `valid_key_id`.
    String::from_utf8(bytes.to_vec()).map_err(|_| ExchangeError::Malformed { what })
}

/// An envelope split into its parts; no check beyond the format has been made.
struct Parsed<'a> {
    header: Header,
    /// The header's bytes.
    header_bytes: &'a [u8],
    /// Every byte before the signature: header, enc, ciphertext length and ciphertext.
    signed_part: &'a [u8],
    enc: &'a [u8],
    /// Ciphertext with the Poly1305 tag at its end.
    ciphertext: &'a [u8],
    signature: [u8; SIGNATURE_LEN],
}

fn parse(envelope: &[u8]) -> Result<Parsed<'_>, ExchangeError> {
    if envelope.len() > MAX_ENVELOPE_LEN {
        return Err(ExchangeError::TooLarge);
    }
    let mut r = Reader::new(envelope);
    let header = Header::read(&mut r)?;
    let header_len = envelope.len() - r.remaining();
    let enc = r.take(ENC_LEN, "HPKE enc")?;
    let ct_len = r.u32("ciphertext length")?;
    let ct_len = usize::try_from(ct_len).map_err(|_| ExchangeError::TooLarge)?;
    if ct_len < INNER_LEN + TAG_LEN {
        return Err(ExchangeError::Malformed {
            what: "the ciphertext is shorter than the ids and tag it must hold",
        });
    }
    let ciphertext = r.take(ct_len, "ciphertext")?;
    let signed_len = envelope.len() - r.remaining();
    let signature = r.array::<SIGNATURE_LEN>("signature")?;
    if r.remaining() != 0 {
        return Err(ExchangeError::Malformed {
            what: "bytes after the signature",
        });
    }
    Ok(Parsed {
        header,
        header_bytes: &envelope[..header_len],
        signed_part: &envelope[..signed_len],
        enc,
        ciphertext,
        signature,
    })
}

/// The bytes the sender signs: the header, then the SHA-256 of everything between the
/// header and the signature (enc, ciphertext length, ciphertext).
fn signed_message(header_bytes: &[u8], body: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(header_bytes.len() + 32);
    message.extend_from_slice(header_bytes);
    message.extend_from_slice(&Sha256::digest(body));
    message
}

/// The HPKE info: a context string, then the sender's and the recipient's node ids.
fn hpke_info(sender: &Uuid, recipient: &Uuid) -> [u8; INFO_CONTEXT.len() + 32] {
    let mut info = [0u8; INFO_CONTEXT.len() + 32];
    info[..INFO_CONTEXT.len()].copy_from_slice(INFO_CONTEXT);
    info[INFO_CONTEXT.len()..INFO_CONTEXT.len() + 16].copy_from_slice(sender.as_bytes());
    info[INFO_CONTEXT.len() + 16..].copy_from_slice(recipient.as_bytes());
    info
}

fn inner_ids(header: &Header) -> [u8; INNER_LEN] {
    let mut ids = [0u8; INNER_LEN];
    ids[..16].copy_from_slice(header.message_id.as_bytes());
    ids[16..32].copy_from_slice(header.sender.as_bytes());
    ids[32..].copy_from_slice(header.recipient.as_bytes());
    ids
}

/// Seals `payload` from this node to `recipient`: encrypts it to the recipient's HPKE
/// key and signs the whole with this node's signing key.
///
/// The header must name this node and its signing key id as the sender, and the
/// recipient's node id and HPKE key id as the recipient ([`ExchangeError::KeyMismatch`]
/// otherwise), and follow the rules of [`Header::to_bytes`]. The envelope may not exceed
/// [`MAX_ENVELOPE_LEN`].
pub fn seal(
    local: &LocalKeys<'_>,
    recipient: &PeerKeys,
    header: &Header,
    payload: &[u8],
) -> Result<Vec<u8>, ExchangeError> {
    seal_with_inner(local, recipient, header, &inner_ids(header), payload)
}

/// [`seal`], with the ids inside the plaintext given: the tests seal wrong ones.
fn seal_with_inner(
    local: &LocalKeys<'_>,
    recipient: &PeerKeys,
    header: &Header,
    inner: &[u8; INNER_LEN],
    payload: &[u8],
) -> Result<Vec<u8>, ExchangeError> {
    let mismatch = |what| Err(ExchangeError::KeyMismatch { what });
    if header.sender != local.node_id {
        return mismatch("the sender is not this node");
    }
    if header.sender_key_id != key_id(&local.signing.public_key()) {
        return mismatch("the sender key id is not this node's signing key");
    }
    if header.recipient != recipient.node_id {
        return mismatch("the recipient is not the peer the keys are for");
    }
    if header.recipient_key_id != recipient.hpke_key_id {
        return mismatch("the recipient key id is not the peer's HPKE key");
    }
    header.check()?;

    let header_len =
        FIXED_HEADER_LEN + 2 + header.sender_key_id.len() + header.recipient_key_id.len();
    let ct_len = INNER_LEN + payload.len() + TAG_LEN;
    let total = header_len + ENC_LEN + 4 + ct_len + SIGNATURE_LEN;
    if total > MAX_ENVELOPE_LEN {
        return Err(ExchangeError::TooLarge);
    }
    let ct_len_field = u32::try_from(ct_len).map_err(|_| ExchangeError::TooLarge)?;

    let mut out = Vec::with_capacity(total);
    header.write(&mut out);
    let aad = Sha256::digest(&out);
    let enc_at = out.len();
    out.extend_from_slice(&[0u8; ENC_LEN]);
    out.extend_from_slice(&ct_len_field.to_be_bytes());
    let plain_at = out.len();
    out.extend_from_slice(inner);
    out.extend_from_slice(payload);

    let public = <Kem as hpke::Kem>::PublicKey::from_bytes(&recipient.hpke_public)
        .map_err(|_| ExchangeError::EncryptFailed)?;
    let info = hpke_info(&header.sender, &header.recipient);
    let sealed = hpke::single_shot_seal_in_place_detached::<Aead, Kdf, Kem, _>(
        &OpModeS::Base,
        &public,
        &info,
        &mut out[plain_at..],
        &aad,
        &mut OsRng,
    );
    let (enc, tag) = match sealed {
        Ok(parts) => parts,
        Err(_) => {
            // Do not leave the plaintext behind in freed memory.
            zeroize::Zeroize::zeroize(&mut out);
            return Err(ExchangeError::EncryptFailed);
        }
    };
    out[enc_at..enc_at + ENC_LEN].copy_from_slice(&enc.to_bytes());
    out.extend_from_slice(&tag.to_bytes());

    let signature = local
        .signing
        .sign(&signed_message(&out[..header_len], &out[header_len..]));
    out.extend_from_slice(&signature);
    debug_assert_eq!(out.len(), total);
    Ok(out)
}

/// The header of an envelope, checked only for its format: nothing in it is trusted yet.
/// For finding the sender (and so the keys to [`verify`] or [`open`] it with). The whole
/// envelope must be well-formed, not just its header.
pub fn peek_header(envelope: &[u8]) -> Result<Header, ExchangeError> {
    Ok(parse(envelope)?.header)
}

/// Checks the envelope's signature against the sender's pinned keys, without decrypting:
/// the header must name `sender`'s node id and signing key id. Returns the header, now
/// known to come from `sender` unchanged.
pub fn verify(envelope: &[u8], sender: &PeerKeys) -> Result<Header, ExchangeError> {
    let parsed = parse(envelope)?;
    verify_parsed(&parsed, sender)?;
    Ok(parsed.header)
}

fn verify_parsed(parsed: &Parsed<'_>, sender: &PeerKeys) -> Result<(), ExchangeError> {
    if parsed.header.sender != sender.node_id {
        return Err(ExchangeError::WrongSender);
    }
    if parsed.header.sender_key_id != sender.signing_key_id {
        return Err(ExchangeError::UnknownKey {
            key_id: parsed.header.sender_key_id.clone(),
        });
    }
    let body = &parsed.signed_part[parsed.header_bytes.len()..];
    let message = signed_message(parsed.header_bytes, body);
    if !trm_crypto::verify(&sender.signing_public, &message, &parsed.signature) {
        return Err(ExchangeError::BadSignature);
    }
    Ok(())
}

/// An opened envelope: its verified header and the decrypted payload.
#[derive(Clone, PartialEq, Eq)]
pub struct Opened {
    pub header: Header,
    pub payload: Vec<u8>,
}

impl std::fmt::Debug for Opened {
    /// The header, and only the length of the payload: it is personal data.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("header", &self.header)
            .field("payload_len", &self.payload.len())
            .finish()
    }
}

/// Opens an envelope from `sender` addressed to this node, at `now`. In order:
///
/// 1. the format ([`ExchangeError::Malformed`], [`ExchangeError::TooLarge`]);
/// 2. the signature, as [`verify`] — before anything is decrypted;
/// 3. the recipient is this node ([`ExchangeError::WrongRecipient`]);
/// 4. not expired (`expires_at > now`) and not created more than [`CLOCK_SKEW`] in the
///    future ([`ExchangeError::Expired`], [`ExchangeError::NotYetValid`]);
/// 5. this node holds the HPKE key the header names ([`ExchangeError::UnknownKey`]);
/// 6. HPKE decryption with the node ids in the info and the header's SHA-256 as
///    associated data ([`ExchangeError::DecryptFailed`]);
/// 7. the message id, sender and recipient inside the plaintext equal the header's
///    ([`ExchangeError::InnerMismatch`]).
///
/// Whether the message was already received (its message id) and whether its sequence
/// number is the next one are for the caller, who keeps that state.
pub fn open(
    envelope: &[u8],
    local: &LocalKeys<'_>,
    sender: &PeerKeys,
    now: OffsetDateTime,
) -> Result<Opened, ExchangeError> {
    let parsed = parse(envelope)?;
    verify_parsed(&parsed, sender)?;
    let header = &parsed.header;
    if header.recipient != local.node_id {
        return Err(ExchangeError::WrongRecipient);
    }
    if header.expires_at <= now {
        return Err(ExchangeError::Expired);
    }
    if now
        .checked_add(CLOCK_SKEW)
        .is_some_and(|latest| header.created_at > latest)
    {
        return Err(ExchangeError::NotYetValid);
    }
    let key = local
        .hpke
        .iter()
        .find(|k| k.key_id() == header.recipient_key_id)
        .ok_or_else(|| ExchangeError::UnknownKey {
            key_id: header.recipient_key_id.clone(),
        })?;

    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(parsed.enc)
        .map_err(|_| ExchangeError::DecryptFailed)?;
    let (sealed, tag) = parsed
        .ciphertext
        .split_at(parsed.ciphertext.len() - TAG_LEN);
    let tag =
        hpke::aead::AeadTag::<Aead>::from_bytes(tag).map_err(|_| ExchangeError::DecryptFailed)?;
    let mut plain = Zeroizing::new(sealed.to_vec());
    let aad = Sha256::digest(parsed.header_bytes);
    let info = hpke_info(&header.sender, &header.recipient);
    hpke::single_shot_open_in_place_detached::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        key.private(),
        &enc,
        &info,
        &mut plain,
        &aad,
        &tag,
    )
    .map_err(|_| ExchangeError::DecryptFailed)?;

    if plain.get(..INNER_LEN) != Some(&inner_ids(header)[..]) {
        return Err(ExchangeError::InnerMismatch);
    }
    Ok(Opened {
        header: parsed.header.clone(),
        payload: plain[INNER_LEN..].to_vec(),
    })
}

/// SHA-256 of the whole envelope, as the receiver's receipt names it.
pub fn digest(envelope: &[u8]) -> [u8; 32] {
    Sha256::digest(envelope).into()
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;
    use trm_crypto::NodeSigningKey;

    use super::*;
    use crate::HpkeKeyPair;

    #[test]
    fn inner_ids_that_differ_from_the_header_are_refused_after_decryption() {
        let now = datetime!(2026-11-22 10:00 UTC);
        let (a_sign, b_sign) = (
            NodeSigningKey::from_seed(&[1; 32], now),
            NodeSigningKey::from_seed(&[2; 32], now),
        );
        let (a_hpke, b_hpke) = (
            HpkeKeyPair::from_secret(&[3; 32], now),
            HpkeKeyPair::from_secret(&[4; 32], now),
        );
        let a = LocalKeys {
            node_id: Uuid::from_u128(0xa),
            signing: &a_sign,
            hpke: vec![&a_hpke],
        };
        let b = LocalKeys {
            node_id: Uuid::from_u128(0xb),
            signing: &b_sign,
            hpke: vec![&b_hpke],
        };
        let (a_pub, b_pub) = (a.public().unwrap(), b.public().unwrap());
        let header = Header {
            message_id: Uuid::now_v7(),
            kind: MessageKind::Reply,
            sender: a.node_id,
            recipient: b.node_id,
            sender_key_id: a_pub.signing_key_id.clone(),
            recipient_key_id: b_pub.hpke_key_id.clone(),
            case_ref: None,
            sequence: 0,
            consent_ref: None,
            created_at: now,
            expires_at: now + Duration::days(1),
        };
        let good = inner_ids(&header);
        let sealed = seal_with_inner(&a, &b_pub, &header, &good, b"x").unwrap();
        assert_eq!(open(&sealed, &b, &a_pub, now).unwrap().payload, b"x");
        for i in [0, 15, 16, 31, 32, 47] {
            let mut inner = good;
            inner[i] ^= 1;
            let sealed = seal_with_inner(&a, &b_pub, &header, &inner, b"x").unwrap();
            assert!(matches!(
                open(&sealed, &b, &a_pub, now),
                Err(ExchangeError::InnerMismatch)
            ));
        }
    }

    #[test]
    fn the_fixed_header_length_is_the_sum_of_its_fields() {
        assert_eq!(FIXED_HEADER_LEN, 4 + 1 + 1 + 1 + 5 * 16 + 8 + 12 + 12);
    }
}
