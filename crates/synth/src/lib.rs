//! Deterministic generator of obviously fictional cases for OpenTRM's demo, tests and
//! benchmarks.
//!
//! No real person's data is used anywhere: the names, towns, streets and organisations
//! come from `data/synthetic/names.toml`, where every entry is invented (family names
//! carry a fictional marker such as *Fictiva*, *Testova* or *Mockovic*), and every free
//! text starts with "Synthetic".
//!
//! The same `(seed, index, today)` always gives the same case, on every platform: each
//! case has its own ChaCha8 stream (key from `seed`, stream number `index`), so
//! [`generate_one`]`(seed, i, today)` equals [`generate`]`(seed, n, today)[i]` for any
//! `n > i`. Every generated case, measure and consent passes the domain's validation
//! when opened or recorded on `today` (any time of day); all dates are on or before
//! `today`, except a reflection period's end, a measure's due date and a risk management
//! plan's review date, which may lie ahead.
//!
//! `today` is expected to be a realistic date (after 1960): dates of birth are computed
//! back from it.

use std::sync::LazyLock;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use time::{Date, Duration};
use trm_domain::case::{
    AssistancePlan, BestInterestsRecord, CaseInfo, DigitalDimension, Guardian, PlanGoal,
    ReflectionPeriod, RiskAssessment, RiskManagementPlan, TechnologyUse,
};
use trm_domain::codes::{
    AgeEstimate, BestInterestsKind, ConsentDecision, Cooperation, CountryCode, DigitalPlatform,
    DigitalUse, ExploitationType, IdentityConfirmer, LanguageCode, MaritalStatus, MeasureStatus,
    PersonStatus, RecruitmentMeans, ResidencePermitStatus, RiskAssessmentParticipant, RiskLevel,
    Sex, SharePurpose, TravelDocumentKind,
};
use trm_domain::consent::{ConsentScope, InformedHow, NewConsent};
use trm_domain::measure::{ChildSafeguard, NewMeasure, child_safeguards};
use trm_domain::person::{Person, TravelDocument};
use trm_domain::{MeasureCode, NewCase};

/// One generated case: what a case worker would send to open it, then the measures and consents recorded on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyntheticCase {
    pub case: NewCase,
    pub measures: Vec<NewMeasure>,
    pub consents: Vec<NewConsent>,
}

/// Deterministic: the same (seed, count, today) always gives the same cases.
///
/// # Panics
///
/// Only if the embedded `data/synthetic/names.toml` is invalid, which the crate's tests
/// rule out (see [`generate_one`]).
pub fn generate(seed: u64, count: usize, today: Date) -> Vec<SyntheticCase> {
    (0..count as u64)
        .map(|index| generate_one(seed, index, today))
        .collect()
}

/// Same, one at a time (case number `index` of the stream for `seed`), so a benchmark can make many without holding them all.
///
/// # Panics
///
/// Only if the embedded `data/synthetic/names.toml` does not parse; it is compiled into
/// the crate and a unit test parses it, so a released build cannot panic here.
pub fn generate_one(seed: u64, index: u64, today: Date) -> SyntheticCase {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(index);
    Gen {
        rng,
        today,
        data: names(),
    }
    .case()
}

const NAMES_TOML: &str = include_str!("../../../data/synthetic/names.toml");

/// The invented names, places and routes of `data/synthetic/names.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    female_given: Vec<String>,
    male_given: Vec<String>,
    family: Vec<String>,
    nicknames: Vec<String>,
    towns: Vec<String>,
    streets: Vec<String>,
    organisations: Vec<String>,
    focal_points: Vec<String>,
    guardians: Vec<String>,
    guardian_organisations: Vec<String>,
    best_interests_authorities: Vec<String>,
    best_interests_summaries: Vec<String>,
    plan_goals: Vec<String>,
    risk_notes: Vec<String>,
    risk_management_summaries: Vec<String>,
    measure_notes: Vec<String>,
    exploitation_other: Vec<String>,
    consent_notes: Vec<String>,
    origins: Vec<Origin>,
    destinations: Vec<Destination>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Origin {
    country: CountryCode,
    weight: u32,
    languages: Vec<LanguageCode>,
    extra_languages: Vec<LanguageCode>,
    second_citizenships: Vec<CountryCode>,
    /// Transit routes in the order travelled.
    corridors: Vec<Vec<CountryCode>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Destination {
    country: CountryCode,
    weight: u32,
    language: LanguageCode,
}

/// The parsed names file.
///
/// # Panics
///
/// If the embedded file does not parse. It is fixed at compile time and the test
/// `embedded_names_parse_and_are_usable` parses and checks it, so this cannot happen in
/// a tested build.
fn names() -> &'static Names {
    static NAMES: LazyLock<Names> = LazyLock::new(|| match toml::from_str(NAMES_TOML) {
        Ok(names) => names,
        Err(e) => panic!("data/synthetic/names.toml, embedded in trm-synth, is invalid: {e}"),
    });
    &NAMES
}

/// Every measure code of the SOP catalogue (empty only if the catalogue is invalid, which
/// the node reports at start; then no measures are generated).
fn measure_codes() -> &'static [MeasureCode] {
    static CODES: LazyLock<Vec<MeasureCode>> = LazyLock::new(|| trm_domain::catalogue().codes());
    &CODES
}

// Share of children among the generated people.
const CHILD_SHARE: f64 = 0.2;

/// The route of one case.
struct Route<'a> {
    origin: &'a Origin,
    exploitation_countries: Vec<CountryCode>,
    internal: bool,
}

/// The generator of one case: its random stream, `today` and the names file.
struct Gen {
    rng: ChaCha8Rng,
    today: Date,
    data: &'static Names,
}

impl Gen {
    // ---- random primitives (portable: indexes are drawn as u32) ----

    fn chance(&mut self, p: f64) -> bool {
        self.rng.gen_bool(p)
    }

    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            lo
        } else {
            self.rng.gen_range(lo..=hi)
        }
    }

    fn index(&mut self, len: usize) -> usize {
        let len = u32::try_from(len).unwrap_or(u32::MAX);
        if len <= 1 {
            0
        } else {
            self.rng.gen_range(0..len) as usize
        }
    }

    /// One item of a non-empty slice (the names file is checked to have no empty list).
    fn pick<'s, T>(&mut self, items: &'s [T]) -> &'s T {
        &items[self.index(items.len())]
    }

    fn pick_code<T: Copy>(&mut self, all: &[T]) -> T {
        *self.pick(all)
    }

    fn text(&mut self, items: &[String]) -> String {
        self.pick(items).clone()
    }

    fn weighted<T: Copy>(&mut self, table: &[(T, u32)]) -> T {
        let total: u32 = table.iter().map(|(_, w)| w).sum();
        let mut roll = if total == 0 {
            0
        } else {
            self.rng.gen_range(0..total)
        };
        for (item, w) in table {
            if roll < *w {
                return *item;
            }
            roll -= w;
        }
        table[table.len() - 1].0
    }

    /// Up to `n` distinct items drawn by weight.
    fn distinct_weighted<T: Copy + PartialEq>(&mut self, table: &[(T, u32)], n: usize) -> Vec<T> {
        let mut out = Vec::with_capacity(n);
        for _ in 0..n * 8 {
            if out.len() == n {
                break;
            }
            let item = self.weighted(table);
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }

    /// Up to `n` distinct items of `all`, uniformly.
    fn distinct<T: Copy + PartialEq>(&mut self, all: &[T], n: usize) -> Vec<T> {
        let table: Vec<(T, u32)> = all.iter().map(|&t| (t, 1)).collect();
        self.distinct_weighted(&table, n)
    }

    fn days_ago(&mut self, lo: i64, hi: i64) -> Date {
        let n = self.int(lo, hi);
        self.today.saturating_sub(Duration::days(n))
    }

    /// A day from `lo` to `hi`, both included (`hi` if they are the wrong way round).
    fn between(&mut self, lo: Date, hi: Date) -> Date {
        if hi <= lo {
            return hi;
        }
        let span = (hi - lo).whole_days();
        lo.saturating_add(Duration::days(self.int(0, span)))
    }

    fn origin(&mut self) -> &'static Origin {
        let data = self.data;
        let table: Vec<(usize, u32)> = data
            .origins
            .iter()
            .enumerate()
            .map(|(i, o)| (i, o.weight))
            .collect();
        &data.origins[self.weighted(&table)]
    }

    fn destination(&mut self) -> &'static Destination {
        let data = self.data;
        let table: Vec<(usize, u32)> = data
            .destinations
            .iter()
            .enumerate()
            .map(|(i, d)| (i, d.weight))
            .collect();
        &data.destinations[self.weighted(&table)]
    }

    // ---- the case ----

    fn case(mut self) -> SyntheticCase {
        let status = self.weighted(&[
            (PersonStatus::AtRisk, 8),
            (PersonStatus::PotentialVictim, 10),
            (PersonStatus::PresumedVictim, 25),
            (PersonStatus::IdentifiedFormal, 22),
            (PersonStatus::IdentifiedInformal, 15),
            (PersonStatus::DeclinedIdentification, 10),
            (PersonStatus::NotAVictim, 10),
        ]);
        let route = self.route();
        let child = self.chance(CHILD_SHARE);
        let person = self.person(&route, child);
        let is_child = person.is_child(self.today);

        let identified_on = if self.chance(0.95) {
            Some(self.days_ago(0, 900))
        } else {
            None
        };
        // Later records fall between the identification (or a day in the past year) and today.
        let anchor = match identified_on {
            Some(d) => d,
            None => self.days_ago(30, 400),
        };
        let case_info = self.case_info(&route, status, is_child, identified_on, anchor);

        let cooperation = self.weighted(&[
            (Cooperation::NotAsked, 25),
            (Cooperation::Undecided, 20),
            (Cooperation::Cooperating, 35),
            (Cooperation::Declined, 20),
        ]);
        let reflection_period = if self.chance(0.4) {
            let latest_start = anchor.saturating_add(Duration::days(14)).min(self.today);
            let starts_on = self.between(anchor, latest_start);
            let ends_on = starts_on.saturating_add(Duration::days(self.int(30, 90)));
            Some(ReflectionPeriod { starts_on, ends_on })
        } else {
            None
        };
        let residence_permit = self.weighted(&[
            (ResidencePermitStatus::None, 40),
            (ResidencePermitStatus::Applied, 25),
            (ResidencePermitStatus::Granted, 25),
            (ResidencePermitStatus::Refused, 10),
        ]);

        let (guardian, best_interests) = if is_child {
            self.child_safeguards(anchor)
        } else {
            (None, Vec::new())
        };
        let risk_assessment = if self.chance(0.6) {
            Some(self.risk_assessment(anchor, guardian.is_some()))
        } else {
            None
        };
        let assistance_plan = if self.chance(0.35) {
            let agreed_on = self.between(anchor, self.today);
            let n = self.int(1, 4) as usize;
            let goals = self.distinct(&(0..self.data.plan_goals.len()).collect::<Vec<_>>(), n);
            let goals = goals
                .into_iter()
                .map(|i| PlanGoal {
                    goal: self.data.plan_goals[i].clone(),
                    achieved: self.chance(0.3),
                })
                .collect();
            Some(AssistancePlan { agreed_on, goals })
        } else {
            None
        };
        let risk_management_plan = if self.chance(0.2) {
            let summary = self.text(&self.data.risk_management_summaries);
            let review_on = if self.chance(0.7) {
                Some(
                    self.today
                        .saturating_add(Duration::days(self.int(-30, 120))),
                )
            } else {
                None
            };
            Some(RiskManagementPlan { summary, review_on })
        } else {
            None
        };

        let case = NewCase {
            status,
            person,
            case_info,
            cooperation,
            reflection_period,
            residence_permit,
            guardian,
            best_interests,
            risk_assessment,
            assistance_plan,
            risk_management_plan,
            case_manager: None,
        };
        let measures = self.measures(&case, is_child);
        let consents = self.consents(&case, &route, &measures, anchor);
        SyntheticCase {
            case,
            measures,
            consents,
        }
    }

    fn route(&mut self) -> Route<'static> {
        let origin = self.origin();
        let internal = self.chance(0.08);
        let mut exploitation_countries = Vec::new();
        if internal {
            exploitation_countries.push(origin.country);
        } else {
            let count = if self.chance(0.8) { 1 } else { 2 };
            for _ in 0..count {
                let d = self.destination().country;
                if d != origin.country && !exploitation_countries.contains(&d) {
                    exploitation_countries.push(d);
                }
            }
            if exploitation_countries.is_empty() {
                exploitation_countries.push(origin.country);
            }
        }
        Route {
            origin,
            internal,
            exploitation_countries,
        }
    }

    fn transit(&mut self, route: &Route<'_>) -> Vec<CountryCode> {
        if route.internal || route.origin.corridors.is_empty() {
            return Vec::new();
        }
        let corridor = self.pick(&route.origin.corridors);
        // The route ends where the exploitation begins.
        let legs: Vec<CountryCode> = corridor
            .iter()
            .copied()
            .take_while(|c| !route.exploitation_countries.contains(c))
            .filter(|c| *c != route.origin.country)
            .collect();
        let n = self.int(0, legs.len().min(3) as i64) as usize;
        legs[..n].to_vec()
    }

    fn person(&mut self, route: &Route<'_>, child: bool) -> Person {
        let data = self.data;
        let origin = route.origin;
        let sex = self.weighted(&[
            (Sex::Female, 58),
            (Sex::Male, 36),
            (Sex::Other, 2),
            (Sex::Unknown, 4),
        ]);
        let female_names = match sex {
            Sex::Female => true,
            Sex::Male => false,
            Sex::Other | Sex::Unknown => self.chance(0.5),
        };
        let mut given_name = if female_names {
            self.text(&data.female_given)
        } else {
            self.text(&data.male_given)
        };
        let mut family_name = self.text(&data.family);
        let mut nicknames = Vec::new();
        let form = self.int(0, 99);
        if form < 3 {
            // Only a nickname is known.
            given_name.clear();
            family_name.clear();
            nicknames.push(self.text(&data.nicknames));
        } else if form < 6 {
            family_name.clear();
        }
        if nicknames.is_empty() && self.chance(0.15) {
            nicknames.push(self.text(&data.nicknames));
        }
        let mut previous_names = Vec::new();
        // Mostly a maiden name; sometimes a name used in other documents.
        let share = if sex == Sex::Female { 0.15 } else { 0.05 };
        if !given_name.is_empty() && self.chance(share) {
            for _ in 0..self.int(1, 2) {
                let other = self.text(&data.family);
                let previous = format!("{given_name} {other}");
                if other != family_name && !previous_names.contains(&previous) {
                    previous_names.push(previous);
                }
            }
        }

        let (date_of_birth, age_estimate) = if child {
            if self.chance(0.7) {
                // 10 to 17 full years old.
                (Some(self.days_ago(10 * 366 + 1, 18 * 365 - 5)), None)
            } else {
                let estimate = self.weighted(&[
                    (Some(AgeEstimate::Under18), 7),
                    (Some(AgeEstimate::Unknown), 2),
                    (None, 1),
                ]);
                (None, estimate)
            }
        } else if self.chance(0.88) {
            // 18 to 55 full years old.
            (Some(self.days_ago(18 * 366 + 5, 56 * 365 - 15)), None)
        } else {
            (None, Some(AgeEstimate::Over18))
        };
        let place_of_birth = if self.chance(0.65) {
            Some(self.text(&data.towns))
        } else {
            None
        };

        let mut citizenships = Vec::new();
        let roll = self.int(0, 99);
        if roll < 90 {
            citizenships.push(origin.country);
        } else if roll < 98 {
            let other = self.origin().country;
            citizenships.push(other);
        }
        if !citizenships.is_empty() && !origin.second_citizenships.is_empty() && self.chance(0.1) {
            let second = *self.pick(&origin.second_citizenships);
            if !citizenships.contains(&second) {
                citizenships.push(second);
            }
        }

        // Languages follow the (first) citizenship; the route's origin when there is none.
        let home = citizenships
            .first()
            .and_then(|c| data.origins.iter().find(|o| o.country == *c))
            .unwrap_or(origin);
        let mut languages = vec![*self.pick(&home.languages)];
        if !home.extra_languages.is_empty() && self.chance(0.35) {
            let extra = *self.pick(&home.extra_languages);
            if !languages.contains(&extra) {
                languages.push(extra);
            }
        }
        if !route.internal && self.chance(0.3) {
            let there = route.exploitation_countries[0];
            if let Some(d) = data.destinations.iter().find(|d| d.country == there)
                && !languages.contains(&d.language)
            {
                languages.push(d.language);
            }
        }

        let (residence_address, residence_country) = if self.chance(0.35) {
            let number = self.int(1, 120);
            let street = self.text(&data.streets);
            let town = self.text(&data.towns);
            (
                Some(format!("{number} {street}, {town}")),
                Some(origin.country),
            )
        } else if self.chance(0.3) {
            (None, Some(origin.country))
        } else {
            (None, None)
        };

        let marital_status = if child {
            self.weighted(&[
                (Some(MaritalStatus::Single), 6),
                (Some(MaritalStatus::Unknown), 2),
                (None, 2),
            ])
        } else if self.chance(0.85) {
            Some(self.pick_code(MaritalStatus::ALL))
        } else {
            None
        };

        let documents = self.weighted(&[(0usize, 40), (1, 45), (2, 15)]);
        let kinds = self.distinct_weighted(
            &[
                (TravelDocumentKind::Passport, 5),
                (TravelDocumentKind::IdentityCard, 4),
                (TravelDocumentKind::LaissezPasser, 1),
            ],
            documents,
        );
        let travel_documents = kinds
            .into_iter()
            .map(|kind| TravelDocument {
                kind,
                valid: self.chance(0.7),
                issuing_country: if self.chance(0.85) {
                    citizenships.first().copied()
                } else {
                    None
                },
            })
            .collect();

        let identity_confirmed = self.chance(0.5);
        let identity_confirmed_by = if identity_confirmed && self.chance(0.8) {
            Some(self.pick_code(IdentityConfirmer::ALL))
        } else {
            None
        };

        Person {
            given_name,
            family_name,
            previous_names,
            nicknames,
            sex,
            date_of_birth,
            place_of_birth,
            age_estimate,
            citizenships,
            languages,
            residence_address,
            residence_country,
            marital_status,
            travel_documents,
            identity_confirmed,
            identity_confirmed_by,
        }
    }

    fn case_info(
        &mut self,
        route: &Route<'_>,
        status: PersonStatus,
        is_child: bool,
        identified_on: Option<Date>,
        anchor: Date,
    ) -> CaseInfo {
        let data = self.data;
        let exploited = !matches!(status, PersonStatus::AtRisk | PersonStatus::PotentialVictim);

        let exploitation_types = if exploited || self.chance(0.5) {
            let n = self.weighted(&[(1usize, 70), (2, 25), (3, 5)]);
            self.distinct_weighted(
                &[
                    (ExploitationType::Sexual, 40),
                    (ExploitationType::Labour, 30),
                    (ExploitationType::Begging, 8),
                    (ExploitationType::RemovalOfOrgans, 2),
                    (ExploitationType::Adoption, 2),
                    (ExploitationType::ForcedCriminality, 10),
                    (ExploitationType::Other, 8),
                ],
                n,
            )
        } else {
            Vec::new()
        };
        let exploitation_other =
            if exploitation_types.contains(&ExploitationType::Other) && self.chance(0.8) {
                Some(self.text(&data.exploitation_other))
            } else {
                None
            };

        let roll = self.int(0, 99);
        let recruitment_means = if roll < 12 {
            vec![RecruitmentMeans::Unknown]
        } else if roll < 20 {
            Vec::new()
        } else {
            let n = if self.chance(0.7) { 1 } else { 2 };
            self.distinct_weighted(
                &[
                    (RecruitmentMeans::PersonalContact, 35),
                    (RecruitmentMeans::Advertisement, 15),
                    (RecruitmentMeans::TravelAgency, 5),
                    (RecruitmentMeans::EmploymentAgency, 15),
                    (RecruitmentMeans::FamilyMember, 12),
                    (RecruitmentMeans::AbductionForce, 5),
                    (RecruitmentMeans::Other, 5),
                ],
                n,
            )
        };
        let roll = self.int(0, 99);
        let recruitment_country = if roll < 85 {
            Some(route.origin.country)
        } else if roll < 95 {
            Some(self.origin().country)
        } else {
            None
        };
        let transit_countries = self.transit(route);
        let identification_country = Some(*self.pick(&route.exploitation_countries));

        // exploitation_began_on < exploitation_ended_on <= identified_on <= today.
        let (exploitation_began_on, exploitation_ended_on) = if exploited {
            let ended = if self.chance(0.85) {
                let back = self.int(0, 60);
                Some(anchor.saturating_sub(Duration::days(back)))
            } else {
                None
            };
            let longest = if is_child { 365 } else { 1000 };
            let began = if self.chance(0.85) {
                let back = self.int(1, longest);
                Some(ended.unwrap_or(anchor).saturating_sub(Duration::days(back)))
            } else {
                None
            };
            (began, ended)
        } else {
            (None, None)
        };

        let previously_trafficked =
            self.weighted(&[(Some(true), 15), (Some(false), 50), (None, 35)]);
        let mut previous_exploitation_countries = Vec::new();
        if previously_trafficked == Some(true) && self.chance(0.7) {
            for _ in 0..self.int(1, 2) {
                let c = if self.chance(0.2) {
                    route.origin.country
                } else {
                    self.destination().country
                };
                if !previous_exploitation_countries.contains(&c) {
                    previous_exploitation_countries.push(c);
                }
            }
        }

        let digital = self.digital();
        CaseInfo {
            exploitation_types,
            exploitation_other,
            recruitment_means,
            recruitment_country,
            transit_countries,
            exploitation_countries: route.exploitation_countries.clone(),
            exploitation_began_on,
            exploitation_ended_on,
            identification_country,
            identified_on,
            previously_trafficked,
            previous_exploitation_countries,
            digital,
        }
    }

    fn digital(&mut self) -> DigitalDimension {
        let online_recruitment = self.weighted(&[(Some(true), 35), (Some(false), 40), (None, 25)]);
        let mut technologies: Vec<TechnologyUse> = Vec::new();
        let mut add = |t: TechnologyUse| {
            if !technologies.contains(&t) {
                technologies.push(t);
            }
        };
        match online_recruitment {
            Some(true) => {
                let platform = self.pick_code(&[
                    DigitalPlatform::SocialMedia,
                    DigitalPlatform::MessagingApp,
                    DigitalPlatform::DatingApp,
                    DigitalPlatform::OnlineJobBoard,
                    DigitalPlatform::ClassifiedAds,
                    DigitalPlatform::GamingPlatform,
                ]);
                add(TechnologyUse {
                    platform,
                    used_to: DigitalUse::Recruit,
                });
                for _ in 0..self.int(0, 2) {
                    let platform = self.pick_code(DigitalPlatform::ALL);
                    let used_to = self.pick_code(DigitalUse::ALL);
                    add(TechnologyUse { platform, used_to });
                }
            }
            // Not recruited online: technology may still have been used to control, exploit or advertise.
            Some(false) => {
                if self.chance(0.35) {
                    for _ in 0..self.int(1, 2) {
                        let platform = self.pick_code(DigitalPlatform::ALL);
                        let used_to = self.pick_code(&[
                            DigitalUse::Control,
                            DigitalUse::Exploit,
                            DigitalUse::Advertise,
                        ]);
                        add(TechnologyUse { platform, used_to });
                    }
                }
            }
            None => {
                if self.chance(0.3) {
                    let platform = self.pick_code(DigitalPlatform::ALL);
                    let used_to = self.pick_code(DigitalUse::ALL);
                    add(TechnologyUse { platform, used_to });
                }
            }
        }
        DigitalDimension {
            online_recruitment,
            technologies,
        }
    }

    fn child_safeguards(&mut self, anchor: Date) -> (Option<Guardian>, Vec<BestInterestsRecord>) {
        let data = self.data;
        let mut best_interests = Vec::new();
        if self.chance(0.8) {
            let appointed_on = self.between(anchor, self.today);
            let guardian = Guardian {
                name: self.text(&data.guardians),
                organisation: if self.chance(0.7) {
                    Some(self.text(&data.guardian_organisations))
                } else {
                    None
                },
                appointed_on,
                user: None,
            };
            let mut since = appointed_on;
            if self.chance(0.65) {
                let decided_on = self.between(since, self.today);
                since = decided_on;
                best_interests.push(self.best_interests(BestInterestsKind::Assessment, decided_on));
            }
            if self.chance(0.5) {
                let decided_on = self.between(since, self.today);
                best_interests
                    .push(self.best_interests(BestInterestsKind::Determination, decided_on));
            }
            (Some(guardian), best_interests)
        } else {
            if self.chance(0.3) {
                let decided_on = self.between(anchor, self.today);
                best_interests.push(self.best_interests(BestInterestsKind::Assessment, decided_on));
            }
            (None, best_interests)
        }
    }

    fn best_interests(&mut self, kind: BestInterestsKind, decided_on: Date) -> BestInterestsRecord {
        BestInterestsRecord {
            kind,
            decided_on,
            decided_by: self.text(&self.data.best_interests_authorities),
            summary: self.text(&self.data.best_interests_summaries),
        }
    }

    fn risk_assessment(&mut self, anchor: Date, has_guardian: bool) -> RiskAssessment {
        let level = self.weighted(&[
            (RiskLevel::VeryHigh, 10),
            (RiskLevel::High, 25),
            (RiskLevel::Medium, 40),
            (RiskLevel::Low, 25),
        ]);
        let assessed_on = self.between(anchor, self.today);
        let mut carried_out_with = Vec::new();
        if self.chance(0.85) {
            carried_out_with.push(RiskAssessmentParticipant::TraffickedPerson);
        }
        if has_guardian && self.chance(0.7) {
            carried_out_with.push(RiskAssessmentParticipant::Guardian);
        }
        let others: Vec<RiskAssessmentParticipant> = RiskAssessmentParticipant::ALL
            .iter()
            .copied()
            .filter(|p| {
                !matches!(
                    p,
                    RiskAssessmentParticipant::TraffickedPerson
                        | RiskAssessmentParticipant::Guardian
                )
            })
            .collect();
        for _ in 0..self.int(0, 2) {
            let p = *self.pick(&others);
            if !carried_out_with.contains(&p) {
                carried_out_with.push(p);
            }
        }
        let notes = if self.chance(0.4) {
            Some(self.text(&self.data.risk_notes))
        } else {
            None
        };
        RiskAssessment {
            level,
            assessed_on,
            carried_out_with,
            notes,
        }
    }

    fn measures(&mut self, case: &NewCase, is_child: bool) -> Vec<NewMeasure> {
        let codes = measure_codes();
        if codes.is_empty() {
            return Vec::new();
        }
        let data = self.data;
        let n = self.weighted(&[
            (0usize, 10),
            (1, 15),
            (2, 20),
            (3, 20),
            (4, 15),
            (5, 12),
            (6, 8),
        ]);
        let picked = self.distinct(&(0..codes.len()).collect::<Vec<_>>(), n);
        let has_determination = case
            .best_interests
            .iter()
            .any(|r| r.kind == BestInterestsKind::Determination);
        picked
            .into_iter()
            .map(|i| {
                let code = codes[i].clone();
                let mut status = self.weighted(&[
                    (MeasureStatus::Planned, 30),
                    (MeasureStatus::InProgress, 25),
                    (MeasureStatus::Done, 25),
                    (MeasureStatus::DeclinedByPerson, 10),
                    (MeasureStatus::NotApplicable, 10),
                ]);
                // The child safeguards: without them, the measure stays in progress.
                if is_child && status == MeasureStatus::Done {
                    let unmet = child_safeguards(&code).iter().any(|s| match s {
                        ChildSafeguard::Guardian => case.guardian.is_none(),
                        ChildSafeguard::BestInterestsDetermination => !has_determination,
                    });
                    if unmet {
                        status = MeasureStatus::InProgress;
                    }
                }
                let due_on = if self.chance(0.7) {
                    Some(self.today.saturating_add(Duration::days(self.int(-60, 90))))
                } else {
                    None
                };
                let responsible_organisation = if self.chance(0.75) {
                    Some(self.text(&data.organisations))
                } else {
                    None
                };
                let notes = if self.chance(0.7) {
                    self.text(&data.measure_notes)
                } else {
                    String::new()
                };
                NewMeasure {
                    code,
                    status,
                    responsible_organisation,
                    assignee: None,
                    due_on,
                    notes,
                }
            })
            .collect()
    }

    fn consents(
        &mut self,
        case: &NewCase,
        route: &Route<'_>,
        measures: &[NewMeasure],
        anchor: Date,
    ) -> Vec<NewConsent> {
        let data = self.data;
        let n = self.weighted(&[(0usize, 30), (1, 35), (2, 25), (3, 10)]);
        let codes = measure_codes();
        let mut consents = Vec::with_capacity(n);
        for _ in 0..n {
            let kind = self.int(0, 99);
            let scope = if kind < 20 && !route.internal {
                ConsentScope::Return {
                    country: route.origin.country,
                }
            } else if kind < 45 && !codes.is_empty() {
                let measure = if measures.is_empty() {
                    self.pick(codes).clone()
                } else {
                    self.pick(measures).code.clone()
                };
                ConsentScope::Measure { measure }
            } else {
                let country = if self.chance(0.5) {
                    route.origin.country
                } else {
                    *self.pick(&route.exploitation_countries)
                };
                let organisation = if self.chance(0.4) {
                    Some(self.text(&data.focal_points))
                } else {
                    None
                };
                let purpose = self.pick_code(SharePurpose::ALL);
                ConsentScope::ShareData {
                    country,
                    organisation,
                    purpose,
                }
            };
            let decision = if self.chance(0.85) {
                ConsentDecision::Given
            } else {
                ConsentDecision::Refused
            };
            let decided_on = self.between(anchor, self.today);
            let language = *self.pick(&case.person.languages);
            let informed = InformedHow {
                language,
                interpreter_present: self.chance(0.5),
                notes: if self.chance(0.4) {
                    Some(self.text(&data.consent_notes))
                } else {
                    None
                },
            };
            consents.push(NewConsent {
                scope,
                decision,
                decided_on,
                informed,
            });
        }
        consents
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::error::Error;
    use std::fmt::Debug;
    use time::macros::{date, time};
    use trm_domain::Case;
    use trm_domain::consent::ConsentRecord;
    use trm_domain::ids::{CaseId, ConsentId, MeasureId, OrganisationId, UserId};
    use trm_domain::measure::Measure;
    use trm_domain::person::age_on;

    type TestResult = Result<(), Box<dyn Error>>;

    const TODAY: Date = date!(2026 - 11 - 22);
    const NIL: &str = "00000000-0000-0000-0000-000000000000";

    fn missing<T: Copy + PartialEq + Debug>(all: &[T], seen: &[T]) -> Vec<T> {
        all.iter().copied().filter(|v| !seen.contains(v)).collect()
    }

    #[test]
    fn embedded_names_parse_and_are_usable() -> TestResult {
        let parsed: Names = toml::from_str(NAMES_TOML)?;
        for (list, entries) in [
            ("female_given", &parsed.female_given),
            ("male_given", &parsed.male_given),
            ("family", &parsed.family),
            ("nicknames", &parsed.nicknames),
            ("towns", &parsed.towns),
            ("streets", &parsed.streets),
            ("organisations", &parsed.organisations),
            ("focal_points", &parsed.focal_points),
            ("guardians", &parsed.guardians),
            ("guardian_organisations", &parsed.guardian_organisations),
            (
                "best_interests_authorities",
                &parsed.best_interests_authorities,
            ),
            ("best_interests_summaries", &parsed.best_interests_summaries),
            ("plan_goals", &parsed.plan_goals),
            ("risk_notes", &parsed.risk_notes),
            (
                "risk_management_summaries",
                &parsed.risk_management_summaries,
            ),
            ("measure_notes", &parsed.measure_notes),
            ("exploitation_other", &parsed.exploitation_other),
            ("consent_notes", &parsed.consent_notes),
        ] {
            assert!(!entries.is_empty(), "{list} is empty");
            let unique: BTreeSet<&String> = entries.iter().collect();
            assert_eq!(unique.len(), entries.len(), "{list} has a duplicate");
            for e in entries {
                assert!(
                    !e.trim().is_empty() && e.chars().count() <= 120,
                    "{list}: `{e}`"
                );
            }
        }
        assert!(
            parsed.female_given.len() >= 40
                && parsed.male_given.len() >= 40
                && parsed.family.len() >= 40
        );
        for list in [
            &parsed.best_interests_summaries,
            &parsed.risk_notes,
            &parsed.measure_notes,
            &parsed.exploitation_other,
        ] {
            assert!(
                list.iter().all(|t| t.starts_with("Synthetic")),
                "free text must read as synthetic"
            );
        }
        assert_eq!(parsed.origins.len(), 10);
        assert!(!parsed.destinations.is_empty());
        for o in &parsed.origins {
            assert!(
                o.weight > 0 && !o.languages.is_empty() && !o.corridors.is_empty(),
                "{}",
                o.country
            );
            assert!(!o.second_citizenships.contains(&o.country), "{}", o.country);
        }
        assert!(parsed.destinations.iter().all(|d| d.weight > 0));
        // The generator relies on the same parse succeeding.
        assert_eq!(super::names().family, parsed.family);
        Ok(())
    }

    #[test]
    fn generation_is_deterministic() -> TestResult {
        let a = serde_json::to_string(&generate(7, 50, TODAY))?;
        let b = serde_json::to_string(&generate(7, 50, TODAY))?;
        assert_eq!(a, b);
        let ten = generate(7, 10, TODAY);
        assert_eq!(
            serde_json::to_string(&generate_one(7, 3, TODAY))?,
            serde_json::to_string(&ten[3])?
        );
        for (i, case) in ten.iter().enumerate() {
            assert_eq!(&generate_one(7, i as u64, TODAY), case, "case {i}");
        }
        assert_ne!(
            generate(8, 10, TODAY),
            ten,
            "another seed gives other cases"
        );
        let distinct: BTreeSet<String> = ten
            .iter()
            .map(|c| serde_json::to_string(c).unwrap_or_default())
            .collect();
        assert_eq!(distinct.len(), 10, "cases of one stream differ");
        // A case can be read back exactly as written.
        let back: Vec<SyntheticCase> = serde_json::from_str(&a)?;
        assert_eq!(back, generate(7, 50, TODAY));
        Ok(())
    }

    #[test]
    fn every_generated_case_passes_the_domain_rules() -> TestResult {
        for today in [TODAY, date!(2024 - 02 - 29), date!(2030 - 01 - 01)] {
            let count = if today == TODAY { 500 } else { 150 };
            let now = today.with_time(time!(12:00)).assume_utc();
            let late = today.with_time(time!(23:59:59)).assume_utc();
            let early = today.with_time(time!(00:00)).assume_utc();
            for (i, sc) in generate(42, count, today).into_iter().enumerate() {
                let case = Case::open(
                    CaseId::parse(NIL)?,
                    OrganisationId::parse(NIL)?,
                    sc.case.clone(),
                    now,
                )
                .map_err(|e| format!("case {i} on {today}: {e}"))?;
                for at in [early, late] {
                    Case::open(
                        CaseId::parse(NIL)?,
                        OrganisationId::parse(NIL)?,
                        sc.case.clone(),
                        at,
                    )
                    .map_err(|e| format!("case {i} at {at}: {e}"))?;
                }
                for m in &sc.measures {
                    Measure::open(MeasureId::parse(NIL)?, &case, m.clone(), now)
                        .map_err(|e| format!("case {i} measure {}: {e}", m.code))?;
                }
                for c in &sc.consents {
                    ConsentRecord::record(
                        ConsentId::parse(NIL)?,
                        case.id,
                        c.clone(),
                        UserId::parse(NIL)?,
                        now,
                    )
                    .map_err(|e| format!("case {i} consent {:?}: {e}", c.scope))?;
                }
            }
        }
        Ok(())
    }

    #[test]
    fn dates_and_routes_are_consistent() {
        let origins = ["AL", "MD", "UA", "RO", "BG", "RS", "BA", "MK", "XK", "ME"];
        let transits = ["HU", "AT", "SI", "HR", "GR", "RS", "RO", "BG"];
        let destinations = ["IT", "DE", "AT", "GR", "ES", "FR", "NL", "CY", "TR"];
        for sc in generate(3, 1000, TODAY) {
            let p = &sc.case.person;
            let info = &sc.case.case_info;
            if let Some(born) = p.date_of_birth {
                let age = age_on(born, TODAY);
                assert!((10..=55).contains(&age), "age {age}");
                assert!(p.age_estimate.is_none());
            }
            assert!(!p.languages.is_empty());
            if let Some(first) = p.citizenships.first()
                && let Some(home) = names().origins.iter().find(|o| o.country == *first)
            {
                assert!(
                    home.languages.contains(&p.languages[0]),
                    "{first}: {:?}",
                    p.languages
                );
            }
            // Citizenships: the countries of origin, or a second one next to them (e.g. HR for BA).
            assert!(
                p.citizenships
                    .iter()
                    .all(|c| origins.contains(&c.as_str()) || c.as_str() == "HR")
            );
            assert!(p.citizenships.len() <= 2);
            if let (Some(b), Some(e)) = (info.exploitation_began_on, info.exploitation_ended_on) {
                assert!(b < e, "{b} < {e}");
            }
            if let (Some(e), Some(i)) = (info.exploitation_ended_on, info.identified_on) {
                assert!(e <= i, "{e} <= {i}");
            }
            assert!(info.identified_on.is_none_or(|d| d <= TODAY));
            let origin = info.recruitment_country;
            assert!(origin.is_none_or(|c| origins.contains(&c.as_str())));
            assert!(
                !info.exploitation_countries.is_empty() && info.exploitation_countries.len() <= 2
            );
            for c in &info.exploitation_countries {
                assert!(
                    destinations.contains(&c.as_str()) || origins.contains(&c.as_str()),
                    "{c}"
                );
            }
            let id_country = info
                .identification_country
                .map(|c| info.exploitation_countries.contains(&c));
            assert_eq!(id_country, Some(true));
            assert!(info.transit_countries.len() <= 3);
            assert!(info.transit_countries.windows(2).all(|w| w[0] != w[1]));
            for t in &info.transit_countries {
                assert!(transits.contains(&t.as_str()), "{t}");
                assert!(
                    !info.exploitation_countries.contains(t),
                    "transit {t} is a destination"
                );
            }
            if let Some(r) = sc.case.reflection_period {
                let days = (r.ends_on - r.starts_on).whole_days();
                assert!((30..=90).contains(&days) && r.starts_on <= TODAY);
            }
            if let Some(g) = &sc.case.guardian {
                assert!(g.appointed_on <= TODAY);
            }
            for m in &sc.measures {
                assert!(m.notes.is_empty() || m.notes.starts_with("Synthetic note"));
            }
            for c in &sc.consents {
                assert!(c.decided_on <= TODAY);
                assert!(p.languages.contains(&c.informed.language));
            }
        }
    }

    #[test]
    fn every_code_list_and_measure_is_covered() {
        let cases = generate(2026, 2000, TODAY);
        let mut status = Vec::new();
        let mut sex = Vec::new();
        let mut marital = Vec::new();
        let mut age = Vec::new();
        let mut documents = Vec::new();
        let mut confirmers = Vec::new();
        let mut exploitation = Vec::new();
        let mut recruitment = Vec::new();
        let mut platforms = Vec::new();
        let mut uses = Vec::new();
        let mut cooperation = Vec::new();
        let mut permits = Vec::new();
        let mut risk = Vec::new();
        let mut participants = Vec::new();
        let mut best_interests = Vec::new();
        let mut measure_status = Vec::new();
        let mut purposes = Vec::new();
        let mut decisions = Vec::new();
        let mut codes = BTreeSet::new();
        let mut scope_kinds = BTreeSet::new();
        let mut children = 0usize;
        let mut children_with_guardian = 0usize;
        let mut overdue = 0usize;
        let mut no_birth_date_adults = 0usize;
        let mut with_nickname = 0usize;
        let mut with_previous_name = 0usize;
        let mut internal = 0usize;
        for sc in &cases {
            let c = &sc.case;
            let p = &c.person;
            status.push(c.status);
            sex.push(p.sex);
            marital.extend(p.marital_status);
            age.extend(p.age_estimate);
            documents.extend(p.travel_documents.iter().map(|d| d.kind));
            confirmers.extend(p.identity_confirmed_by);
            exploitation.extend(c.case_info.exploitation_types.iter().copied());
            recruitment.extend(c.case_info.recruitment_means.iter().copied());
            platforms.extend(c.case_info.digital.technologies.iter().map(|t| t.platform));
            uses.extend(c.case_info.digital.technologies.iter().map(|t| t.used_to));
            cooperation.push(c.cooperation);
            permits.push(c.residence_permit);
            if let Some(r) = &c.risk_assessment {
                risk.push(r.level);
                participants.extend(r.carried_out_with.iter().copied());
            }
            best_interests.extend(c.best_interests.iter().map(|r| r.kind));
            for m in &sc.measures {
                measure_status.push(m.status);
                codes.insert(m.code.as_str().to_owned());
                if m.status.is_open() && m.due_on.is_some_and(|d| d < TODAY) {
                    overdue += 1;
                }
            }
            for consent in &sc.consents {
                decisions.push(consent.decision);
                let kind = match &consent.scope {
                    ConsentScope::ShareData { purpose, .. } => {
                        purposes.push(*purpose);
                        "share_data"
                    }
                    ConsentScope::Return { .. } => "return",
                    ConsentScope::Measure { .. } => "measure",
                };
                scope_kinds.insert(kind);
            }
            if p.is_child(TODAY) {
                children += 1;
                children_with_guardian += usize::from(c.guardian.is_some());
            } else if p.date_of_birth.is_none() {
                no_birth_date_adults += 1;
            }
            with_nickname += usize::from(!p.nicknames.is_empty());
            with_previous_name += usize::from(!p.previous_names.is_empty());
            internal +=
                usize::from(c.case_info.exploitation_countries.first() == p.citizenships.first());
        }
        assert_eq!(missing(PersonStatus::ALL, &status), vec![]);
        assert_eq!(missing(Sex::ALL, &sex), vec![]);
        assert_eq!(missing(MaritalStatus::ALL, &marital), vec![]);
        assert_eq!(missing(AgeEstimate::ALL, &age), vec![]);
        assert_eq!(missing(TravelDocumentKind::ALL, &documents), vec![]);
        assert_eq!(missing(IdentityConfirmer::ALL, &confirmers), vec![]);
        assert_eq!(missing(ExploitationType::ALL, &exploitation), vec![]);
        assert_eq!(missing(RecruitmentMeans::ALL, &recruitment), vec![]);
        assert_eq!(missing(DigitalPlatform::ALL, &platforms), vec![]);
        assert_eq!(missing(DigitalUse::ALL, &uses), vec![]);
        assert_eq!(missing(Cooperation::ALL, &cooperation), vec![]);
        assert_eq!(missing(ResidencePermitStatus::ALL, &permits), vec![]);
        assert_eq!(missing(RiskLevel::ALL, &risk), vec![]);
        assert_eq!(
            missing(RiskAssessmentParticipant::ALL, &participants),
            vec![]
        );
        assert_eq!(missing(BestInterestsKind::ALL, &best_interests), vec![]);
        assert_eq!(missing(MeasureStatus::ALL, &measure_status), vec![]);
        assert_eq!(missing(SharePurpose::ALL, &purposes), vec![]);
        assert_eq!(missing(ConsentDecision::ALL, &decisions), vec![]);
        let all_codes: BTreeSet<String> = trm_domain::catalogue()
            .codes()
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect();
        assert_eq!(all_codes.len(), 26);
        assert_eq!(codes, all_codes);
        assert_eq!(scope_kinds.len(), 3);
        let share = children as f64 / cases.len() as f64;
        assert!((0.10..=0.35).contains(&share), "children: {share}");
        assert!(
            children_with_guardian * 2 > children,
            "most children have a guardian"
        );
        assert!(overdue > 0, "some measures are overdue");
        assert!(
            no_birth_date_adults > 0 && with_nickname > 0 && with_previous_name > 0 && internal > 0
        );
    }

    #[test]
    fn no_generated_name_is_a_famous_real_name() {
        // Real, well-known people (from the region and beyond): none of their names may be used.
        let famous = [
            "Mother Teresa",
            "Ismail Kadare",
            "Nikola Tesla",
            "Ivo Andric",
            "Dua Lipa",
            "Rita Ora",
            "Novak Djokovic",
            "Nadia Comaneci",
            "Gheorghe Hagi",
            "Simona Halep",
            "Andriy Shevchenko",
            "Volodymyr Zelensky",
            "Vladimir Putin",
            "Luka Modric",
            "Edin Dzeko",
            "Zlatan Ibrahimovic",
            "Maia Sandu",
            "Mihai Eminescu",
            "Hristo Stoichkov",
            "Goran Bregovic",
            "Emir Kusturica",
            "Milla Jovovich",
            "Marina Abramovic",
            "Angela Merkel",
            "Marie Curie",
            "Sophia Loren",
            "Gjergj Kastrioti",
            "Constantin Brancusi",
            "Josip Tito",
            "Ilie Nastase",
            "Ana Ivanovic",
            "Monica Seles",
            "Vasil Levski",
            "Klitschko",
        ];
        let tokens: BTreeSet<String> = famous
            .iter()
            .flat_map(|n| n.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        let full: BTreeSet<String> = famous.iter().map(|n| n.to_lowercase()).collect();
        let data = names();
        let mut seen: Vec<String> = Vec::new();
        seen.extend(data.female_given.iter().cloned());
        seen.extend(data.male_given.iter().cloned());
        seen.extend(data.family.iter().cloned());
        seen.extend(data.nicknames.iter().cloned());
        seen.extend(data.guardians.iter().cloned());
        for sc in generate(11, 2000, TODAY) {
            let p = &sc.case.person;
            seen.push(format!("{} {}", p.given_name, p.family_name));
            seen.extend(p.previous_names.iter().cloned());
            seen.extend(p.nicknames.iter().cloned());
            seen.extend(sc.case.guardian.iter().map(|g| g.name.clone()));
        }
        for name in &seen {
            let lower = name.trim().to_lowercase();
            assert!(!full.contains(&lower), "`{name}` is a real famous name");
            for word in lower.split_whitespace() {
                assert!(
                    !tokens.contains(word),
                    "`{name}` uses `{word}`, part of a real famous name"
                );
            }
        }
    }
}
