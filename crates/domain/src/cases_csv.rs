//! Cases as CSV for analysts: one row per case, with codes, countries, coarse dates and
//! counts only. Pseudonymous analysis data: no name, no date of birth, no address and no
//! free text ever reaches a cell, so a leaked file names nobody (the case id stays, so an
//! analyst's question can be traced back by someone who may open the case).
//!
//! The file follows RFC 4180: one header row, CRLF line ends, a field holding a comma, a
//! quote, CR or LF is quoted and its quotes doubled. A cell that a spreadsheet would run
//! as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
//!
//! Columns, in order (lists are `;`-joined, empty cells mean "not recorded"):
//!
//! | Column | Content |
//! |---|---|
//! | `case_id` | the case's id (UUID) |
//! | `status` | person status code (`presumed_victim`, …) |
//! | `sex` | sex code |
//! | `age_group` | `under_18`, `over_18` or `unknown`: from the date of birth on the export day, else the estimate |
//! | `citizenships` | ISO 3166-1 alpha-2 codes |
//! | `exploitation_types` | exploitation type codes |
//! | `recruitment_means` | recruitment means codes |
//! | `recruitment_country` | ISO code |
//! | `transit_countries` | ISO codes, in the order travelled |
//! | `exploitation_countries` | ISO codes |
//! | `identification_country` | ISO code |
//! | `identified_on` | year and month of identification, `YYYY-MM` (never the day) |
//! | `reflection_period` | `yes` / `no` |
//! | `residence_permit` | residence permit status code (`none`, `applied`, `granted`, `refused`) |
//! | `guardian_appointed` | `yes` / `no` |
//! | `risk_level` | risk level code of the risk assessment |
//! | `sop1` … `sop5` | number of measures opened on the case under each SOP, whatever their status |
//! | `referrals_sent` | number of referrals sent about the case |
//! | `closed` | `yes` / `no` |

use time::Date;

use crate::case::Case;
use crate::catalogue::Sop;
use crate::codes::{AgeEstimate, CountryCode};
use crate::measure::Measure;
use crate::person::age_on;

/// One case to export, with what is kept beside it.
#[derive(Debug, Clone, Copy)]
pub struct CsvCase<'a> {
    pub case: &'a Case,
    /// The measures opened on the case.
    pub measures: &'a [Measure],
    /// How many referrals this node has sent about the case.
    pub referrals_sent: u32,
}

/// The header row, one name per column; see the module documentation.
pub const CSV_COLUMNS: [&str; 23] = [
    "case_id",
    "status",
    "sex",
    "age_group",
    "citizenships",
    "exploitation_types",
    "recruitment_means",
    "recruitment_country",
    "transit_countries",
    "exploitation_countries",
    "identification_country",
    "identified_on",
    "reflection_period",
    "residence_permit",
    "guardian_appointed",
    "risk_level",
    "sop1",
    "sop2",
    "sop3",
    "sop4",
    "sop5",
    "referrals_sent",
    "closed",
];

/// The CSV file of `rows`, in the order given. `today` decides the age group of a person
/// whose date of birth is known. The caller chooses the cases: one whose processing is
/// restricted at the person's request (`Case::restriction`) is normally left out.
pub fn cases_csv(rows: &[CsvCase<'_>], today: Date) -> String {
    let mut out = String::new();
    write_row(&mut out, CSV_COLUMNS.map(str::to_owned));
    for row in rows {
        write_row(&mut out, cells(row, today));
    }
    out
}

fn cells(row: &CsvCase<'_>, today: Date) -> [String; CSV_COLUMNS.len()] {
    let case = row.case;
    let person = &case.person;
    let info = &case.case_info;
    let measures_of = |sop: Sop| row.measures.iter().filter(|m| m.sop == sop).count();
    let [sop1, sop2, sop3, sop4, sop5] = Sop::ALL.map(|sop| measures_of(sop).to_string());
    [
        case.id.to_string(),
        case.status.code().to_owned(),
        person.sex.code().to_owned(),
        age_group(case, today).code().to_owned(),
        countries(&person.citizenships),
        codes(info.exploitation_types.iter().map(|t| t.code())),
        codes(info.recruitment_means.iter().map(|m| m.code())),
        country(info.recruitment_country),
        countries(&info.transit_countries),
        countries(&info.exploitation_countries),
        country(info.identification_country),
        info.identified_on.map(year_month).unwrap_or_default(),
        yes_no(case.reflection_period.is_some()),
        case.residence_permit.code().to_owned(),
        yes_no(case.guardian.is_some()),
        case.risk_assessment
            .as_ref()
            .map(|r| r.level.code().to_owned())
            .unwrap_or_default(),
        sop1,
        sop2,
        sop3,
        sop4,
        sop5,
        row.referrals_sent.to_string(),
        yes_no(case.closed_on.is_some()),
    ]
}

/// The age group on `today`: the date of birth decides when it is known, else the
/// recorded estimate. Unlike `Person::is_child`, which presumes a child for safety, an
/// analyst needs "unknown" kept apart.
fn age_group(case: &Case, today: Date) -> AgeEstimate {
    match (case.person.date_of_birth, case.person.age_estimate) {
        (Some(born), _) if age_on(born, today) < 18 => AgeEstimate::Under18,
        (Some(_), _) => AgeEstimate::Over18,
        (None, Some(estimate)) => estimate,
        (None, None) => AgeEstimate::Unknown,
    }
}

/// Year and month only: the full date would help re-identify the person.
fn year_month(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), u8::from(date.month()))
}

fn yes_no(yes: bool) -> String {
    if yes { "yes" } else { "no" }.to_owned()
}

fn country(country: Option<CountryCode>) -> String {
    country.map(|c| c.as_str().to_owned()).unwrap_or_default()
}

fn countries(countries: &[CountryCode]) -> String {
    codes(countries.iter().map(CountryCode::as_str))
}

fn codes<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes.collect::<Vec<_>>().join(";")
}

fn write_row<const N: usize>(out: &mut String, cells: [String; N]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// One cell, guarded against formula injection, then quoted as RFC 4180 asks.
fn cell(value: &str) -> String {
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection);
    // the leading quote makes it text.
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use time::macros::date;
    use uuid::Uuid;

    use super::*;
    use crate::case::tests::{now, open};
    use crate::case::{Guardian, ReflectionPeriod, RiskAssessment};
    use crate::catalogue::MeasureCode;
    use crate::codes::{
        ExploitationType, MeasureStatus, PersonStatus, RecruitmentMeans, ResidencePermitStatus,
        RiskLevel,
    };
    use crate::ids::{CaseId, MeasureId};

    fn today() -> Date {
        date!(2026 - 11 - 22)
    }

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    /// Measures with notes: free text that must never reach the file.
    fn measures(case: &Case, codes: &[&str], notes: &str) -> Vec<Measure> {
        codes
            .iter()
            .map(|code| MeasureCode::parse(code).unwrap())
            .map(|code| Measure {
                id: MeasureId::from_uuid(Uuid::nil()),
                case_id: case.id,
                sop: code.sop(),
                code,
                status: MeasureStatus::InProgress,
                responsible_organisation: Some("Synthetic Shelter (TEST)".into()),
                assignee: None,
                due_on: None,
                notes: notes.into(),
                opened_at: now(),
                updated_at: now(),
            })
            .collect()
    }

    /// A case with every exported item filled in, and free text everywhere it can be.
    fn full_case() -> Case {
        let mut case = open(false);
        case.id = CaseId::from_uuid(Uuid::from_u128(0x0192_0000_0000_7000_8000_0000_0000_0002));
        case.status = PersonStatus::IdentifiedFormal;
        case.person.date_of_birth = Some(date!(2008 - 11 - 22));
        case.person.age_estimate = None;
        case.person.citizenships = vec![country("AL"), country("XK")];
        case.person.place_of_birth = Some("Synthetic Town (TEST)".into());
        case.person.residence_address = Some("Via Finta 1, Roma".into());
        let info = &mut case.case_info;
        info.exploitation_types = vec![ExploitationType::Labour, ExploitationType::Other];
        info.exploitation_other = Some("Synthetic other exploitation (TEST)".into());
        info.recruitment_means = vec![RecruitmentMeans::FamilyMember];
        info.recruitment_country = Some(country("AL"));
        info.transit_countries = vec![country("ME"), country("HR")];
        info.exploitation_countries = vec![country("IT")];
        info.identification_country = Some(country("IT"));
        info.identified_on = Some(date!(2026 - 10 - 05));
        case.reflection_period = Some(ReflectionPeriod {
            starts_on: date!(2026 - 10 - 05),
            ends_on: date!(2026 - 12 - 31),
        });
        case.residence_permit = ResidencePermitStatus::Applied;
        case.guardian = Some(Guardian {
            name: "Guardiana Fittizia".into(),
            organisation: None,
            appointed_on: date!(2026 - 10 - 06),
            user: None,
        });
        case.risk_assessment = Some(RiskAssessment {
            level: RiskLevel::High,
            assessed_on: date!(2026 - 10 - 07),
            carried_out_with: vec![],
            notes: Some("Synthetic risk notes (TEST)".into()),
        });
        case.closed_on = Some(date!(2026 - 11 - 20));
        case
    }

    fn lines(csv: &str) -> Vec<&str> {
        csv.strip_suffix("\r\n").unwrap().split("\r\n").collect()
    }

    #[test]
    fn one_header_row_and_one_row_per_case_each_with_every_column() {
        let full = full_case();
        let full_measures = measures(
            &full,
            &[
                "sop1.initial_referral",
                "sop2.legal_information",
                "sop2.assistance_protection",
            ],
            "Synthetic notes (TEST)",
        );
        let bare = open(true);
        let csv = cases_csv(
            &[
                CsvCase {
                    case: &full,
                    measures: &full_measures,
                    referrals_sent: 2,
                },
                CsvCase {
                    case: &bare,
                    measures: &[],
                    referrals_sent: 0,
                },
            ],
            today(),
        );
        assert!(csv.ends_with("\r\n"));
        assert!(
            !csv.replace("\r\n", "").contains(['\r', '\n']),
            "only CRLF line ends"
        );
        let lines = lines(&csv);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], CSV_COLUMNS.join(","));
        assert_eq!(
            CSV_COLUMNS[16..21],
            Sop::ALL.map(Sop::code),
            "one column per SOP"
        );
        for line in &lines {
            assert_eq!(line.split(',').count(), CSV_COLUMNS.len(), "{line}");
        }
        // Born 2008-11-22: 18 today. Identified in October 2026, day left out.
        assert_eq!(
            lines[1],
            "01920000-0000-7000-8000-000000000002,identified_formal,female,over_18,AL;XK,\
             labour;other,family_member,AL,ME;HR,IT,IT,2026-10,yes,applied,yes,high,1,2,0,0,0,2,yes"
        );
        assert_eq!(
            lines[2],
            "00000000-0000-0000-0000-000000000000,presumed_victim,female,under_18,AL,,,,,,,,no,none,no,,0,0,0,0,0,0,no"
        );
    }

    #[test]
    fn the_age_group_is_computed_on_the_export_day() {
        let mut case = open(false);
        case.person.age_estimate = None;
        let group = |case: &Case, day: Date| age_group(case, day).code();
        assert_eq!(group(&case, today()), "unknown");
        case.person.date_of_birth = Some(date!(2008 - 11 - 23));
        assert_eq!(group(&case, today()), "under_18");
        assert_eq!(group(&case, date!(2026 - 11 - 23)), "over_18");
    }

    #[test]
    fn cells_with_a_comma_quote_cr_or_lf_are_quoted_with_doubled_quotes() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("AL;XK"), "AL;XK");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("carriage\rreturn"), "\"carriage\rreturn\"");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_a_formula_are_made_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(cell("-a,b"), "\"'-a,b\"");
        assert_eq!(cell("a=b"), "a=b", "only a leading character is a formula");
    }

    proptest! {
        /// The file is the same whatever the person is called and whatever free text the
        /// case and its measures hold, so no name and no free text can be in it.
        #[test]
        fn no_name_or_free_text_reaches_the_file(
            given in "\\PC{1,40}",
            family in "\\PC{1,40}",
            nickname in "\\PC{1,40}",
            free_text in "\\PC{1,80}",
            child in any::<bool>(),
        ) {
            let unnamed = if child { open(true) } else { full_case() };
            let csv_of = |case: &Case, notes: &str| {
                let case_measures = measures(case, &["sop4.family_tracing"], notes);
                cases_csv(
                    &[CsvCase { case, measures: &case_measures, referrals_sent: 1 }],
                    today(),
                )
            };
            let baseline = csv_of(&unnamed, "Synthetic notes (TEST)");

            let mut named = unnamed.clone();
            let person = &mut named.person;
            person.given_name = given.clone();
            person.family_name = family.clone();
            person.nicknames = vec![nickname.clone()];
            person.previous_names = vec![free_text.clone()];
            person.place_of_birth = Some(free_text.clone());
            person.residence_address = Some(free_text.clone());
            named.case_info.exploitation_other = Some(free_text.clone());
            if let Some(guardian) = &mut named.guardian {
                guardian.name = free_text.clone();
            }
            let csv = csv_of(&named, &free_text);

            prop_assert_eq!(&csv, &baseline);
            for text in [&given, &family, &nickname, &free_text] {
                // A name that happens to be part of a code ("ma" in "female") is no leak.
                if !baseline.contains(text.as_str()) {
                    prop_assert!(!csv.contains(text.as_str()), "{:?} is in the file", text);
                }
            }
        }
    }
}
