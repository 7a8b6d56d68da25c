//! `trm template show|check|json-schema`, as an administrator or a checker runs them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;
use support::{text, trm};

#[test]
fn check_passes_on_the_shipped_template_profiles_and_translations() {
    let out = trm(&["template", "check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("12 languages: no gaps"), "{said}");
}

#[test]
fn show_prints_sections_fields_and_codes_in_the_language_asked_for() {
    let en = text(&trm(&["template", "show"]).stdout);
    assert!(en.contains("1. General information"));
    assert!(en.contains("6. Long-term assistance offered"));
    assert!(en.contains("case.exploitation_types"));
    assert!(en.contains("forced_criminality"));
    let uk = trm(&["template", "show", "--lang", "uk", "--country", "IT"]);
    assert!(uk.status.success());
    let uk = text(&uk.stdout);
    assert!(
        uk.contains("x_it_art18_programme"),
        "the Italian profile's field"
    );
    assert_ne!(uk.lines().nth(5), en.lines().nth(4));
    let bad = trm(&["template", "show", "--lang", "fr"]);
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("`fr` is not a language"));
}

#[test]
fn the_published_json_schema_of_version_1_is_the_generated_one() {
    let out = trm(&["template", "json-schema"]);
    assert!(out.status.success());
    let generated: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let published: serde_json::Value =
        serde_json::from_str(include_str!("../../../docs/referral.v1.schema.json")).unwrap();
    assert_eq!(
        generated, published,
        "docs/referral.v1.schema.json is stale: regenerate it with `trm template json-schema`"
    );
}
