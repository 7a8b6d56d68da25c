//! The printed referral, as a reader in each language gets it: snapshots of the whole
//! page for a fixed, synthetic document. A change of label, layout or escaping shows
//! up here as a diff to review (`cargo insta review`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use time::macros::datetime;
use trm_domain::referral::VersionState;
use trm_domain::template::{WireDocument, embedded, parse};
use trm_i18n::Lang;
use trm_server::print::{PrintMeta, page};

fn render(lang: &str) -> String {
    let wire: WireDocument = serde_json::from_str(include_str!(
        "../../../data/synthetic/referral-v2-it-al.json"
    ))
    .unwrap();
    let (template, document) = parse(embedded().unwrap(), &wire).unwrap();
    let meta = PrintMeta {
        version: 2,
        state: VersionState::Received,
        from: "AL",
        to: "IT",
        printed_at: datetime!(2026-12-05 09:00 UTC),
    };
    let html = page(&template, &document, Lang::parse(lang).unwrap(), &meta).into_string();
    // One element a line, so a snapshot diff reads like a diff.
    html.replace("><", ">\n<")
}

#[test]
fn print_in_english() {
    insta::assert_snapshot!("referral_print_en", render("en"));
}

#[test]
fn print_in_albanian() {
    insta::assert_snapshot!("referral_print_sq", render("sq"));
}

#[test]
fn print_in_italian() {
    insta::assert_snapshot!("referral_print_it", render("it"));
}

#[test]
fn print_in_ukrainian() {
    insta::assert_snapshot!("referral_print_uk", render("uk"));
}

#[test]
fn every_language_prints_every_label_and_escapes_every_value() {
    for lang in Lang::all() {
        let html = render(lang.tag());
        assert!(
            !html.contains("[field-")
                && !html.contains("[list-")
                && !html.contains("[section-")
                && !html.contains("[print-"),
            "{lang}: a label is missing"
        );
        assert!(
            html.contains("&lt;albanese&gt;"),
            "{lang}: free text is escaped"
        );
        assert!(!html.contains("<albanese>"), "{lang}");
        assert!(html.contains(&format!("lang=\"{}\"", lang.tag())));
    }
}

#[test]
fn text_in_another_language_is_marked_with_it() {
    let html = render("it");
    assert!(html.contains("Kurs mbrëmjeje"));
    assert!(
        html.contains("Shqip"),
        "the Albanian comment is marked as Albanian for an Italian reader"
    );
    let sq = render("sq");
    assert!(
        sq.contains("Italiano"),
        "Italian free text is marked for an Albanian reader"
    );
}
