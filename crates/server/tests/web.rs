//! The web interface against the real server: pages fetched with a browser's cookie
//! session, forms posted as a browser without JavaScript posts them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod web_browser;

use common::*;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, COOKIE, LOCATION, SET_COOKIE};
use serde_json::{Value, json};
use trm_domain::codes::Role;
use web_browser::*;

/// Text as maud writes it into a page.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn lang_of(body: &str) -> &str {
    let at = body.find("<html lang=\"").unwrap() + 12;
    &body[at..at + body[at..].find('"').unwrap()]
}

#[tokio::test]
async fn a_page_without_a_login_goes_to_the_login_page() {
    let node = spawn().await;
    let mut browser = Browser::new(&node);
    for path in ["/", "/cases", "/cases/new", "/knowledge", "/account"] {
        let r = browser
            .http
            .get(format!("{}{path}", node.url))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(r.headers()[LOCATION], "/login", "{path}");
    }
    let (status, body) = browser.get("/login").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("name=\"username\""));
    assert!(
        !body.contains("class=\"demo\""),
        "the demo logins show only on demo nodes"
    );
    // A login posted from another site's page (no nonce of this browser) is refused
    // before any attempt is made.
    let (status, _, body) = browser
        .post(
            "/login",
            &[
                ("username", "worker"),
                ("password", PASSWORD),
                ("code", &node.next_code("worker")),
                ("login_token", "forged"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(
        body.contains("name=\"login_token\""),
        "a fresh form is shown"
    );
    assert!(!browser.cookies.iter().any(|(k, _)| k == "trm_session"));
    // A wrong password re-renders the form with the generic message, and no session.
    let (status, _, body) = browser
        .post_login(&[
            ("username", "worker"),
            ("password", "wrong"),
            ("code", "123456"),
        ])
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body.contains("role=\"alert\""), "{body}");
    assert!(!browser.cookies.iter().any(|(k, _)| k == "trm_session"));
}

#[tokio::test]
async fn a_form_posted_without_its_csrf_token_is_refused_and_writes_nothing() {
    let node = spawn().await;
    let mut browser = Browser::new(&node);
    browser.login(&node, "worker").await;
    let before = node.count_cases().await;
    let form = [
        ("status", "presumed_victim"),
        ("person.given_name", "Testa"),
        ("person.sex", "female"),
    ];
    let (status, _, body) = browser.post("/cases", &form).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("<html lang="), "a refusal is a page: {body}");
    let mut forged = form.to_vec();
    forged.push(("csrf", "bm90IHRoZSB0b2tlbg"));
    let (status, _, _) = browser.post("/cases", &forged).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(node.count_cases().await, before, "nothing was written");

    let csrf = browser.csrf().await;
    let mut genuine = form.to_vec();
    genuine.push(("csrf", &csrf));
    let (status, to, _) = browser.post("/cases", &genuine).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(to.starts_with("/cases/"), "{to}");
    assert_eq!(node.count_cases().await, before + 1);
}

#[tokio::test]
async fn the_language_follows_the_saved_choice_else_accept_language() {
    let node = spawn().await;
    let browser = Browser::new(&node);
    let page = |accept: &'static str| {
        let r = browser
            .http
            .get(format!("{}/login", node.url))
            .header(ACCEPT_LANGUAGE, accept);
        async move { r.send().await.unwrap().text().await.unwrap() }
    };
    assert_eq!(lang_of(&page("de-DE, sq;q=0.8, en;q=0.5").await), "sq");
    assert_eq!(lang_of(&page("en;q=0.4, mk;q=0.9").await), "mk");
    assert_eq!(lang_of(&page("fr, de").await), "en");
    assert_eq!(lang_of(&page("sr-Latn-RS").await), "sr-Latn");

    // The switch keeps the choice in a cookie, which wins over the browser's languages.
    let r = browser
        .http
        .get(format!("{}/language?lang=uk&back=/login", node.url))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()[LOCATION], "/login");
    let cookie = r.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("trm_lang=uk;"), "{cookie}");
    let body = browser
        .http
        .get(format!("{}/login", node.url))
        .header(ACCEPT_LANGUAGE, "sq")
        .header(COOKIE, "trm_lang=uk")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(lang_of(&body), "uk");
    // The switch never sends the browser to another site.
    let r = browser
        .http
        .get(format!(
            "{}/language?lang=it&back=//evil.example/",
            node.url
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()[LOCATION], "/");
}

#[tokio::test]
async fn a_refused_form_says_what_is_wrong_in_the_readers_language() {
    let node = spawn().await;
    let mut browser = Browser::new(&node);
    browser.login(&node, "worker").await;
    browser.choose_language("it");
    let csrf = browser.csrf().await;
    let (status, _, body) = browser
        .post(
            "/cases",
            &[
                ("csrf", &csrf),
                ("status", "presumed_victim"),
                ("person.sex", "female"),
                ("person.date_of_birth", "2099-01-01"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(lang_of(&body), "it");
    // Beside the field and in the summary, from it/errors.ftl, with the rule's date.
    let name_required = "serve un nome: indica il nome, il cognome o almeno un soprannome";
    assert_eq!(body.matches(name_required).count(), 2, "{body}");
    assert!(body.contains("2099-01-01 è una data futura"), "{body}");
    assert!(!body.contains("a name is required"), "{body}");
    assert!(!body.contains("is in the future"), "{body}");
    assert!(missing_translation(&body).is_none(), "{body}");

    // A rule about a measure names it by its Italian title, not its code.
    let child = node.create_case(&child()).await;
    let (status, _, body) = browser
        .post(
            &format!("/cases/{child}/sop/sop4.safe_transfer"),
            &[("csrf", &csrf), ("status", "done")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("«Trasferimento sicuro e assistenza all'arrivo» non può essere segnata come fatta per un minore finché nel caso non è registrato un tutore"),
        "{body}"
    );
    assert!(!body.contains("until a guardian is recorded"), "{body}");

    // The API keeps English, and names the rule by its code.
    let (status, answer) = errors(
        node.post(
            &node.worker,
            "/api/cases",
            &json!({"status": "presumed_victim", "person": {"sex": "male"}}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["errors"][0]["code"], "name-required", "{answer}");
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("a name is required"),
        "{answer}"
    );
}

#[tokio::test]
async fn a_signed_in_user_keeps_their_language_on_their_account() {
    let node = spawn().await;
    let mut browser = Browser::new(&node);
    browser.login(&node, "worker").await;
    let (status, to, body) = browser
        .submit("/language", &[("lang", "it"), ("back", "/account")])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(to, "/account");
    // The account, not the browser's cookie, carries the choice: a new browser whose
    // languages say Albanian gets Italian once signed in, and the account page says so.
    let mut elsewhere = Browser::new(&node);
    let (_, before) = elsewhere.get("/login").await;
    assert_eq!(lang_of(&before), "en");
    elsewhere.login(&node, "worker").await;
    elsewhere.cookies.retain(|(k, _)| k != "trm_lang");
    let body = elsewhere
        .http
        .get(format!("{}/account", node.url))
        .header(ACCEPT_LANGUAGE, "sq")
        .header(COOKIE, elsewhere.cookie_header())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(lang_of(&body), "it");
    assert!(
        body.contains("<option value=\"it\" lang=\"it\" selected"),
        "the saved choice is shown"
    );
    assert!(
        body.contains("<option value=\"sr-Latn\" lang=\"sr-Latn\">Srpski</option>"),
        "each language is named in itself"
    );
    // Signed in, the switch at the top posts (with the CSRF token) instead of a link.
    assert!(body.contains("<form class=\"lang\" method=\"post\" action=\"/language\">"));
    // "Follow my browser" clears it.
    elsewhere
        .submit("/language", &[("lang", ""), ("back", "/")])
        .await;
    elsewhere.cookies.retain(|(k, _)| k != "trm_lang");
    let r = elsewhere
        .http
        .get(format!("{}/", node.url))
        .header(ACCEPT_LANGUAGE, "sq")
        .header(COOKIE, elsewhere.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(lang_of(&r.text().await.unwrap()), "sq");
    // A language the node does not have is refused, naming the field.
    let (status, _, body) = elsewhere.submit("/language", &[("lang", "xx")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}

#[tokio::test]
async fn my_cases_are_the_ones_i_manage_and_the_case_list_filters_as_a_page() {
    let node = spawn().await;
    let mut browser = Browser::new(&node);
    browser.login(&node, "worker").await;
    // Opened in the interface: the worker becomes its case manager.
    let (status, to, _) = browser
        .submit(
            "/cases",
            &[
                ("status", "presumed_victim"),
                ("person.given_name", "Mina"),
                ("person.family_name", "Managed-Synthetic"),
                ("person.sex", "female"),
                ("person.age_estimate", "over_18"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mine = to.trim_start_matches("/cases/").to_owned();
    // Opened over the API without a case manager: visible, but nobody's.
    let other = node.create_case(&adult()).await;
    let other_name = adult()["person"]["given_name"].as_str().unwrap().to_owned();

    let (_, dashboard) = browser.get("/").await;
    assert!(dashboard.contains("Managed-Synthetic"), "{dashboard}");
    assert!(!dashboard.contains(&other_name), "only the cases I manage");
    let (_, case) = browser.get(&format!("/cases/{mine}")).await;
    assert!(
        case.contains("Test worker"),
        "the case page names its case manager"
    );

    let (_, all) = browser.get("/cases").await;
    assert!(all.contains(&mine.to_string()) && all.contains(&other.to_string()));
    let (status, filtered) = browser.get("/cases?mine=true&overdue=").await;
    assert_eq!(status, StatusCode::OK);
    assert!(filtered.contains(&mine.to_string()));
    assert!(!filtered.contains(&other.to_string()));
    // The filters stay chosen in the form.
    assert!(
        filtered.contains("<option value=\"true\" selected>"),
        "{filtered}"
    );

    // Handed over to a colleague, the case leaves my dashboard.
    let (colleague, _) = node
        .user_with_role(&node.home().await, "colleague", Role::CaseWorker)
        .await;
    let (_, case) = browser.get(&format!("/cases/{mine}")).await;
    let version = hidden(&case, "expected_version:int").unwrap();
    let (status, _, body) = browser
        .submit(
            &format!("/cases/{mine}/edit/status"),
            &[
                ("expected_version:int", &version),
                ("status", "presumed_victim"),
                ("case_manager", &colleague.id.to_string()),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let (_, dashboard) = browser.get("/").await;
    assert!(!dashboard.contains("Managed-Synthetic"), "handed over");
    let (_, case) = browser.get(&format!("/cases/{mine}")).await;
    assert!(case.contains("Test colleague"));

    // A bad filter is a page in the reader's language naming the filter, not JSON.
    browser.choose_language("it");
    let (status, page) = browser.get("/cases?sop=9").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("class=\"error-summary\""), "{page}");
    assert!(
        page.contains("href=\"#f-sop\""),
        "the summary links to the filter: {page}"
    );
    assert_eq!(lang_of(&page), "it");
}

#[tokio::test]
async fn without_javascript_plain_forms_create_a_case_record_consent_and_open_a_measure() {
    let node = spawn().await;
    let mut browser = Browser::new(&node);
    browser.login(&node, "worker").await;
    let csrf = browser.csrf().await;

    // A refused form comes back with the field's message beside the field, and the
    // error summary links to it; nothing is written.
    let before = node.count_cases().await;
    let (status, _, body) = browser
        .post(
            "/cases",
            &[
                ("csrf", &csrf),
                ("status", "presumed_victim"),
                ("person.sex", "female"),
                ("person.date_of_birth", "2099-01-01"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("href=\"#f-person-given_name\""), "{body}");
    assert!(body.contains("id=\"f-person-given_name-error\""), "{body}");
    assert!(body.contains("a name is required"), "{body}");
    assert!(body.contains("href=\"#f-person-date_of_birth\""), "{body}");
    assert!(body.contains("aria-invalid=\"true\""));
    assert_eq!(node.count_cases().await, before);

    // The case.
    let (status, to, _) = browser
        .post(
            "/cases",
            &[
                ("csrf", &csrf),
                ("status", "presumed_victim"),
                ("person.given_name", "Testa"),
                ("person.family_name", "Fictiva"),
                ("person.sex", "female"),
                ("person.age_estimate", "over_18"),
                ("person.citizenships[]", "AL, MD"),
                ("person.languages[]", "sq"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let id = to.trim_start_matches("/cases/").to_owned();
    let (status, page) = browser.get(&to).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Testa Fictiva"));
    assert!(page.contains("AL, MD"));

    // Consent to share data with Albania.
    let (status, to, body) = browser
        .post(
            &format!("/cases/{id}/consents"),
            &[
                ("csrf", &csrf),
                ("scope.kind", "share_data"),
                ("scope.country", "AL"),
                ("scope.purpose", "referral"),
                ("decision", "given"),
                ("decided_on", "2026-01-15"),
                ("informed.language", "sq"),
                ("informed.interpreter_present:bool", "true"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(to, format!("/cases/{id}#consents"));
    // A consent to return has no purpose: the form's purpose field is left out.
    let (status, _, body) = browser
        .post(
            &format!("/cases/{id}/consents"),
            &[
                ("csrf", &csrf),
                ("scope.kind", "return"),
                ("scope.country", "AL"),
                ("scope.purpose", "referral"),
                ("decision", "refused"),
                ("decided_on", "2026-01-15"),
                ("informed.language", "sq"),
                ("informed.interpreter_present:bool", "false"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    // A bad country is named beside its field.
    let (status, _, body) = browser
        .post(
            &format!("/cases/{id}/consents"),
            &[
                ("csrf", &csrf),
                ("scope.kind", "return"),
                ("scope.country", "Albania"),
                ("decision", "given"),
                ("decided_on", "2026-01-15"),
                ("informed.language", "sq"),
                ("informed.interpreter_present:bool", "false"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("href=\"#f-scope-country\""), "{body}");

    // A measure, opened from its page on the board.
    let (status, page) = browser
        .get(&format!("/cases/{id}/sop/sop2.intake_needs_assessment"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("WHAT") || page.contains(">What<"),
        "guidance beside the form"
    );
    let (status, to, body) = browser
        .post(
            &format!("/cases/{id}/sop/sop2.intake_needs_assessment"),
            &[
                ("csrf", &csrf),
                ("status", "in_progress"),
                ("due_on", "2026-02-01"),
                ("notes", "Synthetic intake notes"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(to, format!("/cases/{id}/sop/sop2.intake_needs_assessment"));

    // Withdraw the consent to share.
    let view: Value = ok(
        node.get(&node.worker, &format!("/api/cases/{id}")).await,
        StatusCode::OK,
    )
    .await;
    let consent = view["consents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["scope"]["kind"] == "share_data")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _, _) = browser
        .post(
            &format!("/cases/{id}/consents/{consent}/revoke"),
            &[("csrf", &csrf), ("reason", "")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // What the forms did is what the API reads back.
    let view: Value = ok(
        node.get(&node.worker, &format!("/api/cases/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(view["case"]["person"]["citizenships"], json!(["AL", "MD"]));
    assert_eq!(view["consents"].as_array().unwrap().len(), 2);
    let share = view["consents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == consent.as_str())
        .unwrap();
    assert!(share["revocation"].is_object(), "{share}");
    assert_eq!(share["informed"]["interpreter_present"], true);
    let measure = &view["measures"][0];
    assert_eq!(measure["code"], "sop2.intake_needs_assessment");
    assert_eq!(measure["status"], "in_progress");
    assert_eq!(measure["due_on"], "2026-02-01");

    // A child: the return cannot be marked done without a guardian, said beside the field.
    let child = node.create_case(&child()).await;
    let (_, page) = browser.get(&format!("/cases/{child}")).await;
    assert!(
        page.contains("id=\"safeguards\""),
        "a child's case shows its safeguards"
    );
    let (status, _, body) = browser
        .post(
            &format!("/cases/{child}/sop/sop4.safe_transfer"),
            &[("csrf", &csrf), ("status", "done")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("until a guardian is recorded"), "{body}");
    // The guardian, recorded by form, lifts that rule.
    let (_, page) = browser.get(&format!("/cases/{child}")).await;
    let version = hidden(&page, "expected_version:int").unwrap();
    let (status, _, body) = browser
        .post(
            &format!("/cases/{child}/edit/guardian"),
            &[
                ("csrf", &csrf),
                ("expected_version:int", &version),
                ("guardian.name", "Synthetic Guardian"),
                ("guardian.appointed_on", "2026-01-10"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let (status, _, body) = browser
        .post(
            &format!("/cases/{child}/sop/sop4.family_tracing"),
            &[("csrf", &csrf), ("status", "done")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");

    // The screening records what was observed and suggests; the status stays.
    let (status, to, _) = browser
        .post(
            &format!("/cases/{id}/screening"),
            &[
                ("csrf", &csrf),
                ("observed", "threats"),
                ("observed", "debt"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, page) = browser.get(&to).await;
    assert!(page.contains(&format!("/cases/{id}/sop/sop1.early_risk_assessment")));
    let view: Value = ok(
        node.get(&node.worker, &format!("/api/cases/{id}")).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(view["case"]["status"], "presumed_victim");
    let referral = view["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["code"] == "sop1.initial_referral")
        .unwrap();
    assert!(
        referral["notes"]
            .as_str()
            .unwrap()
            .contains("observed threats, debt"),
        "{referral}"
    );
}

#[tokio::test]
async fn every_page_renders_in_every_language_light_and_without_a_missing_translation() {
    let node = spawn().await;
    let adult = node.create_case(&adult()).await;
    let child = node.create_case(&child()).await;
    node.post(
        &node.worker,
        &format!("/api/cases/{adult}/measures"),
        &json!({"code": "sop1.initial_referral", "due_on": "2026-01-01"}),
    )
    .await;
    node.post(
        &node.worker,
        &format!("/api/cases/{adult}/consents"),
        &json!({"scope": {"kind": "share_data", "country": "AL", "purpose": "referral"},
                "decision": "given", "decided_on": "2026-01-02",
                "informed": {"language": "sq", "interpreter_present": true}}),
    )
    .await;
    // A referral's composer: the heaviest page (every field of the template).
    let (_, referral, _) = referral_with_case(&node).await;
    let mut browser = Browser::new(&node);
    browser.login(&node, "worker").await;
    let pages = [
        format!("/referrals/{referral}"),
        "/".to_owned(),
        "/cases".into(),
        "/cases/new".into(),
        format!("/cases/{adult}"),
        format!("/cases/{child}"),
        format!("/cases/{adult}/sop/sop4.safe_transfer"),
        format!("/cases/{child}/sop/sop4.safe_transfer"),
        format!("/cases/{adult}/screening?observed=threats,injuries"),
        "/knowledge".into(),
        "/account".into(),
        "/enrol".into(),
    ];
    let mut largest = (0, String::new());
    for lang in trm_i18n::LANGUAGES {
        browser.cookies.retain(|(k, _)| k != "trm_lang");
        browser.cookies.push(("trm_lang".into(), lang.into()));
        for path in &pages {
            let (status, body) = browser.get(path).await;
            assert_eq!(status, StatusCode::OK, "{lang} {path}");
            assert_eq!(lang_of(&body), lang, "{path}");
            assert!(
                body.len() < PAGE_BUDGET,
                "{lang} {path}: {} bytes",
                body.len()
            );
            if let Some(marker) = missing_translation(&body) {
                panic!("{lang} {path}: missing translation {marker}");
            }
            if path == "/knowledge" {
                let lang = trm_i18n::Lang::parse(lang).unwrap();
                for text in [
                    trm_i18n::guidance::purpose(lang, 4),
                    trm_i18n::guidance::measure(lang, "sop1.reflection_period").how,
                    trm_i18n::guidance::definition(lang, "presumed_victim"),
                ] {
                    assert!(body.contains(&escaped(&text)), "{lang}: {text}");
                }
            }
            if body.len() > largest.0 {
                largest = (body.len(), format!("{lang} {path}"));
            }
        }
        // The login page too, before any login.
        let r = browser
            .http
            .get(format!("{}/login", node.url))
            .header(COOKIE, format!("trm_lang={lang}"))
            .send()
            .await
            .unwrap();
        let body = r.text().await.unwrap();
        assert!(missing_translation(&body).is_none(), "{lang} /login");
    }
    eprintln!("largest page: {} bytes ({})", largest.0, largest.1);
    for asset in ["/assets/app.css", "/assets/app.js"] {
        let r = node
            .http
            .get(format!("{}{asset}", node.url))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.bytes().await.unwrap().len() < 16 * 1024, "{asset}");
    }
}

#[tokio::test]
async fn a_first_login_sets_up_the_authenticator_app_in_the_browser() {
    let node = spawn().await;
    node.add_user("newcomer", Role::CaseWorker).await;
    let mut browser = Browser::new(&node);
    let (status, to, _) = browser
        .post_login(&[
            ("username", "newcomer"),
            ("password", PASSWORD),
            ("code", ""),
        ])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, "/enrol");
    // Until the second factor is set up, the pages send the newcomer back to it.
    let (status, _) = browser.get("/cases").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, page) = browser.get("/enrol").await;
    assert_eq!(status, StatusCode::OK);
    let at = page.find("id=\"totp-secret\"").unwrap();
    let secret_text = &page[at..];
    let secret_text = &secret_text[secret_text.find('>').unwrap() + 1..];
    let secret_text = &secret_text[..secret_text.find('<').unwrap()];
    let secret = trm_server::totp::decode_secret(secret_text).unwrap();
    // A reload shows the same secret.
    let (_, again) = browser.get("/enrol").await;
    assert!(again.contains(secret_text));
    let csrf = hidden(&page, "csrf").unwrap();
    let (status, _, body) = browser
        .post("/enrol", &[("csrf", &csrf), ("code", "000000")])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("href=\"#f-code\""), "{body}");
    let code = trm_server::totp::code_at(&secret, now().unix_timestamp());
    let (status, _, body) = browser
        .post("/enrol", &[("csrf", &csrf), ("code", &code)])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body.matches("<li><code>").count(), 10, "ten recovery codes");
    let (status, _) = browser.get("/cases").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_account_page_changes_the_password_and_ends_other_sessions() {
    let node = spawn().await;
    let mut first = Browser::new(&node);
    first.login(&node, "worker").await;
    let mut second = Browser::new(&node);
    second.login(&node, "worker").await;
    let (status, page) = first.get("/account").await;
    assert_eq!(status, StatusCode::OK);
    // The other browser (and the API session the test node enrolled with) can be ended.
    assert_eq!(page.matches("/end\"").count(), 2, "{page}");
    let csrf = hidden(&page, "csrf").unwrap();
    let (status, _, body) = first
        .post(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", "not it"),
                ("new_password", "x"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("href=\"#f-current_password\""), "{body}");
    let (status, to, _) = first
        .post(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", PASSWORD),
                ("new_password", "another synthetic passphrase"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, "/account?changed=1");
    assert_eq!(first.get("/account").await.0, StatusCode::OK);
    assert_eq!(
        second.get("/account").await.0,
        StatusCode::SEE_OTHER,
        "ended"
    );
    let r = node
        .login_with(
            &json!({"username": "worker", "password": "another synthetic passphrase",
            "totp": node.next_code("worker")}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_demo_node_shows_its_logins_and_their_current_codes() {
    let secret = b"synthetic demo secret 01".to_vec();
    let node = spawn_with("IT", |state| {
        state.demo_logins = Some(
            vec![trm_server::web::DemoLogin {
                username: "demo.worker".into(),
                password: "synthetic demo passphrase".into(),
                secret: secret.clone(),
            }]
            .into(),
        );
    })
    .await;
    let mut browser = Browser::new(&node);
    let (_, page) = browser.get("/login").await;
    assert!(page.contains("class=\"demo\""), "{page}");
    let code = trm_server::totp::code_at(&secret, now().unix_timestamp());
    assert!(
        page.contains(&format!("<code class=\"totp\">{code}</code>")),
        "{page}"
    );
    assert!(page.contains("demo.worker"));
}
