//! The referral composer, the focal point's inbox and the administration pages against
//! real nodes: pages fetched with a browser's cookie session, forms posted as a browser
//! without JavaScript posts them (post/redirect/get), between two real nodes that trust
//! each other on 127.0.0.1.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod web_browser;

use common::*;
use reqwest::StatusCode;
use serde_json::Value;
use trm_domain::codes::{LegalBasis, Role};
use web_browser::*;

/// The first link of a page whose target starts with `prefix`.
fn link(body: &str, prefix: &str) -> Option<String> {
    let at = body.find(&format!("href=\"{prefix}"))? + 6;
    let rest = &body[at..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// A user of the node's home organisation with `role`, enrolled, in a browser.
async fn browser_for(node: &TestNode, username: &str, role: Role) -> Browser {
    node.user_with_role(&node.home().await, username, role)
        .await;
    let mut b = Browser::new(node);
    b.login(node, username).await;
    b
}

/// Reloads a page (at most 15 s) until it shows `needle`; answers the page.
async fn wait_for(b: &mut Browser, path: &str, needle: &str) -> String {
    let mut body = String::new();
    for _ in 0..300 {
        body = b.get(path).await.1;
        if body.contains(needle) {
            return body;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{path} never showed {needle}: {body}");
}

async fn draft_state(node: &TestNode, referral: &str) -> Value {
    let view = ok(
        node.get(&node.worker.clone(), &format!("/api/referrals/{referral}"))
            .await,
        StatusCode::OK,
    )
    .await;
    view["current"]["state"].clone()
}

#[tokio::test]
async fn the_new_pages_render_for_the_roles_allowed_and_are_refused_to_the_others() {
    let node = spawn().await;
    let (_, referral, _) = referral_with_case(&node).await;
    let mut worker = Browser::new(&node);
    worker.login(&node, "worker").await;
    let mut manager = browser_for(&node, "manager", Role::CaseManager).await;
    let mut focal = browser_for(&node, "focal", Role::FocalPoint).await;
    let mut admin = Browser::new(&node);
    admin.login(&node, "admin").await;
    let mut police = browser_for(&node, "officer", Role::LawEnforcement).await;

    let page = format!("/referrals/{referral}");
    for (who, path, status) in [
        ("worker", page.as_str(), StatusCode::OK),
        ("manager", page.as_str(), StatusCode::OK),
        ("admin", page.as_str(), StatusCode::FORBIDDEN),
        ("police", page.as_str(), StatusCode::FORBIDDEN),
        ("focal", "/inbox", StatusCode::OK),
        ("worker", "/inbox", StatusCode::FORBIDDEN),
        ("admin", "/inbox", StatusCode::FORBIDDEN),
        ("admin", "/admin/users", StatusCode::OK),
        ("focal", "/admin/users", StatusCode::FORBIDDEN),
        ("admin", "/admin/peers", StatusCode::OK),
        ("focal", "/admin/peers", StatusCode::OK),
        ("manager", "/admin/peers", StatusCode::FORBIDDEN),
        ("admin", "/admin/messages", StatusCode::OK),
        ("worker", "/admin/messages", StatusCode::FORBIDDEN),
        ("admin", "/admin/audit?run=1", StatusCode::OK),
        ("worker", "/admin/audit", StatusCode::FORBIDDEN),
        ("worker", "/admin", StatusCode::OK),
    ] {
        let b = match who {
            "worker" => &mut worker,
            "manager" => &mut manager,
            "focal" => &mut focal,
            "admin" => &mut admin,
            _ => &mut police,
        };
        let (got, body) = b.get(path).await;
        assert_eq!(got, status, "{who} GET {path}: {body}");
        assert!(
            body.contains("<html lang="),
            "{who} {path}: a page, refused or not"
        );
        assert!(body.len() < PAGE_BUDGET, "{path} is {} bytes", body.len());
    }
    // The navigation offers what the role may open, and nothing else.
    let (_, body) = focal.get("/").await;
    assert!(
        body.contains("href=\"/inbox\""),
        "the focal point has an inbox"
    );
    let (_, body) = worker.get("/").await;
    assert!(!body.contains("href=\"/inbox\""));
    assert!(!body.contains("href=\"/admin\""));
    let (_, body) = admin.get("/admin/audit?run=1").await;
    assert!(body.contains("The audit trail is intact."), "{body}");

    // The composer: the template's fields labelled in the reader's language, prefilled.
    let (_, body) = worker.get(&page).await;
    assert!(
        body.contains("name=\"fields.personal.sex\""),
        "a code list is a select"
    );
    assert!(
        body.contains("<option value=\"female\" selected>"),
        "prefilled from the case"
    );
    assert!(
        body.contains("The person's consent of"),
        "the consent check, in words"
    );
    assert!(
        body.contains("A case manager or the focal point sends the referral."),
        "a case worker prepares, and is told who sends"
    );
    assert!(
        body.contains("print?lang=sq"),
        "the preview is in Albanian for AL"
    );
    worker.choose_language("it");
    let (_, body) = worker.get(&page).await;
    assert!(
        body.contains("Completa la segnalazione"),
        "in the reader's language"
    );
    assert_eq!(missing_translation(&body), None);
}

#[tokio::test]
async fn the_new_forms_refuse_a_post_without_its_csrf_token_and_write_nothing() {
    let node = spawn().await;
    let case = node.create_case(&adult()).await;
    let (_, referral, _) = referral_with_case(&node).await;
    let mut manager = browser_for(&node, "manager", Role::CaseManager).await;
    let mut admin = Browser::new(&node);
    admin.login(&node, "admin").await;

    let (status, _, body) = manager
        .post(&format!("/cases/{case}/referrals"), &[("recipient", "AL")])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _, _) = manager
        .post(&format!("/referrals/{referral}/send"), &[])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(draft_state(&node, &referral).await, "draft", "nothing sent");
    let (status, _, _) = manager
        .post(
            &format!("/referrals/{referral}/draft"),
            &[("fields.personal.sex", "male")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let users = node.state.store.users().await.unwrap().len();
    let (status, _, _) = admin
        .post(
            "/admin/users",
            &[
                ("username", "forged.user"),
                ("display_name", "Forged"),
                ("role", "administrator"),
                ("password", "synthetic forged passphrase"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(node.state.store.users().await.unwrap().len(), users);
    let (_, body) = manager.get(&format!("/cases/{case}")).await;
    assert!(
        !body.contains("/referrals/"),
        "no referral was drafted: {body}"
    );
}

#[tokio::test]
async fn a_referral_without_consent_is_refused_and_the_page_says_why() {
    let node = spawn().await;
    let case = node.create_case(&adult()).await;
    let mut manager = browser_for(&node, "manager", Role::CaseManager).await;

    // A bad country is named beside the field; nothing is drafted.
    let (status, _, body) = manager
        .submit(
            &format!("/cases/{case}/referrals"),
            &[("recipient", "Albania")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("error-summary"), "{body}");
    assert!(
        body.contains("href=\"#f-recipient\""),
        "the error links to its field"
    );

    let (status, to, _) = manager
        .submit(&format!("/cases/{case}/referrals"), &[("recipient", "AL")])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(to.starts_with("/referrals/"), "{to}");
    let referral = to.trim_start_matches("/referrals/").to_owned();
    let (status, body) = manager.get(&to).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Sending is blocked: the person's consent to share data with AL for a referral is not recorded."),
        "{body}"
    );
    assert!(
        body.contains("#record-consent"),
        "it says where to record it"
    );

    // A wrong value in the composer is named beside its field, kept as typed, not saved.
    let (status, _, body) = manager
        .submit(
            &format!("/referrals/{referral}/draft"),
            &[
                ("fields.header.date", "31/12/2026"),
                ("fields.personal.sex", "female"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"f-fields-header-date-error\""), "{body}");
    assert!(
        body.contains("value=\"31/12/2026\""),
        "what was typed comes back"
    );
    let saved = ok(
        node.get(&node.worker.clone(), &format!("/api/referrals/{referral}"))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_ne!(
        saved["current"]["document"]["fields"]["header.date"],
        "31/12/2026"
    );
    assert!(
        saved["current"]["document"]["fields"]["header.date"].is_string(),
        "the prefilled date is kept"
    );

    let (status, _, body) = manager
        .submit(&format!("/referrals/{referral}/send"), &[])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Sending is blocked"), "{body}");
    assert!(body.contains("error-summary"));
    assert_eq!(draft_state(&node, &referral).await, "draft", "nothing sent");
}

#[tokio::test]
async fn without_javascript_italy_sends_a_referral_albania_replies_to_a_request_and_italy_sees_it()
{
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    italy
        .trust(&albania, LegalBasis::PublicBodiesArrangement)
        .await;
    albania.trust(&italy, LegalBasis::EuEea).await;
    let (_, referral, _) = referral_with_case(&italy).await;
    let mut manager = browser_for(&italy, "manager", Role::CaseManager).await;
    let mut focal = browser_for(&albania, "focal", Role::FocalPoint).await;
    focal.choose_language("sq");
    let page = format!("/referrals/{referral}");

    // The composer saves what was typed (post/redirect/get) and shows nothing blocking.
    let (_, body) = manager.get(&page).await;
    assert!(
        body.contains("Nothing in the form stops the referral from being sent."),
        "{body}"
    );
    let (status, to, _) = manager.submit(&format!("{page}/send"), &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, format!("{page}#delivery"));
    let (_, body) = manager.get(&page).await;
    assert!(body.contains("id=\"delivery\""), "{body}");

    // It arrives in Albania's inbox; opened, it reads in Albanian.
    let inbox = wait_for(&mut focal, "/inbox", &page).await;
    assert!(inbox.contains("Referim"), "the inbox is in Albanian");
    let (status, body) = focal.get(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Referim nga IT"), "{body}");
    assert!(
        body.contains("Gjinia"),
        "the template's labels in Albanian: {body}"
    );
    assert_eq!(missing_translation(&body), None);
    wait_for(&mut manager, &page, "class=\"d-opened\"").await;

    // Italy asks something about it.
    let due = (now().date() + time::Duration::days(10)).to_string();
    let (status, _, body) = manager
        .submit(
            &format!("{page}/requests"),
            &[
                ("kind", "checks.identity"),
                ("details.text", ""),
                ("details.lang", "it"),
                ("due_by", &due),
            ],
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "empty details are refused"
    );
    assert!(body.contains("href=\"#f-details-text\""), "{body}");
    let (status, to, _) = manager
        .submit(
            &format!("{page}/requests"),
            &[
                ("kind", "checks.identity"),
                ("details.text", "Synthetic question about Testa Fictiva"),
                ("details.lang", "it"),
                ("due_by", &due),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, format!("{page}#requests"));

    // Albania's focal point opens it, dispatches it, replies.
    let inbox = wait_for(&mut focal, "/inbox", "href=\"/requests/").await;
    let request = link(&inbox, "/requests/").unwrap();
    let (status, body) = focal.get(&request).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Synthetic question about Testa Fictiva"));
    let home = albania.home().await.id.to_string();
    let (status, to, _) = focal
        .submit(
            &format!("{request}/dispatch"),
            &[("organisation", &home), ("user", "")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, request);
    let (status, _, body) = focal
        .submit(
            &format!("{request}/reply"),
            &[
                ("outcome", "provided"),
                ("details.text", ""),
                ("details.lang", "sq"),
            ],
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an empty answer is refused"
    );
    assert!(body.contains("id=\"f-details-text-error\""), "{body}");
    let (status, to, _) = focal
        .submit(
            &format!("{request}/reply"),
            &[
                ("outcome", "provided"),
                (
                    "details.text",
                    "Synthetic answer: the register lists Testa Fictiva.",
                ),
                ("details.lang", "sq"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, request);

    // Italy sees the request answered.
    let body = wait_for(
        &mut manager,
        &page,
        "Synthetic answer: the register lists Testa Fictiva.",
    )
    .await;
    assert!(body.contains("badge r-answered"), "{body}");

    // The follow-up is Albania's to write, never Italy's: Albania starts version 2 and
    // records an offered measure in the composer.
    assert!(
        !body.contains("id=\"follow-up\""),
        "Italy wrote the latest version"
    );
    let (_, body) = focal.get(&page).await;
    assert!(body.contains("Fillo versionin 2"));
    let (status, to, _) = focal.submit(&format!("{page}/versions"), &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, format!("{page}#composer"));
    let (_, body) = focal.get(&page).await;
    let action = format!("{page}/draft");
    let mut fields = form_fields(&body, &action);
    for (name, value) in [
        ("fields.lt_measures.housing.offered", "true"),
        ("fields.lt_measures.housing.accepted", "true"),
        (
            "fields.lt_measures.housing.comment",
            "Strehim sintetik (TEST)",
        ),
    ] {
        set(&mut fields, name, value);
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, _, body) = focal.post(&action, &pairs).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let (_, body) = focal.get(&page).await;
    assert!(body.contains("versioni 2 · <strong>draft</strong>"));
    let saved = form_fields(&body, &action);
    for (name, value) in [
        ("fields.lt_measures.housing.offered", "true"),
        ("fields.lt_measures.housing.accepted", "true"),
        (
            "fields.lt_measures.housing.comment",
            "Strehim sintetik (TEST)",
        ),
        ("text_lang", "sq"),
    ] {
        assert!(
            saved.iter().any(|(n, v)| n == name && v == value),
            "{name} = {value} not saved: {saved:?}"
        );
    }
}

#[tokio::test]
async fn the_composer_fills_contacts_times_offers_and_the_childs_template_without_javascript() {
    let italy = spawn_in("IT").await;
    let (_, referral, _) = referral_with_case(&italy).await;
    let mut manager = browser_for(&italy, "manager", Role::CaseManager).await;
    let page = format!("/referrals/{referral}");
    let action = format!("{page}/draft");
    let draft = async |node: &TestNode| {
        ok(
            node.get(&node.worker.clone(), &format!("/api/referrals/{referral}"))
                .await,
            StatusCode::OK,
        )
        .await["current"]["document"]
            .clone()
    };
    let post = async |b: &mut Browser, fields: &[(String, String)]| {
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        b.post(&action, &pairs).await
    };

    // The arrival time with its offset, the receiving person as a contact, and a child
    // added; a wrong e-mail is refused beside its input and nothing is saved.
    let (_, body) = manager.get(&page).await;
    assert!(
        body.len() < PAGE_BUDGET,
        "the composer is {} bytes",
        body.len()
    );
    eprintln!("composer page: {} bytes", body.len());
    let mut fields = form_fields(&body, &action);
    set(&mut fields, "fields.travel.arrival", "2026-05-02T09:30");
    set(&mut fields, "fields.travel.arrival@offset", "+02:00");
    set(
        &mut fields,
        "fields.travel.receiving_person.organisation",
        "Synthetic Shelter (TEST)",
    );
    set(
        &mut fields,
        "fields.travel.receiving_person.email",
        "no-at-sign",
    );
    set(&mut fields, "action", "add_child");
    let (status, _, body) = post(&mut manager, &fields).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("id=\"f-fields-travel-receiving_person-email-error\""),
        "{body}"
    );
    assert!(
        draft(&italy).await["fields"]
            .get("travel.arrival")
            .is_none()
    );
    set(
        &mut fields,
        "fields.travel.receiving_person.email",
        "shelter@example.invalid",
    );
    let (status, to, body) = post(&mut manager, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(to, format!("{page}#child-1"));
    let doc = draft(&italy).await;
    assert_eq!(doc["fields"]["travel.arrival"], "2026-05-02T09:30:00+02:00");
    assert_eq!(
        doc["fields"]["travel.receiving_person"],
        serde_json::json!({"organisation": "Synthetic Shelter (TEST)", "email": "shelter@example.invalid"})
    );
    assert_eq!(doc["children"].as_array().unwrap().len(), 1);

    // The page shows them back; the empty child blocks sending until it is filled in.
    let (_, body) = manager.get(&page).await;
    assert!(body.contains("value=\"2026-05-02T09:30\""), "{body}");
    assert!(
        body.contains("<option value=\"+02:00\" selected>"),
        "{body}"
    );
    assert!(body.contains("value=\"Synthetic Shelter (TEST)\""));
    assert!(body.contains("id=\"child-1\""));
    assert!(
        body.contains("href=\"#f-children-0--child-name\"") || body.contains("children[0]"),
        "{body}"
    );
    let mut fields = form_fields(&body, &action);
    for (name, value) in [
        ("children[0].child.name", "Synthetic Child (TEST)"),
        ("children[0].child.relation", "child_of_person"),
        ("children[0].child.sex", "female"),
        ("children[0].child.age_group", "under_18"),
        ("children[0].child.accompanied", "true"),
        ("children[0].child_safeguards.guardian_appointed", "true"),
        (
            "children[0].child_safeguards.guardian.organisation",
            "Synthetic Guardianship Office (TEST)",
        ),
        ("children[0].child_safeguards.best_interests_done", "false"),
    ] {
        set(&mut fields, name, value);
    }
    set(&mut fields, "action", "save");
    let (status, to, body) = post(&mut manager, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(to, format!("{page}#composer"));
    let doc = draft(&italy).await;
    let child = &doc["children"][0];
    assert_eq!(child["child.name"]["text"], "Synthetic Child (TEST)");
    assert_eq!(child["child.accompanied"], true);
    assert_eq!(
        child["child_safeguards.guardian"]["organisation"],
        "Synthetic Guardianship Office (TEST)"
    );
    assert_eq!(
        doc["fields"]["travel.arrival"], "2026-05-02T09:30:00+02:00",
        "kept"
    );

    // Removing the child takes it out of the draft.
    let (_, body) = manager.get(&page).await;
    let mut fields = form_fields(&body, &action);
    set(&mut fields, "action", "remove_child:0");
    let (status, to, _) = post(&mut manager, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(to, format!("{page}#children"));
    let children = draft(&italy).await["children"].clone();
    assert!(children.as_array().is_none_or(Vec::is_empty), "{children}");
}

#[tokio::test]
async fn a_message_nobody_acknowledges_shows_why_on_the_referral_and_as_stuck_to_the_administrator()
{
    let italy = spawn_in("IT").await;
    let albania = spawn_in("AL").await;
    // Albania is down: nobody listens where Italy reaches it.
    italy.trust_unreachable(&albania).await;
    let (_, referral, _) = referral_with_case(&italy).await;
    let mut manager = browser_for(&italy, "manager", Role::CaseManager).await;
    let page = format!("/referrals/{referral}");
    let (status, _, _) = manager.submit(&format!("{page}/send"), &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let body = wait_for(&mut manager, &page, "could not be reached yet").await;
    assert!(body.contains("class=\"d-queued\""), "{body}");
    assert!(body.contains("Attempts so far:"), "{body}");

    let mut admin = Browser::new(&italy);
    admin.login(&italy, "admin").await;
    let (_, body) = admin.get("/admin/messages").await;
    assert!(body.contains("No message is late."), "{body}");
    advance_clock(time::Duration::hours(5));
    // Five idle hours ended the session: a new login.
    admin.login(&italy, "admin").await;
    let (status, body) = admin.get("/admin/messages").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("badge h-stuck"), "{body}");
    assert!(!body.contains("Testa"), "never the content");
    let (_, body) = admin.get("/admin/peers").await;
    assert!(body.contains("badge h-stuck"), "{body}");
}
