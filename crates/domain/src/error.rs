//! Errors of the domain: a validation failure always names the field and the rule.

use serde::{Serialize, Serializer};
use utoipa::ToSchema;

use crate::rule::Rule;

/// One broken rule, attached to the field (a dotted path, as in the request) it concerns.
/// `message` is the rule in English, for the API, the CLI and the logs; a page shows the
/// rule in its reader's language instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    pub field: String,
    /// The rule's stable code (`too-long`), for clients that show their own text.
    #[serde(rename = "code", serialize_with = "rule_code")]
    #[schema(value_type = String, example = "too-long")]
    pub rule: Rule,
    pub message: String,
}

fn rule_code<S: Serializer>(rule: &Rule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.code())
}

impl FieldError {
    pub fn new(field: impl Into<String>, rule: Rule) -> Self {
        Self {
            field: field.into(),
            message: rule.english(),
            rule,
        }
    }
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum DomainError {
    /// The input breaks one or more rules; nothing may be written.
    #[error("validation failed: {}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    #[error("the SOP catalogue is invalid: {0}")]
    Catalogue(String),
}

impl DomainError {
    pub fn field(field: impl Into<String>, rule: Rule) -> Self {
        Self::Invalid(vec![FieldError::new(field, rule)])
    }
}

/// Collects every broken rule of an input so the caller gets them all at once.
#[derive(Debug, Default)]
pub struct Errors(Vec<FieldError>);

impl Errors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, field: impl Into<String>, rule: Rule) {
        self.0.push(FieldError::new(field, rule));
    }
    pub fn check(&mut self, ok: bool, field: impl Into<String>, rule: Rule) {
        if !ok {
            self.add(field, rule);
        }
    }
    /// Takes in the errors of a check run on its own.
    pub fn extend(&mut self, errors: impl IntoIterator<Item = FieldError>) {
        self.0.extend(errors);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn into_result(self) -> Result<(), DomainError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(DomainError::Invalid(self.0))
        }
    }
}
