//! The composer: a referral version's draft as a plain form. Every field type of the
//! template has an input (free text with its language, dates, a date and time with its
//! UTC offset, yes/no, codes, countries, languages, a contact, an offered measure), and
//! the child's template is filled once per child, added and removed with the form's own
//! buttons, so it all works without JavaScript. Field names are the JSON paths of the
//! draft (`fields.personal.sex`, `children[0].child.name`) so every rule's error lands
//! beside its field.

use maud::{Markup, html};
use serde_json::{Map, Value as Json, json};
use trm_domain::codes::LanguageCode;
use trm_domain::referral::DraftInput;
use trm_domain::template::{Contact, FieldType, Side, WireDocument};
use trm_i18n::labelled::{LabelledField, LabelledSection};
use trm_i18n::{LabelledTemplate, Lang};

use super::Ctx;
use super::form::{self, Input, Shown, WebForm, field};

/// Where a field's inputs live: the version's own fields, or one child's template.
#[derive(Clone, Copy)]
pub enum Part {
    Fields,
    Child(usize),
}

impl Part {
    fn prefix(self) -> String {
        match self {
            Part::Fields => "fields".to_owned(),
            Part::Child(i) => format!("children[{i}]"),
        }
    }
    /// The form name of field `code`: its JSON path in the draft.
    pub fn name(self, code: &str) -> String {
        format!("{}.{code}", self.prefix())
    }
}

/// The form's one choice of the language the free text is written in. One select for
/// the whole form rather than one per text keeps the composer light: a text keeps the
/// language it was written in until someone changes it.
pub const TEXT_LANG: &str = "text_lang";

/// The UTC offset chosen for a date and time (`fields.x.y@offset`).
fn offset_name(name: &str) -> String {
    format!("{name}@offset")
}

/// Marks a child whose inputs are in the form, so a form from before a child was added
/// elsewhere never empties that child.
fn child_marker(i: usize) -> String {
    format!("children[{i}]@shown")
}

/// The submit buttons' `action`: save (also Enter), add a child, remove child N.
pub const ACTION: &str = "action";
const ADD_CHILD: &str = "add_child";
const REMOVE_CHILD: &str = "remove_child:";

/// The fields the author of a version fills, in a section of the labelled template.
fn fillable(section: &LabelledSection, author: Side) -> impl Iterator<Item = &LabelledField> {
    section
        .groups
        .iter()
        .flat_map(|g| g.fields.iter())
        .filter(move |f| f.side.fillable_by(author))
}

/// The version's own fields the author fills.
pub fn own_fields(
    labelled: &LabelledTemplate,
    author: Side,
) -> impl Iterator<Item = &LabelledField> {
    labelled
        .sections
        .iter()
        .flat_map(move |s| fillable(s, author))
}

/// The UTC offset a date and time starts with on this node, before anyone chose one:
/// the country's standard time (summer time is one hour more, which the hint says).
pub fn default_offset(country: &str) -> &'static str {
    match country {
        "PT" | "IE" | "GB" | "IS" => "+00:00",
        "BG" | "RO" | "UA" | "MD" | "GR" | "CY" | "FI" | "EE" | "LV" | "LT" => "+02:00",
        "TR" | "BY" | "RU" => "+03:00",
        _ => "+01:00",
    }
}

/// Every UTC offset in half hours, from -12:00 to +14:00, and the ones off the half hour
/// that some countries use.
fn offsets() -> Vec<String> {
    let mut out: Vec<String> = (-24..=28)
        .map(|half_hours: i32| {
            let sign = if half_hours < 0 { '-' } else { '+' };
            let minutes = half_hours.abs() * 30;
            format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
        })
        .collect();
    out.extend(["+05:45", "+08:45", "+12:45"].map(str::to_owned));
    out
}

/// A stored RFC 3339 time as the form shows it: local `YYYY-MM-DDTHH:MM` and offset.
fn split_datetime(value: &str) -> Option<(String, String)> {
    let at = value.get(16..)?;
    let offset = if at.ends_with('Z') {
        "+00:00".to_owned()
    } else {
        at.get(at.len().checked_sub(6)?..)?.to_owned()
    };
    Some((value.get(..16)?.to_owned(), offset))
}

/// What a field is shown holding: what was posted when the form was refused, else the
/// draft's value.
fn text_of(v: Option<&Json>) -> Option<String> {
    match v? {
        Json::String(s) => Some(s.clone()),
        Json::Bool(b) => Some(b.to_string()),
        Json::Array(items) => Some(
            items
                .iter()
                .filter_map(Json::as_str)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Json::Object(o) => o.get("text").and_then(Json::as_str).map(str::to_owned),
        _ => None,
    }
}

/// What the composer needs to draw one field.
pub struct Drawing<'a> {
    pub ctx: &'a Ctx,
    pub labelled: &'a LabelledTemplate,
    pub default_lang: LanguageCode,
    pub shown: Shown<'a>,
}

impl Drawing<'_> {
    fn yes_no(&self) -> Vec<(String, String)> {
        vec![
            (String::new(), self.ctx.t("ui-choose")),
            ("true".to_owned(), self.ctx.t("ui-yes")),
            ("false".to_owned(), self.ctx.t("ui-no")),
        ]
    }

    fn list(&self, code: Option<&String>) -> Vec<(String, String)> {
        code.and_then(|l| self.labelled.lists.iter().find(|x| &x.code == l))
            .map(|l| {
                l.values
                    .iter()
                    .map(|v| (v.code.clone(), v.label.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The select of the language the free text is written in, for the whole form.
    pub fn text_language(&self) -> Markup {
        let chosen = self
            .shown
            .value(TEXT_LANG)
            .unwrap_or(self.default_lang.as_str())
            .to_owned();
        let id = form::field_id(TEXT_LANG);
        html! {
            div.field {
                label for=(id) { (self.ctx.t("ui-referral-written-in")) }
                select id=(id) name=(TEXT_LANG) aria-describedby=(format!("{id}-hint")) {
                    @for l in Lang::all() {
                        option value=(l.iso639()) selected[l.iso639() == chosen] { (crate::print::endonym(l.iso639())) }
                    }
                }
                span.hint id=(format!("{id}-hint")) { (self.ctx.t("ui-referral-written-in-hint")) }
            }
        }
    }

    /// A stored text written in another language than the form's says so in its hint.
    fn other_language(&self, current: Option<&Json>) -> Option<String> {
        let lang = current?.get("lang")?.as_str()?;
        (lang != self.default_lang.as_str()).then(|| {
            self.ctx.ta(
                "ui-referral-text-in",
                &[("language", crate::print::endonym(lang))],
            )
        })
    }

    /// The errors of a group of inputs that belong to the group itself, not one input.
    fn own_errors(&self, name: &str) -> Markup {
        let path = form::json_path(name);
        let errors: Vec<_> = self
            .shown
            .errors_of(name)
            .into_iter()
            .filter(|e| e.field == path)
            .collect();
        html! {
            @if !errors.is_empty() {
                span.error { @for e in &errors { (self.ctx.error_message(e)) br; } }
            }
        }
    }

    /// One field of the composer, drawn for its type with its label and help.
    pub fn field(&self, f: &LabelledField, part: Part, current: Option<&Json>) -> Markup {
        let ctx = self.ctx;
        let shown = self.shown;
        let name = part.name(&f.code);
        let help = f.help.as_deref();
        let posted = shown.values.is_some();
        let initial = if posted { None } else { text_of(current) };
        match f.kind {
            FieldType::Text | FieldType::LongText => {
                let input = if f.kind == FieldType::Text {
                    Input::Text
                } else {
                    Input::Area
                };
                let hint = match (help, self.other_language(current)) {
                    (Some(h), Some(l)) => Some(format!("{h} {l}")),
                    (h, l) => h.map(str::to_owned).or(l),
                };
                field(
                    shown,
                    &name,
                    &f.label,
                    input,
                    initial.as_deref(),
                    hint.as_deref(),
                    f.required,
                )
            }
            FieldType::Date => field(
                shown,
                &name,
                &f.label,
                Input::Date,
                initial.as_deref(),
                help.or(Some(&ctx.t("ui-hint-date"))).map(|h| h as &str),
                f.required,
            ),
            FieldType::DateTime => {
                let stored = initial.as_deref().and_then(split_datetime);
                let offset = shown
                    .value(&offset_name(&name))
                    .map(str::to_owned)
                    .or_else(|| stored.as_ref().map(|(_, o)| o.clone()))
                    .unwrap_or_else(|| default_offset(&ctx.country).to_owned());
                let id = format!("{}-offset", form::field_id(&name));
                html! {
                    div.with-lang {
                        (field(shown, &name, &f.label, Input::DateTime, stored.as_ref().map(|(l, _)| l.as_str()), help, f.required))
                        div.field.lang-of {
                            label for=(id) { (ctx.t("ui-referral-utc-offset")) }
                            select id=(id) name=(offset_name(&name)) aria-describedby=(format!("{id}-hint")) {
                                @for o in offsets() {
                                    option value=(o) selected[o == offset] { "UTC" (o) }
                                }
                            }
                            span.hint id=(format!("{id}-hint")) { (ctx.t("ui-referral-utc-offset-hint")) }
                        }
                    }
                }
            }
            FieldType::YesNo => field(
                shown,
                &name,
                &f.label,
                Input::Select(&self.yes_no()),
                initial.as_deref(),
                help,
                f.required,
            ),
            FieldType::Code => {
                let mut options = vec![(String::new(), ctx.t("ui-choose"))];
                options.extend(self.list(f.list.as_ref()));
                field(
                    shown,
                    &name,
                    &f.label,
                    Input::Select(&options),
                    initial.as_deref(),
                    help,
                    f.required,
                )
            }
            FieldType::Codes => {
                let chosen: Vec<String> = if posted {
                    shown
                        .values
                        .map(|v| v.all(&format!("{name}[]")))
                        .unwrap_or_default()
                        .into_iter()
                        .map(str::to_owned)
                        .collect()
                } else {
                    current
                        .and_then(Json::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(Json::as_str)
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default()
                };
                let errors = shown.errors_of(&name);
                html! {
                    fieldset.field.checks.invalid[!errors.is_empty()] id=(form::field_id(&name)) {
                        legend { (f.label) @if f.required { " " span.req aria-hidden="true" { "*" } } }
                        @if let Some(h) = help { span.hint { (h) } }
                        @if !errors.is_empty() { span.error { @for e in &errors { (ctx.error_message(e)) br; } } }
                        @for (code, label) in self.list(f.list.as_ref()) {
                            label.check {
                                input type="checkbox" name=(format!("{name}[]")) value=(code) checked[chosen.contains(&code)];
                                " " (label)
                            }
                        }
                    }
                }
            }
            FieldType::Country => field(
                shown,
                &name,
                &f.label,
                Input::Text,
                initial.as_deref(),
                help.or(Some(&ctx.t("ui-hint-country"))).map(|h| h as &str),
                f.required,
            ),
            FieldType::Countries | FieldType::Languages => {
                let hint = if f.kind == FieldType::Countries {
                    ctx.t("ui-hint-countries")
                } else {
                    ctx.t("ui-hint-languages")
                };
                let hint = match help {
                    Some(h) => format!("{h} {hint}"),
                    None => hint,
                };
                field(
                    shown,
                    &format!("{name}[]"),
                    &f.label,
                    Input::Text,
                    initial.as_deref(),
                    Some(&hint),
                    f.required,
                )
            }
            FieldType::Contact => {
                let part_of = |part: &str| -> Option<String> {
                    if posted {
                        return None;
                    }
                    current
                        .and_then(|c| c.get(part))
                        .and_then(Json::as_str)
                        .map(str::to_owned)
                };
                html! {
                    fieldset.field.group id=(form::field_id(&name)) {
                        legend { (f.label) @if f.required { " " span.req aria-hidden="true" { "*" } } }
                        @if let Some(h) = help { span.hint { (h) } }
                        (self.own_errors(&name))
                        div.row {
                            @for part in Contact::PARTS {
                                (field(shown, &format!("{name}.{part}"), &trm_i18n::text(ctx.lang, &format!("contact-{part}"), &[]),
                                    Input::Text, part_of(part).as_deref(), None, false))
                            }
                        }
                    }
                }
            }
            FieldType::Offer => {
                let flag = |key: &str| -> Option<String> {
                    if posted {
                        return None;
                    }
                    current
                        .and_then(|c| c.get(key))
                        .and_then(Json::as_bool)
                        .map(|b| b.to_string())
                };
                let comment = current.and_then(|c| c.get("comment"));
                let comment_name = format!("{name}.comment");
                html! {
                    fieldset.field.group id=(form::field_id(&name)) {
                        legend { (f.label) @if f.required { " " span.req aria-hidden="true" { "*" } } }
                        @if let Some(h) = help { span.hint { (h) } }
                        (self.own_errors(&name))
                        div.row {
                            (field(shown, &format!("{name}.offered"), &trm_i18n::text(ctx.lang, "value-offered", &[]),
                                Input::Select(&self.yes_no()), flag("offered").as_deref(), None, false))
                            (field(shown, &format!("{name}.accepted"), &trm_i18n::text(ctx.lang, "value-accepted", &[]),
                                Input::Select(&self.yes_no()), flag("accepted").as_deref(), None, false))
                        }
                        (field(shown, &comment_name, &ctx.t("ui-referral-offer-comment"), Input::Area,
                            if posted { None } else { text_of(comment) }.as_deref(),
                            self.other_language(comment).as_deref(), false))
                    }
                }
            }
        }
    }
}

/// A free text as the draft holds it: unchanged, it keeps the language it was written
/// in; new or changed, it is in the language the form names.
fn local_text(form: &WebForm, name: &str, stored: Option<&Json>, text_lang: &str) -> Option<Json> {
    let text = form.get(name).map(str::trim).filter(|v| !v.is_empty())?;
    if let Some(stored) = stored.filter(|s| s.get("text").and_then(Json::as_str) == Some(text)) {
        return Some(stored.clone());
    }
    Some(json!({"text": text, "lang": text_lang}))
}

/// A field's value as posted, in the draft's JSON form; `None` when it was left empty.
fn posted_value(
    f: &LabelledField,
    name: &str,
    form: &WebForm,
    stored: Option<&Json>,
    text_lang: &str,
) -> Option<Json> {
    let one = form
        .get(name)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned);
    let list = |upper: bool| {
        let items: Vec<Json> = form
            .get(&format!("{name}[]"))
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| {
                json!(if upper {
                    v.to_uppercase()
                } else {
                    v.to_owned()
                })
            })
            .collect();
        (!items.is_empty()).then_some(Json::Array(items))
    };
    match f.kind {
        FieldType::Text | FieldType::LongText => local_text(form, name, stored, text_lang),
        FieldType::YesNo => one.map(|v| Json::Bool(v == "true")),
        FieldType::Country => one.map(|v| json!(v.to_uppercase())),
        FieldType::Date | FieldType::Code => one.map(Json::String),
        FieldType::DateTime => one.map(|local| {
            // `datetime-local` sends minutes; RFC 3339 needs the seconds and the offset.
            let seconds = if local.len() == 16 { ":00" } else { "" };
            let offset = form.get(&offset_name(name)).unwrap_or("+00:00").trim();
            json!(format!("{local}{seconds}{offset}"))
        }),
        FieldType::Codes => {
            let chosen: Vec<Json> = form
                .all(&format!("{name}[]"))
                .into_iter()
                .map(|c| json!(c))
                .collect();
            (!chosen.is_empty()).then_some(Json::Array(chosen))
        }
        FieldType::Countries => list(true),
        FieldType::Languages => list(false),
        FieldType::Contact => {
            let parts: Map<String, Json> = Contact::PARTS
                .iter()
                .filter_map(|part| {
                    form.get(&format!("{name}.{part}"))
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(|v| ((*part).to_owned(), json!(v)))
                })
                .collect();
            (!parts.is_empty()).then_some(Json::Object(parts))
        }
        FieldType::Offer => {
            let flag = |key: &str| {
                form.get(&format!("{name}.{key}"))
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
            };
            let comment = local_text(
                form,
                &format!("{name}.comment"),
                stored.and_then(|s| s.get("comment")),
                text_lang,
            );
            if flag("offered").is_none() && flag("accepted").is_none() && comment.is_none() {
                return None;
            }
            let mut offer = json!({
                "offered": flag("offered") == Some("true"),
                "accepted": flag("accepted") == Some("true"),
            });
            if let Some(c) = comment {
                offer["comment"] = c;
            }
            Some(offer)
        }
    }
}

fn apply(values: &mut Map<String, Json>, fields: impl Iterator<Item = (String, Option<Json>)>) {
    for (code, value) in fields {
        match value {
            Some(v) => {
                values.insert(code, v);
            }
            None => {
                values.remove(&code);
            }
        }
    }
}

/// The draft a composer form stands for, and the part of the page to go back to: the
/// current draft with every field the composer shows replaced by what was posted
/// (emptied fields are removed), a child added or removed if a button asked for it.
pub fn draft_from_form(
    labelled: &LabelledTemplate,
    current: &WireDocument,
    form: &WebForm,
) -> (DraftInput, String) {
    let author = current.author_side;
    let text_lang = form
        .get(TEXT_LANG)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or(current.language.as_str());
    let mut fields = current.fields.clone();
    let posted: Vec<(String, Option<Json>)> = own_fields(labelled, author)
        .map(|f| {
            let name = Part::Fields.name(&f.code);
            let value = posted_value(f, &name, form, current.fields.get(&f.code), text_lang);
            (f.code.clone(), value)
        })
        .collect();
    apply(&mut fields, posted.into_iter());
    let mut children = current.children.clone();
    for (i, child) in children.iter_mut().enumerate() {
        if form.get(&child_marker(i)).is_none() {
            continue;
        }
        let posted: Vec<(String, Option<Json>)> = fillable(&labelled.child, author)
            .map(|f| {
                let name = Part::Child(i).name(&f.code);
                (
                    f.code.clone(),
                    posted_value(f, &name, form, child.get(&f.code), text_lang),
                )
            })
            .collect();
        apply(child, posted.into_iter());
    }
    let action = form.get(ACTION).unwrap_or_default();
    let anchor = if action == ADD_CHILD {
        children.push(Map::new());
        format!("child-{}", children.len())
    } else if let Some(i) = action
        .strip_prefix(REMOVE_CHILD)
        .and_then(|i| i.parse::<usize>().ok())
        .filter(|i| *i < children.len())
    {
        children.remove(i);
        "children".to_owned()
    } else {
        "composer".to_owned()
    };
    (
        DraftInput {
            language: None,
            fields,
            children,
        },
        anchor,
    )
}

/// The names and labels of every field of the composer, for the error summary.
pub fn labels(labelled: &LabelledTemplate, current: &WireDocument) -> Vec<(String, String)> {
    let author = current.author_side;
    let named = |part: Part, f: &LabelledField| {
        let name = match f.kind {
            FieldType::Countries | FieldType::Languages => format!("{}[]", part.name(&f.code)),
            _ => part.name(&f.code),
        };
        (name, f.label.clone())
    };
    let mut out: Vec<(String, String)> = own_fields(labelled, author)
        .map(|f| named(Part::Fields, f))
        .collect();
    for i in 0..current.children.len() {
        out.extend(fillable(&labelled.child, author).map(|f| named(Part::Child(i), f)));
    }
    out
}

/// The child's template, once per child, with the buttons that add and remove one.
pub fn children(d: &Drawing<'_>, current: &WireDocument) -> Markup {
    let ctx = d.ctx;
    let author = current.author_side;
    let child = &d.labelled.child;
    if fillable(child, author).next().is_none() {
        return html! {};
    }
    html! {
        fieldset.section #children {
            legend { (child.title) }
            @if let Some(h) = &child.help { p.hint { (h) } }
            (d.own_errors("children"))
            @for (i, values) in current.children.iter().enumerate() {
                div.child id=(format!("child-{}", i + 1)) {
                    h3 { (ctx.ta("ui-referral-child-n", &[("number", &(i + 1).to_string())])) }
                    input type="hidden" name=(child_marker(i)) value="1";
                    @for group in child.groups.iter().filter(|g| g.fields.iter().any(|f| f.side.fillable_by(author))) {
                        h4 { @if !group.number.is_empty() { (group.number) " " } (group.title) }
                        @if let Some(h) = &group.help { p.hint { (h) } }
                        @for f in group.fields.iter().filter(|f| f.side.fillable_by(author)) {
                            (d.field(f, Part::Child(i), values.get(&f.code)))
                        }
                    }
                    button.secondary type="submit" name=(ACTION) value=(format!("{REMOVE_CHILD}{i}")) {
                        (ctx.ta("ui-referral-child-remove", &[("number", &(i + 1).to_string())]))
                    }
                }
            }
            button.secondary type="submit" name=(ACTION) value=(ADD_CHILD) { (ctx.t("ui-referral-child-add")) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_time_splits_into_the_forms_local_time_and_offset() {
        assert_eq!(
            split_datetime("2026-03-01T14:30:00+01:00"),
            Some(("2026-03-01T14:30".into(), "+01:00".into()))
        );
        assert_eq!(
            split_datetime("2026-03-01T14:30:00Z"),
            Some(("2026-03-01T14:30".into(), "+00:00".into()))
        );
        assert_eq!(split_datetime("2026-03-01"), None);
    }

    #[test]
    fn the_offsets_run_from_minus_twelve_to_plus_fourteen() {
        let all = offsets();
        assert_eq!(all.first().map(String::as_str), Some("-12:00"));
        assert!(all.contains(&"+00:00".to_owned()));
        assert!(all.contains(&"+05:30".to_owned()));
        assert!(all.contains(&"+14:00".to_owned()));
        assert!(all.contains(&default_offset("AL").to_owned()));
        assert!(all.contains(&default_offset("UA").to_owned()));
    }
}
