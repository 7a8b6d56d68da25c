//! Referrals end to end on real nodes: drafted from a case, edited, refused while
//! incomplete or without consent, frozen when sent, taken in by the other country's
//! node, answered with its follow-up version, and printed in the reader's language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TestNode, adult, ok, spawn, spawn_in};
use reqwest::StatusCode;
use serde_json::{Value, json};
use trm_domain::codes::Role;

const SHARE_WITH_ALBANIA: &str = r#"{"scope": {"kind": "share_data", "country": "AL", "purpose": "referral"},
    "decision": "given", "decided_on": "2026-03-01", "informed": {"language": "sq", "interpreter_present": true}}"#;

fn case_with_exploitation() -> Value {
    let mut case = adult();
    case["case_info"] = json!({"exploitation_types": ["labour"], "exploitation_countries": ["IT"], "recruitment_means": ["advertisement"]});
    case
}

/// The missing parts a case worker adds to a prefilled draft before sending.
fn completed(fields: &Value) -> Value {
    let mut f = fields.clone();
    f["perspective.wishes_programme"] = json!(true);
    f["perspective.informed_of_programme"] = json!(true);
    f["personal.children_to_return"] = json!(false);
    f["travel.transport_details"] = json!("Bus from Bari to Durrës, synthetic line TEST-1");
    f
}

/// Replaces the content of referral `id`'s draft with `fields`; expects `status`.
async fn save(node: &TestNode, token: &str, id: &str, fields: &Value, status: StatusCode) -> Value {
    let body = json!({ "fields": fields });
    ok(
        node.put(token, &format!("/api/referrals/{id}/draft"), &body)
            .await,
        status,
    )
    .await
}

/// Sends (freezes) referral `id`; expects `status`.
async fn send(node: &TestNode, token: &str, id: &str, status: StatusCode) -> Value {
    ok(
        node.post(token, &format!("/api/referrals/{id}/send"), &json!({}))
            .await,
        status,
    )
    .await
}

/// Starts this node's next version of referral `id`; expects `status`.
async fn start_version(node: &TestNode, token: &str, id: &str, status: StatusCode) -> Value {
    ok(
        node.post(token, &format!("/api/referrals/{id}/versions"), &json!({}))
            .await,
        status,
    )
    .await
}

/// The wire form of the latest version of referral `id`.
async fn wire_of(node: &TestNode, token: &str, id: &str) -> Value {
    ok(
        node.get(token, &format!("/api/referrals/{id}/wire")).await,
        StatusCode::OK,
    )
    .await
}

fn named(v: &Value) -> Vec<String> {
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect()
}

/// An Italian case with consent to share with Albania, and a draft referral to Albania.
async fn drafted(node: &TestNode) -> (String, String, Value) {
    let w = node.worker.clone();
    let case = node.create_case(&case_with_exploitation()).await;
    let consent: Value = serde_json::from_str(SHARE_WITH_ALBANIA).unwrap();
    ok(
        node.post(&w, &format!("/api/cases/{case}/consents"), &consent)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let view = ok(
        node.post(
            &w,
            &format!("/api/cases/{case}/referrals"),
            &json!({"recipient": "AL"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let id = view["referral"]["id"].as_str().unwrap().to_owned();
    (case, id, view)
}

#[tokio::test]
async fn a_referral_is_prefilled_from_the_case_and_lists_what_still_blocks_sending() {
    let node = spawn().await;
    let (_, _, view) = drafted(&node).await;
    let fields = &view["current"]["document"]["fields"];
    assert_eq!(
        fields["personal.name"],
        json!({"text": "Testa Fictiva", "lang": "it"})
    );
    assert_eq!(fields["personal.sex"], "female");
    assert_eq!(fields["personal.citizenship"], json!(["AL"]));
    assert_eq!(fields["case.exploitation_types"], json!(["labour"]));
    assert_eq!(
        fields["consents.share_data"], true,
        "the recorded consent is carried over"
    );
    assert_eq!(
        fields["header.exploitation_institution"]["organisation"],
        "Test Shelter NGO"
    );
    assert_eq!(view["current"]["state"], "draft");
    assert_eq!(
        view["current"]["document"]["profile"]["country"], "IT",
        "made with the Italian profile"
    );
    assert_eq!(view["referral"]["our_side"], "exploitation");
    let blocking: Vec<&str> = view["blocking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        blocking.contains(&"fields.perspective.wishes_programme"),
        "{blocking:?}"
    );
    assert!(
        blocking.contains(&"fields.personal.children_to_return"),
        "{blocking:?}"
    );
}

#[tokio::test]
async fn bad_drafts_are_refused_naming_every_field_and_nothing_is_written() {
    let node = spawn().await;
    let w = node.worker.clone();
    let (_, id, view) = drafted(&node).await;
    let mut fields = view["current"]["document"]["fields"].clone();
    fields["personal.shoe_size"] = json!("42");
    fields["personal.sex"] = json!("f");
    fields["lt_measures.education"] = json!({"offered": true, "accepted": true});
    let r = node
        .put(
            &w,
            &format!("/api/referrals/{id}/draft"),
            &json!({"fields": fields}),
        )
        .await;
    let v = ok(r, StatusCode::UNPROCESSABLE_ENTITY).await;
    let names = named(&v);
    assert!(
        names.contains(&"fields.personal.shoe_size".to_owned()),
        "{names:?}"
    );
    assert!(
        names.contains(&"fields.personal.sex".to_owned()),
        "{names:?}"
    );
    let after = ok(
        node.get(&w, &format!("/api/referrals/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        after["current"]["document"], view["current"]["document"],
        "nothing was written"
    );

    // A field of the country of origin, set by the country of exploitation.
    let mut fields = view["current"]["document"]["fields"].clone();
    fields["lt_measures.education"] = json!({"offered": true, "accepted": true});
    let v = save(&node, &w, &id, &fields, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(named(&v), ["fields.lt_measures.education"]);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("country of origin")
    );
}

#[tokio::test]
async fn an_incomplete_draft_is_never_sent_and_a_case_worker_cannot_send() {
    let node = spawn().await;
    let (_, manager) = node
        .user_with_role(&node.home().await, "manager", Role::CaseManager)
        .await;
    let (_, id, _) = drafted(&node).await;
    let v = send(&node, &manager, &id, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        named(&v).contains(&"fields.perspective.wishes_programme".to_owned()),
        "{v:#}"
    );
    let after = ok(
        node.get(&manager, &format!("/api/referrals/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(after["current"]["state"], "draft");
    let r = node
        .post(
            &node.worker.clone(),
            &format!("/api/referrals/{id}/send"),
            &json!({}),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "sending abroad is for the case manager or the focal point"
    );
}

#[tokio::test]
async fn without_a_current_consent_on_the_case_the_referral_is_not_sent() {
    let node = spawn().await;
    let w = node.worker.clone();
    let (_, manager) = node
        .user_with_role(&node.home().await, "manager", Role::CaseManager)
        .await;
    let case = node.create_case(&case_with_exploitation()).await;
    let view = ok(
        node.post(
            &w,
            &format!("/api/cases/{case}/referrals"),
            &json!({"recipient": "AL"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let id = view["referral"]["id"].as_str().unwrap();
    assert!(
        view["current"]["document"]["fields"]
            .get("consents.share_data")
            .is_none(),
        "no consent recorded: nothing prefilled"
    );
    // Ticking the box on the form is not consent: the case must hold a record of it.
    let mut fields = completed(&view["current"]["document"]["fields"]);
    fields["consents.share_data"] = json!(true);
    save(&node, &w, id, &fields, StatusCode::OK).await;
    let v = send(&node, &manager, id, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(named(&v), ["consents.share_data"]);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not recorded")
    );

    let consent: Value = serde_json::from_str(SHARE_WITH_ALBANIA).unwrap();
    ok(
        node.post(&w, &format!("/api/cases/{case}/consents"), &consent)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let sent = send(&node, &manager, id, StatusCode::OK).await;
    assert_eq!(sent["current"]["state"], "sent");
}

#[tokio::test]
async fn the_referral_goes_to_albania_and_the_follow_up_after_return_comes_back_as_version_2() {
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    let (_, it_manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, it_focal) = italy
        .user_with_role(&italy.home().await, "focal", Role::FocalPoint)
        .await;
    let (_, al_focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let w = italy.worker.clone();

    let (case, id, view) = drafted(&italy).await;
    let mut fields = completed(&view["current"]["document"]["fields"]);
    fields["first_legal.x_it_art18_programme"] = json!(true);
    save(&italy, &w, &id, &fields, StatusCode::OK).await;
    let sent = send(&italy, &it_manager, &id, StatusCode::OK).await;
    assert_eq!(sent["current"]["state"], "sent");
    assert!(sent["current"]["frozen_at"].is_string());
    let v = save(&italy, &w, &id, &fields, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(named(&v), ["referral"], "a sent version is frozen");
    // Versions alternate: the next one is Albania's to write, never Italy's again.
    let v = start_version(&italy, &w, &id, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(named(&v), ["referral"], "{v:#}");

    // The wire form travels (by hand here; the federation issue moves it between nodes).
    let wire = wire_of(&italy, &w, &id).await;
    assert_eq!(wire["format"], "opentrm-referral");
    assert_eq!(
        wire["profile"]["add"][0]["code"], "x_it_art18_programme",
        "the sender's profile travels with it"
    );
    let received = ok(
        albania
            .post(&al_focal, "/api/referrals/incoming", &wire)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(received["referral"]["direction"], "incoming");
    assert_eq!(received["referral"]["our_side"], "origin");
    assert_eq!(received["referral"]["counterpart"], "IT");
    assert_eq!(received["current"]["state"], "received");
    // The same version again is not a new version.
    let v = ok(
        albania
            .post(&al_focal, "/api/referrals/incoming", &wire)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(named(&v).contains(&"referral.version".to_owned()), "{v:#}");

    // Albania prints it in Albanian, Italy's own field with Italy's label.
    let html = albania
        .get(&al_focal, &format!("/api/referrals/{id}/print?lang=sq"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("lang=\"sq\""));
    assert!(
        html.contains("Informacion i përgjithshëm") || html.contains("përgjithshëm"),
        "Albanian section titles"
    );
    assert!(
        html.contains("art. 18"),
        "the Italian profile's field is shown, labelled by the sender"
    );

    // After the return, Albania writes sections 6–7 as version 2, and may not touch Italy's.
    let next = start_version(&albania, &al_focal, &id, StatusCode::CREATED).await;
    assert_eq!(next["current"]["version"], 2);
    assert_eq!(next["current"]["document"]["author_side"], "origin");
    let mut fields = next["current"]["document"]["fields"].clone();
    fields["personal.sex"] = json!("male");
    let v = save(
        &albania,
        &al_focal,
        &id,
        &fields,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(named(&v), ["fields.personal.sex"]);
    let mut fields = next["current"]["document"]["fields"].clone();
    fields["lt_measures.education"] =
        json!({"offered": true, "accepted": true, "comment": "Kurs mbrëmjeje"});
    fields["proceedings_origin.case_initiated"] = json!(false);
    fields["lt_basic.x_al_reintegration_centre"] = json!("Synthetic Reintegration Centre (TEST)");
    ok(
        albania
            .put(
                &al_focal,
                &format!("/api/referrals/{id}/draft"),
                &json!({"fields": fields, "language": "sq"}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    let back = send(&albania, &al_focal, &id, StatusCode::OK).await;
    assert_eq!(back["current"]["state"], "sent");

    let wire2 = wire_of(&albania, &al_focal, &id).await;
    let home = ok(
        italy
            .post(&it_focal, "/api/referrals/incoming", &wire2)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let history: Vec<(u64, &str)> = home["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["version"].as_u64().unwrap(), h["state"].as_str().unwrap()))
        .collect();
    assert_eq!(
        history,
        [(1, "sent"), (2, "received")],
        "the whole history is kept"
    );
    assert_eq!(
        home["current"]["document"]["fields"]["lt_measures.education"]["comment"],
        json!({"text": "Kurs mbrëmjeje", "lang": "sq"})
    );
    assert_eq!(
        home["current"]["document"]["fields"]["personal.name"],
        json!({"text": "Testa Fictiva", "lang": "it"})
    );

    let timeline = ok(
        italy.get(&w, &format!("/api/cases/{case}/timeline")).await,
        StatusCode::OK,
    )
    .await;
    let kinds: Vec<&str> = timeline
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    for kind in ["referral_drafted", "referral_sent", "referral_received"] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    // Version 1 is still there, as sent.
    let v1 = ok(
        italy
            .get(&w, &format!("/api/referrals/{id}/wire?version=1"))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(v1, wire);
}

#[tokio::test]
async fn an_incoming_version_made_with_an_unknown_template_version_is_refused() {
    let italy = spawn().await;
    let albania = spawn_in("AL").await;
    let (_, it_manager) = italy
        .user_with_role(&italy.home().await, "manager", Role::CaseManager)
        .await;
    let (_, al_focal) = albania
        .user_with_role(&albania.home().await, "focal", Role::FocalPoint)
        .await;
    let (_, id, view) = drafted(&italy).await;
    let fields = completed(&view["current"]["document"]["fields"]);
    save(&italy, &italy.worker.clone(), &id, &fields, StatusCode::OK).await;
    send(&italy, &it_manager, &id, StatusCode::OK).await;
    let wire = wire_of(&italy, &it_manager, &id).await;

    let mut future = wire.clone();
    future["template_version"] = json!(9);
    future["profile"]["template_version"] = json!(9);
    let v = ok(
        albania
            .post(&al_focal, "/api/referrals/incoming", &future)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(named(&v), ["template_version"]);

    let mut incomplete = wire.clone();
    incomplete["fields"]
        .as_object_mut()
        .unwrap()
        .remove("personal.sex");
    let v = ok(
        albania
            .post(&al_focal, "/api/referrals/incoming", &incomplete)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        named(&v),
        ["fields.personal.sex"],
        "a half-valid referral is refused whole"
    );

    let mut wrong_side = wire.clone();
    wrong_side["fields"]["lt_measures.housing"] = json!({"offered": true, "accepted": false});
    let v = ok(
        albania
            .post(&al_focal, "/api/referrals/incoming", &wrong_side)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(named(&v), ["fields.lt_measures.housing"]);

    let r = albania.get(&al_focal, "/api/referrals").await;
    assert_eq!(
        ok(r, StatusCode::OK).await,
        json!([]),
        "nothing was written"
    );
}

#[tokio::test]
async fn referrals_are_seen_only_by_the_holding_organisation() {
    let node = spawn().await;
    let (_, id, _) = drafted(&node).await;
    let r = node
        .get(&node.outsider.clone(), &format!("/api/referrals/{id}"))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = node
        .get(
            &node.outsider.clone(),
            &format!("/api/referrals/{id}/print?lang=it"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = node
        .get(&node.admin.clone(), &format!("/api/referrals/{id}"))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let listed = ok(
        node.get(&node.outsider.clone(), "/api/referrals").await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed, json!([]));
}

#[tokio::test]
async fn the_print_view_is_html_in_the_language_asked_for_and_refuses_an_unknown_one() {
    let node = spawn().await;
    let w = node.worker.clone();
    let (_, id, _) = drafted(&node).await;
    for (lang, expected) in [
        ("en", "General information"),
        ("it", "lang=\"it\""),
        ("uk", "lang=\"uk\""),
        ("sr-Latn", "lang=\"sr-Latn\""),
    ] {
        let r = node
            .get(&w, &format!("/api/referrals/{id}/print?lang={lang}"))
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        let html = r.text().await.unwrap();
        assert!(html.contains(expected), "{lang}");
        assert!(
            !html.contains("[field-") && !html.contains("[list-"),
            "{lang}: a missing translation shows as [key]"
        );
    }
    let v = ok(
        node.get(&w, &format!("/api/referrals/{id}/print?lang=fr"))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(named(&v), ["lang"]);
    let css = node
        .http
        .get(format!("{}/assets/print.css", node.url))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert!(css.text().await.unwrap().contains("size: A4"));
}

#[tokio::test]
async fn the_template_is_served_in_each_language_and_its_json_schema_is_published() {
    let node = spawn().await;
    let w = node.worker.clone();
    let en = ok(node.get(&w, "/api/template?lang=en").await, StatusCode::OK).await;
    let mk = ok(node.get(&w, "/api/template?lang=mk").await, StatusCode::OK).await;
    assert_eq!(en["sections"].as_array().unwrap().len(), 9);
    assert_eq!(en["sections"][1]["title"], "General information");
    assert_ne!(mk["sections"][1]["title"], en["sections"][1]["title"]);
    assert_eq!(en["profile"], "IT version 1");
    let schema = ok(
        node.http
            .get(format!("{}/api/template/json-schema", node.url))
            .send()
            .await
            .unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(
        schema["properties"]["fields"]["properties"]["first_legal.x_it_art18_programme"]
            .is_object()
    );
}

#[tokio::test]
async fn a_referral_exports_to_htcds_and_codes_without_an_htcds_value_are_listed_not_lost() {
    let node = spawn().await;
    let w = node.worker.clone();
    let (_, id, view) = drafted(&node).await;
    let mut fields = completed(&view["current"]["document"]["fields"]);
    fields["case.exploitation_types"] = json!(["labour", "forced_criminality"]);
    save(&node, &w, &id, &fields, StatusCode::OK).await;
    let htcds = ok(
        node.get(&w, &format!("/api/referrals/{id}/htcds")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(htcds["standard"], "HTCDS");
    assert_eq!(htcds["person"]["prs_Gender"], "Feminine");
    assert_eq!(
        htcds["victim"]["vic_TypeOfExploitation"],
        json!(["ForcedLabour"])
    );
    let unmapped = htcds["unmapped"].as_array().unwrap();
    assert!(
        unmapped
            .contains(&json!({"field": "case.exploitation_types", "code": "forced_criminality"})),
        "{unmapped:?}"
    );
    let r = node
        .get(
            &node.outsider.clone(),
            &format!("/api/referrals/{id}/htcds"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_analysts_csv_has_no_names_and_counts_sent_referrals() {
    let node = spawn().await;
    let (_, manager) = node
        .user_with_role(&node.home().await, "manager", Role::CaseManager)
        .await;
    let (case, id, view) = drafted(&node).await;
    let fields = completed(&view["current"]["document"]["fields"]);
    save(&node, &node.worker.clone(), &id, &fields, StatusCode::OK).await;
    send(&node, &manager, &id, StatusCode::OK).await;
    let r = node.get(&manager, "/api/exports/cases.csv").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = r.text().await.unwrap();
    let mut lines = csv.split("\r\n");
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = csv
        .split("\r\n")
        .find(|l| l.starts_with(&case))
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(header.len(), row.len());
    let sent = header.iter().position(|h| h.contains("referrals")).unwrap();
    assert_eq!(row[sent], "1");
    assert!(
        !csv.contains("Testa") && !csv.contains("Fictiva"),
        "no names"
    );
    let r = node
        .get(&node.worker.clone(), "/api/exports/cases.csv")
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "case workers do not export"
    );
}

#[tokio::test]
async fn erasing_the_person_erases_the_referral_documents() {
    let node = spawn().await;
    let (_, manager) = node
        .user_with_role(&node.home().await, "manager", Role::CaseManager)
        .await;
    let (case, id, _) = drafted(&node).await;
    ok(
        node.post(
            &manager,
            &format!("/api/cases/{case}/erase"),
            &json!({"reason": "Erasure request of the person (synthetic)"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let r = node.get(&manager, &format!("/api/referrals/{id}")).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let record = node
        .state
        .store
        .referral(trm_domain::ids::ReferralId::parse(&id).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(
        record.versions.is_empty(),
        "no document of the person is left"
    );
}
