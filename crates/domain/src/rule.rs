//! Every validation rule a field can break, as a typed value: the domain, the server and
//! the web all name the rule and its arguments, never write the sentence. The sentence
//! lives once per language in `data/i18n/<language>/errors.ftl` under the rule's key
//! (`err-…`), with the rule's arguments as Fluent variables of the same names.
//!
//! English is rendered here, from the embedded `en/errors.ftl`: it is the `message` the
//! JSON API, the CLI and the logs show. The web interface renders the same rule in the
//! reader's language through `trm_i18n`.

use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use time::{Date, OffsetDateTime};

/// A value of an argument type, for [`Rule::examples`]: one example of every rule is
/// built from these, so no rule can be left out of the translation tests.
trait Sample {
    fn sample() -> Self;
}

impl Sample for String {
    fn sample() -> Self {
        "x".to_owned()
    }
}
impl Sample for usize {
    fn sample() -> Self {
        3
    }
}
impl Sample for u32 {
    fn sample() -> Self {
        2
    }
}
impl Sample for u64 {
    fn sample() -> Self {
        7
    }
}
impl Sample for i32 {
    fn sample() -> Self {
        1900
    }
}
impl Sample for i64 {
    fn sample() -> Self {
        90
    }
}
impl Sample for Date {
    fn sample() -> Self {
        time::macros::date!(2026 - 03 - 01)
    }
}
impl Sample for OffsetDateTime {
    fn sample() -> Self {
        time::macros::datetime!(2026-03-01 14:30 UTC)
    }
}

/// Declares the rules: each variant with its Fluent key and its arguments, whose field
/// names are the Fluent variables. `key`, `args` and `examples` follow from the list, so
/// a new rule cannot be added without its key, its arguments or its example.
macro_rules! rules {
    ($(
        $(#[$meta:meta])*
        $variant:ident $({ $($arg:ident : $ty:ty),+ $(,)? })? => $key:literal
    ),+ $(,)?) => {
        /// A broken validation rule and its arguments.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Rule {
            $($(#[$meta])* $variant $({ $($arg: $ty),+ })?),+
        }

        impl Rule {
            /// The Fluent message of this rule in `data/i18n/<language>/errors.ftl`.
            pub fn key(&self) -> &'static str {
                match self {
                    $(Rule::$variant { .. } => $key),+
                }
            }

            /// The rule's arguments as Fluent variables: name and value as text.
            pub fn args(&self) -> Vec<(&'static str, String)> {
                match self {
                    $(Rule::$variant $({ $($arg),+ })? => vec![$($((stringify!($arg), $arg.to_string())),+)?]),+
                }
            }

            /// One value of every rule, for the tests that every language renders them.
            pub fn examples() -> Vec<Rule> {
                vec![$(Rule::$variant $({ $($arg: <$ty as Sample>::sample()),+ })?),+]
            }
        }
    };
}

rules! {
    // Free text and lists, shared by every form.
    Empty => "err-empty",
    TooLong { len: usize, max: usize } => "err-too-long",
    ControlCharacters => "err-control-characters",
    TooManyEntries { count: usize, max: usize } => "err-too-many-entries",
    ListedTwice => "err-listed-twice",
    Missing => "err-missing",
    MissingField { name: String } => "err-missing-field",
    DateInFuture { date: Date } => "err-date-in-future",
    InFuture => "err-in-future",
    InPast => "err-in-past",
    Between { min: u64, max: u64 } => "err-between",
    LongerThan { max: usize } => "err-longer-than",
    /// A JSON body or query that does not fit its type; serde's own words.
    Malformed { detail: String } => "err-malformed",
    NotAnObject => "err-not-an-object",
    AlreadyTaken => "err-already-taken",

    // The case.
    StaleVersion { version: u32, expected: u32 } => "err-stale-version",
    CaseRestricted => "err-case-restricted",
    CaseErased => "err-case-erased",
    AlreadyRestricted => "err-already-restricted",
    Erased => "err-erased",
    NotRestricted => "err-not-restricted",
    AlreadyAnonymised => "err-already-anonymised",
    ReflectionEndsBeforeStart { ends_on: Date, starts_on: Date } => "err-reflection-ends-before-start",
    NoGoals => "err-no-goals",
    TooManyGoals { max: usize } => "err-too-many-goals",
    TooManyCountries { max: usize } => "err-too-many-countries",
    OtherExploitationOnly => "err-other-exploitation-only",
    UnknownMeansCombined => "err-unknown-means-combined",
    ExploitationEndsBeforeStart { ended: Date, began: Date } => "err-exploitation-ends-before-start",
    PreviouslyTraffickedOnly => "err-previously-trafficked-only",
    NameRequired => "err-name-required",
    BornTooEarly { date: Date, year: i32 } => "err-born-too-early",
    /// `estimate` is an age group code (`under_18`, `over_18`).
    AgeEstimateContradicts { estimate: String, born: Date } => "err-age-estimate-contradicts",
    IdentityConfirmedOnly => "err-identity-confirmed-only",
    /// `measure` is a measure code (`sop4.safe_transfer`).
    ChildNeedsGuardian { measure: String } => "err-child-needs-guardian",
    ChildNeedsBestInterests { measure: String } => "err-child-needs-best-interests",

    // Consents and shares.
    OnlyGivenRevocable => "err-only-given-revocable",
    AlreadyRevoked => "err-already-revoked",
    RevokedBeforeGiven { revoked_on: Date, decided_on: Date } => "err-revoked-before-given",
    NoSections => "err-no-sections",
    /// `country` is a country code, `purpose` a purpose code (`referral`).
    NoConsentToShare { organisation: String, country: String, purpose: String } => "err-no-consent-to-share",
    EmergencyTooShort { min: usize } => "err-emergency-too-short",
    AlreadyWithdrawn => "err-already-withdrawn",
    ErasureNeedsReason => "err-erasure-needs-reason",

    // Accounts and API tokens.
    PasswordTooShort { len: usize, min: usize } => "err-password-too-short",
    RepeatedCharacter => "err-repeated-character",
    NotCurrentPassword => "err-not-current-password",
    TotpOrRecoveryCode => "err-totp-or-recovery-code",
    TotpNotCurrent => "err-totp-not-current",
    TokenNameRequired => "err-token-name-required",
    NoScopes => "err-no-scopes",
    OwnAccount => "err-own-account",
    NoSuchOrganisation => "err-no-such-organisation",
    NoSuchUser => "err-no-such-user",
    NotUserOfYourOrganisation { user: String } => "err-not-user-of-your-organisation",
    NotASop => "err-not-a-sop",
    NotAPageCursor => "err-not-a-page-cursor",
    /// `value` was given; `options` are the codes allowed, comma-separated.
    NotOneOf { value: String, options: String } => "err-not-one-of",
    /// `tag` was asked for; `offered` are the node's languages, comma-separated.
    NotANodeLanguage { tag: String, offered: String } => "err-not-a-node-language",

    // Referrals.
    NoVersionToFollow => "err-no-version-to-follow",
    DraftExists { version: u32 } => "err-draft-exists",
    SentNoDraft => "err-sent-no-draft",
    NextVersionIsTheirs { version: u32 } => "err-next-version-is-theirs",
    NoDraftToSend => "err-no-draft-to-send",
    DraftInProgress { version: u32 } => "err-draft-in-progress",
    UnexpectedVersion { version: u32, expected: u32 } => "err-unexpected-version",
    SameSideTwice => "err-same-side-twice",
    OwnCountry { country: String } => "err-own-country",
    TransfersBlocked { peer: String, country: String } => "err-transfers-blocked",
    /// `state` is `refused`, `revoked` or `not_recorded`.
    NoConsentForReferral { country: String, state: String } => "err-no-consent-for-referral",
    /// `side` is a side code (`exploitation`, `origin`).
    AuthorIsOurSide { side: String, referral: String } => "err-author-is-our-side",
    NoConsentToSend => "err-no-consent-to-send",
    ChildTemplatesMissing => "err-child-templates-missing",
    ChildTemplateForPerson => "err-child-template-for-person",
    RequiredBecauseYes { other: String } => "err-required-because-yes",
    RequiredBecauseIncludes { other: String, code: String } => "err-required-because-includes",
    RequiredBeforeSending => "err-required-before-sending",
    BeforeField { other: String } => "err-before-field",
    FilledByOrigin => "err-filled-by-origin",
    FilledByExploitation => "err-filled-by-exploitation",
    AuthorSideEither => "err-author-side-either",
    TemplateVersionChanged { version: u32, original: u32 } => "err-template-version-changed",
    UnknownTemplateVersion { version: u32, known: String } => "err-unknown-template-version",
    DocumentTemplateVersion { version: u32, document: u32 } => "err-document-template-version",
    /// `part` is `referral` or `child`.
    NotAFieldOf { part: String, version: u32 } => "err-not-a-field-of",
    NotAFieldOfProfile { part: String, version: u32, country: String, profile_version: u32 } => "err-not-a-field-of-profile",

    // Values of the referral template's fields.
    NotADate => "err-not-a-date",
    NotADateTime => "err-not-a-date-time",
    NotYesNo => "err-not-yes-no",
    NotOneCode => "err-not-one-code",
    NotACodeString => "err-not-a-code-string",
    NotAList => "err-not-a-list",
    NotInList { code: String, list: String, codes: String } => "err-not-in-list",
    NotACountryString => "err-not-a-country-string",
    NotCountryCode { code: String } => "err-not-country-code",
    NotLanguageCode { code: String } => "err-not-language-code",
    NotAnEmail => "err-not-an-email",
    ContactNeedsWho => "err-contact-needs-who",
    NotAContact { detail: String } => "err-not-a-contact",
    AcceptedNotOffered => "err-accepted-not-offered",
    NotAnOffer { detail: String } => "err-not-an-offer",
    NotATextPart => "err-not-a-text-part",
    NotText => "err-not-text",
    NotOneLine => "err-not-one-line",

    // Requests between countries.
    DueInPast { due_by: Date, today: Date } => "err-due-in-past",
    DueTooFar { days: i64, latest: Date } => "err-due-too-far",
    NoDispatchTarget => "err-no-dispatch-target",
    OnlyIncomingOpened => "err-only-incoming-opened",
    OnlyIncomingDispatched => "err-only-incoming-dispatched",
    OnlyIncomingAnswered => "err-only-incoming-answered",
    OnlyOutgoingOpened => "err-only-outgoing-opened",
    OnlyOutgoingAnswered => "err-only-outgoing-answered",
    AlreadyAnswered { at: OffsetDateTime } => "err-already-answered",
    NotTheRequestsReferral => "err-not-the-requests-referral",
    NotOrganisationOfNode => "err-not-organisation-of-node",
    UserDisabled => "err-user-disabled",
    UserNotInOrganisation => "err-user-not-in-organisation",
    /// `role` is a role code (`administrator`).
    RoleSeesNoPersonalData { role: String } => "err-role-sees-no-personal-data",
    NotUserOfNode => "err-not-user-of-node",

    // Messages from peer nodes.
    UnknownPayloadFormat { format: u32, expected: u32 } => "err-unknown-payload-format",
    NotARequest { detail: String } => "err-not-a-request",
    NotAReply { detail: String } => "err-not-a-reply",
    NotAReferralDocument { detail: String } => "err-not-a-referral-document",
    NotAnOpenedNotice { detail: String } => "err-not-an-opened-notice",
    NotARevocationNotice { detail: String } => "err-not-a-revocation-notice",
    NotAKeyHandover { detail: String } => "err-not-a-key-handover",
    /// Why the exchange refused an envelope, in its own words.
    EnvelopeRefused { detail: String } => "err-envelope-refused",
    NoCaseReference => "err-no-case-reference",
    ReferralNotFromSender => "err-referral-not-from-sender",
    KindNotTakenIn { kind: String } => "err-kind-not-taken-in",
    NotTheEnvelopesReferral => "err-not-the-envelopes-referral",
    NoSharedReferral { referral: String, country: String } => "err-no-shared-referral",
    ReferralRestrictedHere => "err-referral-restricted-here",
    RequestReceivedAlready { request: String } => "err-request-received-already",
    NoSuchSentRequest { request: String, country: String } => "err-no-such-sent-request",
    RotatedOutKey { key: String, retired_at: String } => "err-rotated-out-key",
    HandoverRefused { detail: String } => "err-handover-refused",
    PeerHandoverRefused { detail: String } => "err-peer-handover-refused",

    // The node's settings (an administrator's terminal).
    NotPositive => "err-not-positive",
    NotAfter { value: String, other_field: String, other: String } => "err-not-after",
    LongerThanKeysKept { value: String, max: String } => "err-longer-than-keys-kept",
    NotADuration { text: String } => "err-not-a-duration",
    LongerThanAYear { text: String } => "err-longer-than-a-year",

    // Template, profile and crosswalk files (an administrator's terminal).
    TemplateUnreadable { detail: String } => "err-template-unreadable",
    ProfileUnreadable { detail: String } => "err-profile-unreadable",
    CrosswalkUnreadable { detail: String } => "err-crosswalk-unreadable",
    TemplateFileVersion { version: u32, found: u32 } => "err-template-file-version",
    ProfileFileCountry { country: String, found: String } => "err-profile-file-country",
    WrongFormat { found: String, expected: String } => "err-wrong-format",
    NotACode => "err-not-a-code",
    EmptyList => "err-empty-list",
    CodeNotACode { code: String } => "err-code-not-a-code",
    CodeListedTwice { code: String } => "err-code-listed-twice",
    DefinedTwice => "err-defined-twice",
    NotAFieldCode { code: String } => "err-not-a-field-code",
    BadCondition { condition: String } => "err-bad-condition",
    NoSuchList { list: String } => "err-no-such-list",
    NeedsList => "err-needs-list",
    TakesNoList => "err-takes-no-list",
    RequiredTwice => "err-required-twice",
    ConditionUnknownField { field: String } => "err-condition-unknown-field",
    ConditionNeedsYesNo { field: String } => "err-condition-needs-yes-no",
    ConditionCannotHold { field: String, code: String } => "err-condition-cannot-hold",
    ProfileTemplateVersion { version: u32, template: u32 } => "err-profile-template-version",
    NotATemplateField { code: String, version: u32 } => "err-not-a-template-field",
    RemovesRequired { code: String } => "err-removes-required",
    RemoveBothOrNeither { code: String, dependant: String } => "err-remove-both-or-neither",
    /// `country` is the profile's country code in lower case, as field codes write it.
    BadProfileFieldCode { code: String, country: String } => "err-bad-profile-field-code",
    NeedsEnglishLabel => "err-needs-english-label",
    LabelLength { max: usize } => "err-label-length",
    NotAGroup { group: String } => "err-not-a-group",
    CrosswalkVersion { version: u32, mapped: u32 } => "err-crosswalk-version",
}

/// English, the language of the API's messages, embedded so the domain stays pure.
const ENGLISH_FTL: &str = include_str!("../../../data/i18n/en/errors.ftl");

static ENGLISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap_or_default()]);
    // Messages go into JSON, terminals and logs: no invisible bidi isolation marks.
    bundle.set_use_isolating(false);
    // A broken file shows as `[err-…]` messages, which the tests below refuse.
    let resource =
        FluentResource::try_new(ENGLISH_FTL.to_owned()).unwrap_or_else(|(partial, _)| partial);
    // Duplicate keys keep the first of each; the tests refuse such a file.
    let _ = bundle.add_resource(resource);
    bundle
});

impl Rule {
    /// The stable code of the rule for API clients: its key without `err-`.
    pub fn code(&self) -> &'static str {
        let key = self.key();
        key.strip_prefix("err-").unwrap_or(key)
    }

    /// The rule in English, from `en/errors.ftl`.
    pub fn english(&self) -> String {
        self.render_english()
            .unwrap_or_else(|_| format!("[{}]", self.key()))
    }

    fn render_english(&self) -> Result<String, String> {
        let key = self.key();
        let pattern = ENGLISH
            .get_message(key)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("{key} is not in en/errors.ftl"))?;
        let mut args = FluentArgs::new();
        for (name, value) in self.args() {
            args.set(name, FluentValue::from(value));
        }
        let mut errors = vec![];
        let text = ENGLISH.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{key}: {errors:?}"))
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_rule_renders_in_english() {
        for rule in Rule::examples() {
            let text = rule.render_english().unwrap();
            assert!(!text.trim().is_empty(), "{rule:?}");
        }
    }

    #[test]
    fn keys_are_unique_and_every_english_message_belongs_to_a_rule() {
        let keys: Vec<&str> = Rule::examples().iter().map(Rule::key).collect();
        let unique: BTreeSet<&str> = keys.iter().copied().collect();
        assert_eq!(unique.len(), keys.len(), "a key is used by two rules");
        for line in ENGLISH_FTL.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && key.starts_with("err-")
            {
                assert!(unique.contains(key), "{key} belongs to no rule");
            }
        }
    }

    #[test]
    fn arguments_come_in_the_message() {
        let rule = Rule::TooLong { len: 205, max: 200 };
        assert_eq!(rule.code(), "too-long");
        assert_eq!(
            rule.to_string(),
            "is 205 characters long; at most 200 are allowed"
        );
        assert_eq!(
            Rule::DateInFuture {
                date: time::macros::date!(2099 - 01 - 01)
            }
            .to_string(),
            "2099-01-01 is in the future"
        );
    }
}
