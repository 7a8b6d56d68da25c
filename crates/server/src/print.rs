//! The printed referral: the template's sections in order, every label in the reader's
//! language, every value escaped (maud escapes by construction), clean on A4.
//!
//! Codes are shown by their label in the reader's language; free text as written, with
//! its language named when it differs from the reader's; a field added by the sender's
//! national profile with the sender's own label, marked as such.

use maud::{DOCTYPE, Markup, html};
use time::OffsetDateTime;
use trm_domain::referral::VersionState;
use trm_domain::template::{
    Contact, DataCategory, Document, Field, Group, Section, Template, Value, Values,
};
use trm_i18n::{Lang, lookup_attribute, text};

/// What the page says about the document besides its fields.
pub struct PrintMeta<'a> {
    pub version: u32,
    pub state: VersionState,
    pub from: &'a str,
    pub to: &'a str,
    pub printed_at: OffsetDateTime,
}

pub fn page(template: &Template, document: &Document, lang: Lang, meta: &PrintMeta<'_>) -> Markup {
    let t = |key: &str| text(lang, key, &[]);
    let profile = &document.profile;
    let printed = meta.printed_at.date();
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                title { (t("template-title")) " — " (t("print-referral")) }
                link rel="stylesheet" href="/assets/print.css";
                // Without it a browser asks for /favicon.ico, which no node serves.
                link rel="icon" href="/assets/icon.svg" type="image/svg+xml";
            }
            body {
                header.doc {
                    h1 { (t("template-title")) }
                    p { (t("template-subtitle")) }
                    p { (text(lang, "print-from-to", &[("from", meta.from), ("to", meta.to)])) }
                    p {
                        (text(lang, "print-version", &[("version", &meta.version.to_string())])) " · "
                        (t(match meta.state {
                            VersionState::Draft => "print-state-draft",
                            VersionState::Sent => "print-state-sent",
                            VersionState::Received => "print-state-received",
                        }))
                    }
                    p {
                        (text(lang, "print-template-version", &[
                            ("template", &profile.template_version.to_string()),
                            ("country", profile.country.as_str()),
                            ("profile", &profile.version.to_string()),
                        ]))
                    }
                }
                p.confidential { (t("print-confidential")) }
                (sections(template, document, lang))
                footer.doc {
                    p { (text(lang, "print-page-footer", &[("date", &format_date(printed))])) }
                    p { "† " (t("data-special")) }
                }
            }
        }
    }
}

/// The document's sections and its children, labelled in `lang`: the printed page's
/// body, and the web interface's view of a referral in the reader's language.
pub fn sections(template: &Template, document: &Document, lang: Lang) -> Markup {
    let t = |key: &str| text(lang, key, &[]);
    html! {
        @for section in &template.sections {
            (section_block(section, &document.values, lang, document))
        }
        section {
            h2 { (t("section-child")) }
            @if let Some(help) = lookup_attribute(lang, "section-child", "help") { p.help { (help) } }
            @if document.children.is_empty() {
                p { (t("print-no-children")) }
            }
            @for (i, child) in document.children.iter().enumerate() {
                div.child {
                    h3 { (text(lang, "print-child-number", &[("number", &(i + 1).to_string())])) }
                    @for group in &template.child.groups {
                        (group_block(group, child, lang, document))
                    }
                }
            }
        }
    }
}

fn section_block(section: &Section, values: &Values, lang: Lang, doc: &Document) -> Markup {
    let t = |key: &str| text(lang, key, &[]);
    html! {
        section id=(format!("s-{}", section.code)) {
            h2 {
                @if !section.number.is_empty() { (section.number) ". " }
                (t(&format!("section-{}", section.code)))
            }
            p.side { (t(&format!("side-{}", section.side.code()))) }
            @for group in &section.groups {
                (group_block(group, values, lang, doc))
            }
        }
    }
}

fn group_block(group: &Group, values: &Values, lang: Lang, doc: &Document) -> Markup {
    let t = |key: &str| text(lang, key, &[]);
    html! {
        h3 {
            @if !group.number.is_empty() { (group.number) " " }
            (t(&format!("group-{}", group.code)))
        }
        @if let Some(help) = lookup_attribute(lang, &format!("group-{}", group.code), "help") { p.help { (help) } }
        table {
            @for field in &group.fields {
                tr class=[(field.data == DataCategory::Special).then_some("special")] {
                    th { (field_label(field, lang, doc)) }
                    td { (value_cell(field, values.get(&field.code), lang)) }
                }
            }
        }
    }
}

fn field_label(field: &Field, lang: Lang, doc: &Document) -> Markup {
    match field.added_by {
        None => html! { (text(lang, &field.code.label_key(), &[])) },
        Some(country) => {
            let label = field
                .labels
                .get(lang.iso639())
                .or_else(|| field.labels.get(doc.language.as_str()))
                .or_else(|| field.labels.get("en"))
                .cloned()
                .unwrap_or_else(|| field.code.to_string());
            html! {
                (label) br;
                span.added { (text(lang, "print-added-by-profile", &[("country", country.as_str())])) }
            }
        }
    }
}

fn value_cell(field: &Field, value: Option<&Value>, lang: Lang) -> Markup {
    let t = |key: &str| text(lang, key, &[]);
    let list = |code: &str| {
        text(
            lang,
            &format!("list-{}-{code}", field.list.as_deref().unwrap_or_default()),
            &[],
        )
    };
    let Some(value) = value else {
        return html! { span.empty { (t("value-empty")) } };
    };
    match value {
        Value::Text(local) => html! {
            @for (i, line) in local.text.lines().enumerate() { @if i > 0 { br; } (line) }
            @if local.lang.as_str() != lang.iso639() {
                " " span.lang { "(" (text(lang, "value-written-in", &[("language", endonym(local.lang.as_str()))])) ")" }
            }
        },
        Value::Date(d) => html! { (format_date(*d)) },
        Value::DateTime(at) => html! {
            (format_date(at.date())) " " (format!("{:02}:{:02}", at.hour(), at.minute())) " UTC" (offset(at))
        },
        Value::YesNo(b) => html! { (t(if *b { "value-yes" } else { "value-no" })) },
        Value::Code(code) => html! { (list(code)) },
        Value::Codes(codes) => {
            html! { (codes.iter().map(|c| list(c)).collect::<Vec<_>>().join("; ")) }
        }
        Value::Country(c) => html! { (c.as_str()) },
        Value::Countries(cs) => {
            html! { (cs.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")) }
        }
        Value::Languages(ls) => {
            html! { (ls.iter().map(|l| endonym(l.as_str())).collect::<Vec<_>>().join(", ")) }
        }
        Value::Contact(contact) => contact_cell(contact, lang),
        Value::Offer(offer) => html! {
            (if offer.offered { t("value-offered") } else { t("value-not-offered") })
            @if offer.offered {
                br; (t("value-accepted")) ": " (t(if offer.accepted { "value-yes" } else { "value-no" }))
            }
            @if let Some(comment) = &offer.comment {
                br; (comment.text)
                @if comment.lang.as_str() != lang.iso639() {
                    " " span.lang { "(" (text(lang, "value-written-in", &[("language", endonym(comment.lang.as_str()))])) ")" }
                }
            }
        },
    }
}

fn offset(at: &OffsetDateTime) -> String {
    let o = at.offset();
    if o.is_utc() {
        String::new()
    } else {
        format!("{:+03}:{:02}", o.whole_hours(), o.minutes_past_hour().abs())
    }
}

fn contact_cell(contact: &Contact, lang: Lang) -> Markup {
    html! {
        div.contact {
            @for (part, value) in contact.parts() {
                @if let Some(v) = value {
                    div { span.lang { (text(lang, &format!("contact-{part}"), &[])) ": " } (v) }
                }
            }
        }
    }
}

fn format_date(d: time::Date) -> String {
    // Annex I writes dates dd/mm/yyyy.
    format!("{:02}/{:02}/{}", d.day(), u8::from(d.month()), d.year())
}

/// A language's name in that language, so a reader recognises it whatever their own.
pub fn endonym(code: &str) -> &str {
    match code {
        "en" => "English",
        "sq" => "Shqip",
        "bs" => "Bosanski",
        "hr" => "Hrvatski",
        "sr" | "sr-Latn" => "Srpski",
        "mk" => "Македонски",
        "bg" => "Български",
        "ro" => "Română",
        "uk" => "Українська",
        "it" => "Italiano",
        "pl" => "Polski",
        "sk" => "Slovenčina",
        "ru" => "Русский",
        "de" => "Deutsch",
        "fr" => "Français",
        "el" => "Ελληνικά",
        "tr" => "Türkçe",
        other => other,
    }
}

pub const PRINT_CSS: &str = include_str!("../assets/print.css");
