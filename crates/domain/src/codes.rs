//! Code lists. Codes are stable (they travel on the wire and into storage); labels are
//! looked up by the reader. ISO lists are reference data under `data/codes/`.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::rule::Rule;

fn parse_tsv(text: &'static str) -> BTreeMap<&'static str, &'static str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
}

static COUNTRIES: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_tsv(include_str!("../../../data/codes/countries.tsv")));
static LANGUAGES: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_tsv(include_str!("../../../data/codes/languages.tsv")));

/// An ISO 3166-1 alpha-2 country code (plus XK, used for Kosovo in European practice).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "AL")]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(code: &str) -> Result<Self, String> {
        match COUNTRIES.get_key_value(code) {
            Some((known, _)) => {
                let b = known.as_bytes();
                Ok(Self([b[0], b[1]]))
            }
            None => Err(Rule::NotCountryCode {
                code: code.to_owned(),
            }
            .english()),
        }
    }
    pub fn as_str(&self) -> &str {
        // Only ever built from the ASCII list above.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
    pub fn all() -> impl Iterator<Item = CountryCode> {
        COUNTRIES.keys().filter_map(|c| CountryCode::parse(c).ok())
    }
}

impl TryFrom<String> for CountryCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}
impl From<CountryCode> for String {
    fn from(value: CountryCode) -> Self {
        value.as_str().to_owned()
    }
}
impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An ISO 639-1 two-letter language code.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "String", into = "String")]
#[schema(value_type = String, example = "sq")]
pub struct LanguageCode([u8; 2]);

impl LanguageCode {
    pub fn parse(code: &str) -> Result<Self, String> {
        match LANGUAGES.get_key_value(code) {
            Some((known, _)) => {
                let b = known.as_bytes();
                Ok(Self([b[0], b[1]]))
            }
            None => Err(Rule::NotLanguageCode {
                code: code.to_owned(),
            }
            .english()),
        }
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
    pub fn all() -> impl Iterator<Item = LanguageCode> {
        LANGUAGES.keys().filter_map(|c| LanguageCode::parse(c).ok())
    }
}
impl TryFrom<String> for LanguageCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}
impl From<LanguageCode> for String {
    fn from(value: LanguageCode) -> Self {
        value.as_str().to_owned()
    }
}
impl fmt::Debug for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Declares a closed code list: a snake_case wire code per variant, `ALL` and `code()`.
macro_rules! code_list {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.code()) }
        }
    };
}

code_list!(
    /// Sex as recorded in Annex I §1.1 (with "unknown" for a person not yet able to say).
    Sex { Male = "male", Female = "female", Other = "other", Unknown = "unknown" }
);

code_list!(
    /// Marital status, Annex I §1.1.
    MaritalStatus {
        Single = "single", Married = "married", Divorced = "divorced",
        Widowed = "widowed", Partnership = "partnership", Unknown = "unknown",
    }
);

code_list!(
    /// Age when the date of birth is unknown (Annex I: "if unknown, provide an estimate").
    AgeEstimate { Under18 = "under_18", Over18 = "over_18", Unknown = "unknown" }
);

code_list!(
    TravelDocumentKind { Passport = "passport", LaissezPasser = "laissez_passer", IdentityCard = "identity_card" }
);

code_list!(
    /// Who confirmed the person's identity (Annex I §1.1).
    IdentityConfirmer {
        Police = "police", EmbassyOrConsulate = "embassy_or_consulate",
        CivilRegistry = "civil_registry", Other = "other",
    }
);

code_list!(
    /// The person's status, as in seed 004's Working Definitions.
    PersonStatus {
        /// Not trafficked, but the profile or indicators show a greater possibility of it.
        AtRisk = "at_risk",
        /// Identified before being exploited, with strong signs of being in the trafficking process.
        PotentialVictim = "potential_victim",
        /// Presumed a victim, not (yet) formally identified; entitled to the same treatment as identified.
        PresumedVictim = "presumed_victim",
        /// Identified through the formal (legal) identification mechanism.
        IdentifiedFormal = "identified_formal",
        /// Identified through an informal identification mechanism (e.g. by an NGO).
        IdentifiedInformal = "identified_informal",
        /// Presumed victim who declined to be formally or legally identified; same treatment as identified.
        DeclinedIdentification = "declined_identification",
        /// Assessed as not being a victim of trafficking.
        NotAVictim = "not_a_victim",
    }
);

impl PersonStatus {
    /// Annex I "Formal identification: yes/no" is derived from the status, never stored twice.
    pub fn formally_identified(self) -> bool {
        self == PersonStatus::IdentifiedFormal
    }
}

code_list!(
    /// Types of exploitation, Annex I §1.2 ("Delinquency" is forced criminality).
    ExploitationType {
        Sexual = "sexual", Labour = "labour", Begging = "begging",
        RemovalOfOrgans = "removal_of_organs", Adoption = "adoption",
        ForcedCriminality = "forced_criminality", Other = "other",
    }
);

code_list!(
    /// Means of recruitment, Annex I §1.2.
    RecruitmentMeans {
        PersonalContact = "personal_contact", Advertisement = "advertisement",
        TravelAgency = "travel_agency", EmploymentAgency = "employment_agency",
        FamilyMember = "family_member", AbductionForce = "abduction_force",
        Other = "other", Unknown = "unknown",
    }
);

code_list!(
    /// Kinds of technology used by traffickers (seed 000 §V, the digital dimension).
    DigitalPlatform {
        SocialMedia = "social_media", MessagingApp = "messaging_app", DatingApp = "dating_app",
        OnlineJobBoard = "online_job_board", ClassifiedAds = "classified_ads",
        LiveStreaming = "live_streaming", AdultWebsite = "adult_website",
        GamingPlatform = "gaming_platform", OnlinePaymentOrCrypto = "online_payment_or_crypto",
        LocationTracking = "location_tracking", Other = "other",
    }
);

code_list!(
    /// What the technology was used for.
    DigitalUse { Recruit = "recruit", Control = "control", Exploit = "exploit", Advertise = "advertise" }
);

code_list!(
    /// Whether the person cooperates with police or courts. Recorded for proceedings only:
    /// no assistance rule may read it (seed 000 §II.3, §IV.1).
    Cooperation {
        NotAsked = "not_asked", Undecided = "undecided",
        Cooperating = "cooperating", Declined = "declined",
    }
);

code_list!(
    ResidencePermitStatus { None = "none", Applied = "applied", Granted = "granted", Refused = "refused" }
);

code_list!(
    /// Status of one SOP measure on a case.
    MeasureStatus {
        Planned = "planned", InProgress = "in_progress", Done = "done",
        DeclinedByPerson = "declined_by_person", NotApplicable = "not_applicable",
    }
);

impl MeasureStatus {
    pub fn is_open(self) -> bool {
        matches!(self, MeasureStatus::Planned | MeasureStatus::InProgress)
    }
}

code_list!(
    /// Risk of re-trafficking, Annex I §3.4.
    RiskLevel { VeryHigh = "very_high", High = "high", Medium = "medium", Low = "low" }
);

code_list!(
    /// With whom a risk assessment was carried out (Annex I §3.4, extended).
    RiskAssessmentParticipant {
        TraffickedPerson = "trafficked_person", Relatives = "relatives",
        AuthoritiesOrigin = "authorities_origin", AuthoritiesDestination = "authorities_destination",
        Guardian = "guardian", Ngo = "ngo", Other = "other",
    }
);

code_list!(
    /// Kinds of organisation that take part in a National Referral Mechanism.
    OrganisationKind {
        Ngo = "ngo", Police = "police", BorderPolice = "border_police", Prosecutor = "prosecutor",
        Court = "court", SocialServices = "social_services", MigrationReturnUnit = "migration_return_unit",
        LabourInspectorate = "labour_inspectorate", EmbassyConsulate = "embassy_consulate",
        InternationalOrganisation = "international_organisation",
        NationalCoordinator = "national_coordinator", Other = "other",
    }
);

code_list!(
    /// Who a user is in the referral mechanism. What each role may do is decided in one
    /// place, `crate::policy`.
    Role {
        Administrator = "administrator", FocalPoint = "focal_point", CaseManager = "case_manager",
        CaseWorker = "case_worker", LawEnforcement = "law_enforcement", Prosecutor = "prosecutor",
        Guardian = "guardian", Monitor = "monitor", DirectoryEditor = "directory_editor",
    }
);

impl Role {
    /// Roles that can see a person's data (the administrator only by breaking the glass).
    /// Every one of them must log in with a second factor.
    pub fn sees_personal_data(self) -> bool {
        !matches!(self, Role::Monitor | Role::DirectoryEditor)
    }
}

code_list!(
    ConsentDecision { Given = "given", Refused = "refused" }
);

code_list!(
    /// Why data would be shared with another country or organisation.
    SharePurpose {
        Referral = "referral", Assistance = "assistance", Return = "return",
        FamilyTracing = "family_tracing", Proceedings = "proceedings",
    }
);

code_list!(
    /// Best-interests records for a child (Working Definitions): an assessment by staff,
    /// or the formal determination with procedural safeguards.
    BestInterestsKind { Assessment = "assessment", Determination = "determination" }
);

code_list!(
    /// The legal basis for transfers of personal data to a peer node, recorded by the
    /// administrator per peer (GDPR chapter V). Many origin countries of the seeds have no
    /// adequacy decision, so the basis is stated, never assumed.
    LegalBasis {
        SameJurisdiction = "same_jurisdiction", EuEea = "eu_eea", Adequacy = "adequacy",
        PublicBodiesArrangement = "public_bodies_arrangement",
        ContractualClauses = "contractual_clauses",
        PublicInterestDerogation = "public_interest_derogation",
        VitalInterestDerogation = "vital_interest_derogation",
        Blocked = "blocked",
    }
);

impl LegalBasis {
    /// Whether personal data may be transferred on this basis at all.
    pub fn permits_transfer(self) -> bool {
        self != LegalBasis::Blocked
    }
}

/// The language most of a country's case files are written in, for free text whose
/// language nobody stated (a referral's default). English where OpenTRM has no better guess.
pub fn working_language(country: CountryCode) -> LanguageCode {
    let code = match country.as_str() {
        "AL" | "XK" => "sq",
        "IT" => "it",
        "MD" | "RO" => "ro",
        "UA" => "uk",
        "BG" => "bg",
        "MK" => "mk",
        "HR" => "hr",
        "BA" => "bs",
        "RS" | "ME" => "sr",
        "PL" => "pl",
        "SK" => "sk",
        _ => "en",
    };
    LanguageCode::parse(code).unwrap_or(LanguageCode(*b"en"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_of_the_seeds_are_known_and_junk_is_not() {
        for c in [
            "AL", "IT", "MD", "UA", "RS", "BA", "XK", "MK", "BG", "RO", "HR", "ME", "SI", "AT",
            "DE", "GR",
        ] {
            assert_eq!(
                CountryCode::parse(c).map(|c| c.to_string()),
                Ok(c.to_owned())
            );
        }
        for bad in ["", "al", "ZZ", "ALB", "A"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad} accepted");
        }
        assert!(CountryCode::all().count() > 240);
    }

    #[test]
    fn languages_parse() {
        assert!(LanguageCode::parse("sq").is_ok());
        assert!(LanguageCode::parse("SQ").is_err());
        assert!(LanguageCode::parse("xx").is_err());
    }

    #[test]
    fn codes_round_trip_through_json() {
        for s in ExploitationType::ALL {
            let json = serde_json::to_string(s).unwrap_or_default();
            let back: ExploitationType =
                serde_json::from_str(&json).unwrap_or(ExploitationType::Other);
            assert_eq!(*s, back);
            assert_eq!(ExploitationType::from_code(s.code()), Some(*s));
        }
    }

    #[test]
    fn formal_identification_is_derived_from_status() {
        let formal: Vec<_> = PersonStatus::ALL
            .iter()
            .filter(|s| s.formally_identified())
            .collect();
        assert_eq!(formal, vec![&PersonStatus::IdentifiedFormal]);
    }
}
