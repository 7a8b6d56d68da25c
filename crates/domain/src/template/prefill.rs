//! From case to referral: what the node already knows is never typed twice.
//!
//! Only fields of the country of exploitation are prefilled, and only from recorded
//! facts: a consent is "yes" only while a given consent covers the recipient country,
//! and "no" when it was refused or revoked; nothing is guessed.

use time::Date;

use super::Values;
use super::schema::{FieldCode, Template};
use super::value::{Contact, LocalText, Value};
use crate::case::Case;
use crate::codes::{
    AgeEstimate, CountryCode, LanguageCode, MeasureStatus, ResidencePermitStatus, SharePurpose,
};
use crate::consent::{ConsentRecord, ConsentScope, ConsentState, current_consent};
use crate::measure::Measure;
use crate::org::Organisation;
use crate::person::age_on;

pub struct PrefillContext<'a> {
    pub case: &'a Case,
    pub consents: &'a [ConsentRecord],
    pub measures: &'a [Measure],
    /// The organisation that holds the case and completes the template.
    pub holder: Option<&'a Organisation>,
    pub recipient: CountryCode,
    /// The language the case's free text was written in.
    pub language: LanguageCode,
    pub today: Date,
}

/// The referral's values as far as the case knows them. Fields the template (or the
/// node's profile) does not have are left out.
pub fn prefill(template: &Template, ctx: &PrefillContext<'_>) -> (Values, Vec<Values>) {
    let mut v = Filler {
        template,
        values: Values::new(),
        lang: ctx.language,
    };
    let case = ctx.case;
    let person = &case.person;

    v.set("header.date", Value::Date(ctx.today));
    if let Some(org) = ctx.holder {
        v.set(
            "header.exploitation_institution",
            Value::Contact(Contact {
                organisation: Some(org.name.clone()),
                ..Contact::default()
            }),
        );
    }
    let share = ConsentScope::ShareData {
        country: ctx.recipient,
        organisation: None,
        purpose: SharePurpose::Referral,
    };
    match current_consent(ctx.consents, &share) {
        ConsentState::Given => v.set("consents.share_data", Value::YesNo(true)),
        ConsentState::Refused | ConsentState::Revoked => {
            v.set("consents.share_data", Value::YesNo(false))
        }
        ConsentState::NotRecorded => {}
    }
    match current_consent(
        ctx.consents,
        &ConsentScope::Return {
            country: ctx.recipient,
        },
    ) {
        ConsentState::Given => v.set("consents.return", Value::YesNo(true)),
        ConsentState::Refused | ConsentState::Revoked => {
            v.set("consents.return", Value::YesNo(false))
        }
        ConsentState::NotRecorded => {}
    }

    let name = [person.given_name.trim(), person.family_name.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    v.text("personal.name", &name);
    let other: Vec<&str> = person
        .previous_names
        .iter()
        .chain(&person.nicknames)
        .map(String::as_str)
        .collect();
    v.text("personal.other_names", &other.join(", "));
    v.code("personal.sex", person.sex.code());
    if let Some(place) = &person.place_of_birth {
        v.text("personal.place_of_birth", place);
    }
    if let Some(born) = person.date_of_birth {
        v.set("personal.date_of_birth", Value::Date(born));
    }
    let age_group = match (person.date_of_birth, person.age_estimate) {
        (Some(born), _) if age_on(born, ctx.today) < 18 => AgeEstimate::Under18,
        (Some(_), _) => AgeEstimate::Over18,
        (None, Some(estimate)) => estimate,
        (None, None) => AgeEstimate::Unknown,
    };
    v.code("personal.age_group", age_group.code());
    if let Some(address) = &person.residence_address {
        v.text("personal.residence_address", address);
    }
    if let Some(country) = person.residence_country {
        v.set("personal.residence_country", Value::Country(country));
    }
    v.countries("personal.citizenship", &person.citizenships);
    if let Some(status) = person.marital_status {
        v.code("personal.marital_status", status.code());
    }
    if !person.travel_documents.is_empty() {
        let valid: Vec<String> = person
            .travel_documents
            .iter()
            .filter(|d| d.valid)
            .map(|d| d.kind.code().to_owned())
            .collect();
        v.set(
            "personal.valid_travel_document",
            Value::YesNo(!valid.is_empty()),
        );
        v.codes("personal.travel_documents", valid);
    }
    v.set(
        "personal.identity_confirmed",
        Value::YesNo(person.identity_confirmed),
    );
    if let Some(by) = person.identity_confirmed_by {
        v.codes("personal.identity_confirmed_by", vec![by.code().to_owned()]);
    }
    if !person.languages.is_empty() {
        v.set(
            "personal.languages",
            Value::Languages(person.languages.clone()),
        );
    }
    v.set(
        "personal.reflection_period",
        Value::YesNo(case.reflection_period.is_some()),
    );
    if let Some(period) = case.reflection_period {
        v.set("personal.reflection_start", Value::Date(period.starts_on));
        v.set("personal.reflection_end", Value::Date(period.ends_on));
    }

    let info = &case.case_info;
    v.codes(
        "case.exploitation_types",
        info.exploitation_types
            .iter()
            .map(|t| t.code().to_owned())
            .collect(),
    );
    if let Some(other) = &info.exploitation_other {
        v.text("case.exploitation_other", other);
    }
    v.codes(
        "case.recruitment_means",
        info.recruitment_means
            .iter()
            .map(|t| t.code().to_owned())
            .collect(),
    );
    if let Some(c) = info.recruitment_country {
        v.set("case.recruitment_country", Value::Country(c));
    }
    v.countries("case.transit_countries", &info.transit_countries);
    v.countries("case.exploitation_countries", &info.exploitation_countries);
    if let Some(d) = info.exploitation_began_on {
        v.set("case.exploitation_began", Value::Date(d));
    }
    if let Some(d) = info.exploitation_ended_on {
        v.set("case.exploitation_ended", Value::Date(d));
    }
    if let Some(c) = info.identification_country {
        v.set("case.identification_country", Value::Country(c));
    }
    v.set(
        "case.formal_identification",
        Value::YesNo(case.status.formally_identified()),
    );
    if let Some(d) = info.identified_on {
        v.set("case.identified_on", Value::Date(d));
    }
    if let Some(previously) = info.previously_trafficked {
        v.set("case.previously_trafficked", Value::YesNo(previously));
    }
    v.countries(
        "case.previous_exploitation_countries",
        &info.previous_exploitation_countries,
    );

    let mut received = Vec::new();
    if case.guardian.is_some() {
        received.push("guardian");
    }
    if measure_started(ctx.measures, "sop1.interpretation_mediation") {
        received.push("interpretation");
    }
    v.codes(
        "first_basic.received",
        received.into_iter().map(str::to_owned).collect(),
    );
    let permit = match case.residence_permit {
        ResidencePermitStatus::Granted => "obtained",
        ResidencePermitStatus::Applied => "procedure_started",
        ResidencePermitStatus::None | ResidencePermitStatus::Refused => "not_obtained",
    };
    v.code("first_legal.residence_permit", permit);

    if let Some(risk) = &case.risk_assessment {
        v.set("safety.risk_assessment", Value::YesNo(true));
        v.code("retrafficking.risk_level", risk.level.code());
        v.set("retrafficking.assessment_done", Value::YesNo(true));
        v.codes(
            "retrafficking.assessed_with",
            risk.carried_out_with
                .iter()
                .map(|p| p.code().to_owned())
                .collect(),
        );
        if let Some(notes) = &risk.notes {
            v.text("retrafficking.comments", notes);
        }
    }

    let mut children = Vec::new();
    if person.is_child(ctx.today) {
        let mut c = Filler {
            template,
            values: Values::new(),
            lang: ctx.language,
        };
        c.text("child.name", &name);
        c.code("child.relation", "trafficked_person");
        c.code("child.sex", person.sex.code());
        if let Some(born) = person.date_of_birth {
            c.set("child.date_of_birth", Value::Date(born));
        }
        c.code("child.age_group", age_group.code());
        c.countries("child.citizenship", &person.citizenships);
        c.set(
            "child_safeguards.guardian_appointed",
            Value::YesNo(case.guardian.is_some()),
        );
        if let Some(g) = &case.guardian {
            c.set(
                "child_safeguards.guardian",
                Value::Contact(Contact {
                    person: Some(g.name.clone()),
                    organisation: g.organisation.clone(),
                    ..Contact::default()
                }),
            );
        }
        let determination = case
            .best_interests
            .iter()
            .filter(|b| b.kind == crate::codes::BestInterestsKind::Determination)
            .max_by_key(|b| b.decided_on);
        c.set(
            "child_safeguards.best_interests_done",
            Value::YesNo(determination.is_some()),
        );
        if let Some(d) = determination {
            c.set(
                "child_safeguards.best_interests_date",
                Value::Date(d.decided_on),
            );
            c.text("child_safeguards.best_interests_summary", &d.summary);
        }
        children.push(c.values);
        v.set("personal.children_to_return", Value::YesNo(false));
    }
    (v.values, children)
}

fn measure_started(measures: &[Measure], code: &str) -> bool {
    measures.iter().any(|m| {
        m.code.as_str() == code
            && matches!(m.status, MeasureStatus::InProgress | MeasureStatus::Done)
    })
}

struct Filler<'a> {
    template: &'a Template,
    values: Values,
    lang: LanguageCode,
}

impl Filler<'_> {
    /// Sets a value if the template (after the profile) has the field.
    fn set(&mut self, code: &str, value: Value) {
        let Ok(code) = FieldCode::parse(code) else {
            return;
        };
        let known = self.template.all_fields().any(|(_, f)| f.code == code);
        if known {
            self.values.insert(code, value);
        }
    }
    fn text(&mut self, code: &str, text: &str) {
        let text = text.trim();
        if !text.is_empty() {
            self.set(
                code,
                Value::Text(LocalText {
                    text: text.to_owned(),
                    lang: self.lang,
                }),
            );
        }
    }
    fn code(&mut self, code: &str, value: &str) {
        self.set(code, Value::Code(value.to_owned()));
    }
    fn codes(&mut self, code: &str, values: Vec<String>) {
        if !values.is_empty() {
            self.set(code, Value::Codes(values));
        }
    }
    fn countries(&mut self, code: &str, values: &[CountryCode]) {
        if !values.is_empty() {
            self.set(code, Value::Countries(values.to_vec()));
        }
    }
}
