//! Requests between the nodes of two countries about a referral, and their replies
//! (MISSION §4; seed 004 §4.3.2–4.3.3, Table 9).
//!
//! Every request from abroad lands at the receiving country's focal point, who opens it,
//! dispatches it to an organisation or a user of that node, and whoever it was
//! dispatched to replies. Each request has a due date; whether it is overdue is computed
//! from the due date and the clock, never stored, so it cannot go stale. The sender sees
//! how far it got: queued, delivered, opened, dispatched, answered.
//!
//! The payloads that travel (`RequestPayload`, `ReplyPayload`) are versioned and refuse
//! unknown fields: a node reads what it was built to read, and says so when it cannot.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};
use utoipa::ToSchema;

use crate::codes::CountryCode;
use crate::error::{DomainError, Errors};
use crate::ids::{CaseId, OrganisationId, ReferralId, RequestId, UserId};
use crate::referral::Direction;
use crate::rule::Rule;
use crate::template::LocalText;
use crate::text::check_text;

/// The code list of request kinds (Table 9), embedded.
pub const EMBEDDED_KINDS: &str = include_str!("../../../data/codes/request-kinds.toml");

/// The longest free text a request or a reply may carry.
pub const DETAILS_MAX: usize = 4_000;
/// How far ahead a due date may be: a request is for something needed soon; a longer
/// wait is a new request later.
pub const MAX_DUE_DAYS: i64 = 90;
/// The format of the payloads this node writes and reads.
pub const PAYLOAD_FORMAT: u32 = 1;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindFile {
    category: Vec<CategoryRow>,
    kind: Vec<KindRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryRow {
    code: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindRow {
    code: String,
    #[allow(dead_code)]
    source: String,
}

/// The four columns of Table 9.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RequestCategory {
    /// "Information on"
    Information,
    /// "Checks on"
    Checks,
    /// "Issuance of"
    Issuance,
    /// "Execution of"
    Execution,
}

impl RequestCategory {
    pub const ALL: [RequestCategory; 4] = [
        RequestCategory::Information,
        RequestCategory::Checks,
        RequestCategory::Issuance,
        RequestCategory::Execution,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestCategory::Information => "information",
            RequestCategory::Checks => "checks",
            RequestCategory::Issuance => "issuance",
            RequestCategory::Execution => "execution",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The key of its label in `requests.ftl`.
    pub fn label_key(self) -> String {
        format!("request-category-{}", self.code())
    }
}

static KINDS: LazyLock<Result<BTreeSet<&'static str>, String>> =
    LazyLock::new(|| load_kinds(EMBEDDED_KINDS));

/// Reads a code list of request kinds and checks it: every category of Table 9 and no
/// other, every kind under a known category, no code twice.
pub fn load_kinds(text: &str) -> Result<BTreeSet<&'static str>, String> {
    let file: KindFile = toml::from_str(text).map_err(|e| format!("request-kinds.toml: {e}"))?;
    let categories: Vec<&str> = file.category.iter().map(|c| c.code.as_str()).collect();
    let expected: Vec<&str> = RequestCategory::ALL.iter().map(|c| c.code()).collect();
    if categories != expected {
        return Err(format!(
            "request-kinds.toml: the categories are {categories:?}; Table 9 has {expected:?}"
        ));
    }
    let mut kinds = BTreeSet::new();
    for row in file.kind {
        let Some((category, rest)) = row.code.split_once('.') else {
            return Err(format!("request kind `{}` has no category", row.code));
        };
        let well_formed = !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit());
        if RequestCategory::from_code(category).is_none() || !well_formed {
            return Err(format!(
                "request kind `{}` is not `<category>.<name>`",
                row.code
            ));
        }
        let code: &'static str = Box::leak(row.code.into_boxed_str());
        if !kinds.insert(code) {
            return Err(format!("request kind `{code}` is listed twice"));
        }
    }
    Ok(kinds)
}

/// Every request kind code, in order.
pub fn kinds() -> Result<&'static BTreeSet<&'static str>, DomainError> {
    KINDS
        .as_ref()
        .map_err(|e| DomainError::Catalogue(e.clone()))
}

/// A kind of request (a row of Table 9), e.g. `checks.identity`. Stable on the wire.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, ToSchema)]
#[schema(value_type = String, example = "checks.identity")]
pub struct RequestKind(&'static str);

impl Serialize for RequestKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for RequestKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        RequestKind::parse(&code).map_err(serde::de::Error::custom)
    }
}

impl RequestKind {
    pub fn parse(code: &str) -> Result<RequestKind, String> {
        let known = kinds().map_err(|e| e.to_string())?;
        known.get(code).map(|k| RequestKind(k)).ok_or_else(|| {
            format!("`{code}` is not a request kind of Table 9 (e.g. `checks.identity`, `issuance.passport`)")
        })
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    pub fn category(&self) -> RequestCategory {
        self.0
            .split_once('.')
            .and_then(|(c, _)| RequestCategory::from_code(c))
            .unwrap_or(RequestCategory::Information)
    }

    /// The key of its label in `requests.ftl` (Fluent keys have no dots).
    pub fn label_key(&self) -> String {
        format!("request-kind-{}", self.0.replace('.', "-"))
    }
}

impl fmt::Display for RequestKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for RequestKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestKind({})", self.0)
    }
}

/// Every label key the request code lists need, for the translations' gap check.
pub fn label_keys() -> Vec<String> {
    let mut keys: Vec<String> = RequestCategory::ALL.iter().map(|c| c.label_key()).collect();
    if let Ok(all) = kinds() {
        keys.extend(all.iter().map(|k| RequestKind(k).label_key()));
    }
    keys.extend(
        Outcome::ALL
            .iter()
            .map(|o| format!("request-outcome-{}", o.code())),
    );
    keys.extend(
        RequestState::ALL
            .iter()
            .map(|s| format!("request-state-{}", s.code())),
    );
    keys.push("request-overdue".into());
    keys
}

fn check_details(errors: &mut Errors, field: &str, details: &LocalText) {
    check_text(
        errors,
        &format!("{field}.text"),
        &details.text,
        DETAILS_MAX,
        true,
    );
}

/// What a user sends to ask the other country for something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRequest {
    pub kind: RequestKind,
    /// What is asked, in the language it is written in.
    pub details: LocalText,
    /// The day by which an answer is needed.
    pub due_by: Date,
}

impl NewRequest {
    /// The rules of a new request: due today or later and at most [`MAX_DUE_DAYS`] ahead,
    /// details not empty and bounded.
    pub fn validate(&self, today: Date) -> Result<(), DomainError> {
        let mut errors = Errors::new();
        check_details(&mut errors, "details", &self.details);
        if self.due_by < today {
            errors.add(
                "due_by",
                Rule::DueInPast {
                    due_by: self.due_by,
                    today,
                },
            );
        } else if self.due_by > today + Duration::days(MAX_DUE_DAYS) {
            errors.add(
                "due_by",
                Rule::DueTooFar {
                    days: MAX_DUE_DAYS,
                    latest: today + Duration::days(MAX_DUE_DAYS),
                },
            );
        }
        errors.into_result()
    }
}

/// How a request was answered.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Provided,
    PartlyProvided,
    NotAvailable,
    Refused,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Provided,
        Outcome::PartlyProvided,
        Outcome::NotAvailable,
        Outcome::Refused,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Provided => "provided",
            Outcome::PartlyProvided => "partly_provided",
            Outcome::NotAvailable => "not_available",
            Outcome::Refused => "refused",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// What a user sends to answer a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReply {
    pub outcome: Outcome,
    pub details: LocalText,
}

impl NewReply {
    pub fn validate(&self) -> Result<(), DomainError> {
        let mut errors = Errors::new();
        check_details(&mut errors, "details", &self.details);
        errors.into_result()
    }
}

/// Whom the focal point passed a request to: an organisation of the node, a user, or a
/// user within an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Dispatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserId>,
}

impl Dispatch {
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.organisation.is_none() && self.user.is_none() {
            return Err(DomainError::field("organisation", Rule::NoDispatchTarget));
        }
        Ok(())
    }
}

/// A reply as kept with its request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub outcome: Outcome,
    pub details: LocalText,
    /// The user here who replied; none for a reply received from the other node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<UserId>,
}

/// How far a request got, in order. Overdue is not a state: it is computed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RequestState {
    /// Written here, waiting for the other node's receipt.
    Queued,
    /// The other node's signed receipt came back (for one received here: it arrived).
    Delivered,
    /// Someone at the receiving node opened it.
    Opened,
    /// The receiving focal point passed it to an organisation or a user.
    Dispatched,
    Answered,
}

impl RequestState {
    pub const ALL: [RequestState; 5] = [
        RequestState::Queued,
        RequestState::Delivered,
        RequestState::Opened,
        RequestState::Dispatched,
        RequestState::Answered,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestState::Queued => "queued",
            RequestState::Delivered => "delivered",
            RequestState::Opened => "opened",
            RequestState::Dispatched => "dispatched",
            RequestState::Answered => "answered",
        }
    }
}

/// A request, sent or received, as this node keeps it (sealed: the details and the
/// reply are about a person).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub id: RequestId,
    /// The referral both nodes know: what the request is about.
    pub referral_id: ReferralId,
    /// The case here, for a request about a referral sent from here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_id: Option<CaseId>,
    pub direction: Direction,
    /// The other country: the recipient of an outgoing request, the sender of an incoming one.
    pub counterpart: CountryCode,
    pub kind: RequestKind,
    pub details: LocalText,
    pub due_by: Date,
    /// When the sending node wrote it: response times count from here.
    #[serde(with = "time::serde::rfc3339")]
    pub sent_at: OffsetDateTime,
    /// The user who wrote it (outgoing only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<UserId>,
    /// When it arrived here (incoming only).
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub received_at: Option<OffsetDateTime>,
    /// When someone at the receiving node first opened it.
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub opened_at: Option<OffsetDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatched_to: Option<Dispatch>,
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub dispatched_at: Option<OffsetDateTime>,
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub answered_at: Option<OffsetDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
}

fn refuse(field: &str, why: Rule) -> DomainError {
    DomainError::field(field, why)
}

impl Request {
    /// A request written here, after [`NewRequest::validate`].
    pub fn outgoing(
        id: RequestId,
        referral_id: ReferralId,
        case_id: Option<CaseId>,
        counterpart: CountryCode,
        input: NewRequest,
        author: UserId,
        now: OffsetDateTime,
    ) -> Request {
        Request {
            id,
            referral_id,
            case_id,
            direction: Direction::Outgoing,
            counterpart,
            kind: input.kind,
            details: input.details,
            due_by: input.due_by,
            sent_at: now,
            author: Some(author),
            received_at: None,
            opened_at: None,
            dispatched_to: None,
            dispatched_at: None,
            answered_at: None,
            reply: None,
        }
    }

    /// A request received from `counterpart`'s node.
    pub fn incoming(
        payload: RequestPayload,
        counterpart: CountryCode,
        now: OffsetDateTime,
    ) -> Request {
        Request {
            id: payload.request_id,
            referral_id: payload.referral_id,
            case_id: None,
            direction: Direction::Incoming,
            counterpart,
            kind: payload.kind,
            details: payload.details,
            due_by: payload.due_by,
            sent_at: payload.sent_at,
            author: None,
            received_at: Some(now),
            opened_at: None,
            dispatched_to: None,
            dispatched_at: None,
            answered_at: None,
            reply: None,
        }
    }

    /// Where it stands. `delivered_at` is the receipt of an outgoing request (the
    /// outbox knows it); an incoming one was delivered by arriving.
    pub fn state(&self, delivered_at: Option<OffsetDateTime>) -> RequestState {
        if self.answered_at.is_some() {
            RequestState::Answered
        } else if self.dispatched_at.is_some() {
            RequestState::Dispatched
        } else if self.opened_at.is_some() {
            RequestState::Opened
        } else if delivered_at.is_some() || self.direction == Direction::Incoming {
            RequestState::Delivered
        } else {
            RequestState::Queued
        }
    }

    /// Unanswered after its due day.
    pub fn is_overdue(&self, now: OffsetDateTime) -> bool {
        overdue(self.due_by, self.answered_at, now)
    }

    /// From sending to the answer.
    pub fn response_time(&self) -> Option<Duration> {
        self.answered_at.map(|a| a - self.sent_at)
    }

    /// Refuses with `otherwise` unless the request goes in `direction`.
    fn must_be(&self, direction: Direction, otherwise: Rule) -> Result<(), DomainError> {
        if self.direction != direction {
            return Err(refuse("request", otherwise));
        }
        Ok(())
    }

    fn must_be_open(&self) -> Result<(), DomainError> {
        if let Some(at) = self.answered_at {
            return Err(refuse("request", Rule::AlreadyAnswered { at }));
        }
        Ok(())
    }

    /// Someone here opened an incoming request. Returns whether this was the first time
    /// (the sender is told once).
    pub fn open(&mut self, now: OffsetDateTime) -> Result<bool, DomainError> {
        self.must_be(Direction::Incoming, Rule::OnlyIncomingOpened)?;
        if self.opened_at.is_some() {
            return Ok(false);
        }
        self.opened_at = Some(now);
        Ok(true)
    }

    /// The focal point passes an incoming request on; again to someone else while it is
    /// unanswered.
    pub fn dispatch(&mut self, to: Dispatch, now: OffsetDateTime) -> Result<(), DomainError> {
        self.must_be(Direction::Incoming, Rule::OnlyIncomingDispatched)?;
        self.must_be_open()?;
        to.validate()?;
        self.opened_at.get_or_insert(now);
        self.dispatched_to = Some(to);
        self.dispatched_at = Some(now);
        Ok(())
    }

    /// Someone here answers an incoming request.
    pub fn answer(
        &mut self,
        input: NewReply,
        author: UserId,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        self.must_be(Direction::Incoming, Rule::OnlyIncomingAnswered)?;
        self.must_be_open()?;
        input.validate()?;
        self.opened_at.get_or_insert(now);
        self.answered_at = Some(now);
        self.reply = Some(Reply {
            outcome: input.outcome,
            details: input.details,
            author: Some(author),
        });
        Ok(())
    }

    /// The other node opened a request sent from here.
    pub fn opened_by_peer(&mut self, now: OffsetDateTime) -> Result<(), DomainError> {
        self.must_be(Direction::Outgoing, Rule::OnlyOutgoingOpened)?;
        self.opened_at.get_or_insert(now);
        Ok(())
    }

    /// The other node's reply to a request sent from here.
    pub fn take_reply(
        &mut self,
        payload: ReplyPayload,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        self.must_be(Direction::Outgoing, Rule::OnlyOutgoingAnswered)?;
        self.must_be_open()?;
        if payload.referral_id != self.referral_id {
            return Err(refuse("payload.referral_id", Rule::NotTheRequestsReferral));
        }
        self.opened_at.get_or_insert(now);
        self.answered_at = Some(now);
        self.reply = Some(Reply {
            outcome: payload.outcome,
            details: payload.details,
            author: None,
        });
        Ok(())
    }
}

/// Unanswered after its due day: the day after `due_by` it is overdue.
pub fn overdue(due_by: Date, answered_at: Option<OffsetDateTime>, now: OffsetDateTime) -> bool {
    answered_at.is_none() && now.date() > due_by
}

/// A request as it travels (message kind `request`). Version [`PAYLOAD_FORMAT`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestPayload {
    pub format: u32,
    pub request_id: RequestId,
    pub referral_id: ReferralId,
    pub kind: RequestKind,
    pub details: LocalText,
    pub due_by: Date,
    #[serde(with = "time::serde::rfc3339")]
    pub sent_at: OffsetDateTime,
}

/// A reply as it travels (message kind `reply`). Version [`PAYLOAD_FORMAT`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyPayload {
    pub format: u32,
    pub request_id: RequestId,
    pub referral_id: ReferralId,
    pub outcome: Outcome,
    pub details: LocalText,
    #[serde(with = "time::serde::rfc3339")]
    pub answered_at: OffsetDateTime,
}

fn check_format(errors: &mut Errors, format: u32) {
    if format != PAYLOAD_FORMAT {
        errors.add(
            "payload.format",
            Rule::UnknownPayloadFormat {
                format,
                expected: PAYLOAD_FORMAT,
            },
        );
    }
}

/// Reads a payload; `unreadable` names what it should have been, with serde's words.
fn parse_json<T: for<'de> Deserialize<'de>>(
    bytes: &[u8],
    unreadable: fn(String) -> Rule,
) -> Result<T, DomainError> {
    serde_json::from_slice(bytes).map_err(|e| refuse("payload", unreadable(e.to_string())))
}

impl RequestPayload {
    pub fn of(request: &Request) -> RequestPayload {
        RequestPayload {
            format: PAYLOAD_FORMAT,
            request_id: request.id,
            referral_id: request.referral_id,
            kind: request.kind,
            details: request.details.clone(),
            due_by: request.due_by,
            sent_at: request.sent_at,
        }
    }

    /// Reads and checks a payload received from another node. The due date may have
    /// passed (a message can wait days for a peer that was down): that is overdue, not
    /// invalid.
    pub fn parse(bytes: &[u8]) -> Result<RequestPayload, DomainError> {
        let payload: RequestPayload = parse_json(bytes, |detail| Rule::NotARequest { detail })?;
        let mut errors = Errors::new();
        check_format(&mut errors, payload.format);
        check_details(&mut errors, "payload.details", &payload.details);
        errors.into_result()?;
        Ok(payload)
    }
}

impl ReplyPayload {
    /// The payload of a request answered here.
    pub fn of(request: &Request) -> Option<ReplyPayload> {
        let reply = request.reply.as_ref()?;
        Some(ReplyPayload {
            format: PAYLOAD_FORMAT,
            request_id: request.id,
            referral_id: request.referral_id,
            outcome: reply.outcome,
            details: reply.details.clone(),
            answered_at: request.answered_at?,
        })
    }

    pub fn parse(bytes: &[u8]) -> Result<ReplyPayload, DomainError> {
        let payload: ReplyPayload = parse_json(bytes, |detail| Rule::NotAReply { detail })?;
        let mut errors = Errors::new();
        check_format(&mut errors, payload.format);
        check_details(&mut errors, "payload.details", &payload.details);
        errors.into_result()?;
        Ok(payload)
    }
}

/// The median of some durations, in hours (for response times); none for none.
pub fn median_hours(durations: &mut [Duration]) -> Option<f64> {
    if durations.is_empty() {
        return None;
    }
    durations.sort();
    let n = durations.len();
    let mid = if n % 2 == 1 {
        durations[n / 2]
    } else {
        (durations[n / 2 - 1] + durations[n / 2]) / 2
    };
    Some((mid.as_seconds_f64() / 3600.0 * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::LanguageCode;
    use proptest::prelude::*;
    use time::macros::{date, datetime};
    use uuid::Uuid;

    fn text(t: &str) -> LocalText {
        LocalText {
            text: t.into(),
            lang: LanguageCode::parse("it").unwrap(),
        }
    }

    fn new_request(due_by: Date) -> NewRequest {
        NewRequest {
            kind: RequestKind::parse("checks.identity").unwrap(),
            details: text("Please confirm the identity of the person (synthetic)."),
            due_by,
        }
    }

    fn sent(now: OffsetDateTime) -> Request {
        Request::outgoing(
            RequestId::from_uuid(Uuid::from_u128(1)),
            ReferralId::from_uuid(Uuid::from_u128(2)),
            None,
            CountryCode::parse("AL").unwrap(),
            new_request(now.date() + Duration::days(14)),
            UserId::from_uuid(Uuid::from_u128(3)),
            now,
        )
    }

    fn received(now: OffsetDateTime) -> Request {
        let payload = RequestPayload::of(&sent(now));
        Request::incoming(payload, CountryCode::parse("IT").unwrap(), now)
    }

    fn reply() -> NewReply {
        NewReply {
            outcome: Outcome::Provided,
            details: text("Identity confirmed (synthetic)."),
        }
    }

    #[test]
    fn the_code_list_has_the_four_columns_of_table_9_and_every_row() {
        let all = kinds().unwrap();
        assert_eq!(all.len(), 24);
        for category in RequestCategory::ALL {
            assert!(
                all.iter()
                    .any(|k| k.starts_with(&format!("{}.", category.code())))
            );
        }
        for code in [
            "information.services",
            "checks.identity",
            "issuance.passport",
            "execution.statement_taking",
        ] {
            assert!(RequestKind::parse(code).is_ok(), "{code}");
        }
        assert_eq!(
            RequestKind::parse("issuance.passport").unwrap().category(),
            RequestCategory::Issuance
        );
        assert!(
            RequestKind::parse("checks.horoscope")
                .unwrap_err()
                .contains("Table 9")
        );
    }

    #[test]
    fn a_broken_code_list_is_refused_naming_the_problem() {
        let base = "[[category]]\ncode = \"information\"\n[[category]]\ncode = \"checks\"\n[[category]]\ncode = \"issuance\"\n[[category]]\ncode = \"execution\"\n";
        let twice = format!(
            "{base}[[kind]]\ncode = \"checks.identity\"\nsource = \"x\"\n[[kind]]\ncode = \"checks.identity\"\nsource = \"x\"\n"
        );
        assert!(load_kinds(&twice).unwrap_err().contains("twice"));
        let orphan = format!("{base}[[kind]]\ncode = \"gossip.neighbours\"\nsource = \"x\"\n");
        assert!(
            load_kinds(&orphan)
                .unwrap_err()
                .contains("gossip.neighbours")
        );
        let three = base.replace("[[category]]\ncode = \"execution\"\n", "");
        assert!(
            load_kinds(&format!(
                "{three}[[kind]]\ncode = \"checks.identity\"\nsource = \"x\"\n"
            ))
            .unwrap_err()
            .contains("Table 9")
        );
    }

    #[test]
    fn a_new_request_is_due_from_today_to_ninety_days_ahead_with_details() {
        let today = date!(2026 - 11 - 22);
        assert!(new_request(today).validate(today).is_ok());
        assert!(
            new_request(today + Duration::days(MAX_DUE_DAYS))
                .validate(today)
                .is_ok()
        );
        let field_of = |r: NewRequest| match r.validate(today) {
            Err(DomainError::Invalid(e)) => e[0].field.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(field_of(new_request(today - Duration::days(1))), "due_by");
        assert_eq!(
            field_of(new_request(today + Duration::days(MAX_DUE_DAYS + 1))),
            "due_by"
        );
        let mut empty = new_request(today);
        empty.details.text = "  ".into();
        assert_eq!(field_of(empty), "details.text");
        let mut long = new_request(today);
        long.details.text = "x".repeat(DETAILS_MAX + 1);
        assert_eq!(field_of(long), "details.text");
    }

    #[test]
    fn overdue_is_the_day_after_the_due_date_and_never_once_answered() {
        let due = date!(2026 - 12 - 01);
        assert!(!overdue(due, None, datetime!(2026-12-01 23:59 UTC)));
        assert!(overdue(due, None, datetime!(2026-12-02 00:00 UTC)));
        assert!(!overdue(
            due,
            Some(datetime!(2026-12-05 10:00 UTC)),
            datetime!(2026-12-09 00:00 UTC)
        ));
    }

    #[test]
    fn only_incoming_requests_are_dispatched_and_answered_here_and_only_once() {
        let now = datetime!(2026-11-22 10:00 UTC);
        let mut out = sent(now);
        let to = Dispatch {
            organisation: None,
            user: Some(UserId::from_uuid(Uuid::from_u128(9))),
        };
        assert!(out.dispatch(to, now).is_err());
        assert!(
            out.answer(reply(), UserId::from_uuid(Uuid::from_u128(9)), now)
                .is_err()
        );
        let mut inc = received(now);
        assert!(
            inc.dispatch(
                Dispatch {
                    organisation: None,
                    user: None
                },
                now
            )
            .is_err()
        );
        inc.dispatch(to, now).unwrap();
        inc.answer(
            reply(),
            UserId::from_uuid(Uuid::from_u128(9)),
            now + Duration::hours(5),
        )
        .unwrap();
        assert!(
            inc.answer(reply(), UserId::from_uuid(Uuid::from_u128(9)), now)
                .is_err()
        );
        assert!(inc.dispatch(to, now).is_err());
        assert_eq!(inc.response_time(), Some(Duration::hours(5)));
    }

    #[test]
    fn a_reply_answers_the_request_it_names_and_only_once() {
        let now = datetime!(2026-11-22 10:00 UTC);
        let mut inc = received(now);
        inc.answer(reply(), UserId::from_uuid(Uuid::from_u128(9)), now)
            .unwrap();
        let payload = ReplyPayload::of(&inc).unwrap();
        let mut out = sent(now);
        let mut wrong = payload.clone();
        wrong.referral_id = ReferralId::from_uuid(Uuid::from_u128(77));
        assert!(out.take_reply(wrong, now).is_err());
        out.take_reply(payload.clone(), now + Duration::hours(30))
            .unwrap();
        assert_eq!(out.state(Some(now)), RequestState::Answered);
        assert_eq!(out.response_time(), Some(Duration::hours(30)));
        assert!(out.take_reply(payload, now).is_err());
    }

    #[test]
    fn payloads_round_trip_and_refuse_other_formats_and_unknown_fields() {
        let now = datetime!(2026-11-22 10:00 UTC);
        let payload = RequestPayload::of(&sent(now));
        let bytes = serde_json::to_vec(&payload).unwrap();
        assert_eq!(RequestPayload::parse(&bytes).unwrap(), payload);
        let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        v["format"] = 2.into();
        let err = RequestPayload::parse(&serde_json::to_vec(&v).unwrap()).unwrap_err();
        assert!(err.to_string().contains("payload.format"), "{err}");
        v["format"] = 1.into();
        v["extra"] = true.into();
        assert!(RequestPayload::parse(&serde_json::to_vec(&v).unwrap()).is_err());
        assert!(
            ReplyPayload::parse(&bytes).is_err(),
            "a request is not a reply"
        );
    }

    #[test]
    fn the_median_response_time_is_in_hours() {
        assert_eq!(median_hours(&mut []), None);
        assert_eq!(
            median_hours(&mut [Duration::hours(5), Duration::hours(1), Duration::hours(3)]),
            Some(3.0)
        );
        assert_eq!(
            median_hours(&mut [Duration::hours(1), Duration::hours(2)]),
            Some(1.5)
        );
    }

    #[derive(Debug, Clone, Copy)]
    enum Op {
        Open,
        Dispatch,
        Answer,
        PeerOpen,
        PeerReply,
        Deliver,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            Just(Op::Open),
            Just(Op::Dispatch),
            Just(Op::Answer),
            Just(Op::PeerOpen),
            Just(Op::PeerReply),
            Just(Op::Deliver),
        ]
    }

    proptest! {
        /// Whatever happens in whatever order, a request's state never goes back, an
        /// answer is final and counted once, and an answered request is never overdue.
        #[test]
        fn the_state_only_moves_forward_and_an_answer_is_final(incoming in any::<bool>(), ops in proptest::collection::vec((op(), 0i64..72), 0..16), days_later in 0i64..200) {
            let start = datetime!(2026-11-22 10:00 UTC);
            let mut r = if incoming { received(start) } else { sent(start) };
            let mut delivered = None;
            let mut now = start;
            let mut last = r.state(delivered);
            let mut answered_at = None;
            for (op, hours) in ops {
                now += Duration::hours(hours);
                let user = UserId::from_uuid(Uuid::from_u128(9));
                let outcome = match op {
                    Op::Open => r.open(now).map(|_| ()),
                    Op::Dispatch => r.dispatch(Dispatch { organisation: None, user: Some(user) }, now),
                    Op::Answer => r.answer(reply(), user, now),
                    Op::PeerOpen => r.opened_by_peer(now),
                    Op::PeerReply => {
                        let mut other = received(start);
                        other.answer(reply(), user, now).unwrap();
                        r.take_reply(ReplyPayload::of(&other).unwrap(), now)
                    }
                    Op::Deliver => { delivered.get_or_insert(now); Ok(()) }
                };
                let state = r.state(delivered);
                prop_assert!(state >= last, "{op:?} moved {last:?} back to {state:?}");
                if outcome.is_ok() && matches!(op, Op::Answer | Op::PeerReply) {
                    prop_assert!(answered_at.is_none(), "answered twice");
                    answered_at = r.answered_at;
                }
                if answered_at.is_some() {
                    prop_assert_eq!(r.answered_at, answered_at, "an answer was overwritten");
                    prop_assert!(r.response_time().unwrap() >= Duration::ZERO);
                }
                // Incoming requests are answered here; outgoing ones only by the peer.
                if incoming {
                    prop_assert!(!(matches!(op, Op::PeerOpen | Op::PeerReply) && outcome.is_ok()));
                } else {
                    prop_assert!(!(matches!(op, Op::Open | Op::Dispatch | Op::Answer) && outcome.is_ok()));
                }
                last = state;
            }
            let later = now + Duration::days(days_later);
            prop_assert_eq!(r.is_overdue(later), r.answered_at.is_none() && later.date() > r.due_by);
            if r.answered_at.is_some() {
                prop_assert!(!r.is_overdue(later));
            }
        }
    }
}
