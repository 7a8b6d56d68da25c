//! The template's rules. Each test names the seed rule or issue requirement it guards.

use proptest::prelude::*;
use serde_json::{Value as Json, json};
use time::macros::date;
use uuid::Uuid;

use super::*;
use crate::codes::{
    AgeEstimate, CountryCode, ExploitationType, IdentityConfirmer, LanguageCode, MaritalStatus,
    RecruitmentMeans, RiskAssessmentParticipant, RiskLevel, Sex, TravelDocumentKind,
};
use crate::error::DomainError;

fn base() -> &'static Template {
    embedded().unwrap().current()
}

fn country(c: &str) -> CountryCode {
    CountryCode::parse(c).unwrap()
}

fn it_template() -> Template {
    profile_for(country("IT")).unwrap().apply(base()).unwrap()
}

fn fields_of(err: DomainError) -> Vec<(String, String)> {
    match err {
        DomainError::Invalid(list) => list.into_iter().map(|e| (e.field, e.message)).collect(),
        other => panic!("expected a validation error, got {other}"),
    }
}

/// A complete first version from the country of exploitation, as JSON.
fn complete_fields() -> serde_json::Map<String, Json> {
    let v = json!({
        "header.date": "2026-11-20",
        "header.exploitation_institution": {"organisation": "Synthetic Shelter Roma (TEST)", "email": "desk@example.org"},
        "consents.share_data": true,
        "consents.return": true,
        "personal.name": {"text": "Testa Fictiva", "lang": "it"},
        "personal.sex": "female",
        "personal.age_group": "over_18",
        "personal.citizenship": ["AL"],
        "personal.children_to_return": false,
        "case.exploitation_types": ["labour"],
        "case.exploitation_countries": ["IT"],
        "perspective.wishes_programme": true,
        "perspective.informed_of_programme": true
    });
    v.as_object().unwrap().clone()
}

fn wire(fields: serde_json::Map<String, Json>, side: Side) -> WireDocument {
    WireDocument {
        format: SCHEMA_NAME.into(),
        referral: DocumentRef {
            referral_id: Uuid::nil(),
            version: 1,
        },
        template_version: 1,
        profile: Profile::base(country("IT"), 1),
        author_side: side,
        language: LanguageCode::parse("it").unwrap(),
        fields,
        children: vec![],
    }
}

fn today() -> time::Date {
    date!(2026 - 11 - 22)
}

#[test]
fn the_template_has_the_header_and_eight_numbered_sections_of_annex_i_and_a_childs_template() {
    let t = base();
    let numbers: Vec<&str> = t.sections.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(numbers, ["", "1", "2", "3", "4", "5", "6", "7", "8"]);
    assert_eq!(t.sections[0].code, "header");
    assert!(
        t.child.fields().count() >= 10,
        "the child's template has its own fields"
    );
    let consents: Vec<&str> = t
        .fields()
        .filter(|f| f.code.group() == "consents")
        .map(|f| f.code.field())
        .collect();
    assert!(
        consents.contains(&"share_data") && consents.contains(&"return"),
        "Annex I opens with two consents"
    );
}

#[test]
fn sections_6_and_7_2_are_filled_by_the_country_of_origin_and_1_to_5_by_the_country_of_exploitation()
 {
    let t = base();
    for section in &t.sections {
        for field in section.fields() {
            match section.number.as_str() {
                "1" | "2" | "3" | "4" | "5" => {
                    assert_eq!(field.side, Side::Exploitation, "{}", field.code)
                }
                "6" => assert_eq!(field.side, Side::Origin, "{}", field.code),
                _ => {}
            }
        }
    }
    assert!(
        t.fields()
            .filter(|f| f.code.group() == "proceedings_origin")
            .all(|f| f.side == Side::Origin)
    );
}

#[test]
fn health_addiction_sexual_exploitation_and_proceedings_are_special_category_data() {
    let t = base();
    for code in [
        "health.addiction",
        "health.medical_history",
        "case.exploitation_types",
        "travel.medical_treatment",
        "proceedings_exploitation.testified",
        "proceedings_origin.court_decision",
        "lt_measures.psychological",
    ] {
        let f = t
            .field(Part::Referral, &FieldCode::parse(code).unwrap())
            .unwrap();
        assert_eq!(f.data, DataCategory::Special, "{code}");
    }
    let f = t
        .field(
            Part::Referral,
            &FieldCode::parse("header.exploitation_institution").unwrap(),
        )
        .unwrap();
    assert_eq!(f.data, DataCategory::Institutional);
}

#[test]
fn the_templates_person_lists_equal_the_case_models_so_prefill_never_loses_a_value() {
    let t = base();
    let same = |list: &str, codes: Vec<&str>| {
        let in_template: Vec<&str> = t.list(list).unwrap().iter().map(String::as_str).collect();
        assert_eq!(in_template, codes, "list {list}");
    };
    same("sex", Sex::ALL.iter().map(|c| c.code()).collect());
    same(
        "age_group",
        AgeEstimate::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "marital_status",
        MaritalStatus::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "travel_document",
        TravelDocumentKind::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "identity_confirmer",
        IdentityConfirmer::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "exploitation_type",
        ExploitationType::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "recruitment_means",
        RecruitmentMeans::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "risk_level",
        RiskLevel::ALL.iter().map(|c| c.code()).collect(),
    );
    same(
        "risk_participant",
        RiskAssessmentParticipant::ALL
            .iter()
            .map(|c| c.code())
            .collect(),
    );
}

#[test]
fn a_broken_template_file_is_refused_with_the_field_named() {
    let text = EMBEDDED_VERSIONS[0].1.replace(
        "list = \"sex\"\nrequired = true",
        "list = \"gender\"\nrequired = true",
    );
    let errors = fields_of(Template::from_toml(&text).unwrap_err());
    assert!(
        errors
            .iter()
            .any(|(f, m)| f == "personal.sex" && m.contains("gender")),
        "{errors:?}"
    );

    let text = EMBEDDED_VERSIONS[0].1.replace(
        "required_when = \"personal.identity_confirmed\"",
        "required_when = \"personal.sex\"",
    );
    let errors = fields_of(Template::from_toml(&text).unwrap_err());
    assert!(
        errors
            .iter()
            .any(|(f, m)| f == "personal.identity_confirmed_by" && m.contains("yes_no")),
        "{errors:?}"
    );
}

#[test]
fn every_shipped_profile_applies_and_marks_its_fields() {
    for (cc, _) in EMBEDDED_PROFILES {
        let profile = profile_for(country(cc)).unwrap();
        assert!(profile.version >= 1);
        let t = profile.apply(base()).unwrap();
        assert_eq!(t.profile, Some(profile.reference()));
        for added in &profile.add {
            let f = t
                .all_fields()
                .find(|(_, f)| f.code.field() == added.code)
                .unwrap()
                .1;
            assert_eq!(f.added_by, Some(country(cc)));
            assert!(f.labels.contains_key("en"));
        }
        for removed in &profile.remove {
            assert!(
                t.all_fields().all(|(_, f)| &f.code != removed),
                "{removed} still there"
            );
        }
    }
    assert_eq!(
        profile_for(country("FR")).unwrap().version,
        0,
        "no profile: the base template"
    );
}

#[test]
fn a_profile_may_remove_only_optional_fields_and_add_only_prefixed_ones() {
    let mut p = Profile::base(country("IT"), 1);
    p.version = 2;
    p.remove = vec![FieldCode::parse("personal.sex").unwrap()];
    let errors = fields_of(p.apply(base()).unwrap_err());
    assert_eq!(errors[0].0, "profile.remove[0]");
    assert!(errors[0].1.contains("only optional"), "{errors:?}");

    p.remove = vec![FieldCode::parse("personal.identity_confirmed").unwrap()];
    let errors = fields_of(p.apply(base()).unwrap_err());
    assert!(
        errors[0].1.contains("identity_confirmed_by"),
        "a condition must not dangle: {errors:?}"
    );

    p.remove = vec![FieldCode::parse("personal.no_such").unwrap()];
    assert_eq!(
        fields_of(p.apply(base()).unwrap_err())[0].0,
        "profile.remove[0]"
    );

    p.remove = vec![];
    p.add = vec![ProfileField {
        group: "personal".into(),
        code: "religion".into(),
        kind: FieldType::Text,
        list: None,
        required: false,
        required_when: None,
        side: None,
        data: DataCategory::Special,
        labels: [("en".to_owned(), "Religion".to_owned())].into(),
    }];
    assert_eq!(
        fields_of(p.apply(base()).unwrap_err())[0].0,
        "profile.add[0].code"
    );
    p.add[0].code = "x_it_religion".into();
    p.add[0].group = "nowhere".into();
    assert_eq!(
        fields_of(p.apply(base()).unwrap_err())[0].0,
        "profile.add[0].group"
    );
    p.add[0].group = "personal".into();
    p.add[0].labels.clear();
    assert_eq!(
        fields_of(p.apply(base()).unwrap_err())[0].0,
        "profile.add[0].labels"
    );
    p.add[0].labels.insert("en".into(), "Religion".into());
    let t = p.apply(base()).unwrap();
    assert_eq!(t.fields().filter(|f| f.added_by.is_some()).count(), 1);
}

#[test]
fn an_unknown_field_code_is_refused_and_named() {
    let mut fields = complete_fields();
    fields.insert("personal.shoe_size".into(), json!("42"));
    let errors =
        fields_of(parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap_err());
    assert_eq!(errors[0].0, "fields.personal.shoe_size");
    assert!(
        errors[0]
            .1
            .contains("not a field of the referral template version 1"),
        "{errors:?}"
    );
}

#[test]
fn a_value_outside_its_code_list_is_refused_naming_the_field_and_the_list() {
    let mut fields = complete_fields();
    fields.insert(
        "case.exploitation_types".into(),
        json!(["labour", "piracy"]),
    );
    fields.insert("personal.sex".into(), json!("f"));
    let errors =
        fields_of(parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap_err());
    assert!(
        errors
            .iter()
            .any(|(f, m)| f == "fields.case.exploitation_types[1]"
                && m.contains("exploitation_type")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|(f, m)| f == "fields.personal.sex" && m.contains("male, female")),
        "{errors:?}"
    );
}

#[test]
fn values_of_the_wrong_shape_are_refused_naming_the_field() {
    for (code, bad, expect) in [
        ("header.date", json!("20/11/2026"), "YYYY-MM-DD"),
        (
            "consents.share_data",
            json!("yes"),
            "true (yes) or false (no)",
        ),
        ("personal.citizenship", json!(["Albania"]), "ISO 3166"),
        (
            "personal.name",
            json!({"text": "A", "lang": "xx"}),
            "ISO 639-1",
        ),
        ("personal.name", json!("line one\nline two"), "one line"),
        (
            "header.exploitation_institution",
            json!({"email": "x@example.org"}),
            "organisation or a contact person",
        ),
        ("travel.arrival", json!("tomorrow"), "RFC 3339"),
    ] {
        let mut fields = complete_fields();
        fields.insert(code.into(), bad);
        let errors =
            fields_of(parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap_err());
        assert!(
            errors
                .iter()
                .any(|(f, m)| f.starts_with(&format!("fields.{code}")) && m.contains(expect)),
            "{code}: {errors:?}"
        );
    }
}

#[test]
fn a_measure_accepted_without_being_offered_is_refused() {
    let mut fields = serde_json::Map::new();
    fields.insert(
        "lt_measures.education".into(),
        json!({"offered": false, "accepted": true}),
    );
    let errors = fields_of(parse(embedded().unwrap(), &wire(fields, Side::Origin)).unwrap_err());
    assert_eq!(errors[0].0, "fields.lt_measures.education.accepted");
}

#[test]
fn a_template_version_the_node_does_not_know_is_refused_and_named() {
    let mut w = wire(complete_fields(), Side::Exploitation);
    w.template_version = 7;
    w.profile.template_version = 7;
    let errors = fields_of(parse(embedded().unwrap(), &w).unwrap_err());
    assert_eq!(errors[0].0, "template_version");
    assert!(
        errors[0].1.contains("version 7") && errors[0].1.contains("knows 1"),
        "{errors:?}"
    );
}

#[test]
fn every_required_field_missing_at_sending_time_is_named_at_once() {
    let mut fields = complete_fields();
    fields.remove("personal.sex");
    fields.remove("case.exploitation_countries");
    fields.insert("personal.identity_confirmed".into(), json!(true));
    fields.insert("case.exploitation_types".into(), json!(["other"]));
    let (t, doc) = parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap();
    check_version(&t, &doc, None).expect("a draft may be incomplete");
    let errors = fields_of(check_for_sending(&t, &doc, None, today()).unwrap_err());
    let named: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    for field in [
        "fields.personal.sex",
        "fields.case.exploitation_countries",
        "fields.personal.identity_confirmed_by",
        "fields.case.exploitation_other",
    ] {
        assert!(named.contains(&field), "{field} not named in {named:?}");
    }
}

#[test]
fn a_complete_first_version_can_be_sent() {
    let (t, doc) = parse(
        embedded().unwrap(),
        &wire(complete_fields(), Side::Exploitation),
    )
    .unwrap();
    check_for_sending(&t, &doc, None, today()).unwrap();
}

#[test]
fn without_consent_to_share_data_the_referral_cannot_be_sent() {
    let mut fields = complete_fields();
    fields.insert("consents.share_data".into(), json!(false));
    let (t, doc) = parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap();
    let errors = fields_of(check_for_sending(&t, &doc, None, today()).unwrap_err());
    assert_eq!(errors[0].0, "fields.consents.share_data");
}

#[test]
fn a_child_needs_the_childs_template_before_sending() {
    let mut fields = complete_fields();
    fields.insert("personal.age_group".into(), json!("unknown"));
    let (t, doc) = parse(
        embedded().unwrap(),
        &wire(fields.clone(), Side::Exploitation),
    )
    .unwrap();
    let errors = fields_of(check_for_sending(&t, &doc, None, today()).unwrap_err());
    assert!(
        errors
            .iter()
            .any(|(f, m)| f == "children" && m.contains("under 18 or of unknown age")),
        "{errors:?}"
    );

    let mut w = wire(fields, Side::Exploitation);
    w.children.push(json!({"child.name": "Testa Fictiva", "child.relation": "trafficked_person", "child.sex": "female",
        "child.age_group": "unknown", "child.accompanied": false, "child_safeguards.guardian_appointed": true,
        "child_safeguards.best_interests_done": false}).as_object().unwrap().clone());
    let (t, doc) = parse(embedded().unwrap(), &w).unwrap();
    let errors = fields_of(check_for_sending(&t, &doc, None, today()).unwrap_err());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].0, "children[0].child_safeguards.guardian",
        "a guardian appointed must be named"
    );

    let mut fields = complete_fields();
    fields.insert("personal.children_to_return".into(), json!(true));
    let (t, doc) = parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap();
    let errors = fields_of(check_for_sending(&t, &doc, None, today()).unwrap_err());
    assert!(
        errors
            .iter()
            .any(|(f, m)| f == "children" && m.contains("children are to be returned")),
        "{errors:?}"
    );
}

#[test]
fn the_country_of_exploitation_cannot_fill_the_sections_filled_after_return() {
    let mut fields = complete_fields();
    fields.insert(
        "lt_measures.education".into(),
        json!({"offered": true, "accepted": true}),
    );
    let (t, doc) = parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap();
    let errors = fields_of(check_version(&t, &doc, None).unwrap_err());
    assert_eq!(errors[0].0, "fields.lt_measures.education");
    assert!(errors[0].1.contains("country of origin"), "{errors:?}");
}

#[test]
fn the_country_of_origin_adds_its_sections_as_a_new_version_and_cannot_change_the_others() {
    let (t, first) = parse(
        embedded().unwrap(),
        &wire(complete_fields(), Side::Exploitation),
    )
    .unwrap();

    let mut fields = complete_fields();
    fields.insert(
        "lt_measures.education".into(),
        json!({"offered": true, "accepted": true, "comment": "Evening classes"}),
    );
    fields.insert("proceedings_origin.case_initiated".into(), json!(false));
    fields.insert(
        "contacts.long_term_origin".into(),
        json!({"organisation": "Synthetic NGO Tirana (TEST)"}),
    );
    let mut w = wire(fields.clone(), Side::Origin);
    w.referral.version = 2;
    let (_, follow_up) = parse(embedded().unwrap(), &w).unwrap();
    check_for_sending(&t, &follow_up, Some(&first), today()).unwrap();

    fields.insert("personal.sex".into(), json!("male"));
    let mut w = wire(fields, Side::Origin);
    w.referral.version = 2;
    let (_, tampered) = parse(embedded().unwrap(), &w).unwrap();
    let errors = fields_of(check_version(&t, &tampered, Some(&first)).unwrap_err());
    assert_eq!(
        errors,
        vec![("fields.personal.sex".to_owned(), errors[0].1.clone())]
    );
    assert!(errors[0].1.contains("country of exploitation"));

    let mut removed = first.clone();
    removed.author_side = Side::Origin;
    removed
        .values
        .remove(&FieldCode::parse("personal.name").unwrap());
    let errors = fields_of(check_version(&t, &removed, Some(&first)).unwrap_err());
    assert_eq!(
        errors[0].0, "fields.personal.name",
        "removing counts as changing"
    );
}

#[test]
fn a_receiver_validates_against_the_senders_profile_and_keeps_its_added_fields() {
    let mut w = wire(complete_fields(), Side::Exploitation);
    w.profile = profile_for(country("IT")).unwrap();
    w.fields
        .insert("first_legal.x_it_art18_programme".into(), json!(true));
    // A node whose own profile is Albania's reads it with Italy's field and label.
    let (t, doc) = parse(embedded().unwrap(), &w).unwrap();
    let f = t
        .field(
            Part::Referral,
            &FieldCode::parse("first_legal.x_it_art18_programme").unwrap(),
        )
        .unwrap();
    assert_eq!(f.added_by, Some(country("IT")));
    assert!(f.labels["it"].contains("art. 18"));
    assert_eq!(
        doc.value("first_legal.x_it_art18_programme"),
        Some(&Value::YesNo(true))
    );

    // The same field under the base profile is unknown.
    let mut w2 = w.clone();
    w2.profile = Profile::base(country("IT"), 1);
    let errors = fields_of(parse(embedded().unwrap(), &w2).unwrap_err());
    assert_eq!(errors[0].0, "fields.first_legal.x_it_art18_programme");
}

#[test]
fn a_field_the_senders_profile_removed_is_unknown_in_its_documents() {
    let mut w = wire(complete_fields(), Side::Exploitation);
    w.profile = profile_for(country("AL")).unwrap();
    w.fields
        .insert("personal.other_names".into(), json!("Nick"));
    let errors = fields_of(parse(embedded().unwrap(), &w).unwrap_err());
    assert_eq!(errors[0].0, "fields.personal.other_names");
    assert!(errors[0].1.contains("AL profile version 1"), "{errors:?}");
}

#[test]
fn free_text_carries_the_language_it_was_written_in() {
    let mut fields = complete_fields();
    fields.insert("personal.other_names".into(), json!("Plain text"));
    let (_, doc) = parse(embedded().unwrap(), &wire(fields, Side::Exploitation)).unwrap();
    let wire = doc.to_wire();
    assert_eq!(
        wire.fields["personal.other_names"],
        json!({"text": "Plain text", "lang": "it"})
    );
    assert_eq!(
        wire.fields["personal.name"],
        json!({"text": "Testa Fictiva", "lang": "it"})
    );
}

#[test]
fn every_code_of_every_list_round_trips_through_the_wire_form() {
    let t = it_template();
    for field in t.fields().filter(|f| f.kind.has_list()) {
        for code in t.list(field.list.as_deref().unwrap()).unwrap() {
            let json = match field.kind {
                FieldType::Code => json!(code),
                _ => json!([code]),
            };
            let mut fields = serde_json::Map::new();
            fields.insert(field.code.to_string(), json);
            let mut w = wire(fields, field.side_for_test());
            w.profile = t
                .profile
                .map(|_| profile_for(country("IT")).unwrap())
                .unwrap();
            let (_, doc) = parse(embedded().unwrap(), &w).unwrap();
            let back = doc.to_wire();
            let (_, again) = parse(embedded().unwrap(), &back).unwrap();
            assert_eq!(doc, again, "{} = {code}", field.code);
            assert_eq!(back, again.to_wire());
        }
    }
}

impl Field {
    fn side_for_test(&self) -> Side {
        if self.side == Side::Origin {
            Side::Origin
        } else {
            Side::Exploitation
        }
    }
}

fn text_strategy() -> impl Strategy<Value = Json> {
    (
        "[A-Za-zÀ-ž0-9 ,.'-]{1,40}",
        prop::sample::select(vec!["en", "it", "sq", "uk", "ro"]),
    )
        .prop_map(|(t, l)| json!({"text": t.trim().to_owned() + "x", "lang": l}))
}

fn value_strategy(t: &Template, field: &Field) -> BoxedStrategy<Json> {
    let list: Vec<String> = field
        .list
        .as_deref()
        .and_then(|l| t.list(l))
        .map(<[String]>::to_vec)
        .unwrap_or_default();
    let countries: Vec<String> = ["AL", "IT", "MD", "UA", "RO", "BG", "XK"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    match field.kind {
        FieldType::Text | FieldType::LongText => text_strategy().boxed(),
        FieldType::Date => (1950i32..2026, 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}")))
            .boxed(),
        FieldType::DateTime => (0i64..1_000_000_000)
            .prop_map(|s| {
                let t = time::OffsetDateTime::from_unix_timestamp(1_600_000_000 + s).unwrap();
                json!(
                    t.format(&time::format_description::well_known::Rfc3339)
                        .unwrap()
                )
            })
            .boxed(),
        FieldType::YesNo => any::<bool>().prop_map(Json::Bool).boxed(),
        FieldType::Code => prop::sample::select(list).prop_map(Json::from).boxed(),
        FieldType::Codes => prop::sample::subsequence(list.clone(), 1..=list.len())
            .prop_map(|v| json!(v))
            .boxed(),
        FieldType::Country => prop::sample::select(countries).prop_map(Json::from).boxed(),
        FieldType::Countries => prop::sample::subsequence(countries, 1..=3)
            .prop_map(|v| json!(v))
            .boxed(),
        FieldType::Languages => prop::sample::subsequence(vec!["sq", "it", "ro", "uk"], 1..=2)
            .prop_map(|v| json!(v))
            .boxed(),
        FieldType::Contact => (
            "[A-Za-z ]{1,20}",
            proptest::option::of("[a-z]{1,8}@example\\.org"),
        )
            .prop_map(|(o, e)| {
                let mut c = json!({"organisation": format!("Org {o}")});
                if let Some(e) = e {
                    c["email"] = json!(e);
                }
                c
            })
            .boxed(),
        FieldType::Offer => (
            any::<bool>(),
            any::<bool>(),
            proptest::option::of(text_strategy()),
        )
            .prop_map(|(offered, accepted, comment)| {
                let mut o = json!({"offered": offered || accepted, "accepted": accepted});
                if let Some(c) = comment {
                    o["comment"] = c;
                }
                o
            })
            .boxed(),
    }
}

fn document_strategy() -> impl Strategy<Value = WireDocument> {
    let t = it_template();
    let fields: Vec<Field> = t
        .fields()
        .filter(|f| f.side != Side::Origin)
        .cloned()
        .collect();
    let strategies: Vec<_> = fields
        .iter()
        .map(|f| {
            proptest::option::of(value_strategy(&t, f)).prop_map({
                let code = f.code.to_string();
                move |v| (code.clone(), v)
            })
        })
        .collect();
    strategies.prop_map(|pairs| {
        let fields = pairs
            .into_iter()
            .filter_map(|(c, v)| v.map(|v| (c, v)))
            .collect();
        let mut w = wire(fields, Side::Exploitation);
        w.profile = profile_for(country("IT")).unwrap();
        w
    })
}

fn schema_validator(t: &Template) -> (boon::Schemas, boon::SchemaIndex) {
    let schema = json_schema(t);
    let url = schema["$id"].as_str().unwrap().to_owned();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(&url, schema).unwrap();
    let index = compiler.compile(&url, &mut schemas).unwrap();
    (schemas, index)
}

#[test]
fn the_json_schema_refuses_what_the_parser_refuses() {
    let (schemas, index) = schema_validator(&it_template());
    let mut w = wire(complete_fields(), Side::Exploitation);
    w.profile = profile_for(country("IT")).unwrap();
    let good = serde_json::to_value(&w).unwrap();
    assert!(schemas.validate(&good, index).is_ok());
    for (code, bad) in [
        ("personal.sex", json!("f")),
        ("personal.shoe_size", json!("42")),
        ("case.exploitation_types", json!(["piracy"])),
        ("personal.citizenship", json!(["Albania"])),
        (
            "header.exploitation_institution",
            json!({"email": "x@example.org"}),
        ),
    ] {
        let mut doc = good.clone();
        doc["fields"][code] = bad;
        assert!(schemas.validate(&doc, index).is_err(), "{code}");
        let parsed: WireDocument = serde_json::from_value(doc).unwrap();
        assert!(parse(embedded().unwrap(), &parsed).is_err(), "{code}");
    }
    let mut doc = good.clone();
    doc["fields"]["lt_measures.education"] = json!({"offered": false, "accepted": true});
    assert!(
        schemas.validate(&doc, index).is_err(),
        "accepted without offered"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every document this node emits is valid against the schema it publishes.
    #[test]
    fn every_emitted_document_is_valid_against_the_published_schema(w in document_strategy()) {
        let (schemas, index) = schema_validator(&it_template());
        let (_, doc) = parse(embedded().unwrap(), &w).unwrap();
        let emitted = serde_json::to_value(doc.to_wire()).unwrap();
        prop_assert!(schemas.validate(&emitted, index).is_ok());
    }

    /// Export then import gives back the same document, and the wire form is stable.
    #[test]
    fn any_document_round_trips_through_the_wire_form(w in document_strategy()) {
        let (_, doc) = parse(embedded().unwrap(), &w).unwrap();
        let json = serde_json::to_string(&doc.to_wire()).unwrap();
        let back: WireDocument = serde_json::from_str(&json).unwrap();
        let (_, again) = parse(embedded().unwrap(), &back).unwrap();
        prop_assert_eq!(&doc, &again);
        prop_assert_eq!(back, again.to_wire());
    }

    /// Whatever a document holds, the country of origin can never change a field of the
    /// country of exploitation in its follow-up.
    #[test]
    fn a_follow_up_never_changes_the_other_sides_fields(w in document_strategy(), pick in any::<prop::sample::Index>()) {
        let t = it_template();
        let (_, first) = parse(embedded().unwrap(), &w).unwrap();
        prop_assume!(!first.values.is_empty());
        let code = pick.get(&first.values.keys().cloned().collect::<Vec<_>>()).clone();
        let field = t.field(Part::Referral, &code).unwrap();
        prop_assume!(field.side == Side::Exploitation);
        let mut follow_up = first.clone();
        follow_up.author_side = Side::Origin;
        follow_up.values.remove(&code);
        let errors = fields_of(check_version(&t, &follow_up, Some(&first)).unwrap_err());
        prop_assert_eq!(&errors[0].0, &format!("fields.{code}"));
    }
}

#[test]
fn prefill_takes_what_the_case_knows_and_never_guesses_consent() {
    use crate::case::tests::open;
    let mut case = open(false);
    case.case_info.exploitation_types = vec![ExploitationType::Labour];
    case.case_info.exploitation_countries = vec![country("IT")];
    let t = it_template();
    let ctx = PrefillContext {
        case: &case,
        consents: &[],
        measures: &[],
        holder: None,
        recipient: country("AL"),
        language: LanguageCode::parse("it").unwrap(),
        today: today(),
    };
    let (values, children) = prefill(&t, &ctx);
    let get = |c: &str| values.get(&FieldCode::parse(c).unwrap());
    assert_eq!(
        get("personal.name"),
        Some(&Value::Text(LocalText {
            text: "Testa Fictiva".into(),
            lang: LanguageCode::parse("it").unwrap()
        }))
    );
    assert_eq!(get("personal.sex"), Some(&Value::Code("female".into())));
    assert_eq!(
        get("personal.citizenship"),
        Some(&Value::Countries(vec![country("AL")]))
    );
    assert_eq!(
        get("case.exploitation_types"),
        Some(&Value::Codes(vec!["labour".into()]))
    );
    assert_eq!(
        get("consents.share_data"),
        None,
        "no consent recorded: left for the case worker"
    );
    assert!(children.is_empty());
    assert!(values.iter().all(|(c, _)| {
        t.field(Part::Referral, c)
            .is_some_and(|f| f.side != Side::Origin)
    }));

    let child = open(true);
    let ctx = PrefillContext {
        case: &child,
        ..ctx
    };
    let (_, children) = prefill(&t, &ctx);
    assert_eq!(
        children.len(),
        1,
        "a child victim gets the child's template prefilled"
    );
    assert_eq!(
        children[0].get(&FieldCode::parse("child.relation").unwrap()),
        Some(&Value::Code("trafficked_person".into()))
    );
}

#[test]
fn the_albanian_profile_drops_a_removed_field_from_prefill() {
    use crate::case::tests::open;
    let mut case = open(false);
    case.person.nicknames = vec!["Nick".into()];
    let t = profile_for(country("AL")).unwrap().apply(base()).unwrap();
    let ctx = PrefillContext {
        case: &case,
        consents: &[],
        measures: &[],
        holder: None,
        recipient: country("IT"),
        language: LanguageCode::parse("sq").unwrap(),
        today: today(),
    };
    let (values, _) = prefill(&t, &ctx);
    assert!(!values.contains_key(&FieldCode::parse("personal.other_names").unwrap()));
}

#[test]
fn the_json_schema_lists_every_field_and_every_code() {
    let t = it_template();
    let schema = json_schema(&t);
    let props = &schema["properties"]["fields"]["properties"];
    for f in t.fields() {
        assert!(props.get(f.code.as_str()).is_some(), "{} missing", f.code);
    }
    for (name, codes) in &t.lists {
        assert_eq!(
            schema["$defs"][format!("list_{name}")]["enum"],
            json!(codes)
        );
    }
    assert_eq!(
        props["first_legal.x_it_art18_programme"]["x-opentrm-added-by"],
        json!("IT")
    );
}

#[test]
fn label_keys_cover_sections_groups_fields_and_codes() {
    let keys = label_keys(base());
    assert!(keys.contains(&"section-header".to_owned()));
    assert!(keys.contains(&"group-lt_measures".to_owned()));
    assert!(keys.contains(&"field-personal-sex".to_owned()));
    assert!(keys.contains(&"list-exploitation_type-forced_criminality".to_owned()));
    assert!(keys.contains(&"field-child_safeguards-guardian".to_owned()));
}
