//! Export of a referral document to the Human Trafficking Case Data Standard 2.0 (HTCDS),
//! driven by the crosswalk `data/standards/htcds2-crosswalk.toml`, and the check that the
//! crosswalk covers the template ([`crosswalk_gaps`]).
//!
//! Our codes are what travels between nodes and what is stored; HTCDS is only an export
//! format. The mapping lives in the crosswalk file, not in this code: each `[[field]]`
//! entry names our field, the HTCDS field and a transform, and each `[lists.X]` table maps
//! the codes of our list `X` to HTCDS value names. This module only knows how HTCDS groups
//! its fields into records, and the few CTDC rules that the crosswalk states in its notes
//! only (see `ctdc` below).
//!
//! # Export shape
//!
//! ```text
//! {
//!   "standard": "HTCDS", "standard_version": "2.0",
//!   "source": {"format": "opentrm-referral", "template_version": 1,
//!              "profile": {"country": "IT", "version": 1},
//!              "referral_id": "…", "version": 2, "author_side": "exploitation",
//!              "language": "it"},
//!   "person":   {"prs_FirstName": "…", "prs_Gender": "Feminine", "prs_Citizenship": ["AL"]},
//!   "victim":   {"vic_TypeOfExploitation": ["ForcedLabour"], "vic_TraffickingStatus": "…"},
//!   "case":     {"cas_OutgoingReferralDate": "2026-11-20",
//!                "cas_ReferringOrganisation": {"org_Name": "…", "org_ShippingStreet": "…",
//!                                              "org_Phone": "…"}},
//!   "consent":  {"con_Consent": true},
//!   "historic_trafficking_events": [
//!     {"hte_Type": "Recruitment", "hte_Country": "AL"},
//!     {"hte_Type": "Exploitation", "hte_Country": "IT", "hte_Date": "2025-03-01"}],
//!   "support_plans": [{"spl_Type": "Health"}, {"spl_Type": "Legal"}],
//!   "children": [{"person": {…}, "victim": {}, "case": {}, "consent": {},
//!                 "historic_trafficking_events": [], "support_plans": [{"spl_Type": "Legal"}]}],
//!   "ctdc": {"gender": "Female", "majorityStatus": "Adult", "isForcedLabour": true, …},
//!   "unmapped": [{"field": "case.exploitation_types", "code": "forced_criminality"},
//!                {"field": "<a child field>", "code": "…", "child": 0}]
//! }
//! ```
//!
//! - The trafficked person is one HTCDS record, written at the top level: a section per
//!   HTCDS prefix (`prs_` person, `vic_` victim context, `cas_` case and referral details,
//!   `con_` consent), a list of Historic Trafficking Events (`hte_`, one per country, typed
//!   by the `hte_Type=…` note of the crosswalk entry; `hte_Date` goes on the first event of
//!   its type) and a list of Support Plans (`spl_`, one per distinct `spl_Type`). Every key
//!   is always present; an empty section is `{}` or `[]`.
//! - Each entry of the child's template is a record of the same shape in `children`.
//! - Codes are HTCDS value names; several codes are a list of distinct value names. Free
//!   text is exported as its text only (the language most free text is written in is in
//!   `source.language`); dates are `YYYY-MM-DD`; countries ISO 3166-1 alpha-2. A contact
//!   becomes an organisation object (`org_Name`, `org_ShippingStreet`, `org_Phone`), or
//!   nothing when it names no organisation.
//! - `unmapped` lists, in crosswalk order, every code of an exported field that HTCDS has
//!   no value for (`""` in the crosswalk, or absent from its table), and every value with
//!   no room in HTCDS (a third language): our field code and our code, and `child` (the
//!   index in `children`) when it comes from a child's record. Fields with no HTCDS field
//!   at all, and fields added by a national profile, are not exported.
//! - `ctdc` holds the few columns of the CTDC global dataset that the crosswalk notes give
//!   a rule for, for the trafficked person, in the conventions of the April 2020 dataset
//!   (alpha-2 countries; gender Male/Female/Unknown; flags as booleans). Age bands and
//!   durations are not computed: their bands are not part of the crosswalk.
//!
//! The export carries the same personal data as the referral (names, dates of birth,
//! addresses) and is to be handled with the same care.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;
use serde_json::{Map, Value as Json, json};

use super::document::{Document, Values};
use super::schema::{FieldCode, FieldType, Part, SCHEMA_NAME, Template};
use super::value::{Contact, Value};
use crate::error::DomainError;
use crate::rule::Rule;

/// The crosswalk of template version 1, embedded so a node is one binary.
pub const EMBEDDED_CROSSWALK: &str =
    include_str!("../../../../data/standards/htcds2-crosswalk.toml");

/// HTCDS has two language fields; the crosswalk names the primary one.
const PRIMARY_LANGUAGE: &str = "prs_PrimaryLanguage";
const SECONDARY_LANGUAGE: &str = "prs_SecondaryLanguage";
/// The note prefix naming the type of a Historic Trafficking Event (`hte_Type=Transit`).
const EVENT_TYPE: &str = "hte_Type";

/// The crosswalk file, typed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    pub standard: String,
    pub standard_version: String,
    pub template_version: u32,
    #[serde(rename = "field")]
    pub fields: Vec<CrosswalkField>,
    /// Per code list of the template: our code → HTCDS value name, `""` when HTCDS has none.
    pub lists: BTreeMap<String, BTreeMap<String, String>>,
}

/// One `[[field]]` entry: one of our fields and its HTCDS and CTDC counterparts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkField {
    pub ours: FieldCode,
    pub htcds: Option<String>,
    pub ctdc: Option<String>,
    pub transform: Transform,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transform {
    /// Text, date, country, contact (as an organisation) or languages, as they are.
    Copy,
    /// One code through the field's `[lists.X]` table.
    Code,
    /// Several codes, each through the table.
    Codes,
    /// ISO 3166-1 alpha-2 codes, as they are.
    Countries,
    /// Yes/no (an offer: accepted) to a checkbox, or to the picklist value of the note.
    Bool,
    /// Our one name text to `prs_FirstName`, not split.
    NameSplit,
    /// Nothing to HTCDS; the entry is there for its CTDC column.
    None,
}

impl Transform {
    /// Whether the transform can read a value of this field type.
    fn fits(self, kind: FieldType) -> bool {
        use FieldType as T;
        match self {
            Transform::Copy => matches!(
                kind,
                T::Text
                    | T::LongText
                    | T::Date
                    | T::DateTime
                    | T::Country
                    | T::Contact
                    | T::Languages
            ),
            Transform::Code => kind == T::Code,
            Transform::Codes => kind == T::Codes,
            Transform::Countries => matches!(kind, T::Country | T::Countries),
            Transform::Bool => matches!(kind, T::YesNo | T::Offer),
            Transform::NameSplit => kind == T::Text,
            Transform::None => true,
        }
    }
}

/// The HTCDS picklist value a note begins with: `<field>=<Value>`, and for a yes/no field
/// optionally `<Value> when yes, <Other> when no`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteValue<'a> {
    pub field: &'a str,
    pub value: &'a str,
    pub when_no: Option<&'a str>,
}

impl CrosswalkField {
    pub fn note_value(&self) -> Option<NoteValue<'_>> {
        let (field, rest) = self.note.as_deref()?.split_once('=')?;
        if !is_htcds_field(field) {
            return None;
        }
        let (value, rest) = rest.split_at(
            rest.find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len()),
        );
        if !is_value_name(value) {
            return None;
        }
        let when_no = rest
            .strip_prefix(" when yes, ")
            .and_then(|r| r.split_once(" when no"))
            .map(|(no, _)| no)
            .filter(|no| is_value_name(no));
        Some(NoteValue {
            field,
            value,
            when_no,
        })
    }

    /// The type of Historic Trafficking Event the entry's country or date belongs to.
    fn event_type(&self) -> Option<&str> {
        self.note_value()
            .filter(|n| n.field == EVENT_TYPE)
            .map(|n| n.value)
    }

    /// The picklist value a yes/no answer writes, when the note names one for this field.
    fn answer_values(&self) -> Option<NoteValue<'_>> {
        self.note_value()
            .filter(|n| Some(n.field) == self.htcds.as_deref())
    }
}

/// An HTCDS field name: a three-letter record prefix, `_`, a name (`prs_FirstName`).
fn is_htcds_field(name: &str) -> bool {
    name.split_once('_').is_some_and(|(prefix, rest)| {
        prefix.len() == 3 && prefix.bytes().all(|b| b.is_ascii_lowercase()) && is_value_name(rest)
    })
}

/// An HTCDS value name (`SexualExploitation`) or the part of a field name after its prefix.
fn is_value_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric())
}

static EMBEDDED: LazyLock<Result<Crosswalk, DomainError>> =
    LazyLock::new(|| Crosswalk::from_toml(EMBEDDED_CROSSWALK));

/// The embedded crosswalk; an error here means a broken data file in this build.
pub fn crosswalk() -> Result<&'static Crosswalk, DomainError> {
    EMBEDDED.as_ref().map_err(Clone::clone)
}

/// One referral as HTCDS-shaped JSON (see the module documentation for the shape), with
/// the embedded crosswalk.
pub fn to_htcds(template: &Template, document: &Document) -> Result<Json, DomainError> {
    crosswalk()?.to_htcds(template, document)
}

/// Every way the embedded crosswalk fails to cover `template`; empty when it covers it.
pub fn crosswalk_gaps(template: &Template) -> Vec<String> {
    match crosswalk() {
        Ok(crosswalk) => crosswalk.gaps(template),
        Err(e) => vec![e.to_string()],
    }
}

impl Crosswalk {
    pub fn from_toml(text: &str) -> Result<Crosswalk, DomainError> {
        toml::from_str(text).map_err(|e| {
            DomainError::field(
                "crosswalk",
                Rule::CrosswalkUnreadable {
                    detail: e.to_string(),
                },
            )
        })
    }

    /// The HTCDS value of one of our codes; `None` when HTCDS has none or the table lacks
    /// the code (both end in `unmapped`).
    fn htcds_value(&self, list: Option<&str>, code: &str) -> Option<&str> {
        self.lists
            .get(list?)?
            .get(code)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    pub fn to_htcds(&self, template: &Template, document: &Document) -> Result<Json, DomainError> {
        if self.template_version != template.version {
            return Err(DomainError::field(
                "template_version",
                Rule::CrosswalkVersion {
                    version: template.version,
                    mapped: self.template_version,
                },
            ));
        }
        let mut unmapped = Vec::new();
        let person = self.record(
            template,
            Part::Referral,
            &document.values,
            None,
            &mut unmapped,
        );
        let children: Vec<Json> = document
            .children
            .iter()
            .enumerate()
            .map(|(i, values)| {
                Json::Object(
                    self.record(template, Part::Child, values, Some(i), &mut unmapped)
                        .into_map(),
                )
            })
            .collect();
        let mut out = Map::new();
        out.insert("standard".into(), json!(self.standard));
        out.insert("standard_version".into(), json!(self.standard_version));
        out.insert(
            "source".into(),
            json!({
                "format": SCHEMA_NAME,
                "template_version": template.version,
                "profile": {
                    "country": document.profile.country,
                    "version": document.profile.version,
                },
                "referral_id": document.reference.referral_id,
                "version": document.reference.version,
                "author_side": document.author_side.code(),
                "language": document.language,
            }),
        );
        out.extend(person.into_map());
        out.insert("children".into(), Json::Array(children));
        out.insert("ctdc".into(), Json::Object(ctdc(document)));
        out.insert(
            "unmapped".into(),
            Json::Array(unmapped.iter().map(Unmapped::to_json).collect()),
        );
        Ok(Json::Object(out))
    }

    /// The HTCDS record of one part: the trafficked person, or one child.
    fn record(
        &self,
        template: &Template,
        part: Part,
        values: &Values,
        child: Option<usize>,
        unmapped: &mut Vec<Unmapped>,
    ) -> Record {
        let mut record = Record::default();
        for entry in &self.fields {
            // An entry of the other part, or one `crosswalk_gaps` reports, is skipped.
            let Some(field) = template.field(part, &entry.ours) else {
                continue;
            };
            let (Some(value), Some(target)) = (
                values.get(&entry.ours),
                entry.htcds.as_deref().and_then(Target::parse),
            ) else {
                continue;
            };
            let mut lost = |code: &str| {
                unmapped.push(Unmapped {
                    field: entry.ours.clone(),
                    code: code.to_owned(),
                    child,
                })
            };
            let event = entry.event_type();
            let list = field.list.as_deref();
            match (entry.transform, value) {
                (Transform::Copy | Transform::NameSplit, Value::Text(text)) => {
                    record.put(target, event, json!(text.text));
                }
                (Transform::Copy, Value::Date(_) | Value::DateTime(_) | Value::Country(_)) => {
                    record.put(target, event, value.to_json());
                }
                (Transform::Copy, Value::Contact(contact)) => {
                    if let Some(organisation) = organisation(contact) {
                        record.put(target, event, organisation);
                    }
                }
                (Transform::Copy, Value::Languages(languages)) => {
                    let mut rest = languages.iter();
                    if let Some(first) = rest.next() {
                        record.put(target, event, json!(first));
                    }
                    if target == Target::Field(Section::Person, PRIMARY_LANGUAGE)
                        && let Some(second) = rest.next()
                    {
                        record.put(
                            Target::Field(Section::Person, SECONDARY_LANGUAGE),
                            event,
                            json!(second),
                        );
                    }
                    rest.for_each(|language| lost(language.as_str()));
                }
                (Transform::Code, Value::Code(code)) => match self.htcds_value(list, code) {
                    Some(name) => record.put(target, event, json!(name)),
                    None => lost(code),
                },
                (Transform::Codes, Value::Codes(codes)) => {
                    let mut names: Vec<&str> = Vec::new();
                    for code in codes {
                        match self.htcds_value(list, code) {
                            Some(name) if !names.contains(&name) => names.push(name),
                            Some(_) => {}
                            None => lost(code),
                        }
                    }
                    if !names.is_empty() {
                        record.put(target, event, json!(names));
                    }
                }
                (Transform::Countries, Value::Country(_) | Value::Countries(_)) => {
                    record.put(target, event, value.to_json());
                }
                (Transform::Bool, Value::YesNo(yes)) => record.answer(entry, target, event, *yes),
                (Transform::Bool, Value::Offer(offer)) => {
                    record.answer(entry, target, event, offer.accepted);
                }
                // `none`, or a transform that does not fit the field's type: the latter is
                // reported by `crosswalk_gaps`, and its test keeps the embedded file clean.
                _ => {}
            }
        }
        record
    }

    /// Every way this crosswalk fails to cover `template`, one message each.
    pub fn gaps(&self, template: &Template) -> Vec<String> {
        let mut gaps = Vec::new();
        if self.template_version != template.version {
            gaps.push(format!(
                "the crosswalk maps template version {}, the template is version {}",
                self.template_version, template.version
            ));
        }
        for (list, codes) in &template.lists {
            let Some(table) = self.lists.get(list) else {
                gaps.push(format!(
                    "the code list `{list}` has no [lists.{list}] table"
                ));
                continue;
            };
            for code in codes.iter().filter(|code| !table.contains_key(*code)) {
                gaps.push(format!("[lists.{list}] lacks the code `{code}`"));
            }
        }
        for (list, table) in &self.lists {
            let Some(codes) = template.lists.get(list) else {
                gaps.push(format!("[lists.{list}] is not a code list of the template"));
                continue;
            };
            for (code, name) in table {
                if !codes.contains(code) {
                    gaps.push(format!(
                        "[lists.{list}] maps `{code}`, which is not in the list"
                    ));
                }
                if !name.is_empty() && !is_value_name(name) {
                    gaps.push(format!(
                        "[lists.{list}] maps `{code}` to `{name}`, which is not an HTCDS value name"
                    ));
                }
            }
        }
        for entry in &self.fields {
            let ours = &entry.ours;
            let field = template
                .field(Part::Referral, ours)
                .or_else(|| template.field(Part::Child, ours));
            let Some(field) = field else {
                gaps.push(format!("`{ours}` is not a field of the template"));
                continue;
            };
            if !entry.transform.fits(field.kind) {
                gaps.push(format!(
                    "`{ours}` is of type {:?}, which the transform {:?} cannot read",
                    field.kind, entry.transform
                ));
            }
            match (entry.transform, entry.htcds.as_deref()) {
                (Transform::None, Some(htcds)) => gaps.push(format!(
                    "`{ours}` names the HTCDS field `{htcds}`, but its transform `none` writes nothing"
                )),
                (Transform::None, None) => {}
                (transform, None) => gaps.push(format!(
                    "`{ours}`: the transform {transform:?} needs an HTCDS field"
                )),
                (_, Some(htcds)) if Target::parse(htcds).is_none() => gaps.push(format!(
                    "`{ours}`: `{htcds}` is not an HTCDS field the export can write"
                )),
                _ => {}
            }
            if let Some(note) = entry.note_value()
                && entry.transform == Transform::Bool
                && entry.answer_values().is_none()
            {
                gaps.push(format!(
                    "`{ours}`: its note names a value of `{}`, but the answer is written to `{}`",
                    note.field,
                    entry.htcds.as_deref().unwrap_or("nothing")
                ));
            }
        }
        gaps
    }
}

/// A code (or a value) of ours that HTCDS has no place for.
struct Unmapped {
    field: FieldCode,
    code: String,
    child: Option<usize>,
}

impl Unmapped {
    fn to_json(&self) -> Json {
        let mut entry = json!({"field": self.field, "code": self.code});
        if let (Some(i), Json::Object(map)) = (self.child, &mut entry) {
            map.insert("child".into(), json!(i));
        }
        entry
    }
}

/// The sections of an HTCDS record that hold plain fields, by field prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Person,
    Victim,
    Case,
    Consent,
}

/// Where in a record an HTCDS field is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target<'a> {
    Field(Section, &'a str),
    EventCountry,
    EventDate,
    SupportPlanType,
}

impl<'a> Target<'a> {
    fn parse(name: &'a str) -> Option<Target<'a>> {
        if !is_htcds_field(name) {
            return None;
        }
        let target = match name {
            // Of the event and support plan records, the export fills only these fields.
            "hte_Country" => Target::EventCountry,
            "hte_Date" => Target::EventDate,
            "spl_Type" => Target::SupportPlanType,
            _ if name.starts_with("prs_") => Target::Field(Section::Person, name),
            _ if name.starts_with("vic_") => Target::Field(Section::Victim, name),
            _ if name.starts_with("cas_") => Target::Field(Section::Case, name),
            _ if name.starts_with("con_") => Target::Field(Section::Consent, name),
            _ => return None,
        };
        Some(target)
    }
}

#[derive(Debug, Default)]
struct Event {
    kind: Option<String>,
    country: Option<Json>,
    date: Option<Json>,
}

/// One HTCDS record being filled: the trafficked person's, or a child's.
#[derive(Debug, Default)]
struct Record {
    person: Map<String, Json>,
    victim: Map<String, Json>,
    case: Map<String, Json>,
    consent: Map<String, Json>,
    events: Vec<Event>,
    /// Distinct `spl_Type` values, in the order first met.
    support_plans: Vec<String>,
}

impl Record {
    /// Writes `value` to `target`. For an event or support plan target a list value makes
    /// one event or plan per entry; `event` is the type of the events written.
    fn put(&mut self, target: Target<'_>, event: Option<&str>, value: Json) {
        match target {
            Target::Field(section, name) => {
                self.section(section).insert(name.to_owned(), value);
            }
            Target::EventCountry => {
                for country in entries(value) {
                    self.event_without(event, |e| e.country.is_none()).country = Some(country);
                }
            }
            Target::EventDate => {
                for date in entries(value) {
                    self.event_without(event, |e| e.date.is_none()).date = Some(date);
                }
            }
            Target::SupportPlanType => {
                for kind in entries(value).iter().filter_map(Json::as_str) {
                    if !self.support_plans.iter().any(|k| k == kind) {
                        self.support_plans.push(kind.to_owned());
                    }
                }
            }
        }
    }

    /// A yes/no answer: the note's picklist value for yes (or its value for no), else a
    /// checkbox.
    fn answer(
        &mut self,
        entry: &CrosswalkField,
        target: Target<'_>,
        event: Option<&str>,
        yes: bool,
    ) {
        match entry.answer_values() {
            Some(values) => {
                let chosen = if yes {
                    Some(values.value)
                } else {
                    values.when_no
                };
                if let Some(name) = chosen {
                    self.put(target, event, json!(name));
                }
            }
            None => self.put(target, event, json!(yes)),
        }
    }

    /// The first event of type `kind` that `free` accepts, or a new one: the countries and
    /// the date of one type fill the same events whatever order the crosswalk lists them in.
    fn event_without(&mut self, kind: Option<&str>, free: impl Fn(&Event) -> bool) -> &mut Event {
        let found = self
            .events
            .iter()
            .position(|e| e.kind.as_deref() == kind && free(e));
        let index = found.unwrap_or_else(|| {
            self.events.push(Event {
                kind: kind.map(str::to_owned),
                ..Event::default()
            });
            self.events.len() - 1
        });
        &mut self.events[index]
    }

    fn section(&mut self, section: Section) -> &mut Map<String, Json> {
        match section {
            Section::Person => &mut self.person,
            Section::Victim => &mut self.victim,
            Section::Case => &mut self.case,
            Section::Consent => &mut self.consent,
        }
    }

    /// The record's keys, every one present even when empty.
    fn into_map(self) -> Map<String, Json> {
        let events: Vec<Json> = self
            .events
            .into_iter()
            .map(|e| {
                let mut event = Map::new();
                for (key, value) in [
                    ("hte_Type", e.kind.map(Json::String)),
                    ("hte_Country", e.country),
                    ("hte_Date", e.date),
                ] {
                    if let Some(value) = value {
                        event.insert(key.into(), value);
                    }
                }
                Json::Object(event)
            })
            .collect();
        let plans: Vec<Json> = self
            .support_plans
            .iter()
            .map(|kind| json!({"spl_Type": kind}))
            .collect();
        Map::from_iter([
            ("person".to_owned(), Json::Object(self.person)),
            ("victim".to_owned(), Json::Object(self.victim)),
            ("case".to_owned(), Json::Object(self.case)),
            ("consent".to_owned(), Json::Object(self.consent)),
            (
                "historic_trafficking_events".to_owned(),
                Json::Array(events),
            ),
            ("support_plans".to_owned(), Json::Array(plans)),
        ])
    }
}

/// The entries of a list value, or the one value.
fn entries(value: Json) -> Vec<Json> {
    match value {
        Json::Array(entries) => entries,
        single => vec![single],
    }
}

/// A contact as an HTCDS organisation. The contact person is not mapped (HTCDS names a
/// case worker, not an organisation's contact), so a contact without an organisation
/// exports nothing.
fn organisation(contact: &Contact) -> Option<Json> {
    let name = contact.organisation.as_ref()?;
    let mut organisation = Map::new();
    organisation.insert("org_Name".into(), json!(name));
    if let Some(address) = &contact.address {
        organisation.insert("org_ShippingStreet".into(), json!(address));
    }
    // HTCDS has one telephone for an organisation: the landline, else the mobile.
    if let Some(phone) = contact.telephone.as_ref().or(contact.mobile.as_ref()) {
        organisation.insert("org_Phone".into(), json!(phone));
    }
    Some(Json::Object(organisation))
}

/// CTDC flags set from our exploitation types, as the note of `case.exploitation_types`
/// states them.
const CTDC_EXPLOITATION_FLAGS: &[(&str, &[&str])] = &[
    ("isSexualExploit", &["sexual"]),
    (
        "isForcedLabour",
        &["labour", "begging", "forced_criminality"],
    ),
    ("typeOfLabourBegging", &["begging"]),
    ("typeOfLabourIllicitActivities", &["forced_criminality"]),
    ("isOrganRemoval", &["removal_of_organs"]),
    ("isOtherExploit", &["adoption", "other"]),
];

/// CTDC flags set from our recruitment means, as the note of `case.recruitment_means`
/// states them; the other codes have no CTDC column.
const CTDC_RECRUITMENT_FLAGS: &[(&str, &[&str])] = &[
    ("recruiterRelationFamily", &["family_member"]),
    ("isAbduction", &["abduction_force"]),
    ("recruiterRelationUnknown", &["unknown"]),
];

/// The CTDC columns of the trafficked person that the crosswalk gives a rule for.
fn ctdc(document: &Document) -> Map<String, Json> {
    let mut out = Map::new();
    if let Some(Value::Date(date)) = document.value("header.date") {
        out.insert("yearOfRegistration".into(), json!(date.year()));
    }
    // The April 2020 dataset's values; it has none for our `other`.
    let gender = match document.value("personal.sex") {
        Some(Value::Code(code)) if code == "male" => Some("Male"),
        Some(Value::Code(code)) if code == "female" => Some("Female"),
        Some(Value::Code(code)) if code == "unknown" => Some("Unknown"),
        _ => None,
    };
    if let Some(gender) = gender {
        out.insert("gender".into(), json!(gender));
    }
    let majority = match document.value("personal.age_group") {
        Some(Value::Code(code)) if code == "under_18" => Some("Minor"),
        Some(Value::Code(code)) if code == "over_18" => Some("Adult"),
        _ => None,
    };
    if let Some(majority) = majority {
        out.insert("majorityStatus".into(), json!(majority));
    }
    // CTDC holds one citizenship and one country of exploitation: the first of ours.
    for (column, ours) in [
        ("citizenship", "personal.citizenship"),
        ("CountryOfExploitation", "case.exploitation_countries"),
    ] {
        if let Some(Value::Countries(countries)) = document.value(ours)
            && let Some(first) = countries.first()
        {
            out.insert(column.into(), json!(first));
        }
    }
    for (ours, flags) in [
        ("case.exploitation_types", CTDC_EXPLOITATION_FLAGS),
        ("case.recruitment_means", CTDC_RECRUITMENT_FLAGS),
    ] {
        if let Some(value) = document.value(ours) {
            for (column, codes) in flags {
                let set = codes.iter().any(|code| value.holds_code(code));
                out.insert((*column).into(), json!(set));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use uuid::Uuid;

    use super::*;
    use crate::codes::{CountryCode, LanguageCode};
    use crate::template::{
        DocumentRef, Profile, Side, WireDocument, embedded, parse as parse_document,
    };

    fn base() -> &'static Template {
        embedded().unwrap().current()
    }

    fn document(values: Values, children: Vec<Values>) -> Document {
        Document {
            reference: DocumentRef {
                referral_id: Uuid::nil(),
                version: 1,
            },
            profile: Profile::base(CountryCode::parse("IT").unwrap(), 1),
            author_side: Side::Exploitation,
            language: LanguageCode::parse("it").unwrap(),
            values,
            children,
        }
    }

    /// A document holding one value, in the referral or in one child's record.
    fn document_with(part: Part, code: &FieldCode, value: Value) -> Document {
        let values = Values::from([(code.clone(), value)]);
        match part {
            Part::Referral => document(values, vec![]),
            Part::Child => document(Values::new(), vec![values]),
        }
    }

    fn is_unmapped(out: &Json, field: &str, code: &str) -> bool {
        out["unmapped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["field"] == field && u["code"] == code)
    }

    /// Whether `key` holds `value` (or a list with it) anywhere in `json`.
    fn holds(json: &Json, key: &str, value: &str) -> bool {
        match json {
            Json::Object(map) => map.iter().any(|(k, v)| {
                (k == key
                    && (v == value || v.as_array().is_some_and(|a| a.iter().any(|e| e == value))))
                    || holds(v, key, value)
            }),
            Json::Array(items) => items.iter().any(|item| holds(item, key, value)),
            _ => false,
        }
    }

    /// The entries that write a field's codes to HTCDS.
    fn exporting<'a>(crosswalk: &'a Crosswalk, code: &FieldCode) -> Vec<&'a CrosswalkField> {
        crosswalk
            .fields
            .iter()
            .filter(|e| &e.ours == code && e.htcds.is_some())
            .filter(|e| matches!(e.transform, Transform::Code | Transform::Codes))
            .collect()
    }

    #[test]
    fn the_embedded_crosswalk_covers_the_template_without_gaps() {
        assert_eq!(crosswalk_gaps(base()), Vec::<String>::new());
        let crosswalk = crosswalk().unwrap();
        assert_eq!(crosswalk.standard, "HTCDS");
        assert_eq!(crosswalk.standard_version, "2.0");
    }

    /// docs/standards.md: nothing is silently lost. Every code of every coded field is
    /// either written as its HTCDS value or listed in `unmapped`.
    #[test]
    fn every_code_of_an_exported_field_reaches_htcds_or_unmapped() {
        let crosswalk = crosswalk().unwrap();
        let mut checked = 0;
        for (part, field) in base().all_fields() {
            let Some(list) = field.list.as_deref() else {
                continue;
            };
            let entries = exporting(crosswalk, &field.code);
            for code in base().list(list).unwrap() {
                let value = match field.kind {
                    FieldType::Codes => Value::Codes(vec![code.clone()]),
                    _ => Value::Code(code.clone()),
                };
                let out = to_htcds(base(), &document_with(part, &field.code, value)).unwrap();
                let lost = is_unmapped(&out, field.code.as_str(), code);
                let name = crosswalk.htcds_value(Some(list), code);
                let at = format!("{} = {code}", field.code);
                match (name, entries.is_empty()) {
                    (Some(name), false) => {
                        for entry in &entries {
                            let htcds = entry.htcds.as_deref().unwrap();
                            assert!(
                                holds(&out, htcds, name),
                                "{at}: no {htcds} = {name} in {out}"
                            );
                        }
                        assert!(!lost, "{at} maps to {name} but is also listed as unmapped");
                    }
                    (None, false) => assert!(
                        lost,
                        "{at} has no HTCDS value and is not in unmapped: {out}"
                    ),
                    // A field with no HTCDS field is not exported at all (documented).
                    (_, true) => assert!(!lost, "{at}: a field that is not exported is listed"),
                }
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} codes were checked");
    }

    #[test]
    fn a_list_with_htcds_values_is_exported_by_some_field() {
        let crosswalk = crosswalk().unwrap();
        for (list, table) in &crosswalk.lists {
            if table.values().all(String::is_empty) {
                continue;
            }
            let exported = base().all_fields().any(|(_, f)| {
                f.list.as_deref() == Some(list.as_str())
                    && !exporting(crosswalk, &f.code).is_empty()
            });
            assert!(
                exported,
                "[lists.{list}] maps codes to HTCDS, but no field writes them"
            );
        }
    }

    #[test]
    fn codes_with_no_htcds_value_are_listed_as_unmapped_not_sent_as_other() {
        let field = |code: &str| FieldCode::parse(code).unwrap();
        let codes = |codes: &[&str]| Value::Codes(codes.iter().map(|c| (*c).to_owned()).collect());
        let known = document(
            Values::from([
                (
                    field("case.exploitation_types"),
                    codes(&["forced_criminality", "labour"]),
                ),
                (
                    field("case.recruitment_means"),
                    codes(&["travel_agency", "employment_agency", "abduction_force"]),
                ),
            ]),
            vec![],
        );
        let out = to_htcds(base(), &known).unwrap();
        assert!(is_unmapped(
            &out,
            "case.exploitation_types",
            "forced_criminality"
        ));
        for code in ["travel_agency", "employment_agency", "abduction_force"] {
            assert!(is_unmapped(&out, "case.recruitment_means", code), "{code}");
        }
        assert_eq!(
            out["victim"]["vic_TypeOfExploitation"],
            json!(["ForcedLabour"])
        );
        assert!(
            out["victim"].get("vic_MethodOfRecruitment").is_none(),
            "no HTCDS value, so no HTCDS field: {out}"
        );

        let unknown = document(
            Values::from([(field("case.recruitment_means"), codes(&["unknown"]))]),
            vec![],
        );
        let out = to_htcds(base(), &unknown).unwrap();
        assert_eq!(
            out["unmapped"],
            json!([{"field": "case.recruitment_means", "code": "unknown"}])
        );
    }

    #[test]
    fn a_code_removed_from_its_table_is_a_gap_and_still_reaches_unmapped() {
        let text = EMBEDDED_CROSSWALK.replace("forced_criminality = \"\"\n", "");
        assert_ne!(text, EMBEDDED_CROSSWALK, "the edit must hit the file");
        let edited = Crosswalk::from_toml(&text).unwrap();
        assert_eq!(
            edited.gaps(base()),
            ["[lists.exploitation_type] lacks the code `forced_criminality`"]
        );
        let doc = document(
            Values::from([(
                FieldCode::parse("case.exploitation_types").unwrap(),
                Value::Codes(vec!["forced_criminality".into()]),
            )]),
            vec![],
        );
        let out = edited.to_htcds(base(), &doc).unwrap();
        assert!(is_unmapped(
            &out,
            "case.exploitation_types",
            "forced_criminality"
        ));
    }

    #[test]
    fn each_kind_of_gap_is_named() {
        let text = EMBEDDED_CROSSWALK
            .replace("[lists.transport_mode]", "[lists.transport_modes]")
            .replace(
                "ours = \"personal.marital_status\"",
                "ours = \"personal.civil_status\"",
            )
            // The first `prs_Gender` entry is personal.sex; child.sex follows later.
            .replacen(
                "prs_Gender\"\nctdc = \"gender\"\ntransform = \"code\"",
                "prs_Gender\"\nctdc = \"gender\"\ntransform = \"bool\"",
                1,
            )
            .replace(
                "htcds = \"cas_OutgoingReferralDate\"",
                "htcds = \"per_ReferralDate\"",
            );
        let gaps = Crosswalk::from_toml(&text).unwrap().gaps(base());
        for expected in [
            "the code list `transport_mode` has no [lists.transport_mode] table",
            "[lists.transport_modes] is not a code list of the template",
            "`personal.civil_status` is not a field of the template",
            "`personal.sex` is of type Code, which the transform Bool cannot read",
            "`header.date`: `per_ReferralDate` is not an HTCDS field the export can write",
        ] {
            assert!(
                gaps.iter().any(|g| g == expected),
                "{expected} missing from {gaps:#?}"
            );
        }
        assert_eq!(gaps.len(), 5, "{gaps:#?}");
    }

    #[test]
    fn an_unknown_key_in_the_crosswalk_is_refused() {
        let text = EMBEDDED_CROSSWALK.replace(
            "transform = \"name_split\"",
            "transform = \"name_split\"\ncolour = \"red\"",
        );
        let err = Crosswalk::from_toml(&text).unwrap_err().to_string();
        assert!(err.contains("colour"), "{err}");
    }

    #[test]
    fn the_yes_no_picklist_notes_are_read() {
        let entry = |ours: &str| {
            crosswalk()
                .unwrap()
                .fields
                .iter()
                .find(|e| e.ours.as_str() == ours)
                .unwrap()
                .note_value()
        };
        assert_eq!(
            entry("case.formal_identification"),
            Some(NoteValue {
                field: "vic_TraffickingStatus",
                value: "ActualVictimOfTrafficking",
                when_no: Some("PossibleVictimOfTrafficking"),
            })
        );
        assert_eq!(
            entry("lt_measures.housing"),
            Some(NoteValue {
                field: "spl_Type",
                value: "SocialCare",
                when_no: None
            })
        );
        assert_eq!(entry("personal.sex"), None);
        assert_eq!(entry("header.exploitation_institution"), None);
    }

    fn complete() -> (std::sync::Arc<Template>, Document) {
        let fields = json!({
            "header.date": "2026-11-20",
            "header.exploitation_institution": {
                "organisation": "Synthetic Shelter (TEST)",
                "person": "Ada Esempio",
                "address": "Via Finta 1, Roma",
                "telephone": "+39 000 0000000"
            },
            "header.origin_institution": {"organisation": "Synthetic NGO Tirana (TEST)"},
            "consents.share_data": true,
            "consents.return": true,
            "personal.name": {"text": "Testa Fictiva", "lang": "it"},
            "personal.other_names": "Testina",
            "personal.sex": "female",
            "personal.date_of_birth": "1999-04-02",
            "personal.age_group": "over_18",
            "personal.residence_address": "Rruga e Provës 7, Tiranë",
            "personal.residence_country": "AL",
            "personal.citizenship": ["AL", "XK"],
            "personal.marital_status": "single",
            "personal.children_to_return": true,
            "personal.languages": ["sq", "it", "en"],
            "case.exploitation_types": ["labour", "forced_criminality"],
            "case.recruitment_means": ["employment_agency", "family_member"],
            "case.recruitment_country": "AL",
            "case.transit_countries": ["ME", "HR"],
            "case.exploitation_countries": ["IT"],
            "case.exploitation_began": "2025-03-01",
            "case.exploitation_ended": "2026-09-30",
            "case.formal_identification": true,
            "first_basic.received": ["accommodation", "medical", "psychological", "interpretation"],
            "first_legal.legal_representative": true,
            "needs_basic.needs": ["medical", "family_contact", "other"],
            "needs_basic.other_assistance": "Synthetic need (TEST)",
            "lt_measures.education": {"offered": true, "accepted": true},
            "lt_measures.housing": {"offered": true, "accepted": false}
        });
        let child = json!({
            "child.name": "Piccola Fictiva",
            "child.relation": "child_of_person",
            "child.sex": "female",
            "child.date_of_birth": "2019-06-01",
            "child.age_group": "under_18",
            "child.citizenship": ["AL"],
            "child_safeguards.guardian_appointed": true
        });
        let wire = WireDocument {
            format: SCHEMA_NAME.into(),
            referral: DocumentRef {
                referral_id: Uuid::from_u128(0x0192_0000_0000_7000_8000_0000_0000_0001),
                version: 2,
            },
            template_version: 1,
            profile: Profile::base(CountryCode::parse("IT").unwrap(), 1),
            author_side: Side::Origin,
            language: LanguageCode::parse("it").unwrap(),
            fields: fields.as_object().unwrap().clone(),
            children: vec![child.as_object().unwrap().clone()],
        };
        parse_document(embedded().unwrap(), &wire).unwrap()
    }

    #[test]
    fn a_complete_referral_exports_the_expected_htcds_fields() {
        let (template, document) = complete();
        let out = to_htcds(&template, &document).unwrap();
        assert_eq!(out["standard"], "HTCDS");
        assert_eq!(out["standard_version"], "2.0");
        assert_eq!(
            out["source"],
            json!({
                "format": "opentrm-referral",
                "template_version": 1,
                "profile": {"country": "IT", "version": 0},
                "referral_id": "01920000-0000-7000-8000-000000000001",
                "version": 2,
                "author_side": "origin",
                "language": "it"
            })
        );
        assert_eq!(
            out["person"],
            json!({
                "prs_FirstName": "Testa Fictiva",
                "prs_Gender": "Feminine",
                "prs_Birthdate": "1999-04-02",
                "prs_MailingStreet": "Rruga e Provës 7, Tiranë",
                "prs_MailingCountry": "AL",
                "prs_Citizenship": ["AL", "XK"],
                "prs_MaritalStatus": "Single",
                "prs_PrimaryLanguage": "sq",
                "prs_SecondaryLanguage": "it"
            })
        );
        assert_eq!(
            out["victim"],
            json!({
                "vic_AgreementToManagePersonalData": true,
                "vic_TypeOfExploitation": ["ForcedLabour"],
                "vic_MethodOfRecruitment": ["ThroughFamilyOrFamilyEvents"],
                "vic_TraffickingStatus": "ActualVictimOfTrafficking"
            })
        );
        assert_eq!(
            out["case"],
            json!({
                "cas_OutgoingReferralDate": "2026-11-20",
                "cas_ReferringOrganisation": {
                    "org_Name": "Synthetic Shelter (TEST)",
                    "org_ShippingStreet": "Via Finta 1, Roma",
                    "org_Phone": "+39 000 0000000"
                },
                "cas_ReferredOrganisation": {"org_Name": "Synthetic NGO Tirana (TEST)"}
            })
        );
        assert_eq!(out["consent"], json!({"con_Consent": true}));
        assert_eq!(
            out["historic_trafficking_events"],
            json!([
                {"hte_Type": "Recruitment", "hte_Country": "AL"},
                {"hte_Type": "Transit", "hte_Country": "ME"},
                {"hte_Type": "Transit", "hte_Country": "HR"},
                {"hte_Type": "Exploitation", "hte_Country": "IT", "hte_Date": "2025-03-01"}
            ])
        );
        // Housing was offered but not accepted: no plan from it.
        assert_eq!(
            out["support_plans"],
            json!([
                {"spl_Type": "SocialCare"},
                {"spl_Type": "Health"},
                {"spl_Type": "Legal"},
                {"spl_Type": "Education"}
            ])
        );
        assert_eq!(
            out["children"],
            json!([{
                "person": {
                    "prs_FirstName": "Piccola Fictiva",
                    "prs_Gender": "Feminine",
                    "prs_Birthdate": "2019-06-01",
                    "prs_Citizenship": ["AL"]
                },
                "victim": {},
                "case": {},
                "consent": {},
                "historic_trafficking_events": [],
                "support_plans": [{"spl_Type": "Legal"}]
            }])
        );
        assert_eq!(
            out["unmapped"],
            json!([
                {"field": "personal.languages", "code": "en"},
                {"field": "case.exploitation_types", "code": "forced_criminality"},
                {"field": "case.recruitment_means", "code": "employment_agency"},
                {"field": "first_basic.received", "code": "interpretation"},
                {"field": "needs_basic.needs", "code": "other"}
            ])
        );
        assert_eq!(
            out["ctdc"],
            json!({
                "yearOfRegistration": 2026,
                "gender": "Female",
                "majorityStatus": "Adult",
                "citizenship": "AL",
                "CountryOfExploitation": "IT",
                "isSexualExploit": false,
                "isForcedLabour": true,
                "typeOfLabourBegging": false,
                "typeOfLabourIllicitActivities": true,
                "isOrganRemoval": false,
                "isOtherExploit": false,
                "recruiterRelationFamily": true,
                "isAbduction": false,
                "recruiterRelationUnknown": false
            })
        );
        let text = out.to_string();
        for not_exported in [
            "Ada Esempio",
            "Testina",
            "Synthetic need (TEST)",
            "child_of_person",
        ] {
            assert!(
                !text.contains(not_exported),
                "{not_exported} has no HTCDS field"
            );
        }
    }

    #[test]
    fn no_formal_identification_is_a_possible_victim_and_an_unfilled_one_is_nothing() {
        let code = FieldCode::parse("case.formal_identification").unwrap();
        let out = to_htcds(
            base(),
            &document_with(Part::Referral, &code, Value::YesNo(false)),
        )
        .unwrap();
        assert_eq!(
            out["victim"]["vic_TraffickingStatus"],
            "PossibleVictimOfTrafficking"
        );
        let out = to_htcds(base(), &document(Values::new(), vec![])).unwrap();
        assert!(out["victim"].get("vic_TraffickingStatus").is_none());
    }

    #[test]
    fn every_ctdc_column_written_is_named_in_the_crosswalk() {
        let (template, document) = complete();
        let out = to_htcds(&template, &document).unwrap();
        for column in out["ctdc"].as_object().unwrap().keys() {
            assert!(EMBEDDED_CROSSWALK.contains(column.as_str()), "{column}");
        }
    }

    #[test]
    fn a_template_of_another_version_is_refused() {
        let mut template = base().clone();
        template.version = 2;
        let err = to_htcds(&template, &document(Values::new(), vec![])).unwrap_err();
        assert!(err.to_string().contains("template version 1"), "{err}");
    }
}
