//! A referral and the history of its document (seed 004 Annex I, MISSION §2).
//!
//! The country of exploitation drafts the referral from the case, edits it and sends it;
//! sending freezes that version. The country of origin (or third country) answers with
//! its own versions (sections 6–7 after the return), each frozen when sent. Every frozen
//! version is kept: a referral's history is never rewritten. Only the latest version can
//! be a draft, and only the side whose turn it is writes it.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

use crate::codes::{CountryCode, LanguageCode};
use crate::error::{DomainError, Errors};
use crate::ids::{CaseId, OrganisationId, ReferralId, UserId};
use crate::rule::Rule;
use crate::template::{
    Document, DocumentRef, Profile, Side, Template, TemplateSource, Values, WireDocument,
    check_for_sending, check_version, parse,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Made here, about a case held here.
    Outgoing,
    /// Made by another country's node and received here.
    Incoming,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VersionState {
    /// Being written here; not yet sent.
    Draft,
    /// Written here and sent: frozen.
    Sent,
    /// Written by the other country and received: frozen.
    Received,
}

impl VersionState {
    pub fn code(self) -> &'static str {
        match self {
            VersionState::Draft => "draft",
            VersionState::Sent => "sent",
            VersionState::Received => "received",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub id: ReferralId,
    /// The case the referral is about, at this node (none yet for one received here).
    pub case_id: Option<CaseId>,
    /// The organisation at this node that holds the referral.
    pub holder: OrganisationId,
    pub direction: Direction,
    /// The other country: the recipient of an outgoing referral, the sender of an incoming one.
    pub counterpart: CountryCode,
    /// Which part of the template this node fills.
    pub our_side: Side,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Set when the sender said the person withdrew the consent the referral was sent
    /// under: the data is restricted (visible to no one but the administrator) pending
    /// deletion.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub restricted_at: Option<OffsetDateTime>,
    /// The highest version received from the other country that someone here has opened
    /// (the sender is told, by an `opened` message).
    #[serde(default)]
    pub opened_up_to: u32,
}

/// The business receipt: the receiving node's staff opened a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenedNotice {
    pub referral_id: ReferralId,
    pub version: u32,
    /// Set when what was opened is a request about the referral, not a version of it
    /// (`version` is then 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<crate::ids::RequestId>,
}

/// The notice a node sends when a consent it relied on is revoked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevocationNotice {
    pub referral_id: ReferralId,
    pub consent_id: crate::ids::ConsentId,
    pub revoked_on: Date,
}

/// One version of the referral's document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralVersion {
    pub referral_id: ReferralId,
    pub version: u32,
    pub state: VersionState,
    /// The user here who wrote it; none for a version received from another node.
    pub author: Option<UserId>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub frozen_at: Option<OffsetDateTime>,
    pub document: WireDocument,
}

/// What a user sends to save a draft: the whole content of the version.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftInput {
    /// The language most free text is written in (plain strings are marked with it).
    #[serde(default)]
    pub language: Option<LanguageCode>,
    #[schema(value_type = Object)]
    pub fields: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub children: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl Referral {
    /// A new outgoing referral about `case_id`, to `recipient`.
    pub fn outgoing(
        id: ReferralId,
        case_id: CaseId,
        holder: OrganisationId,
        recipient: CountryCode,
        now: OffsetDateTime,
    ) -> Referral {
        Referral {
            id,
            case_id: Some(case_id),
            holder,
            direction: Direction::Outgoing,
            counterpart: recipient,
            our_side: Side::Exploitation,
            created_at: now,
            updated_at: now,
            restricted_at: None,
            opened_up_to: 0,
        }
    }
}

/// The first draft of an outgoing referral, from the prefilled values.
pub fn first_draft(
    referral: &Referral,
    profile: &Profile,
    language: LanguageCode,
    (values, children): (Values, Vec<Values>),
    author: UserId,
    now: OffsetDateTime,
) -> ReferralVersion {
    let document = Document {
        reference: DocumentRef {
            referral_id: referral.id.as_uuid(),
            version: 1,
        },
        profile: profile.clone(),
        author_side: referral.our_side,
        language,
        values,
        children,
    };
    ReferralVersion {
        referral_id: referral.id,
        version: 1,
        state: VersionState::Draft,
        author: Some(author),
        created_at: now,
        frozen_at: None,
        document: document.to_wire(),
    }
}

/// The latest frozen version: what both countries last agreed the document says.
pub fn last_frozen(versions: &[ReferralVersion]) -> Option<&ReferralVersion> {
    versions
        .iter()
        .rev()
        .find(|v| v.state != VersionState::Draft)
}

/// Starts this side's next version from the latest frozen one, when it is this side's
/// turn: the other country wrote the latest version and nothing is being drafted.
pub fn next_draft(
    referral: &Referral,
    versions: &[ReferralVersion],
    profile: &Profile,
    author: UserId,
    now: OffsetDateTime,
) -> Result<ReferralVersion, DomainError> {
    let latest = versions
        .last()
        .ok_or_else(|| DomainError::field("referral", Rule::NoVersionToFollow))?;
    if latest.state == VersionState::Draft {
        return Err(DomainError::field(
            "referral",
            Rule::DraftExists {
                version: latest.version,
            },
        ));
    }
    // Versions alternate between the countries: the other node refuses a second version
    // in a row from the same side, so it would never arrive.
    if latest.state == VersionState::Sent {
        return Err(DomainError::field(
            "referral",
            Rule::NextVersionIsTheirs {
                version: latest.version,
            },
        ));
    }
    let mut document = latest.document.clone();
    document.referral.version = latest.version + 1;
    document.author_side = referral.our_side;
    // The profile of the side writing the version: its added fields are ours to fill.
    if profile.template_version == document.template_version
        && referral.our_side != latest.document.author_side
    {
        document.profile = merge_profile(&document.profile, profile);
    }
    Ok(ReferralVersion {
        referral_id: referral.id,
        version: latest.version + 1,
        state: VersionState::Draft,
        author: Some(author),
        created_at: now,
        frozen_at: None,
        document,
    })
}

/// The sender's profile with the receiving country's additions, so a follow-up can fill
/// both countries' national fields. Removals stay the sender's.
fn merge_profile(sender: &Profile, ours: &Profile) -> Profile {
    let mut merged = sender.clone();
    for field in &ours.add {
        if !merged
            .add
            .iter()
            .any(|f| f.group == field.group && f.code == field.code)
        {
            merged.add.push(field.clone());
        }
    }
    merged
}

/// Replaces the content of the draft with `input`, checked against the sender's template
/// and the side rules. Returns the template the draft is checked against.
pub fn edit_draft(
    source: &dyn TemplateSource,
    versions: &[ReferralVersion],
    input: DraftInput,
) -> Result<ReferralVersion, DomainError> {
    let draft = versions
        .last()
        .filter(|v| v.state == VersionState::Draft)
        .ok_or_else(|| DomainError::field("referral", Rule::SentNoDraft))?;
    let mut wire = draft.document.clone();
    if let Some(lang) = input.language {
        wire.language = lang;
    }
    wire.fields = input.fields;
    wire.children = input.children;
    let (template, document) = parse(source, &wire)?;
    let previous = previous_document(source, versions, draft.version)?;
    check_version(&template, &document, previous.as_ref())?;
    Ok(ReferralVersion {
        document: document.to_wire(),
        ..draft.clone()
    })
}

/// Freezes the draft for sending, after every rule of [`check_for_sending`].
pub fn freeze(
    source: &dyn TemplateSource,
    versions: &[ReferralVersion],
    now: OffsetDateTime,
    today: Date,
) -> Result<ReferralVersion, DomainError> {
    let draft = versions
        .last()
        .filter(|v| v.state == VersionState::Draft)
        .ok_or_else(|| DomainError::field("referral", Rule::NoDraftToSend))?;
    let (template, document) = parse(source, &draft.document)?;
    let previous = previous_document(source, versions, draft.version)?;
    check_for_sending(&template, &document, previous.as_ref(), today)?;
    Ok(ReferralVersion {
        state: VersionState::Sent,
        frozen_at: Some(now),
        document: document.to_wire(),
        ..draft.clone()
    })
}

/// Accepts a version written by the other country: it must follow the versions held
/// here without a gap, keep the side rules against the version it follows, and be
/// complete for its side.
pub fn accept_received(
    source: &dyn TemplateSource,
    versions: &[ReferralVersion],
    wire: &WireDocument,
    now: OffsetDateTime,
) -> Result<(std::sync::Arc<Template>, ReferralVersion), DomainError> {
    let (template, document) = parse(source, wire)?;
    let expected = versions.last().map_or(1, |v| v.version + 1);
    let mut errors = Errors::new();
    if let Some(draft) = versions.last().filter(|v| v.state == VersionState::Draft) {
        errors.add(
            "referral.version",
            Rule::DraftInProgress {
                version: draft.version,
            },
        );
    }
    if wire.referral.version != expected {
        errors.add(
            "referral.version",
            Rule::UnexpectedVersion {
                version: wire.referral.version,
                expected,
            },
        );
    }
    if versions
        .last()
        .is_some_and(|v| v.document.author_side == wire.author_side)
    {
        errors.add("author_side", Rule::SameSideTwice);
    }
    errors.into_result()?;
    let previous = previous_document(source, versions, wire.referral.version)?;
    check_for_sending(&template, &document, previous.as_ref(), now.date())?;
    let version = ReferralVersion {
        referral_id: crate::ids::ReferralId::from_uuid(wire.referral.referral_id),
        version: wire.referral.version,
        state: VersionState::Received,
        author: None,
        created_at: now,
        frozen_at: Some(now),
        document: document.to_wire(),
    };
    Ok((template, version))
}

fn previous_document(
    source: &dyn TemplateSource,
    versions: &[ReferralVersion],
    before: u32,
) -> Result<Option<Document>, DomainError> {
    versions
        .iter()
        .rev()
        .find(|v| v.version < before && v.state != VersionState::Draft)
        .map(|v| parse(source, &v.document).map(|(_, d)| d))
        .transpose()
}
