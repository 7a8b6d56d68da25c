//! The audit trail: who did what to which case, when, why and from where.
//!
//! Entries are hash-chained: each carries the SHA-256 of its predecessor, and its own
//! hash covers its sequence number and its exact stored bytes. Editing, deleting or
//! reordering any entry breaks the chain at that point; removing entries from the end
//! is caught by the signed checkpoints of the chain head (see [`checkpoint_message`]).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::access::Section;
use crate::codes::Role;
use crate::ids::{CaseId, OrganisationId, UserId};

pub type Hash = [u8; 32];
/// The predecessor of the first entry.
pub const GENESIS: Hash = [0; 32];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    CaseRead,
    CaseListed,
    CaseCreated,
    CaseUpdated,
    MeasureOpened,
    MeasureUpdated,
    ConsentRecorded,
    ConsentRevoked,
    TimelineRead,
    CaseShared,
    ShareWithdrawn,
    BreakGlass,
    AccessLogRead,
    CaseRestricted,
    CaseUnrestricted,
    CaseErased,
    CaseAnonymised,
    PersonExported,
    AccessDenied,
    LoginSucceeded,
    LoginFailed,
    AccountLocked,
    SecondFactorFailed,
    TokenRejected,
    TokenCreated,
    TokenRevoked,
    /// Every session and token of a user ended (logout everywhere).
    SessionsEnded,
    /// A user changed their password (their other sessions and tokens ended).
    PasswordChanged,
    SecondFactorEnrolled,
    UserDisabled,
    UserCreated,
    OrganisationCreated,
    DataKeyRotated,
    BackupTaken,
    BackupRestored,
    AuditVerified,
    ReferralDrafted,
    ReferralEdited,
    ReferralRead,
    ReferralPrinted,
    ReferralSent,
    ReferralReceived,
    CasesExported,
    /// Personal data disclosed to another node, with the consent and legal basis.
    DataDisclosed,
    MessageReceived,
    /// An envelope refused at the endpoint (never its content).
    MessageRejected,
    /// A message given up unacknowledged at its expiry.
    MessageExpired,
    /// A queued message taken back: the consent it relied on was revoked.
    MessageWithdrawn,
    /// A message unacknowledged past the node's warning time (`exchange.warn_after`).
    MessageLate,
    /// A message unacknowledged past the node's alert time (`exchange.alert_after`).
    MessageStuck,
    PeerAdded,
    PeerRemoved,
    /// A request between nodes (its details or its reply) was read.
    RequestRead,
    /// The focal point passed a request from abroad to an organisation or a user.
    RequestDispatched,
    /// This node's signing and HPKE keys replaced (`trm keys rotate`), peers told.
    NodeKeysRotated,
    /// A peer's handover applied: its new keys pinned, its old signing key kept for
    /// what it signed before the rotation.
    PeerKeysRotated,
}

/// Who acted: a user, or a command run on the node by its administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AuditActor {
    User {
        id: UserId,
        role: Role,
        organisation: OrganisationId,
    },
    Command {
        command: String,
    },
    /// Someone not (yet) authenticated, e.g. a failed login.
    Anonymous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditOutcome {
    Done,
    Denied,
}

/// One thing that happened, before it is chained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuditEvent {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor: AuditActor,
    pub action: AuditAction,
    pub case: Option<CaseId>,
    /// Which sections of the case were read or written.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Why: the reason stated (break the glass, share, erasure), if any.
    #[serde(default)]
    pub reason: Option<String>,
    /// The client address.
    #[serde(default)]
    pub address: Option<String>,
    pub outcome: AuditOutcome,
    #[serde(default)]
    pub break_glass: bool,
    /// What else the action was about (a measure code, a user id, a key id).
    #[serde(default)]
    pub subject: Option<String>,
}

impl AuditEvent {
    pub fn new(at: OffsetDateTime, actor: AuditActor, action: AuditAction) -> Self {
        AuditEvent {
            at,
            actor,
            action,
            case: None,
            sections: Vec::new(),
            reason: None,
            address: None,
            outcome: AuditOutcome::Done,
            break_glass: false,
            subject: None,
        }
    }
    pub fn case(mut self, case: CaseId) -> Self {
        self.case = Some(case);
        self
    }
    pub fn sections(mut self, sections: impl IntoIterator<Item = Section>) -> Self {
        self.sections = sections.into_iter().collect();
        self
    }
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }
    pub fn address(mut self, address: Option<String>) -> Self {
        self.address = address;
        self
    }
    pub fn denied(mut self) -> Self {
        self.outcome = AuditOutcome::Denied;
        self
    }
    pub fn break_glass(mut self, flag: bool) -> Self {
        self.break_glass = flag;
        self
    }
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// The stored form; its exact bytes are what the chain hashes.
    pub fn to_doc(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// The hash of entry `seq` with the stored bytes `doc`, following `prev`.
pub fn entry_hash(prev: &Hash, seq: u64, doc: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update(b"opentrm-audit-v1\0");
    h.update(prev);
    h.update(seq.to_be_bytes());
    h.update((doc.len() as u64).to_be_bytes());
    h.update(doc);
    h.finalize().into()
}

/// An entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    pub seq: u64,
    pub prev_hash: Hash,
    pub hash: Hash,
    pub doc: Vec<u8>,
}

/// Where and how the chain is broken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error(
        "entry {found} follows entry {after}: entries {missing_from}..{found} are missing or out of order"
    )]
    Gap {
        after: u64,
        missing_from: u64,
        found: u64,
    },
    #[error(
        "entry {seq} does not point to the hash of the entry before it: an entry was changed, removed or reordered"
    )]
    Link { seq: u64 },
    #[error("entry {seq} was changed after it was written (its hash does not match its contents)")]
    Content { seq: u64 },
    #[error("entry {seq} cannot be read: {message}")]
    Unreadable { seq: u64, message: String },
    #[error("the signed checkpoint at entry {seq} {problem}")]
    Checkpoint { seq: u64, problem: String },
}

/// Walks the chain one entry at a time, so a log of any length is checked in constant
/// memory.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    last_seq: u64,
    last_hash: Hash,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self::new()
    }
}

impl ChainVerifier {
    pub fn new() -> Self {
        ChainVerifier {
            last_seq: 0,
            last_hash: GENESIS,
        }
    }

    pub fn push(&mut self, entry: &StoredEntry) -> Result<(), ChainBreak> {
        let expected = self.last_seq + 1;
        if entry.seq != expected {
            return Err(ChainBreak::Gap {
                after: self.last_seq,
                missing_from: expected,
                found: entry.seq,
            });
        }
        if entry.prev_hash != self.last_hash {
            return Err(ChainBreak::Link { seq: entry.seq });
        }
        if entry_hash(&entry.prev_hash, entry.seq, &entry.doc) != entry.hash {
            return Err(ChainBreak::Content { seq: entry.seq });
        }
        if let Err(e) = serde_json::from_slice::<AuditEvent>(&entry.doc) {
            return Err(ChainBreak::Unreadable {
                seq: entry.seq,
                message: e.to_string(),
            });
        }
        self.last_seq = entry.seq;
        self.last_hash = entry.hash;
        Ok(())
    }

    /// The number of entries checked and the hash of the last one.
    pub fn head(&self) -> (u64, Hash) {
        (self.last_seq, self.last_hash)
    }
}

/// The bytes a node signs to vouch for the chain head at `seq`: a monitor who keeps
/// the checkpoint can later prove that no entry up to `seq` was removed or changed.
pub fn checkpoint_message(
    node_id: &uuid::Uuid,
    seq: u64,
    head: &Hash,
    at: OffsetDateTime,
) -> Vec<u8> {
    let mut m = Vec::with_capacity(96);
    m.extend_from_slice(b"opentrm-audit-checkpoint-v1\0");
    m.extend_from_slice(node_id.as_bytes());
    m.extend_from_slice(&seq.to_be_bytes());
    m.extend_from_slice(head);
    m.extend_from_slice(&at.unix_timestamp().to_be_bytes());
    m
}

/// What an independent monitor sees of an entry: no person's data, no staff identity,
/// no stated reason or address (they may name the person).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AuditMetadata {
    pub seq: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub action: AuditAction,
    pub actor_role: Option<Role>,
    pub actor_organisation: Option<OrganisationId>,
    pub by_command: bool,
    pub case: Option<CaseId>,
    pub sections: Vec<Section>,
    pub outcome: AuditOutcome,
    pub break_glass: bool,
}

impl AuditMetadata {
    pub fn of(seq: u64, e: &AuditEvent) -> Self {
        let (actor_role, actor_organisation) = match &e.actor {
            AuditActor::User {
                role, organisation, ..
            } => (Some(*role), Some(*organisation)),
            _ => (None, None),
        };
        AuditMetadata {
            seq,
            at: e.at,
            action: e.action,
            actor_role,
            actor_organisation,
            by_command: matches!(e.actor, AuditActor::Command { .. }),
            case: e.case,
            sections: e.sections.clone(),
            outcome: e.outcome,
            break_glass: e.break_glass,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chain(n: u64) -> Vec<StoredEntry> {
        let mut prev = GENESIS;
        (1..=n)
            .map(|seq| {
                let e = AuditEvent::new(
                    OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(seq as i64),
                    AuditActor::Command {
                        command: "test".into(),
                    },
                    AuditAction::CaseRead,
                );
                let doc = e.to_doc();
                let hash = entry_hash(&prev, seq, &doc);
                let entry = StoredEntry {
                    seq,
                    prev_hash: prev,
                    hash,
                    doc,
                };
                prev = hash;
                entry
            })
            .collect()
    }

    fn verify(entries: &[StoredEntry]) -> Result<(u64, Hash), ChainBreak> {
        let mut v = ChainVerifier::new();
        for e in entries {
            v.push(e)?;
        }
        Ok(v.head())
    }

    #[test]
    fn an_intact_chain_verifies() {
        let entries = chain(5);
        assert_eq!(verify(&entries).map(|h| h.0), Ok(5));
    }

    proptest! {
        #[test]
        fn any_edit_is_found_at_its_entry(n in 2u64..12, pick in 0usize..100, byte in 0usize..400, flip in 1u8..=255) {
            let mut entries = chain(n);
            let i = pick % entries.len();
            let doc = &mut entries[i].doc;
            let at = byte % doc.len();
            doc[at] ^= flip;
            let err = verify(&entries).err();
            prop_assert!(matches!(err, Some(ChainBreak::Content { seq } | ChainBreak::Unreadable { seq, .. }) if seq == i as u64 + 1), "{err:?}");
        }

        #[test]
        fn any_deletion_or_swap_is_found(n in 3u64..12, pick in 0usize..100, swap in any::<bool>()) {
            let mut entries = chain(n);
            let i = pick % (entries.len() - 1);
            if swap {
                entries.swap(i, i + 1);
            } else {
                entries.remove(i);
            }
            prop_assert!(verify(&entries).is_err());
        }

        #[test]
        fn renumbering_after_a_deletion_is_found(n in 3u64..12, pick in 0usize..100) {
            let mut entries = chain(n);
            let i = pick % (entries.len() - 1);
            entries.remove(i);
            for (k, e) in entries.iter_mut().enumerate() {
                e.seq = k as u64 + 1;
            }
            prop_assert!(verify(&entries).is_err());
        }
    }

    #[test]
    fn the_monitor_view_has_no_person_or_reason() {
        let e = AuditEvent::new(
            OffsetDateTime::UNIX_EPOCH,
            AuditActor::User {
                id: UserId::from_uuid(uuid::Uuid::nil()),
                role: Role::Administrator,
                organisation: OrganisationId::from_uuid(uuid::Uuid::nil()),
            },
            AuditAction::BreakGlass,
        )
        .reason("Person named Testa Fictiva is in danger")
        .address(Some("203.0.113.9".into()))
        .break_glass(true);
        let text = serde_json::to_string(&AuditMetadata::of(1, &e)).unwrap_or_default();
        assert!(!text.contains("Testa"));
        assert!(!text.contains("203.0.113.9"));
        assert!(text.contains("\"break_glass\":true"));
    }
}
