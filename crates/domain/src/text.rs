//! Free text rules shared by every text field: bounded length, no control characters.

use crate::error::Errors;
use crate::rule::Rule;

pub const SHORT_TEXT_MAX: usize = 200;
pub const LONG_TEXT_MAX: usize = 20_000;

pub(crate) fn check_text(
    errors: &mut Errors,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
) {
    if required && value.trim().is_empty() {
        errors.add(field, Rule::Empty);
    }
    let len = value.chars().count();
    if len > max {
        errors.add(field, Rule::TooLong { len, max });
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        errors.add(field, Rule::ControlCharacters);
    }
}

pub(crate) fn check_opt_text(errors: &mut Errors, field: &str, value: &Option<String>, max: usize) {
    if let Some(v) = value {
        check_text(errors, field, v, max, true);
    }
}

pub(crate) fn check_list<T: PartialEq>(errors: &mut Errors, field: &str, items: &[T], max: usize) {
    if items.len() > max {
        errors.add(
            field,
            Rule::TooManyEntries {
                count: items.len(),
                max,
            },
        );
    }
    for (i, item) in items.iter().enumerate() {
        if items[..i].contains(item) {
            errors.add(format!("{field}[{i}]"), Rule::ListedTwice);
        }
    }
}
